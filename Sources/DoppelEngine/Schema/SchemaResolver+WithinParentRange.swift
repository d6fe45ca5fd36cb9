import DoppelText

/// A value within the range its parent offers (protocol/SCHEMA.md, *Values derived through a reference*).
extension SchemaResolver {
    /// A free numeric column `X` (`salary`, `rent`, `rate`) of a row whose parent has a range of it (`min_X` and `max_X`,
    /// or any of `ColumnNames.rangeSpellings`) lies at its bottom, 1–1.1 times the parent's `min_X` (a range's top is
    /// at least 1.1 times it: `applyRangeOrder`): a placement's salary within its job order's range, not $38,361 for a
    /// $131k–190k opening.
    func applyWithinParentRange(_ entity: Entity, _ sources: inout [FieldSource?], planIndex: [String: Int]) {
        let fields = entity.fields
        for (c, f) in fields.enumerated() where Self.isOwnNumber(f) && !f.unique {
            guard case let .kind(own, .random)? = sources[c] else { continue }
            let stem = f.name.lowercased()
            for (rc, rf) in fields.enumerated() {
                guard let ref = rf.references, ref.entity != entity.name, let p = planIndex[ref.entity],
                      let parent = schema.entity(named: ref.entity),
                      let low = ColumnNames.rangeSpellings.lazy.compactMap({ spelling -> Int? in
                          let lowName = spelling.low.replacingOccurrences(of: "*", with: stem)
                          let highName = spelling.high.replacingOccurrences(of: "*", with: stem)
                          guard parent.fields.contains(where: { $0.name.lowercased() == highName && Self.isOwnNumber($0) }) else { return nil }
                          return parent.fields.firstIndex { $0.name.lowercased() == lowName && Self.isOwnNumber($0) }
                      }).first else { continue }
                sources[c] = .parentShare(ParentSharePlan(referenceColumn: rc, parentEntity: p, parentColumn: low, share: 1.0...1.1,
                                                          fallback: own))
                break
            }
        }
    }
}
