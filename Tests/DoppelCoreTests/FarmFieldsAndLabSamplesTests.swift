import Testing
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// "A farm with fields (…), crops and harvests (…)" planned one table of farms whose columns were `crops` and
/// `harvests`; "a laboratory with samples, tests and results" dropped samples as a word about the data, planned
/// tests as exams ("Horizon Test", max_score 50) and gave a Glucose test a result in mIU/L. Drawn wordings.
@Suite struct FarmFieldsAndLabSamplesTests {
    @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6])
    func aBarePluralAmongBracketedTablesIsATable(seed: UInt64) {
        var rng = FuzzRandom(seed: seed)
        let setting = rng.pick(["A farm", "farm", "An organic farm", "A family farm"])
        let bare = rng.pick(["crops", "tractors", "workers", "animals"])
        let comma = rng.pick(["", ","])
        let prompt = "\(setting) with fields (area_hectares, soil_type), \(bare)\(comma) and harvests (yield_kg, harvested_on)"
        let s = Planner().plan(prompt).schema
        #expect(PlanInvariants.problems(s).isEmpty, "\(PlanInvariants.problems(s))")
        #expect(Set(s.entities.map(\.name)) == ["fields", bare, "harvests"], "\(prompt): \(s.entities.map(\.name))")
        #expect(s.entity(named: "fields")?.field(named: "area_hectares") != nil, "\(prompt)")
    }

    @Test(arguments: ["Generate 100 samples of customer data", "customers and orders, 50 samples each",
                      "A sample dataset with users and posts"])
    func samplesOutsideALabStayWordsAboutTheData(_ prompt: String) {
        let s = Planner().plan(prompt).schema
        #expect(s.entity(named: "samples") == nil, "\(prompt): \(s.entities.map(\.name))")
    }

    @Test(arguments: [UInt64(1), 2, 3, 4])
    func aLabsSamplesAreSpecimensAndResultsFollowTheirTest(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let setting = rng.pick(["A laboratory", "laboratory", "A clinical lab", "A pathology lab"])
        let prompt = "\(setting) with samples, tests and results (value, unit, reference_range, flag)"
        let schema = Planner().plan(prompt).schema
        #expect(PlanInvariants.problems(schema).isEmpty, "\(PlanInvariants.problems(schema))")
        #expect(Set(schema.entities.map(\.name)) == ["samples", "tests", "results"], "\(prompt): \(schema.entities.map(\.name))")
        let plan = try schema.resolve(ResolveOptions(seed: seed, rows: 80)).get()
        let types = Set(TestSupport.column(plan, "samples", "sample_type").compactMap { $0 })
        #expect(!types.isEmpty && types.isSubset(of: ["Blood", "Serum", "Plasma", "Urine", "Saliva", "Nasal Swab", "Stool", "Cerebrospinal Fluid"]), "\(types)")
        let tests = TestSupport.table(plan, "tests"), results = TestSupport.table(plan, "results")
        let name = try #require(plan.entity(named: "tests")?.column(named: "test_name"))
        let ref = try #require(plan.entity(named: "results")?.column(named: "test_id"), "results do not reference tests")
        let unit = try #require(plan.entity(named: "results")?.column(named: "unit"))
        let range = try #require(plan.entity(named: "results")?.column(named: "reference_range"))
        var checked = 0
        for row in results {
            guard let id = row[ref].flatMap(Int.init), let analyte = tests[id - 1][name] else { continue }
            let a = try #require(LabKind.index(ofAnalyte: analyte), "test name \(analyte) is no analyte")
            #expect(row[unit] == LabKind.analytes.string(a, 1), "\(analyte) in \(row[unit] ?? "nil")")
            #expect(row[range] == LabKind.analytes.string(a, 2) + "-" + LabKind.analytes.string(a, 3), "\(analyte) against \(row[range] ?? "nil")")
            checked += 1
        }
        #expect(checked > 40)
    }
}
