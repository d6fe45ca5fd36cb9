import Testing
@testable import DoppelEngine
import DoppelTestSupport

/// A cancellation time exists only on a cancelled row, and lies after the row's own start and
/// before now, also when the row's parent has a start of its own (a user's `created_at`).
@Suite struct CancelledTimeTests {
    @Test(arguments: [UInt64(111), 112, 113, 114])
    func aCancellationFollowsTheStartAndTheStatus(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<5 {
            let entity = rng.pick(["subscriptions", "memberships", "orders", "contracts", "enrollments"])
            let start = rng.pick(["started_at", "created_at", "start_date", "joined_on"])
            let cancel = rng.pick(["canceled_at", "cancelled_at", "cancellation_date", "cancelled_on"])
            let cancelWord = rng.pick(["canceled", "cancelled"])
            let type = start.hasSuffix("_at") && cancel.hasSuffix("_at") ? "datetime" : "date"
            let parentStart = rng.chance(0.5) ? #", {"name": "created_at", "type": "datetime"}"# : ""
            let text = """
            {"seed": \(seed), "reference_date": "2025-01-01", "entities": [
              {"name": "users", "rows": 30, "fields": [{"name": "id", "primary_key": true}\(parentStart)]},
              {"name": "\(entity)", "rows": 300, "fields": [{"name": "id", "primary_key": true},
                {"name": "status", "values": ["active", "paused", "\(cancelWord)", "past_due"]},
                {"name": "\(start)", "type": "\(type)"}, {"name": "\(cancel)", "type": "\(type)"},
                {"name": "user_id", "references": "users.id"}]}]}
            """
            let plan = try TestSupport.plan(text)
            var cancelled = 0
            for row in TestSupport.table(plan, entity) {
                let status = try #require(row[1]), begun = try #require(row[2])
                guard let at = row[3] else { continue }
                cancelled += 1
                #expect(status == cancelWord, "seed \(seed) \(entity): \(status) has \(cancel) \(at)")
                #expect(at >= begun, "seed \(seed) \(entity): \(cancel) \(at) before \(start) \(begun)")
                #expect(at <= "2025-01-01T00:00:00Z", "seed \(seed) \(entity): \(cancel) \(at) after now")
            }
            #expect(cancelled > 0, "seed \(seed) \(entity): no row is cancelled")
        }
    }
}
