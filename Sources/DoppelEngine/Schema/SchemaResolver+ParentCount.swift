import DoppelText

extension SchemaResolver {
    /// The names a parent gives the count of a child's ordinal: `floors`, `num_floors`, `floor_count`,
    /// `number_of_floors`, `total_floors` for a unit's `floor`.
    static func countNames(of ordinal: String) -> [String] {
        let plural = Inflector.plural(ordinal)
        return [plural, "num_" + plural, ordinal + "_count", "number_of_" + plural, "total_" + plural]
    }

    /// An integer child column that names one of its parent's counted parts (`floor` of a building with
    /// `floors`) is drawn from 1 to that count: no unit on the 10th floor of a two-storey building.
    func applyUpToParentCount(_ entity: Entity, _ sources: inout [FieldSource?], planIndex: [String: Int]) {
        let fields = entity.fields
        for (c, f) in fields.enumerated() where f.type == .integer {
            guard f.references == nil, !f.unique, !f.primaryKey, case let .kind(own, .random)? = sources[c] else { continue }
            let names = Self.countNames(of: f.name.lowercased())
            for (rc, rf) in fields.enumerated() {
                guard let ref = rf.references, ref.entity != entity.name, let p = planIndex[ref.entity],
                      let parent = schema.entity(named: ref.entity),
                      let pc = parent.fields.firstIndex(where: { names.contains($0.name.lowercased()) && $0.type == .integer && $0.references == nil })
                else { continue }
                sources[c] = .upToParentCount(UpToParentCountPlan(referenceColumn: rc, parentEntity: p, parentColumn: pc, fallback: own))
                break
            }
        }
    }
}
