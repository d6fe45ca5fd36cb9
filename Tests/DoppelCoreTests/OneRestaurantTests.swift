import Testing
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's restaurant lost its `tables` ("Not used for the schema"), shipped its orders Two-Day by bank transfer,
/// and had staff in Pet Supplies and Jewelry. Drawn eateries and lists.
@Suite struct OneRestaurantTests {
    @Test(arguments: ["restaurant", "cafe", "bistro", "diner", "pizzeria"])
    func aRestaurantsOrdersAreServedAtItsTables(place: String) throws {
        let schema = Planner().plan("A \(place) with menu items, tables, orders, order items and staff").schema
        let tables = try #require(schema.entities.first { $0.name == "tables" }, "\(schema.entities.map(\.name))")
        #expect(Set(tables.fields.map(\.name)).isSuperset(of: ["table_number", "seats"]))
        let orders = try #require(schema.entities.first { $0.name == "orders" })
        let names = Set(orders.fields.map(\.name))
        #expect(!names.contains("shipping_method") && names.contains("tip_amount"), "\(names)")
        #expect(orders.fields.contains { $0.references?.entity == "tables" })
        let staff = try #require(schema.entities.first { $0.name == "staff" })
        #expect(staff.field(named: "department")?.values?.compactMap(\.stringValue) == ["Kitchen", "Dining Room", "Bar"])
    }

    @Test func aDeliveryPlatformsOrdersAreNotOneRestaurants() {
        let schema = Planner().plan("A food delivery app with restaurants, customers, orders and couriers").schema
        let orders = schema.entities.first { $0.name == "orders" }
        #expect(orders?.fields.contains { $0.name == "tip_amount" && $0.references == nil } != true || orders?.fields.contains { $0.references?.entity == "restaurants" } == true)
        #expect(orders?.fields.contains { $0.references?.entity == "tables" } != true)
    }

    @Test(arguments: 1...4) func kitchenAndFloorStaffHoldTheirJobsOnHourlyPay(seed: UInt64) throws {
        let json = """
        {"name": "restaurant", "seed": \(seed), "entities": [
          {"name": "staff", "rows": 300, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "department", "kind": "enum", "values": ["Kitchen", "Dining Room", "Bar"]},
            {"name": "job_title", "kind": "company.job_title"}, {"name": "salary", "type": "decimal", "kind": "number.decimal"}]}]}
        """
        let plan = try TestSupport.plan(json)
        for row in TestSupport.table(plan, "staff") {
            let department = try #require(row[1]), title = try #require(row[2]), salary = try #require(Double(row[3] ?? ""))
            #expect(JobLadder.titles(for: department).contains(title), "seed \(seed): \(row)")
            #expect(!title.hasPrefix("Junior ") && !title.hasPrefix("Senior ") || JobLadder.isManagerial(title), "seed \(seed): \(row)")
            #expect(salary <= 85_000 * 1.45, "seed \(seed): \(row)")
            if !JobLadder.hourlyWords.isDisjoint(with: title.lowercased().split(separator: " ").map(String.init)) {
                #expect(salary <= 38_000, "seed \(seed): \(row)")
            }
        }
    }
}
