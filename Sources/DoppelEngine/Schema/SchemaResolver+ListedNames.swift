import DoppelText

/// A small table's own names drawn from a list are all different (protocol/SCHEMA.md, *Names*): two subscription plans
/// are not both "Business", four menus not two "Drinks".
extension SchemaResolver {
    /// Whether `f` is its table's own name or title, drawn from a list of distinct values that has a value for every row:
    /// then each row takes a different one (in an order keyed like any unique column's).
    static func namesRowsFromList(_ entity: Entity, _ f: Field) -> Bool {
        guard !f.unique, !f.primaryKey, f.references == nil, let values = f.values, entity.rows > 1, entity.rows <= values.count,
              f.type == .string || f.type == .text else { return false }
        let name = f.name.lowercased()
        let own = Inflector.singular(KindInference.head(ofEntity: entity.name)) + "_name"
        guard ["name", "title", own].contains(name) else { return false }
        let strings = values.compactMap(\.stringValue)
        return strings.count == values.count && Set(strings).count == strings.count
    }
}
