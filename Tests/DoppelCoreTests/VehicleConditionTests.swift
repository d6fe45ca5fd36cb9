import Testing
import DoppelTestSupport
@testable import DoppelEngine

/// A vehicle's condition follows its odometer: a car is `new` only under 1,000 miles, and of two cars the one that
/// has driven further is never in better condition (a 268,000-mile car was `new`). Drawn condition vocabularies,
/// odometer names and units, row counts.
@Suite struct VehicleConditionTests {
    static let vocabularies: [[String]] = [
        ["new", "like_new", "good", "fair", "poor"], ["New", "Used"], ["excellent", "good", "fair", "poor"],
        ["New", "Certified Pre-Owned", "Used"], ["mint", "very good", "good", "average", "rough"],
    ]

    @Test func conditionFollowsTheOdometer() throws {
        for seed in UInt64(1)...20 {
            var rng = FuzzRandom(seed: seed)
            let values = rng.pick(Self.vocabularies)
            let odometer = rng.pick(["mileage", "odometer", "odometer_km", "current_mileage"])
            let json = """
            {"name": "dealer", "seed": \(seed), "entities": [{"name": "\(rng.pick(["vehicles", "cars", "inventory"]))", "rows": \(rng.int(20...300)), "fields": [
              {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
              {"name": "year", "type": "integer", "kind": "vehicle.year"},
              {"name": "\(odometer)", "type": "integer", "kind": "number.integer", "min": 0, "max": 300000},
              {"name": "condition", "type": "string", "kind": "enum", "values": [\(values.map { "\"\($0)\"" }.joined(separator: ", "))]}]}]}
            """
            let plan = try TestSupport.plan(json)
            let perMile = odometer.hasSuffix("km") ? 1.609 : 1
            let rows = TestSupport.table(plan, plan.entities[0].name).compactMap { row -> (miles: Double, wear: Int, value: String)? in
                guard let m = row[2].flatMap(Double.init), let c = row[3], let w = SchemaResolver.wear(ofCondition: c) else { return nil }
                return (m / perMile, w, c)
            }
            #expect(!rows.isEmpty)
            for row in rows where row.wear == 0 { #expect(row.miles < 1_000, "seed \(seed): \(row.value) at \(row.miles) miles") }
            let sorted = rows.sorted { $0.miles < $1.miles }
            for (a, b) in zip(sorted, sorted.dropFirst()) where a.miles < b.miles {
                #expect(a.wear <= b.wear, "seed \(seed): \(a.value) at \(Int(a.miles)) miles, \(b.value) at \(Int(b.miles))\n\(json)")
            }
        }
    }

    @Test(arguments: [("brand new", 0), ("Like New", 1), ("Certified Pre-Owned", 1), ("very_good", 2), ("Fair", 3), ("used", 3),
                      ("Salvage", 4), ("Needs work", 4), ("blue", -1)])
    func conditionWordsReadAsWear(_ value: String, _ wear: Int) {
        #expect(SchemaResolver.wear(ofCondition: value) == (wear < 0 ? nil : wear))
    }
}
