import DoppelJSON
import Testing
@testable import DoppelEngine
import DoppelTestSupport

/// A status agrees with the row's period: nothing `active` that ended years
/// ago, nothing `completed` that has not begun; other values are kept.
@Suite struct PeriodStatusTests {
    static let statusSets: [[String]] = [
        ["active", "completed", "paused", "draft"], ["scheduled", "active", "ended", "cancelled"],
        ["upcoming", "ongoing", "finished"], ["active", "expired", "suspended"], ["rented", "returned", "cancelled"],
    ]

    @Test(arguments: [UInt64(51), 52, 53, 54])
    func theStatusAgreesWithStartAndEnd(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for values in Self.statusSets {
            let entity = rng.pick(["campaigns", "rentals", "subscriptions", "projects", "bookings", "leases"])
            let (start, end) = rng.pick([("start_date", "end_date"), ("starts_on", "ends_on"), ("check_in", "check_out"),
                                         ("pickup_date", "return_date")])
            let future = rng.chance(0.5) ? "date.future" : "date.past"
            let text = """
            {"seed": \(rng.int(1...99_999)), "reference_date": "2025-01-01", "entities": [{"name": "\(entity)", "rows": 600, "fields": [
              {"name": "id", "primary_key": true}, {"name": "\(start)", "type": "date", "kind": "\(future)"},
              {"name": "\(end)", "type": "date"},
              {"name": "status", "values": [\(values.map { "\"\($0)\"" }.joined(separator: ", "))]}]}]}
            """
            let plan = try TestSupport.plan(text)
            var kept: Set<String> = []
            var anyUpcoming = false
            // a value that waits (draft, pending) stands for a period not begun when no value names one
            let waiting = values.contains { PeriodStatusPlan.place(of: $0) == .upcoming } ? []
                : Set(values.filter { PeriodStatusPlan.standIn($0) == .upcoming })
            for r in TestSupport.table(plan, entity) {
                let s = try #require(r[1]), e = try #require(r[2]), status = try #require(r[3])
                let actual: PeriodStatusPlan.Place = s > "2025-01-01" ? .upcoming : e < "2025-01-01" ? .ended : .active
                anyUpcoming = anyUpcoming || actual == .upcoming
                if let named = PeriodStatusPlan.place(of: status) {
                    // A contradiction is allowed only when the entity has no value for the actual place.
                    let hasValue = values.contains { PeriodStatusPlan.place(of: $0) == actual }
                    #expect(named == actual || !hasValue, "\(entity) \(status): \(s)…\(e)")
                } else {
                    #expect(!waiting.contains(status) || actual == .upcoming, "\(entity) \(status): \(s)…\(e)")
                    kept.insert(status)
                }
            }
            // Values that name no place are still drawn (one that waits, where some period is yet to begin).
            for v in values where PeriodStatusPlan.place(of: v) == nil && (!waiting.contains(v) || anyUpcoming) {
                #expect(kept.contains(v), "\(v) in \(values)")
            }
        }
    }

