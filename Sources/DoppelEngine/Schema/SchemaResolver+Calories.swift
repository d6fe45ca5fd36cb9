/// Calories burned follow how long the activity lasted (protocol/SCHEMA.md, *Rows that agree*): a
/// 77-minute ride burns hundreds of calories, not 1.
extension SchemaResolver {
    /// Names of the energy an activity burns (a food's `calories` are its own).
    static let burnedCalorieColumns: Set<String> = ["calories_burned", "calories_burnt", "active_calories", "kcal_burned",
                                                    "energy_burned", "calories_out", "burned_calories"]

    /// A numeric calories-burned column beside the row's length (`duration_minutes`, `hours`, `duration_seconds`)
    /// is 4–12 kcal per minute of it.
    func applyBurnedCalories(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        guard let length = fields.indices.first(where: {
            Self.numeric.contains(fields[$0].type) && fields[$0].references == nil
                && Self.lengthUnit(of: fields[$0].name, entity: entity.name) != nil
        }), let unit = Self.lengthUnit(of: fields[length].name, entity: entity.name), unit <= 3_600 else { return }
        let perUnit = unit / 60
        for (c, f) in fields.enumerated() where Self.burnedCalorieColumns.contains(f.name.lowercased()) && Self.numeric.contains(f.type) {
            guard c != length, f.references == nil, !f.unique, !f.primaryKey, case let .kind(own, .random)? = sources[c],
                  !Self.reaches(length, c, in: sources) else { continue }
            sources[c] = .share(of: length, low: 4 * perUnit, high: 12 * perUnit, fallback: own)
        }
    }
}
