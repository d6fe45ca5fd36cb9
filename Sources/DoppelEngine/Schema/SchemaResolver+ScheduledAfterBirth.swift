extension SchemaResolver {
    /// A child's planned occasion comes after its parent was born: a pet's appointment `scheduled_at` is never before
    /// the pet's `date_of_birth`. For a child with no creation or done-occasion column of its own (rule "Children
    /// after parents" covers those) whose `scheduled…` or `appointment…` time it draws itself, and a parent with a
    /// birth column. The time stays in its window and hours; the status rule that reads it (`applyPeriodStatus`)
    /// still widens the window around now.
    func applyScheduledAfterBirth(_ entity: Entity, _ sources: inout [FieldSource?], planIndex: [String: Int]) {
        let fields = entity.fields
        guard Self.creationColumn(fields, entity: entity.name) == nil, Self.occasionColumn(fields) == nil else { return }
        for (c, f) in fields.enumerated() where (f.type == .date || f.type == .datetime) && f.references == nil {
            guard !Set(KindInference.tokens(f.name)).isDisjoint(with: ["scheduled", "appointment"]),
                  case let .kind(g, .random)? = sources[c], let time = g as? TimeKind else { continue }
            for (rc, rf) in fields.enumerated() {
                guard let ref = rf.references, ref.entity != entity.name, let p = planIndex[ref.entity],
                      let parent = schema.entity(named: ref.entity), let born = Self.birthColumn(parent.fields) else { continue }
                sources[c] = .afterParentStart(AfterParentStartPlan(referenceColumn: rc, parentEntity: p, parentColumn: born,
                                                                    parentIsYear: false, time: time))
                break
            }
        }
    }
}