    /// A status set whose only place value is `active` (a gym's active, frozen, cancelled) still
    /// agrees with the period: over means a value that stopped, not begun one that waits, when it has them.
    @Test(arguments: [UInt64(61), 62, 63, 64])
    func aLoneActiveValueGivesWayToAStandIn(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<5 {
            let live = rng.pick(["active", "current", "ongoing", "open"])
            let stopped = rng.pick(["cancelled", "canceled", "terminated", "closed", "withdrawn"])
            var values = [live, stopped]
            for extra in ["frozen", "paused", "pending", "on_hold", "new"] where rng.chance(0.4) { values.append(extra) }
            let entity = rng.pick(["memberships", "subscriptions", "contracts", "leases", "policies", "enrollments"])
            let text = """
            {"seed": \(rng.int(1...99_999)), "reference_date": "2025-01-01", "entities": [{"name": "\(entity)", "rows": 400, "fields": [
              {"name": "id", "primary_key": true}, {"name": "start_date", "type": "date", "kind": "\(rng.pick(["date.past", "date.future"]))"},
              {"name": "end_date", "type": "date"},
              {"name": "status", "values": [\(values.map { "\"\($0)\"" }.joined(separator: ", "))]}]}]}
            """
            let plan = try TestSupport.plan(text)
            var stoppedSeen = false
            for r in TestSupport.table(plan, entity) {
                let s = try #require(r[1]), e = try #require(r[2]), status = try #require(r[3])
                stoppedSeen = stoppedSeen || status == stopped
                if status == live { #expect(e >= "2025-01-01", "\(entity) \(status) ended \(e); values \(values)") }
                if status == live, values.contains("pending") || values.contains("new") {
                    #expect(s <= "2025-01-01", "\(entity) \(status) starts \(s); values \(values)")
                }
            }
            #expect(stoppedSeen, "\(values)")
        }
    }

    /// One scheduled time and no end: an appointment next month is not `completed` or a `no_show`, one last
    /// year is not `scheduled`. Drawn time names, kinds, status sets and seeds.
    @Test(arguments: [UInt64(71), 72, 73, 74, 75])
    func aSingleScheduledTimeDecidesWhetherItHappened(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let time = rng.pick(["scheduled_at", "appointment_date", "starts_at", "start_time", "scheduled_for"])
        let type = time.hasSuffix("date") ? "date" : "datetime"
        let kind = rng.pick(["\(type).past", "\(type).future", "\(type).recent"])
        let values = rng.pick([["scheduled", "completed", "cancelled", "no_show"], ["booked", "attended", "missed"], ["upcoming", "done", "cancelled"]])
        let text = """
        {"seed": \(seed), "reference_date": "2025-01-01", "entities": [{"name": "appointments", "rows": \(rng.int(1...2000)), "fields": [
          {"name": "id", "primary_key": true}, {"name": "\(time)", "type": "\(type)", "kind": "\(kind)"},
          {"name": "status", "values": [\(values.map { "\"\($0)\"" }.joined(separator: ", "))]}]}]}
        """
        let plan = try TestSupport.plan(text)
        for r in TestSupport.table(plan, "appointments") {
            let at = try #require(r[1]), status = try #require(r[2])
            guard let named = PeriodStatusPlan.place(of: status) else { continue }
            let actual: PeriodStatusPlan.Place = at > "2025-01-01" ? .upcoming : .ended
            #expect(named == actual || String(at.prefix(10)) == "2025-01-01", "seed \(seed): \(status) at \(at) (\(kind))")
        }
    }

    /// A booking with no time of its own follows the occasion it references: a booking of last month's
    /// class is attended or missed, not still `confirmed`; one of next month's is not `attended`.
    @Test(arguments: [UInt64(76), 77, 78, 79])
    func aBookingFollowsTheOccasionItReferences(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let (parent, child) = rng.pick([("classes", "class_bookings"), ("events", "registrations"), ("shows", "tickets"),
                                        ("sessions", "reservations"), ("workshops", "enrollments")])
        let time = rng.pick(["starts_at", "scheduled_at", "start_time", "start_date"])
        let type = time.hasSuffix("date") ? "date" : "datetime"
        let values = rng.pick([["confirmed", "attended", "cancelled", "no_show"], ["booked", "attended", "missed"],
                               ["upcoming", "completed", "cancelled"]])
        let text = """
        {"seed": \(seed), "reference_date": "2025-01-01", "entities": [
          {"name": "\(parent)", "rows": \(rng.int(1...60)), "fields": [
            {"name": "id", "primary_key": true}, {"name": "\(time)", "type": "\(type)", "kind": "\(type).\(rng.pick(["past", "future", "between"]))"}]},
          {"name": "\(child)", "rows": \(rng.int(1...1500)), "fields": [
            {"name": "id", "primary_key": true}, {"name": "item_id", "references": "\(parent).id"},
            {"name": "status", "values": [\(values.map { "\"\($0)\"" }.joined(separator: ", "))]}]}]}
        """
        let plan = try TestSupport.plan(text)
        let times = Dictionary(uniqueKeysWithValues: TestSupport.table(plan, parent).map { ($0[0] ?? "", $0[1] ?? "") })
        for r in TestSupport.table(plan, child) {
            let at = try #require(times[r[1] ?? ""]), status = try #require(r[2])
            guard let named = PeriodStatusPlan.place(of: status) else { continue }
            let actual: PeriodStatusPlan.Place = at > "2025-01-01" ? .upcoming : .ended
            #expect(named == actual || String(at.prefix(10)) == "2025-01-01", "\(child) \(status) of \(parent) at \(at)")
        }
    }
}
