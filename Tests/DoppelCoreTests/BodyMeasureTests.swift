import Testing
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner
import DoppelTestSupport

/// A body's weight and height fit whose body it is: adults weigh what adults do,
/// children and infants less, an animal what its species does, whether the
/// schema named the column or a prompt planned it.
@Suite struct BodyMeasureTests {
    /// Kilograms and centimetres a table's bodies may have, by its noun.
    static func limits(_ entity: String) -> (kg: ClosedRange<Double>, cm: ClosedRange<Double>) {
        switch Inflector.singular(entity) {
        case "infant", "baby", "toddler", "newborn": return (2.5...20, 45...110)
        case "pupil", "child", "kid", "schoolchild", "camper": return (15...90, 100...192)
        case "dog": return (3...45, 0...0)
        case "cat": return (2.5...11, 0...0)
        case "hamster": return (0.02...0.2, 0...0)
        case "horse": return (150...700, 0...0)
        default: return (40...130, 145...200)
        }
    }

    static let people = ["employees", "nurses", "drivers", "customers", "patients", "couples", "athletes", "members",
                         "children", "kids", "pupils", "infants", "babies", "toddlers", "students", "retirees", "volunteers"]
    static let animals = ["dogs", "cats", "hamsters", "horses"]

    @Test(arguments: [UInt64(5), 6, 7, 8])
    func drawnBodiesFitWhoseTheyAre(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<6 {
            let isAnimal = rng.chance(0.3)
            let entity = isAnimal ? rng.pick(Self.animals) : rng.pick(Self.people)
            let weight = rng.pick(isAnimal ? ["weight", "weight_kg", "weight_lb", "body_weight_kg"] : ["weight", "weight_kg", "weight_lbs", "body_weight"])
            let height = rng.pick(["height", "height_cm", "height_in", "height_m"])
            let schema = #"{"seed": \#(seed), "entities": [{"name": "\#(entity)", "rows": 150, "fields": [{"name": "id", "primary_key": true}, {"name": "\#(weight)"}\#(isAnimal ? "" : #", {"name": "\#(height)"}"#)]}]}"#
            let plan = try TestSupport.plan(schema)
            let limit = Self.limits(entity)
            let perKg = weight.hasSuffix("lb") || weight.hasSuffix("lbs") ? 2.20462 : 1
            for cell in TestSupport.column(plan, entity, weight) {
                let kg = try #require(Double(cell ?? "")) / perKg
                #expect(limit.kg.contains(kg) || abs(kg - limit.kg.lowerBound) < 0.1 || abs(kg - limit.kg.upperBound) < 0.1,
                        "seed \(seed): \(entity).\(weight) = \(cell ?? "nil")")
            }
            guard !isAnimal else { continue }
            let perCm = height.hasSuffix("_in") ? 1 / 2.54 : height.hasSuffix("_m") ? 0.01 : 1
            for cell in TestSupport.column(plan, entity, height) {
                let cm = try #require(Double(cell ?? "")) / perCm
                #expect(cm >= limit.cm.lowerBound - 2 && cm <= limit.cm.upperBound + 2, "seed \(seed): \(entity).\(height) = \(cell ?? "nil")")
            }
            // The planner asks the same knowledge base.
            let planned = Planner().plan("A register of \(entity) (\(weight))").schema
            if let table = planned.entities.first(where: { $0.name == entity }), let f = table.field(named: weight) {
                #expect(f.max.map { $0 / perKg <= limit.kg.upperBound + 0.1 } ?? false, "\(entity).\(weight): \(f.max ?? -1)")
            }
        }
    }
}
