import Testing
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner
import DoppelText

/// A turbine inspection's `findings` were 567, then office chatter ("Feedback so far has been positive"). What
/// an inspection found is as serious as its severity or result says. Drawn severities, wordings and seeds.
@Suite struct InspectionFindingsTests {
    @Test func aGradeNamesItsTier() {
        #expect(InspectionFindings.tier(of: "critical") == .serious)
        #expect(InspectionFindings.tier(of: "High") == .serious)
        #expect(InspectionFindings.tier(of: "failed") == .serious)
        #expect(InspectionFindings.tier(of: "medium") == .moderate)
        #expect(InspectionFindings.tier(of: "low") == .clean)
        #expect(InspectionFindings.tier(of: "passed") == .clean)
        #expect(InspectionFindings.tier(of: "1") == .clean)
        #expect(InspectionFindings.tier(of: "5") == .serious)
        #expect(InspectionFindings.tier(of: "scheduled") == nil)
    }

    /// Sentences only a clean result may say, and only a serious one.
    static let cleanOnly = ["No defects found.", "All checks passed.", "nothing to report"]
    static let seriousOnly = ["out of service", "urgent repair", "Structural damage", "Critical fault", "Safety hazard"]

    @Test(arguments: [UInt64(1), 2, 3, 4])
    func findingsFollowTheSeverity(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let thing = rng.pick(["turbines", "elevators", "bridges", "boilers"])
        let inspections = rng.pick(["inspections", "safety_inspections", "walkthroughs"])
        let text = rng.pick(["findings", "notes", "observations"])
        let grade = rng.pick(["severity", "result", "risk_level"])
        // (a status before the grade does not grade the findings: the grade does)
        let status = rng.pick(["", "status, "])
        let prompt = "Maintenance records with \(thing) (serial_number, installed_on) and \(inspections) "
            + "(\(Inflector.singular(thing))_id, \(status)inspected_on, inspector, \(text), \(grade))"
        let schema = Planner().plan(prompt).schema
        let plan = try schema.resolve(ResolveOptions(seed: seed, rows: 150)).get()
        let e = try #require(plan.entity(named: inspections))
        let t = try #require(e.column(named: text)), g = try #require(e.column(named: grade))
        var tiers = Set<String>()
        for row in TestSupport.table(plan, inspections) {
            let found = try #require(row[t]), value = row[g]
            #expect(!found.isEmpty && found.first?.isUppercase == true, "\(prompt): \(found)")
            switch InspectionFindings.tier(of: value) {
            case .clean?: #expect(!Self.seriousOnly.contains { found.contains($0) }, "\(value ?? "-"): \(found)")
            case .serious?: #expect(!Self.cleanOnly.contains { found.contains($0) }, "\(value ?? "-"): \(found)")
            default: break
            }
            tiers.insert(value ?? "")
        }
        #expect(tiers.count >= 2, "\(prompt): one grade only: \(tiers)")
    }
}
