import Testing
import DoppelTestSupport
@testable import DoppelEngine

/// A law firm's billable hours are legal work done while their case was open, and a case runs months, not a
/// support case's days. Drawn: table and column names, row counts; a failure prints its seed.
@Suite struct LegalWorkTests {
    static func draw(_ seed: UInt64) -> String {
        var rng = FuzzRandom(seed: seed)
        let lawyers = rng.pick(["attorneys", "lawyers", "solicitors", "counsel_members"])
        let cases = rng.pick(["cases", "matters", "legal_cases"])
        let log = rng.pick(["billable_hours", "time_entries", "timesheets"])
        let described = rng.pick(["description", "work_description", "notes", "activity"])
        return """
        {"name": "\(rng.pick(["law_firm", "legal_practice", "firm"]))", "seed": \(seed), "entities": [
          {"name": "\(lawyers)", "rows": \(rng.int(2...12)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "name", "kind": "person.full_name"}]},
          {"name": "\(cases)", "rows": \(rng.int(5...60)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "lawyer_id", "references": "\(lawyers).id"},
            {"name": "opened_on", "type": "date", "kind": "date.past"}, {"name": "closed_on", "type": "date", "kind": "date.past", "nullable": 0.3}]},
          {"name": "\(log)", "rows": \(rng.int(30...300)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "case_id", "references": "\(cases).id"}, {"name": "work_date", "type": "date", "kind": "date.past"},
            {"name": "hours", "type": "decimal", "min": 0.1, "max": 10},
            {"name": "\(described)", "type": "text", "kind": "text.sentence"}]}]}
        """
    }

    @Test func billedWorkIsLegalAndFallsWhileItsCaseIsOpen() throws {
        let verbs = Set(RowTitleWriter.legalWork.flatMap(\.verbs))
        for seed in UInt64(1)...24 {
            let json = Self.draw(seed)
            let plan = try TestSupport.plan(json)
            let cases = plan.entities[1].name, log = plan.entities[2].name
            var window: [String: (Int64, Int64?)] = [:]
            for row in TestSupport.table(plan, cases) {
                guard let id = row[0], let open = row[2].flatMap(CivilTime.parse).map({ Int64($0) }) else { continue }
                let close = row[3].flatMap(CivilTime.parse).map { Int64($0) }
                if let close { #expect(close - open >= 30 * 86_400, "seed \(seed): a case closed \((close - open) / 86_400) days after it opened") }
                window[id] = (open, close)
            }
            var checked = 0
            for row in TestSupport.table(plan, log) {
                let text = row[4] ?? ""
                #expect(verbs.contains { text.hasPrefix($0 + " ") }, "seed \(seed): \(text)\n\(json)")
                guard let id = row[1], let (open, close) = window[id], let day = row[2].flatMap(CivilTime.parse).map({ Int64($0) }) else { continue }
                #expect(day >= open && close.map { day <= $0 } ?? true, "seed \(seed): work on \(row[2] ?? "") outside its case")
                checked += 1
            }
            #expect(checked > 0, "seed \(seed): no dated work to check")
        }
    }
}
