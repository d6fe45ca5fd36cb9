import Testing
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// A haulier's trucks carry tonnes, its loads weigh what a truck carries, its drivers hold commercial licences (a
/// trucking prompt had 234-ton trucks carrying 24.82 kg loads, driven on "License Class D"). Drawn wordings.
@Suite struct TruckingTests {
    @Test(arguments: [UInt64(1), 2, 3, 4, 5])
    func loadsAndTrucksAreFreightSized(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let company = rng.pick(["A trucking company", "A freight haulier", "A haulage firm", "Trucking fleet"])
        let weight = rng.pick(["weight_kg", "load_kg", "weight_lbs"])
        let prompt = "\(company) with trucks (plate, make, capacity_tons), drivers (name, license_class, hired_on) and "
            + "\(rng.pick(["shipments", "loads", "hauls"])) (truck_id, driver_id, origin_city, destination_city, \(weight), dispatched_at)"
        let schema = Planner().plan(prompt).schema
        #expect(PlanInvariants.problems(schema).isEmpty, "\(PlanInvariants.problems(schema))")
        let plan = try schema.resolve(ResolveOptions(seed: seed, rows: 60)).get()
        let loads = try #require(schema.entities.first { $0.field(named: weight) != nil }?.name)
        let capacity = TestSupport.column(plan, "trucks", "capacity_tons").compactMap { $0.flatMap(Double.init) }
        #expect(!capacity.isEmpty && capacity.allSatisfy { (8...26).contains($0) }, "\(prompt): \(capacity.prefix(5))")
        let perKg = weight == "weight_lbs" ? 2.2046 : 1
        let weights = TestSupport.column(plan, loads, weight).compactMap { $0.flatMap(Double.init) }
        #expect(!weights.isEmpty && weights.allSatisfy { (500 * perKg - 1...24_000 * perKg + 1).contains($0) }, "\(prompt): \(weights.prefix(5))")
        let classes = Set(TestSupport.column(plan, "drivers", "license_class").compactMap { $0 })
        #expect(!classes.isEmpty && classes.allSatisfy { $0.hasSuffix("CDL") }, "\(prompt): \(classes)")
    }
}
