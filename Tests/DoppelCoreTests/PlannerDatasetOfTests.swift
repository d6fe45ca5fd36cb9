import Testing
@testable import DoppelPlanner
import DoppelTestSupport

/// "Generate an HR dataset of employees, departments and salaries": the words before a dataset word and
/// `of` say what the data is about; the list after `of` is the tables. Drawn settings, dataset words and lists.
@Suite struct PlannerDatasetOfTests {
    @Test(arguments: [UInt64(1401), 1402, 1403, 1404, 1405])
    func theListAfterADatasetWordIsTheTables(seed: UInt64) {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<6 {
            let setting = rng.pick(["HR", "retail", "sales", "clinic", "small business", "e-commerce", "school"])
            let word = rng.pick(["dataset", "database", "data", "sample dataset"])
            let pool = ["employees", "departments", "customers", "stores", "orders", "products", "patients", "invoices", "courses"]
            var tables: [String] = []
            while tables.count < 2 + rng.int(0...2) { let t = rng.pick(pool); if !tables.contains(t) { tables.append(t) } }
            let verb = rng.pick(["Generate", "Create", "I need", "Build"])
            let article = "aeiou".contains(setting.lowercased().first ?? "x") || setting == "HR" ? "an" : "a"
            let prompt = "\(verb) \(article) \(setting) \(word) of " + tables.dropLast().joined(separator: ", ") + " and \(tables.last ?? "")"
            let names = Planner().plan(prompt).schema.entities.map(\.name)
            #expect(tables.allSatisfy(names.contains), "seed \(seed): \(prompt) plans \(names)")
            #expect(!names.contains { $0.contains("dataset") || $0.contains("database") || $0.hasSuffix("_data") }, "seed \(seed): \(prompt) plans \(names)")
        }
    }
}
