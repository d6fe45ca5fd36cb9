import Testing
import DoppelTestSupport
@testable import DoppelEngine

/// A stranger's car rental fleet had a Ford Ranger that was a motorcycle and an Escape that was a van. A listed type
/// beside a car's model names the model's body. Drawn lists, names and seeds.
@Suite struct CarBodyTests {
    @Test(arguments: 1...8) func aCarsTypeIsItsModelsBody(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let column = rng.pick(["vehicle_type", "body_type", "car_class", "type", "category"])
        let values = rng.pick([["car", "van", "truck", "motorcycle"], ["Sedan", "SUV", "Hatchback", "Pickup", "Coupe", "Convertible", "Wagon"],
                               ["economy", "compact", "midsize", "suv", "premium", "truck"]])
        let json = """
        {"name": "\(rng.pick(["car_rental", "fleet", "dealership"]))", "seed": \(seed), "entities": [
          {"name": "\(rng.pick(["cars", "vehicles", "fleet_cars"]))", "rows": 300, "fields": [
            {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "make", "kind": "vehicle.make"}, {"name": "model", "kind": "vehicle.model"},
            {"name": "\(column)", "kind": "enum", "values": [\(values.map { "\"\($0)\"" }.joined(separator: ", "))]}]}]}
        """
        let plan = try TestSupport.plan(json)
        for row in TestSupport.table(plan, plan.entities[0].name) {
            let model = try #require(row[2]), type = try #require(row[3])
            guard let want = CarBodies.value(forModel: model, among: values) else { continue }
            #expect(type == want, "seed \(seed): \(row)")
            #expect(type.lowercased() != "motorcycle" && type.lowercased() != "van", "seed \(seed): \(row)")
        }
    }

    @Test func everyModelHasABody() {
        for models in Words.vehicleModels {
            for i in 0..<models.count {
                #expect(CarBodies.body(ofModel: models.string(i)) != nil, "\(models.string(i))")
            }
        }
        #expect(CarBodies.value(forModel: "Ranger", among: ["car", "van", "truck", "motorcycle"]) == "truck")
        #expect(CarBodies.value(forModel: "Escape", among: ["Sedan", "SUV", "Pickup"]) == "SUV")
        #expect(CarBodies.value(forModel: "Corolla", among: ["economy", "compact", "midsize", "suv"]) == "midsize")
    }
}
