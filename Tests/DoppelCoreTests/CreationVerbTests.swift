import Testing
@testable import DoppelEngine
import DoppelTestSupport

/// A record's life opens with the participle its first date is named by (`installed_on`, `activated_at`,
/// `purchased_on`): later dates of the row follow it. Drawn names, types, row counts and seeds.
@Suite struct CreationVerbTests {
    @Test(arguments: [UInt64(1801), 1802, 1803, 1804, 1805])
    func laterDatesFollowTheOpeningOne(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let opening = rng.pick(["installed_on", "activated_at", "purchased_on", "acquired_on", "commissioned_on", "installed_at"])
        let later = rng.pick(["last_seen_at", "updated_at", "last_login_at", "last_used_at", "modified_at"])
        let openingType = opening.hasSuffix("_on") ? "date" : "datetime"
        let rows = rng.int(1...3000)
        let schema = """
        {"name": "life", "seed": \(seed), "entities": [{"name": "devices", "rows": \(rows), "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "\(later)", "type": "datetime"},
          {"name": "\(opening)", "type": "\(openingType)"}]}]}
        """
        let plan = try TestSupport.plan(schema)
        var early = 0
        for row in TestSupport.table(plan, "devices") {
            guard let l = row[1], let o = row[2] else { continue }
            if String(l.prefix(10)) < String(o.prefix(10)) { early += 1 }
        }
        #expect(early == 0, "seed \(seed): \(early) of \(rows) rows have \(later) before \(opening)")
    }
}
