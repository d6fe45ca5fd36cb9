import Foundation
import Testing
import DoppelTestSupport
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's restaurant chain totalled a $147.94 subtotal with a $20.50 tip at $20.54, seated parties of 105, and
/// staffed its kitchens with data analysts. Drawn bills, parts, headcounts and workplaces.
@Suite struct RestaurantBillTests {
    @Test(arguments: 1...8) func aTotalIsItsSubtotalPlusWhatIsAddedLessWhatIsTakenOff(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let table = rng.pick(["orders", "bills", "checks", "invoices", "tabs"])
        let subtotal = rng.pick(SchemaResolver.subtotalNames)
        let total = rng.pick(["total", "total_amount", "grand_total", "amount_due"])
        var added = Array(Set((0..<rng.int(0...3)).map { _ in rng.pick(["tax", "tip", "delivery_fee", "service_charge", "shipping"]) })).sorted()
        let taken = rng.int(0...1) == 1 ? ["discount"] : []
        if added.isEmpty && taken.isEmpty { added = ["tip"] }
        let parts = (added + taken).map { #"{"name": "\#($0)", "type": "decimal", "min": 0, "max": 30, "nullable": 0.1}"# }.joined(separator: ", ")
        let json = """
            {"name": "s", "entities": [{"name": "\(table)", "rows": 300, "fields": [
              {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
              {"name": "\(subtotal)", "type": "decimal", "min": 10, "max": 400}, \(parts),
              {"name": "\(total)", "type": "decimal", "min": 1, "max": 50}]}]}
            """
        let plan = try TestSupport.plan(json, ResolveOptions(seed: seed))
        let rows = TestSupport.table(plan, table)
        for row in rows {
            guard let base = row[1].flatMap(Double.init), let sum = row.last.flatMap({ $0 }).flatMap(Double.init) else { continue }
            var expected = base
            for (k, name) in (added + taken).enumerated() {
                let v = row[2 + k].flatMap(Double.init) ?? 0
                expected += taken.contains(name) ? -v : v
            }
            #expect(abs(sum - max(0, expected)) <= 0.011, "\(table).\(total) \(sum) vs \(subtotal) \(base) ± \(added + taken)")
        }
    }

    @Test(arguments: [("A chain", "restaurants"), ("Our business", "pizzerias"), ("Boutique group", "hotels"), ("Fitness brand", "gyms"),
                      ("Logistics company", "warehouses")])
    func staffHoldTheirWorkplacesJobs(setting: String, places: String) throws {
        let place = Inflector.singular(places)
        let json = Planner().plan("\(setting): \(places) (name, city), staff (\(place)_id, name, role, hourly_wage)").schema
        let plan = try json.resolve(ResolveOptions(seed: 3)).get()
        let titles = try #require(JobLadder.workplaces.first { $0.words.contains(place) }?.titles)
        for role in TestSupport.column(plan, "staff", "role").compactMap({ $0 }).prefix(100) {
            #expect(titles.contains(role), "\(setting): \(role)")
        }
    }

    @Test func aPartyIsAFewPeopleWhateverTheRoomHolds() throws {
        let schema = Planner().plan("Restaurant chain: restaurants (name, seating_capacity), reservations (restaurant_id, guest_name, party_size, reserved_for)").schema
        let plan = try schema.resolve(ResolveOptions(seed: 4)).get()
        let sizes = TestSupport.column(plan, "reservations", "party_size").compactMap { $0.flatMap { Int($0) } }
        #expect(!sizes.isEmpty && sizes.allSatisfy { (1...12).contains($0) }, "\(sizes.max() ?? 0)")
        // Two is the commonest party.
        let twos = sizes.filter { $0 == 2 }.count
        #expect(twos >= sizes.filter { $0 == 1 }.count)
    }
}
