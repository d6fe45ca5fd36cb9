import Testing
import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner
import DoppelTestSupport

/// A record's `result` or `outcome` takes the values of what the record is: calls are resolved or go to
/// voicemail, claims are approved or rejected, games are won or lost; a record of no known kind is not won or lost.
@Suite struct OutcomeLexiconTests {
    @Test(arguments: [UInt64(71), 72, 73])
    func anOutcomeFitsItsRecord(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for group in ColumnLexicon.outcomes {
            let thing = rng.pick(Array(group.things).sorted())
            let table = Inflector.plural(thing)
            let column = rng.pick(["outcome", "result"])
            let prompt = "A company with staff and \(table.replacingOccurrences(of: "_", with: " ")) (id, staff_id, created_at, \(column))"
            let schema = Planner().plan(prompt).schema
            guard let e = schema.entities.first(where: { $0.name == table }), let f = e.field(named: column) else {
                Issue.record("seed \(seed): \(prompt): \(schema.entities.map(\.name))")
                continue
            }
            let values = Set((f.values ?? []).compactMap(\.stringValue))
            let want = Set(group.values.split(separator: "|").map { String($0.split(separator: ":")[0]) })
            #expect(values == want || f.kind != "enum", "seed \(seed): \(prompt): \(values)")
        }
    }

    @Test func aRecordOfNoKnownKindIsNotWonOrLost() {
        for table in ["widgets", "experiments", "batches", "imports"] {
            let schema = Planner().plan("A lab with \(table) (id, name, outcome)").schema
            let values = (schema.entities.first { $0.name == table }?.field(named: "outcome")?.values ?? []).compactMap(\.stringValue)
            #expect(!values.contains("win") && !values.contains("loss") && !values.isEmpty, "\(table): \(values)")
        }
    }
}
