import Testing
@testable import DoppelEngine
@testable import DoppelPlanner
import DoppelTestSupport

/// The words that name a prompt's setting weigh more than its table names: a gym's or a
/// studio's classes and instructors are fitness classes and trainers, a school's are courses.
@Suite struct PlannerSettingDomainTests {
    @Test(arguments: [UInt64(101), 102, 103, 104])
    func aSettingDecidesWhatItsClassesAre(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<4 {
            let fitness = rng.chance(0.6)
            let setting = fitness ? rng.pick(["gym", "fitness studio", "yoga studio", "pilates studio", "fitness club", "local gym"])
                                  : rng.pick(["school", "university", "college", "language school"])
            let others = ["members", "bookings", "students", "enrollments", "payments"].filter { _ in rng.chance(0.5) }
            let prompt = "A \(setting) with classes" + others.map { ", \($0)" }.joined() + " and instructors"
            let schema = Planner().plan(prompt).schema
            let classes = try #require(schema.entities.first { $0.name == "classes" }, "\(prompt)")
            let courseName = classes.field(named: "name")?.kind == "education.course_name"
            #expect(courseName == !fitness, "\(prompt): classes.name is \(classes.field(named: "name")?.kind ?? "nil")")
            if fitness, let instructors = schema.entities.first(where: { $0.name == "instructors" }) {
                #expect(instructors.field(named: "subject") == nil, "\(prompt): \(instructors.fields.map(\.name))")
            }
            // A class's category fits its setting: no school subject at a gym.
            let described = Planner().plan("A \(setting) with classes (name, category, description) and instructors").schema
            let category = described.entities.first { $0.name == "classes" }?.field(named: "category")
            #expect((category?.kind == "education.subject") == !fitness, "\(setting): category is \(category?.kind ?? "nil")")
        }
    }

    /// "A SaaS with tenants": the noun after "a" is the setting, one thing, even when it ends in s.
    @Test(arguments: [UInt64(111), 112, 113])
    func aSettingAfterAnArticleIsNotATable(seed: UInt64) {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<6 {
            let setting = rng.pick(["SaaS", "PaaS", "B2B SaaS", "CMS", "POS", "HRIS", "small SaaS", "payments SaaS"])
            let tables = ["tenants", "users", "invoices", "servers", "incidents", "products", "orders"].filter { _ in rng.chance(0.5) }
            guard tables.count >= 2 else { continue }
            let prompt = "\(setting.first == "H" ? "An" : "A") \(setting) with " + tables.dropLast().joined(separator: ", ") + " and \(tables.last ?? "")"
            let names = Planner().plan(prompt).schema.entities.map(\.name)
            let settingWord = setting.split(separator: " ").last.map { $0.lowercased() } ?? ""
            #expect(!names.contains { $0.hasSuffix(settingWord) || $0.hasSuffix(String(settingWord.dropLast())) }, "seed \(seed): \(prompt) plans \(names)")
            #expect(tables.allSatisfy(names.contains), "seed \(seed): \(prompt) plans \(names)")
        }
    }
}
