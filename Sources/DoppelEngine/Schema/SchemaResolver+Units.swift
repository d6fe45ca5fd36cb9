extension SchemaResolver {
    static let unitColumns = ["unit", "units", "measure", "unit_of_measure", "uom"]

    /// The row's own unit column drawn from a list of values: its column, its kind and its values.
    static func drawnUnit(_ fields: [Field], _ sources: [FieldSource?], _ generators: [(any KindGenerator)?])
        -> (column: Int, own: any KindGenerator, offered: [String])? {
        guard let uc = column(named: unitColumns, in: fields, where: { $0.references == nil }),
              case let .kind(own, .random)? = sources[uc], let (offered, _) = statusValues(fields[uc], generators[uc]) else { return nil }
        return (uc, own, offered)
    }

    /// A unit read from the text of a sibling column (an ingredient's name, a sensor's type).
    static func unit(readFrom column: Int, own: any KindGenerator, _ unitOf: @escaping @Sendable (String) -> String?) -> FieldSource {
        var fact = SiblingFactPlan(column: column, values: [:], fallback: own)
        fact.valueOf = unitOf
        return .siblingFact(fact)
    }

    /// Each own number named in `names` drawn in the range of the unit its row has (`ranges`, by the unit
    /// lower-cased), whole when `whole`; units with no range keep the column's own draw.
    static func numbers(named names: Set<String>, byUnit uc: Int, _ fields: [Field], _ sources: inout [FieldSource?],
                        ranges: [String: ClosedRange<Double>], whole: Bool) {
        for (c, f) in fields.enumerated() where names.contains(f.name.lowercased()) {
            guard isOwnNumber(f), !f.unique, case let .kind(own, .random)? = sources[c], !reaches(uc, c, in: sources) else { continue }
            var fact = SiblingFactPlan(column: uc, values: [:], fallback: own, ranges: ranges)
            fact.wholeNumbers = whole
            sources[c] = .siblingFact(fact)
        }
    }
}
