extension SchemaResolver {
    /// Two columns of a row that reference the same table relate two of its
    /// rows: a match's home and away teams, a transfer's two accounts, a leave
    /// request's employee and approver, a message's sender and recipient. The
    /// later column never names the earlier one's row; a draw that would is
    /// moved to another row, so the fanout holds everywhere else.
    ///
    /// Left alone, since the same row is common there: audit columns (`created_by`
    /// beside `updated_by`), addresses (billing and shipping), self-references (a
    /// parent is always an earlier row already), and columns that are keys,
    /// unique, or in a `unique_together` group (their values are enumerated).
    func applyDistinctReferences(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        let grouped = Set(entity.uniqueTogether.flatMap { $0 })
        func eligible(_ c: Int) -> Bool {
            let f = fields[c]
            guard let target = f.references, target.entity != entity.name, !f.unique, !f.primaryKey, !grouped.contains(f.name),
                  case let .reference(plan)? = sources[c], case .random = plan.mode else { return false }
            let words = KindInference.tokens(f.name)
            return !words.contains { Self.sameRowWords.contains($0) }
        }
        var firstByTarget: [String: Int] = [:]
        for c in fields.indices where eligible(c) {
            guard let target = fields[c].references.map({ "\($0.entity).\($0.field)" }) else { continue }
            guard let first = firstByTarget[target] else {
                firstByTarget[target] = c
                continue
            }
            if case var .reference(plan)? = sources[c] {
                plan.distinctFrom = first
                sources[c] = .reference(plan)
            }
        }
    }

    /// Words of reference columns whose two values are often the same row.
    static let sameRowWords: Set<String> = ["created", "updated", "modified", "edited", "changed", "last", "address", "addresses",
                                            "billing", "shipping"]

    /// In a `unique_together` group, the first two columns that reference the same table and are not
    /// audit or address columns (`sameRowWords`), with the same radix of at least two: positions in the group.
    static func distinctPair(_ cols: [Int], _ fields: [Field], _ radices: [UInt64]) -> (Int, Int)? {
        for i in cols.indices {
            for j in cols.indices where j > i {
                let a = fields[cols[i]], b = fields[cols[j]]
                guard let ra = a.references, let rb = b.references, ra.entity == rb.entity, ra.field == rb.field,
                      radices[i] == radices[j], radices[j] >= 2,
                      !(KindInference.tokens(a.name) + KindInference.tokens(b.name)).contains(where: sameRowWords.contains) else { continue }
                return (i, j)
            }
        }
        return nil
    }
}
