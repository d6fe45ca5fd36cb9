import Testing
import DoppelJSON
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's EV network charged 18 kWh in 35 seconds for $13, paid cash on delivery, run by "Operator E";
/// a stranger's farm harvested 0 t from 92 ha at 97 % moisture with a lathe; a podcast's episodes ran
/// three hours and a sponsorship paid $182. Drawn names, seeds and sizes.
@Suite struct ChargingAndFarmTests {
    @Test(arguments: 1...6) func aChargeTakesTimeAtAChargersPower(seed: UInt64) throws {
        var g = PlannerFuzzTests.SplitMix(state: seed &* 31 &+ 5)
        func pick(_ xs: [String]) -> String { xs[Int(g.next() % UInt64(xs.count))] }
        let table = pick(["charging_sessions", "charges", "sessions", "charge_events"])
        let energy = pick(["energy_kwh", "kwh_delivered", "kwh", "energy_delivered_kwh"])
        let cost = pick(["cost", "price", "fee", "amount", "total_cost"])
        let plan = try TestSupport.plan("""
            {"name": "ev_charging", "entities": [
              {"name": "chargers", "rows": 20, "fields": [
                {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "power_kw", "type": "decimal", "min": 7, "max": 150}]},
              {"name": "\(table)", "rows": 300, "fields": [
                {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "charger_id", "type": "integer", "references": "chargers.id"},
                {"name": "started_at", "type": "datetime"},
                {"name": "ended_at", "type": "datetime"},
                {"name": "\(energy)", "type": "decimal", "min": 2, "max": 80},
                {"name": "\(cost)", "type": "decimal", "min": 1, "max": 200}]}]}
            """, ResolveOptions(seed: seed))
        let e = try #require(plan.entity(named: table))
        let s = try #require(e.column(named: "started_at")), t = try #require(e.column(named: "ended_at"))
        let k = try #require(e.column(named: energy)), c = try #require(e.column(named: cost))
        for row in TestSupport.table(plan, table) {
            let a = try #require(row[s].flatMap(TestSupport.instant)), b = try #require(row[t].flatMap(TestSupport.instant))
            let kwh = try #require(row[k].flatMap(Double.init)), paid = try #require(row[c].flatMap(Double.init))
            let kw = kwh / ((b - a) / 3_600)
            #expect(kw >= 13 && kw <= 31.5, "\(table).\(energy): \(kwh) kWh in \((b - a) / 60) min")
            #expect(paid >= 0.24 * kwh && paid <= 0.61 * kwh + 0.01, "\(cost) \(paid) for \(kwh) kWh")
        }
    }

    @Test(arguments: 1...6) func aHarvestIsItsFieldsAreaTimesAYield(seed: UInt64) throws {
        var g = PlannerFuzzTests.SplitMix(state: seed &* 17 &+ 3)
        func pick(_ xs: [String]) -> String { xs[Int(g.next() % UInt64(xs.count))] }
        let area = pick(["area_hectares", "size_acres", "acreage", "area_ha"])
        let (yield, perTonne) = [("yield_tonnes", 1.0), ("yield_kg", 1_000), ("yield_bushels", 37), ("yield", 1)][Int(g.next() % 4)]
        let hectares = area == "size_acres" || area == "acreage" ? 0.404686 : 1
        let plan = try TestSupport.plan("""
            {"name": "farm", "entities": [
              {"name": "fields", "rows": 30, "fields": [
                {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "\(area)", "type": "decimal", "min": 2, "max": 300}]},
              {"name": "harvests", "rows": 200, "fields": [
                {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "field_id", "type": "integer", "references": "fields.id"},
                {"name": "\(yield)", "type": "decimal", "min": 0, "max": 1000}]}]}
            """, ResolveOptions(seed: seed))
        let areas = TestSupport.column(plan, "fields", area).map { Double($0 ?? "") ?? .nan }
        let harvests = try #require(plan.entity(named: "harvests"))
        let f = try #require(harvests.column(named: "field_id")), y = try #require(harvests.column(named: yield))
        for row in TestSupport.table(plan, "harvests") {
            let parent = try #require(row[f].flatMap(Int.init)), amount = try #require(row[y].flatMap(Double.init))
            let perHectare = amount / perTonne / (areas[parent - 1] * hectares)
            #expect(perHectare >= 1.95 && perHectare <= 10.1, "\(yield) \(amount) from \(areas[parent - 1]) \(area)")
        }
    }

