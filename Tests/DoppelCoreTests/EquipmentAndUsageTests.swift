import Testing
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// Strangers' ski-rental, mining, HVAC and makerspace equipment were a factory's lathes `running` on a production
/// line; an HVAC firm's "parts used" were `parts_useds` with a code name and a condition; and its work orders were
/// completed years before they were scheduled. Drawn settings, tables and seeds.
@Suite struct EquipmentAndUsageTests {
    static let settings: [(String, String)] = [("Ski rental shop", "Skis"), ("Mining company", "Haul Truck"),
                                               ("Field service for an HVAC company", "Furnace"), ("Library makerspace", "3D Printer"),
                                               ("Film equipment rental house", "Lens"), ("Hospital", "Infusion Pump")]

    @Test(arguments: [UInt64(0x11), 0x12, 0x13])
    func equipmentIsTheSettingsOwn(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<4 {
            let (setting, example) = rng.pick(Self.settings)
            let listed = rng.int(0...1) == 1
            let table = listed ? "equipment (type, condition)" : rng.pick(["equipment", "gear"])
            let prompt = "\(setting): customers, \(table) and \(rng.pick(["rentals", "reservations", "work orders"]))"
            let schema = Planner().plan(prompt).schema
            let name = listed ? "equipment" : table
            let e = try #require(schema.entities.first { $0.name == name }, "\(prompt): \(schema.entities.map(\.name))")
            let type = try #require(e.fields.first { $0.name == "type" || $0.name == "equipment_type" }, "\(prompt): \(e.fields.map(\.name))")
            let values = type.values?.compactMap(\.stringValue) ?? []
            #expect(values.contains(example) && !values.contains("Lathe"), "\(prompt): \(values)")
            #expect(e.field(named: "status")?.values?.compactMap(\.stringValue).contains("running") != true, "\(prompt)")
        }
        // A plant keeps its machines.
        let plant = Planner().plan("A car factory with production lines and equipment").schema.entities.first { $0.name == "equipment" }
        #expect(plant?.field(named: "machine_type")?.values?.compactMap(\.stringValue).contains("Lathe") == true)
    }

    @Test(arguments: [UInt64(0x21), 0x22, 0x23])
    func whatAJobUsedBelongsToTheJob(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<4 {
            let job = rng.pick(["repair orders", "work orders", "zorblat jobs", "installations"])
            let (used, noun) = rng.pick([("parts used", "parts_used"), ("materials used", "materials_used"),
                                         ("supplies used", "supplies_used")])
            let prompt = "\(rng.pick(["A repair shop with", "Tables:", ""])) customers, technicians, \(job), \(used)"
            let schema = Planner().plan(prompt).schema
            let e = try #require(schema.entities.first { $0.name == noun }, "\(prompt): \(schema.entities.map(\.name))")
            let jobTable = job.replacingOccurrences(of: " ", with: "_")
            #expect(e.fields.contains { $0.references?.entity == jobTable }, "\(prompt): \(e.fields.map(\.name))")
            #expect(e.fields.contains { $0.name == "quantity" } && !e.fields.contains { $0.name == "condition" }, "\(prompt): \(e.fields.map(\.name))")
            #expect(PlanInvariants.problems(schema).isEmpty, "\(prompt)")
        }
    }

    /// A start planned ahead that a done end follows lies before the anchor, and the end after it but never past the anchor.
    @Test(arguments: [UInt64(0x41), 0x42, 0x43])
    func workIsNeverCompletedBeforeItIsScheduledNorInTheFuture(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let (start, end) = rng.pick([("scheduled_for", "completed_at"), ("scheduled_at", "completed_at"), ("scheduled_date", "completed_date")])
        let type = end.hasSuffix("date") ? "date" : "datetime"
        let json = """
        {"name": "w", "seed": \(seed), "entities": [{"name": "\(rng.pick(["work_orders", "jobs", "service_visits"]))", "rows": \(rng.int(20...400)), "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "\(start)", "type": "\(type)", "kind": "\(type).future"},
          {"name": "\(end)", "type": "\(type)", "kind": "\(type).past"}]}]}
        """
        let plan = try TestSupport.plan(json)
        // (the default anchor, 2025-01-01)
        #expect(plan.anchor == 1_735_689_600)
        let anchor = type == "date" ? "2025-01-01" : "2025-01-01T00:00:00Z"
        for row in TestSupport.table(plan, plan.entities[0].name) {
            guard let s = row[1], let e = row[2] else { continue }
            #expect(s <= e && e <= anchor, "seed \(seed): \(row)")
        }
    }
}
