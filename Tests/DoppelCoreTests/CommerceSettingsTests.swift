import Testing
import Foundation
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// An Etsy-like marketplace's listings were houses at $102,719 ("Falcon Item") bought by mortgage-approved buyers; a
/// dealership's salespeople got generic columns; a food delivery app's orders were shipped "Standard" and paid by bank
/// transfer; a car park's spots were "Keystone Spot is a spot". Drawn wordings.
@Suite struct CommerceSettingsTests {
    @Test(arguments: [UInt64(1), 2, 3, 4])
    func aMarketplacesListingsAreGoods(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let prompt = "\(rng.pick(["online marketplace like Etsy", "A handmade goods marketplace", "An online marketplace"])) with sellers, "
            + "listings (title, price, category), buyers and orders"
        let schema = Planner().plan(prompt).schema
        #expect(PlanInvariants.problems(schema).isEmpty, "\(PlanInvariants.problems(schema))")
        #expect(schema.entity(named: "buyers")?.field(named: "pre_approved") == nil, "\(prompt)")
        let plan = try schema.resolve(ResolveOptions(seed: seed, rows: 60)).get()
        let prices = TestSupport.column(plan, "listings", "price").compactMap { $0.flatMap(Double.init) }
        #expect(!prices.isEmpty && prices.allSatisfy { $0 < 2_000 }, "\(prompt): \(prices.prefix(6))")
        #expect(TestSupport.column(plan, "listings", "title").compactMap { $0 }.allSatisfy { !$0.hasSuffix(" Item") }, "\(prompt)")
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func aDeliveryAppsOrdersAreMealsBroughtByACourier(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let prompt = "\(rng.pick(["food delivery app", "A takeout delivery platform", "A meal delivery startup"])) with restaurants, "
            + "menu_items, customers, orders, order_items and \(rng.pick(["couriers", "riders", "drivers"]))"
        let schema = Planner().plan(prompt).schema
        #expect(PlanInvariants.problems(schema).isEmpty, "\(PlanInvariants.problems(schema))")
        let orders = try #require(schema.entity(named: "orders"))
        #expect(orders.field(named: "shipping_method") == nil && orders.field(named: "delivery_fee") != nil, "\(prompt): \(orders.fields.map(\.name))")
        #expect(orders.fields.contains { $0.references?.entity == "restaurants" }, "\(prompt)")
        let plan = try schema.resolve(ResolveOptions(seed: seed, rows: 60)).get()
        let methods = Set(TestSupport.column(plan, "orders", "payment_method").compactMap { $0 })
        #expect(!methods.isEmpty && methods.isSubset(of: ["card", "mobile_wallet", "cash"]), "\(methods)")
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func aCarParksSpotsAreNumberedSpaces(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let table = rng.pick(["spots", "spaces", "parking_spots", "bays"])
        let prompt = "\(rng.pick(["parking garage", "A car park operator", "A valet parking service"])) with \(table), vehicles and parking_sessions (entered_at, exited_at, fee)"
        let schema = Planner().plan(prompt).schema
        #expect(PlanInvariants.problems(schema).isEmpty, "\(PlanInvariants.problems(schema))")
        let spots = try #require(schema.entity(named: table), "\(prompt): \(schema.entities.map(\.name))")
        #expect(spots.field(named: "description") == nil && spots.field(named: "spot_number") != nil, "\(prompt): \(spots.fields.map(\.name))")
        let plan = try schema.resolve(ResolveOptions(seed: seed, rows: 40)).get()
        let numbers = TestSupport.column(plan, table, "spot_number").compactMap { $0 }
        #expect(!numbers.isEmpty && numbers.allSatisfy { Int($0) != nil }, "\(numbers.prefix(5))")
    }

    @Test func aDealershipsSalespeopleEarnCommission() {
        let s = Planner().plan("car dealership with cars (make, model, year, price, mileage), salespeople, customers and sales").schema
        #expect(PlanInvariants.problems(s).isEmpty, "\(PlanInvariants.problems(s))")
        #expect(s.entity(named: "salespeople")?.field(named: "commission_rate") != nil, "\(s.entity(named: "salespeople")?.fields.map(\.name) ?? [])")
    }
}
