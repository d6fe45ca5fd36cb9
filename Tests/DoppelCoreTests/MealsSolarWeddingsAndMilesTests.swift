import Foundation
import Testing
import DoppelTestSupport
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's food delivery was delivered before it was picked up, cost $675 and came by truck; a 10 kW
/// solar system was quoted at $53 with 10 panels on a 13 kW roof; a wedding with 214 guests cost $157 on
/// "Package C"; an airline's members deposited 10.8 miles. Drawn names and seeds.
@Suite struct MealsSolarWeddingsAndMilesTests {
    static func seconds(_ text: String?) -> Int64? { text.flatMap(CivilTime.parse) }

    @Test(arguments: 1...4) func aMealIsPickedUpThenDeliveredWithinTheHour(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let setting = rng.pick(["food delivery platform", "takeout delivery app", "restaurant delivery service"])
        let (picked, delivered) = rng.pick([("picked_up_at", "delivered_at"), ("dispatched_at", "delivered_at")])
        let prompt = "A \(setting) with restaurants (name, cuisine, rating), couriers (name, vehicle_type), customers and orders "
            + "(restaurant_id, courier_id, customer_id, placed_at, \(picked), \(delivered), subtotal, delivery_fee, tip, total)"
        let schema = Planner().plan(prompt).schema
        let vehicles = schema.entity(named: "couriers")?.field(named: "vehicle_type")?.values?.compactMap(\.stringValue) ?? []
        #expect(vehicles.contains("bicycle") && !vehicles.contains("truck"), "\(setting): \(vehicles)")
        let subtotal = schema.entity(named: "orders")?.field(named: "subtotal")
        #expect((subtotal?.max ?? 1_000) <= 150, "\(setting): subtotal up to \(String(describing: subtotal?.max))")
        #expect((schema.entity(named: "restaurants")?.field(named: "rating")?.min ?? 0) >= 3.5)
        let plan = try schema.resolve(ResolveOptions(seed: seed)).get()
        let orders = try #require(plan.entity(named: "orders"))
        let p = try #require(orders.column(named: "placed_at")), u = try #require(orders.column(named: picked))
        let d = try #require(orders.column(named: delivered))
        for row in TestSupport.table(plan, "orders") {
            let placed = try #require(Self.seconds(row[p])), up = try #require(Self.seconds(row[u])), done = try #require(Self.seconds(row[d]))
            #expect(up > placed && done > up && done - placed <= 2 * 3_600 + 2_400, "\(setting): \(row[p] ?? "") → \(row[u] ?? "") → \(row[d] ?? "")")
        }
    }

    @Test(arguments: 1...4) func aSolarSystemsPriceAndPanelsFollowItsSize(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let size = rng.pick(["system_size_kw", "size_kw", "capacity_kw", "kw"])
        let price = rng.pick(["price", "total_price", "quote_amount", "total_cost"])
        let panels = rng.pick(["panel_count", "panels", "num_panels"])
        let plan = try TestSupport.plan("""
            {"name": "\(rng.pick(["solar_installer", "solar_crm", "pv_installations"]))", "seed": \(seed), "entities": [
              {"name": "quotes", "rows": 300, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "\(size)", "type": "decimal", "min": 3, "max": 20},
                {"name": "\(panels)", "type": "integer", "min": 1, "max": 80},
                {"name": "\(price)", "type": "decimal", "min": 10, "max": 100000}]}]}
            """)
        for row in TestSupport.table(plan, "quotes") {
            let kw = try #require(row[1].flatMap(Double.init)), n = try #require(row[2].flatMap(Double.init))
            let cost = try #require(row[3].flatMap(Double.init))
            #expect(cost / kw >= 2_390 && cost / kw <= 3_610, "\(kw) kW for \(cost)")
            #expect(n / kw >= 2.0 && n / kw <= 3.1, "\(kw) kW in \(n) panels")
        }
    }

    @Test func aWeddingCostsThousandsOnATierAndMilesAreWhole() throws {
        let prompt = "A wedding venue with events (couple_name, event_date, guest_count, package, total_price, deposit_paid) and vendors"
        let price = try #require(TestSupport.plannedField(prompt, "events", "total_price"))
        #expect((price.min ?? 0) >= 5_000, "\(String(describing: price.min))")
        let package = TestSupport.plannedField(prompt, "events", "package")?.values?.compactMap(\.stringValue) ?? []
        #expect(package.contains("Gold") && !package.contains { $0.hasPrefix("Package ") }, "\(package)")
        for table in ["mileage_transactions", "mile_transactions", "points_transactions", "loyalty_transactions"] {
            let amount = table.hasPrefix("mile") ? "miles" : "points"
            let p = "An airline loyalty program with members and \(table) (member_id, \(amount), type, posted_at)"
            #expect(TestSupport.plannedField(p, table, amount)?.type == .integer, "\(table).\(amount)")
            let types = TestSupport.plannedField(p, table, "type")?.values?.compactMap(\.stringValue) ?? []
            #expect(types.contains("earned") && types.contains("redeemed") && !types.contains("deposit"), "\(table).type \(types)")
        }
    }
}
