import Testing
@testable import DoppelEngine
@testable import DoppelPlanner
import DoppelTestSupport

/// A medication's class is its drug's: Amoxicillin is an antibiotic, never a statin. Drawn class column
/// names, lists, row counts and seeds; and a planned pharmacy's medications, each named once.
@Suite struct DrugClassTests {
    @Test(arguments: [UInt64(2201), 2202, 2203])
    func aDrugsClassIsItsOwn(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let column = rng.pick(["drug_class", "therapeutic_class", "class"])
        let classes = Array(Set(Words.medicationClasses)).sorted().filter { _ in rng.chance(0.8) }
        let schema = """
        {"name": "rx", "seed": \(seed), "entities": [{"name": "medications", "rows": \(rng.int(1...500)), "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "\(column)", "type": "string", "kind": "enum", "values": [\(classes.map { "\"\($0)\"" }.joined(separator: ", "))]},
          {"name": "name", "type": "string", "kind": "health.medication"}]}]}
        """
        let plan = try TestSupport.plan(schema)
        let names = (0..<Words.medications.count).map { Words.medications.string($0) }
        let truth = Dictionary(uniqueKeysWithValues: zip(names, Words.medicationClasses))
        for row in TestSupport.table(plan, "medications") {
            let cls = try #require(row[1]), name = try #require(row[2])
            if let want = truth[name], classes.contains(want) { #expect(cls == want, "seed \(seed): \(name) is \(cls)") }
        }
    }

    @Test func aPlannedPharmacyNamesEachDrugOnce() throws {
        let plan = try Planner().plan("Pharmacy with patients, prescriptions and medications").schema.resolve(ResolveOptions()).get()
        let names = TestSupport.column(plan, "medications", "name").compactMap { $0 }
        #expect(!names.isEmpty && Set(names).count == names.count, "\(names)")
    }
}
