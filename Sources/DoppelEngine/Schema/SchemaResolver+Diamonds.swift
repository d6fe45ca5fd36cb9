import DoppelText

extension SchemaResolver {
    /// References that meet again: when a child references a parent P and also an
    /// entity G that P itself references for the same meaning (a prescription's
    /// `pet_id` beside its `appointment_id`, whose appointment has a `pet_id`), the
    /// child's G key is P's G key: compute the child's P row, then that row's G key.
    /// So a prescription names the pet its appointment was for, and a fine the
    /// member whose loan it is.
    ///
    /// The same meaning: P's column has the child's column's name, or it is P's only
    /// reference to G and the child's is the child's only one. When P pairs two rows of G
    /// (a match's `user_id` and `matched_user_id`, a game's home and away teams) and the
    /// child has one reference to G, the child's is one of the two, drawn: a message in a
    /// match is sent by one of its two people, a goal in a game scored by one of its teams. A child column that
    /// is a key, unique or part of a `unique_together` group keeps its own draw (its
    /// values must be spread over G), and so does one whose P is G itself.
    func applyReferenceDiamonds(_ entity: Entity, _ sources: inout [FieldSource?], planIndex: [String: Int]) {
        let fields = entity.fields
        let grouped = Set(entity.uniqueTogether.flatMap { $0 })
        func references(_ fs: [Field], to target: FieldReference) -> [Int] {
            fs.indices.filter { fs[$0].references == target }
        }
        for (c, f) in fields.enumerated() {
            guard let g = f.references, g.entity != entity.name, !f.unique, !f.primaryKey, !grouped.contains(f.name),
                  case let .reference(own)? = sources[c], case .random = own.mode else { continue }
            let alone = references(fields, to: g).count == 1
            for (rc, rf) in fields.enumerated() where rc != c {
                guard let ref = rf.references, ref.entity != entity.name, ref.entity != g.entity,
                      let p = planIndex[ref.entity], let parent = schema.entity(named: ref.entity) else { continue }
                let candidates = references(parent.fields, to: g)
                if let pc = candidates.first(where: { parent.fields[$0].name == f.name }) ?? (alone && candidates.count == 1 ? candidates.first : nil) {
                    sources[c] = .throughParent(ThroughParentPlan(referenceColumn: rc, parentEntity: p, parentColumn: pc, fallback: own))
                    break
                }
                if alone, candidates.count == 2 {
                    sources[c] = .throughParent(ThroughParentPlan(referenceColumn: rc, parentEntity: p, parentColumn: candidates[0],
                                                                  otherParentColumn: candidates[1], fallback: own))
                    break
                }
            }
        }
    }
}
