import DoppelText

/// A listed value the row shares with its parent (protocol/SCHEMA.md, *Tables agree across references*): a
/// class is in its trainer's specialty, a tutoring session in its tutor's subject, a transfer in its account's
/// currency.
extension SchemaResolver {
    /// Words of a column that names a value the row holds against its parent's, not the parent's own: a
    /// transfer's `to_currency`, a swap's `wanted_size`.
    static let contrastWords: Set<String> = ["from", "to", "origin", "destination", "home", "away", "previous", "prev", "old",
                                             "new", "original", "target", "desired", "wanted", "requested", "other", "second",
                                             "secondary", "alternate", "alternative", "opponent", "rival"]
    /// Words of a scale or a state a row has of its own whatever its parent's is: a task's priority is not its
    /// project's, an order's status not its customer's.
    static let ownScaleWords: Set<String> = ["status", "state", "stage", "phase", "result", "outcome", "priority", "severity",
                                             "urgency", "level", "rating", "grade", "difficulty", "tier", "size", "score",
                                             "intensity", "risk", "condition", "mood", "sentiment", "channel", "method"]

    /// A listed (enum) column with three or more values, half of which a listed column of a parent the row
    /// references also lists (`classes.name` and its trainer's `specialty`: Yoga, Pilates, Boxing), takes the
    /// parent's value when it is one of its own, and draws its own otherwise.
    func applySharedValues(_ entity: Entity, _ sources: inout [FieldSource?], planIndex: [String: Int]) {
        let fields = entity.fields
        func listed(_ f: Field) -> Set<String>? {
            guard f.references == nil, !f.primaryKey, let values = f.values, values.count >= 3 else { return nil }
            let strings = values.compactMap(\.stringValue)
            return strings.count == values.count ? Set(strings) : nil
        }
        for (c, f) in fields.enumerated() where !f.unique {
            let tokens = Set(KindInference.tokens(f.name))
            guard let mine = listed(f), tokens.isDisjoint(with: Self.contrastWords), tokens.isDisjoint(with: Self.ownScaleWords),
                  case let .kind(own, .random)? = sources[c] else { continue }
            for (rc, rf) in fields.enumerated() {
                guard let ref = rf.references, ref.entity != entity.name, let p = planIndex[ref.entity],
                      let parent = schema.entity(named: ref.entity) else { continue }
                guard let pc = parent.fields.indices.first(where: { k in
                    let pf = parent.fields[k]
                    guard let theirs = listed(pf), Set(KindInference.tokens(pf.name)).isDisjoint(with: Self.ownScaleWords) else { return false }
                    let shared = mine.intersection(theirs).count
                    return shared >= 3 && 2 * shared >= min(mine.count, theirs.count)
                }) else { continue }
                sources[c] = .derived(DerivedPlan(referenceColumn: rc, parentEntity: p, parentColumn: pc,
                                                  rule: .mapped({ mine.contains($0) ? $0 : nil }), fallback: own))
                break
            }
        }
    }
}
