import DoppelText

extension SchemaResolver {
    /// The two words of a pair of columns that name two sides of one thing, which are never the same:
    /// a translation's source and target language, a transfer's from and to currency, a trip's origin
    /// and destination, a change's old and new value.
    static let differingSides: [(String, String)] = [
        ("source", "target"), ("from", "to"), ("origin", "destination"), ("home", "away"), ("primary", "secondary"),
        ("first", "second"), ("old", "new"), ("previous", "new"), ("previous", "current"), ("original", "target"),
        ("native", "target"), ("base", "quote"), ("base", "target"), ("departure", "arrival"), ("pickup", "dropoff"),
    ]

    /// The columns of `fields` pairs of which name two sides (`source_language`, `target_language`): names equal
    /// but for one word, one of a side pair, both listed with the same three or more values.
    static func sidePairColumns(_ fields: [Field]) -> [(first: Int, second: Int)] {
        var out: [(Int, Int)] = []
        for (a, fa) in fields.enumerated() where fa.kind == "enum" && fa.references == nil {
            let ta = KindInference.tokens(fa.name)
            for b in fields.indices where b > a && fields[b].kind == "enum" && fields[b].references == nil {
                let tb = KindInference.tokens(fields[b].name)
                guard ta.count == tb.count, let va = fa.values, va.count >= 3, va == fields[b].values else { continue }
                let differing = ta.indices.filter { ta[$0] != tb[$0] }
                guard differing.count == 1, let i = differing.first,
                      differingSides.contains(where: { Set([$0.0, $0.1]) == Set([ta[i], tb[i]]) }) else { continue }
                out.append((a, b))
            }
        }
        return out
    }

    /// For each of a listed column's `values`, the texts a sibling takes beside it (`pick`); values with none are left
    /// out, so the sibling keeps its own draw beside them (`SiblingFactPlan.choices`).
    static func choices(_ values: [String], _ pick: (String) -> [String]) -> [String: [String]] {
        var out: [String: [String]] = [:]
        for v in values {
            let own = pick(v)
            if !own.isEmpty { out[v] = own }
        }
        return out
    }

    /// Two sides of one thing differ (protocol/SCHEMA.md): the second of a side pair draws from its
    /// values other than the first's (a translator's target language is not their source language).
    func applyDistinctSides(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        for (a, b) in Self.sidePairColumns(fields) {
            guard case let .kind(own, .random)? = sources[b], !fields[b].unique, !Self.reaches(a, b, in: sources),
                  let values = fields[b].values?.compactMap(\.stringValue), values.count == fields[b].values?.count else { continue }
            sources[b] = .siblingFact(SiblingFactPlan(column: a, values: [:], fallback: own, choices: Self.choices(values) { v in values.filter { $0 != v } }))
        }
    }
}
