import Testing
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// A defect's description was "This is a medium-severity defect."; a fleet's trip burned 347 litres over 14.8 km (the
/// fuel followed the distance only between named cities); an event's JSON tags were random words ("foot",
/// "patient"); hours billed by a law firm were billed at 2.93. Drawn wordings.
@Suite struct DefectsFuelAndTagsTests {
    @Test(arguments: [UInt64(1), 2, 3, 4])
    func aDefectSaysWhatWasFoundAndWhatWasDone(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let typed = rng.chance(0.5)
        let prompt = "\(rng.pick(["manufacturing plant", "A factory", "A car parts plant"])) with machines, work_orders, and "
            + "\(rng.pick(["defects", "nonconformances"])) (\(typed ? "defect_type, " : "")severity, \(rng.pick(["description", "notes"])))"
        let schema = Planner().plan(prompt).schema
        #expect(PlanInvariants.problems(schema).isEmpty, "\(PlanInvariants.problems(schema))")
        let table = try #require(schema.entities.first { ["defects", "nonconformances"].contains($0.name) }).name
        let plan = try schema.resolve(ResolveOptions(seed: seed, rows: 60)).get()
        let e = try #require(plan.entity(named: table))
        let text = try #require(e.column(named: "description") ?? e.column(named: "notes"))
        let severity = try #require(e.column(named: "severity"))
        let type = e.column(named: "defect_type")
        for row in TestSupport.table(plan, table) {
            guard let t = row[text], let s = row[severity]?.lowercased() else { continue }
            #expect(!t.hasPrefix("This is"), "\(t)")
            if ["low", "minor"].contains(s) { #expect(DefectReports.minor.contains { t.contains($0) }, "\(s): \(t)") }
            if ["high", "critical", "major"].contains(s) { #expect(DefectReports.severe.contains { t.contains($0) }, "\(s): \(t)") }
            if let type, let kind = row[type]?.lowercased(), let found = DefectReports.findings.first(where: { kind.contains($0.stem) }) {
                #expect(found.lines.contains { t.hasPrefix($0) }, "\(kind): \(t)")
            }
        }
    }

    @Test(arguments: [UInt64(1), 2, 3, 4, 5])
    func fuelFollowsTheDistanceTravelled(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let heavy = rng.chance(0.5)
        let gallons = rng.chance(0.3)
        let fuel = gallons ? "fuel_gallons" : rng.pick(["fuel_used_liters", "fuel_liters", "fuel_used"])
        let prompt = "fleet management: \(heavy ? "trucks" : "vehicles"), drivers, trips (distance_km, \(fuel)) and fuel_purchases"
        let schema = Planner().plan(prompt).schema
        #expect(PlanInvariants.problems(schema).isEmpty, "\(PlanInvariants.problems(schema))")
        let plan = try schema.resolve(ResolveOptions(seed: seed, rows: 80)).get()
        let e = try #require(plan.entity(named: "trips"))
        let d = try #require(e.column(named: "distance_km")), f = try #require(e.column(named: fuel))
        let trucks = schema.entity(named: "trips")?.fields.contains { $0.references?.entity == "trucks" } ?? false
        let per100 = trucks ? 28.0...38.0 : 6.0...10.0
        let perUnit = gallons ? 1 / 3.785 : 1
        var checked = 0
        for row in TestSupport.table(plan, "trips") {
            guard let km = row[d].flatMap(Double.init), let used = row[f].flatMap(Double.init), km > 1 else { continue }
            let rate = used / km * 100 / perUnit
            #expect(rate >= per100.lowerBound * 0.9 && rate <= per100.upperBound * 1.1, "\(km) km, \(used) \(fuel)")
            checked += 1
        }
        #expect(checked > 40)
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func jsonTagsAreDistinctLabels(seed: UInt64) throws {
        let schema = Planner().plan("SaaS product with tenants, users and usage_events (event_name, occurred_at, properties)").schema
        let plan = try schema.resolve(ResolveOptions(seed: seed, rows: 80)).get()
        var seen = 0
        for cell in TestSupport.column(plan, "usage_events", "properties").compactMap({ $0 }) {
            guard let open = cell.range(of: "\"tags\":["), let close = cell.range(of: "]", range: open.upperBound..<cell.endIndex) else { continue }
            let tags = cell[open.upperBound..<close.lowerBound].split(separator: ",").map { $0.trimmingCharacters(in: ["\""]) }
            #expect(Set(tags).count == tags.count, "\(cell)")
            #expect(tags.allSatisfy(JSONObjectKind.tags.contains), "\(cell)")
            seen += tags.count
        }
        #expect(seen > 20)
    }

    @Test(arguments: ["law firm with lawyers, clients, cases and billable_hours (case_id, lawyer_id, hours, rate, description, worked_on)",
                      "consultancy with consultants, clients and time_entries (consultant_id, hours, rate, worked_on)"])
    func billedHoursAreBilledAtAProfessionalsRate(_ prompt: String) throws {
        let schema = Planner().plan(prompt).schema
        let table = try #require(schema.entities.first { $0.field(named: "rate") != nil }, "\(prompt)").name
        let plan = try schema.resolve(ResolveOptions(seed: 5, rows: 60)).get()
        let rates = TestSupport.column(plan, table, "rate").compactMap { $0.flatMap(Double.init) }
        #expect(!rates.isEmpty && rates.allSatisfy { $0 >= 75 && $0 <= 450 }, "\(prompt): \(rates.prefix(8))")
    }
}
