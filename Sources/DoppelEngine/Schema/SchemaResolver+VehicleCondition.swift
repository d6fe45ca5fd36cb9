import DoppelText

/// A used vehicle's condition follows its odometer (protocol/SCHEMA.md, *Rows that agree*): a car with 268,000
/// miles is not `new`, nor one with 252,000 `like_new`.
extension SchemaResolver {
    /// Names of a vehicle's condition column.
    static let vehicleConditionColumns = ["condition", "vehicle_condition", "car_condition", "condition_grade", "grade"]

    /// How worn a condition value says a vehicle is, 0 (new) to 4 (poor), by its words; nil for a value that says none.
    static func wear(ofCondition value: String) -> Int? {
        let words = Set(value.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
        if words.contains("like") || words.contains("as") && words.contains("new") { return 1 }
        if !words.isDisjoint(with: ["poor", "rough", "salvage", "damaged", "parts", "project", "needs", "wrecked"]) { return 4 }
        if !words.isDisjoint(with: ["fair", "average", "used", "worn", "acceptable"]) { return 3 }
        if words.contains("good") { return 2 }
        if !words.isDisjoint(with: ["excellent", "mint", "certified", "cpo", "pristine"]) { return 1 }
        if words.contains("new") { return 0 }
        return nil
    }

    /// The wear a reading of `miles` shows: new under 1,000 miles, then under 25,000, 75,000, 150,000, beyond.
    static func wear(ofMiles miles: Double) -> Int {
        miles < 1_000 ? 0 : miles < 25_000 ? 1 : miles < 75_000 ? 2 : miles < 150_000 ? 3 : 4
    }

    /// The listed value a wear reads as: `new` only for a new vehicle's, else the nearest of the rest (the more
    /// worn of two as near).
    static func condition(forWear wear: Int, among ranked: [(value: String, wear: Int)]) -> String? {
        if wear == 0, let new = ranked.first(where: { $0.wear == 0 }) { return new.value }
        let used = ranked.filter { $0.wear > 0 }
        return used.min { a, b in
            let da = abs(a.wear - wear), db = abs(b.wear - wear)
            return da != db ? da < db : a.wear > b.wear
        }?.value
    }

    /// A row with an odometer column (`mileage`, `odometer_km`) and a listed condition whose values say how worn a
    /// vehicle is (new, like new, excellent, good, fair, used, poor, …) takes the value its reading shows
    /// (`wear(ofMiles:)`; kilometres counted as miles ÷ 1.609). Rows whose reading is NULL keep the column's draw.
    func applyConditionByMileage(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        guard let mc = fields.indices.first(where: { Self.odometerColumns.contains(fields[$0].name.lowercased()) && Self.isOwnNumber(fields[$0]) }),
              let cc = Self.column(named: Self.vehicleConditionColumns, in: fields, where: { $0.references == nil && $0.type == .string }),
              case let .kind(own, .random)? = sources[cc], !Self.reaches(cc, mc, in: sources) else { return }
        let ranked = (fields[cc].values ?? []).compactMap(\.stringValue).compactMap { v in Self.wear(ofCondition: v).map { (value: v, wear: $0) } }
        guard Set(ranked.map(\.wear)).count >= 2 else { return }
        let perMile = KindInference.tokens(fields[mc].name).contains { ["km", "kilometers", "kilometres"].contains($0) } ? 1.609 : 1
        var fact = SiblingFactPlan(column: mc, values: [:], fallback: own)
        fact.valueOf = { text in
            guard let reading = Double(text), reading >= 0 else { return nil }
            return Self.condition(forWear: Self.wear(ofMiles: reading / perMile), among: ranked)
        }
        sources[cc] = .siblingFact(fact)
    }
}
