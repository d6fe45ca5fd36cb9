import Testing
@testable import DoppelEngine
import DoppelTestSupport

/// What happens under a parent's period happens within it: a claim is filed between its policy's start and
/// end, not after the policy expired. Drawn period and event names, types, row counts and seeds.
@Suite struct WithinParentPeriodTests {
    @Test(arguments: [UInt64(901), 902, 903, 904, 905, 906])
    func anIncidentFallsWithinItsParentsPeriod(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let (start, end) = rng.pick([("start_date", "end_date"), ("starts_on", "ends_on"), ("valid_from", "valid_to"), ("start_at", "end_at")])
        let event = rng.pick(["filed_on", "incident_date", "occurred_at", "loss_date", "claim_date", "accident_date", "filed_at"])
        let type = rng.pick(["date", "datetime"]), eventType = rng.pick(["date", "datetime"])
        let parents = rng.int(1...60), rows = rng.int(1...4000)
        let schema = """
        {"name": "cover", "seed": \(seed), "entities": [
          {"name": "policies", "rows": \(parents), "fields": [
            {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "\(start)", "type": "\(type)", "kind": "\(type).past"},
            {"name": "\(end)", "type": "\(type)", "kind": "\(type).past"}]},
          {"name": "claims", "rows": \(rows), "fields": [
            {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "policy_id", "type": "integer", "references": "policies.id"},
            {"name": "\(event)", "type": "\(eventType)", "kind": "\(eventType).past"}]}]}
        """
        let plan = try TestSupport.plan(schema)
        func day(_ s: String?) -> String { String((s ?? "").prefix(10)) }
        let period = Dictionary(uniqueKeysWithValues: TestSupport.table(plan, "policies").map { ($0[0] ?? "", (day($0[1]), day($0[2]))) })
        var outside = 0, first = ""
        for row in TestSupport.table(plan, "claims") {
            guard let (s, e) = period[row[1] ?? ""], s <= e else { continue }
            let at = day(row[2])
            if at < s || at > e {
                outside += 1
                if first.isEmpty { first = "\(event) \(at) outside \(s)…\(e)" }
            }
        }
        #expect(outside == 0, "seed \(seed): \(outside) of \(rows); first \(first)")
    }
}
