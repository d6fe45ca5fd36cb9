import Testing
import DoppelTestSupport
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// A leave's reason fits its type (no "Moving house" for sick leave), and a measure at a moment
/// (`balance_after`) is that measure, not a text label. Drawn types, names and rows.
@Suite struct LeaveReasonTests {
    @Test func aLeavesReasonFitsItsType() throws {
        for seed in UInt64(1)...10 {
            var rng = FuzzRandom(seed: seed)
            let types = rng.pick([["sick", "vacation", "parental"], ["Annual Leave", "Sick Leave", "Bereavement", "Unpaid"], ["pto", "medical", "jury_duty"]])
            let typeName = rng.pick(["leave_type", "type", "absence_type"])
            let json = """
            {"name": "s", "seed": \(seed), "entities": [{"name": "\(rng.pick(["leave_requests", "absences", "leaves"]))", "rows": \(rng.int(5...300)), "fields": [
              {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
              {"name": "\(typeName)", "type": "string", "kind": "enum", "values": [\(types.map { "\"\($0)\"" }.joined(separator: ", "))]},
              {"name": "reason", "type": "text", "kind": "text.sentence"}]}]}
            """
            let plan = try TestSupport.plan(json)
            for row in TestSupport.table(plan, plan.entities[0].name) {
                guard let kind = row[1], let reasons = RecordNoteWriter.absenceReasons(ofKind: kind) else { continue }
                #expect(reasons.contains(row[2] ?? ""), "seed \(seed): \(kind) leave for \(row[2] ?? "NULL")")
            }
        }
    }

    @Test(arguments: ["balance_after", "balance_before", "weight_before", "price_new", "stock_after"])
    func aMeasureAtAMomentIsThatMeasure(name: String) {
        let context = ColumnContext(entity: "transaction", nature: .event, domain: nil)
        let stem = String(name.split(separator: "_").first!)
        let s = ColumnLexicon.spec(name, context)
        #expect(s?.type == ColumnLexicon.spec(stem, context)?.type && s?.min == ColumnLexicon.spec(stem, context)?.min, "\(name): \(String(describing: s))")
    }
}
