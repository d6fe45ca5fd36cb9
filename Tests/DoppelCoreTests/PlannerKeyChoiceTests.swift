import Testing
import DoppelJSON
import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner
import DoppelTestSupport

/// A listed table without `id` is keyed by what identifies its rows, never by a position within a parent
/// (`track_number` on an album) or by the id of another known thing it records (`user_id` of a listen).
/// Drawn tables, column orders and seeds.
@Suite struct PlannerKeyChoiceTests {
    @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6])
    func positionsAndOtherThingsIdsAreNotKeys(seed: UInt64) {
        var rng = FuzzRandom(seed: seed)
        let (parent, child, position, length) = rng.pick([("albums", "tracks", "track_number", "duration_seconds"),
                                                          ("seasons", "episodes", "episode_number", "runtime_minutes"),
                                                          ("podcasts", "episodes", "episode_number", "duration_seconds")])
        let (events, actor) = rng.pick([("listens", "user_id"), ("page_views", "user_id"), ("purchases", "customer_id"),
                                        ("check_ins", "member_id"), ("plays", "user_id")])
        let parentKey = Inflector.singular(parent) + "_id", childKey = Inflector.singular(child) + "_id"
        var childColumns = [parentKey, "title", length, position]
        childColumns.shuffle(using: &rng)
        var eventColumns = [actor, childKey, "created_at"]
        if rng.chance(0.5) { eventColumns.swapAt(1, 2) }
        let prompt = "\(parent), \(child) (\(childColumns.joined(separator: ", "))) and \(events) (\(eventColumns.joined(separator: ", ")))"
        let s = Planner().plan(prompt).schema
        #expect(PlanInvariants.problems(s).isEmpty, "\(prompt)")
        let c = s.entity(named: child)
        #expect(c?.primaryKey?.name != position, "\(prompt): \(c?.primaryKey?.name ?? "none")")
        #expect(c?.field(named: position)?.type == FieldType.integer, "\(prompt)")
        #expect(s.entity(named: events)?.primaryKey?.name != actor, "\(prompt)")
        #expect(s.entity(named: events)?.field(named: childKey)?.references?.entity == child, "\(prompt)")
    }

    /// `holder_id` references the table of a closed compound ending in that word (policyholders,
    /// cardholders), instead of becoming the key of the table it sits in.
    @Test(arguments: [UInt64(11), 12, 13])
    func aCompoundsLastWordFindsItsTable(seed: UInt64) {
        var rng = FuzzRandom(seed: seed)
        let (people, things) = rng.pick([("policyholders", "policies"), ("cardholders", "cards"), ("shareholders", "dividends"),
                                         ("leaseholders", "leases")])
        var columns = ["holder_id", "amount", "start_date"]
        columns.shuffle(using: &rng)
        let prompt = "\(people) and \(things) (\(columns.joined(separator: ", ")))"
        let s = Planner().plan(prompt).schema
        #expect(s.entity(named: things)?.field(named: "holder_id")?.references?.entity == people, "\(prompt)")
        #expect(s.entity(named: things)?.primaryKey?.name != "holder_id", "\(prompt)")
    }

    /// A first column that is the number of another thing (`table_number` of an order) is not the key;
    /// one whose stem shortens the table's name (`emp_no`) or reads as an initialism (`txn_no`) is.
    @Test(arguments: [UInt64(21), 22, 23, 24])
    func anotherThingsNumberIsNotTheKey(seed: UInt64) {
        var rng = FuzzRandom(seed: seed)
        let (table, first) = rng.pick([("orders", "table_number"), ("bookings", "seat_number"), ("payments", "invoice_no"),
                                       ("reservations", "room_number"), ("visits", "badge_number")])
        let others = ["amount", "created_at", "status"].shuffled(using: &rng)
        let s = Planner().plan("\(table) (\(([first] + others).joined(separator: ", ")))").schema
        #expect(s.entity(named: table)?.primaryKey?.name == "id", "\(table) (\(first), …): \(s.entity(named: table)?.primaryKey?.name ?? "none")")
        let (own, key) = rng.pick([("employees", "emp_no"), ("transactions", "txn_no"), ("orders", "order_number"), ("tickets", "ticket_no")])
        let t = Planner().plan("\(own) (\(([key] + others).joined(separator: ", ")))").schema
        #expect(t.entity(named: own)?.primaryKey?.name == key, "\(own) (\(key), …)")
    }
}
