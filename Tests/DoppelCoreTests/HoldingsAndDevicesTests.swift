import Testing
import DoppelJSON
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's investment-app and smart-home prompts: 134 shares at $16.48 worth $34,154, bought at $199;
/// "Risk Tolerance D"; a thermostat whose model is a "SmartPlug Mini" by "Velora".
@Suite struct HoldingsAndDevicesTests {
    @Test(arguments: [("shares", "avg_cost", "current_price", "market_value"), ("quantity", "average_price", "last_price", "position_value"),
                      ("units", "cost_basis_per_share", "market_price", "current_value")])
    func aHoldingsNumbersAgree(names: (String, String, String, String)) throws {
        let (size, cost, price, value) = names
        let plan = try TestSupport.plan("""
        {"name": "t", "seed": 6, "entities": [{"name": "holdings", "rows": 300, "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "\(size)", "type": "integer", "kind": "number.integer", "min": 1, "max": 500},
          {"name": "\(cost)", "type": "decimal", "kind": "number.decimal", "min": 5, "max": 900, "precision": 2},
          {"name": "\(price)", "type": "decimal", "kind": "number.decimal", "min": 5, "max": 900, "precision": 2},
          {"name": "\(value)", "type": "decimal", "kind": "number.decimal", "min": 5, "max": 900, "precision": 2}]}]}
        """)
        for row in TestSupport.table(plan, "holdings") {
            let n = try #require(row[1].flatMap(Double.init)), c = try #require(row[2].flatMap(Double.init))
            let p = try #require(row[3].flatMap(Double.init)), v = try #require(row[4].flatMap(Double.init))
            #expect(p >= c * 0.55 - 0.01 && p <= c * 1.9 + 0.01, "bought at \(c), now \(p)")
            #expect(abs(v - n * p) < 0.011, "\(n) × \(p) worth \(v)")
        }
    }

    @Test func aSmartHomesDevicesAreTheirModels() throws {
        let schema = Planner().plan("Smart home platform: homes (owner_name, city), devices (home_id, device_type, brand, model, price); investors (name, risk_tolerance)").schema
        #expect(schema.entity(named: "investors")?.fields.first { $0.name == "risk_tolerance" }?.values?.contains(.string("moderate")) == true)
        let plan = try schema.resolve(ResolveOptions()).get()
        let e = try #require(plan.entity(named: "devices"))
        let t = try #require(e.column(named: "device_type")), b = try #require(e.column(named: "brand"))
        let m = try #require(e.column(named: "model")), p = try #require(e.column(named: "price"))
        for row in TestSupport.table(plan, "devices").prefix(300) {
            let model = try #require(row[m]?.lowercased())
            let type = try #require(SmartHomeDevices.catalogue.typeOf[model], "\(model) is no smart-home model")
            #expect(row[t] == type && row[b] == SmartHomeDevices.catalogue.brandOf[model], "\(row)")
            let range = try #require(SmartHomeDevices.prices[type]), price = try #require(row[p].flatMap(Double.init))
            #expect(range.contains(price) || abs(price - range.upperBound) < 0.01, "a \(type) at \(price)")
        }
    }
}