    @Test func settingsNameTheirOwnThings() throws {
        let ev = "EV charging network with stations (name, city, operator), chargers (station_id, power_kw) and charging sessions (charger_id, started_at, ended_at, energy_kwh, cost, payment_method)"
        #expect(TestSupport.plannedField(ev, "stations", "operator")?.kind == "company.name")
        let pay = try #require(TestSupport.plannedField(ev, "charging_sessions", "payment_method"))
        #expect(pay.kind != "commerce.payment_method" && !(pay.values ?? []).contains(.string("cash_on_delivery")), "\(pay)")
        let shop = "Online shop with customers and orders (customer_id, ordered_at, total, payment_method)"
        #expect(TestSupport.plannedField(shop, "orders", "payment_method")?.kind == "commerce.payment_method")
        #expect(TestSupport.plannedField("Factory: machines (name, operator, status)", "machines", "operator")?.kind == "person.full_name")

        let farm = "Farm management: fields (name, crop, area_hectares), harvests (field_id, harvested_on, yield_tonnes, moisture_percent) and equipment (name, type, purchase_date)"
        let types = Set(TestSupport.plannedField(farm, "equipment", "type")?.values?.compactMap(\.stringValue) ?? [])
        #expect(types.contains("Tractor") && !types.contains("Lathe"), "\(types)")
        let moisture = try #require(TestSupport.plannedField(farm, "harvests", "moisture_percent"))
        #expect((moisture.min ?? 0) >= 10 && (moisture.max ?? 100) <= 30, "\(moisture)")

        let pod = "Podcast network with shows (title, host_name), episodes (show_id, title, duration_minutes, published_at) and sponsorships (show_id, start_date, end_date, amount)"
        let minutes = try #require(TestSupport.plannedField(pod, "episodes", "duration_minutes"))
        #expect((minutes.min ?? 0) >= 15 && (minutes.max ?? 999) <= 120, "\(minutes)")
        #expect((TestSupport.plannedField(pod, "sponsorships", "amount")?.min ?? 0) >= 1_000)
    }
    @Test(arguments: 1...6) func aParkingStayPaysForEachHourBegun(seed: UInt64) throws {
        var g = PlannerFuzzTests.SplitMix(state: seed &* 23 &+ 9)
        func pick(_ xs: [String]) -> String { xs[Int(g.next() % UInt64(xs.count))] }
        let (dataset, table) = [("parking_garage", "sessions"), ("city", "parking_sessions"), ("garage", "parking_events")][Int(g.next() % 3)]
        let (start, end) = [("entry_time", "exit_time"), ("entered_at", "exited_at"), ("started_at", "ended_at")][Int(g.next() % 3)]
        let fee = pick(["fee", "amount", "parking_fee", "total", "cost"])
        let plan = try TestSupport.plan("""
            {"name": "\(dataset)", "entities": [
              {"name": "\(table)", "rows": 300, "fields": [
                {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "\(start)", "type": "datetime"},
                {"name": "\(end)", "type": "datetime"},
                {"name": "\(fee)", "type": "decimal", "min": 0, "max": 100}]}]}
            """, ResolveOptions(seed: seed))
        let e = try #require(plan.entity(named: table))
        let a = try #require(e.column(named: start)), b = try #require(e.column(named: end)), f = try #require(e.column(named: fee))
        for row in TestSupport.table(plan, table) {
            let entered = try #require(row[a].flatMap(TestSupport.instant)), left = try #require(row[b].flatMap(TestSupport.instant))
            let paid = try #require(row[f].flatMap(Double.init))
            let hours = max(1, ((left - entered) / 3_600).rounded(.up))
            let rate = paid / hours
            #expect(rate >= 1.5 && rate <= 8 && (rate * 2).rounded() == rate * 2, "\(table): \(paid) for \((left - entered) / 60) min")
        }
        let cars = "Parking garage: vehicles (license_plate, make, color) and parking sessions (vehicle_id, entry_time, exit_time, fee)"
        let colors = Set(TestSupport.plannedField(cars, "vehicles", "color")?.values?.compactMap(\.stringValue) ?? [])
        #expect(colors.contains("Silver") && !colors.contains("lavender"), "\(colors)")
    }
    /// Energy billed without a charge's time costs a tariff: 0.10–0.40 a kWh.
    @Test(arguments: ["amount_due", "bill_amount", "total_due", "cost"]) func aBillsAmountIsItsEnergyAtATariff(amount: String) throws {
        let plan = try TestSupport.plan("""
            {"name": "utility", "entities": [{"name": "bills", "rows": 400, "fields": [
              {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
              {"name": "kwh_used", "type": "decimal", "min": 50, "max": 2000},
              {"name": "\(amount)", "type": "decimal", "min": 10, "max": 2000}]}]}
            """)
        for row in TestSupport.table(plan, "bills") {
            let kwh = try #require(row[1].flatMap(Double.init)), due = try #require(row[2].flatMap(Double.init))
            #expect(due >= 0.099 * kwh && due <= 0.401 * kwh + 0.01, "\(amount) \(due) for \(kwh) kWh")
        }
    }
}
