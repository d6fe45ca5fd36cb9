import Testing
import DoppelTestSupport
@testable import DoppelEngine

/// A vehicle's payload and seats follow its class: no 27 kg truck, no 342 kg motorcycle. Drawn type
/// lists, column names and seeds.
@Suite struct VehicleCapacityTests {
    @Test func payloadAndSeatsFollowTheClass() throws {
        for seed in UInt64(1)...12 {
            var rng = FuzzRandom(seed: seed)
            let types = rng.pick([["truck", "van", "motorcycle", "car"], ["Cargo Bike", "Box Truck", "Sprinter Van", "Semi Trailer"],
                                  ["sedan", "SUV", "minibus", "pickup", "scooter"]])
            let column = rng.pick(["type", "vehicle_type", "body_type"])
            let (measure, seats) = rng.pick([("capacity_kg", false), ("payload_kg", false), ("max_load_kg", false), ("seats", true),
                                             ("passenger_capacity", true)])
            let json = """
            {"name": "v", "seed": \(seed), "entities": [{"name": "\(rng.pick(["vehicles", "fleet", "vans_and_trucks"]))", "rows": \(rng.int(20...300)), "fields": [
              {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
              {"name": "\(column)", "type": "string", "kind": "enum", "values": [\(types.map { "\"\($0)\"" }.joined(separator: ", "))]},
              {"name": "\(measure)", "type": "\(seats ? "integer" : "decimal")", "kind": "number.\(seats ? "integer" : "decimal")", "min": 1, "max": 500}]}]}
            """
            let plan = try TestSupport.plan(json)
            for row in TestSupport.table(plan, plan.entities[0].name) {
                let type = row[1] ?? "", value = try #require(Double(row[2] ?? ""))
                guard let k = VehicleClasses.of(type) else { continue }
                let range = seats ? k.seats : k.payloadKg
                #expect(range.contains(value) && value == value.rounded(), "seed \(seed): a \(type) with \(measure) \(value)")
            }
        }
        #expect(VehicleClasses.of("Cargo Bike")?.payloadKg == 10...120 && VehicleClasses.of("Semi Trailer")?.payloadKg.lowerBound == 15_000)
    }
}
