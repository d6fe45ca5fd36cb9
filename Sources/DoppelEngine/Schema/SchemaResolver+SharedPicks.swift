/// Columns that share one pick of a record (an airport's `iata_code` and `name`, an airline's code and
/// name) agree even when one of them is unique: the others take the unique column's numbering, so the
/// row's code and name are still the same record's (protocol/SCHEMA.md, *Shared choices*).
extension SchemaResolver {
    static func sharePicksWithUniqueColumns(_ sources: inout [FieldSource?]) {
        for c in sources.indices {
            guard case let .kind(g, .unique(numbering))? = sources[c], let pick = g as? SharedPickKind, pick.away == nil else { continue }
            for d in sources.indices where d != c {
                guard case let .kind(h, .random)? = sources[d], let other = h as? SharedPickKind, other.key == pick.key,
                      other.away == nil, other.uniqueCapacity == pick.uniqueCapacity else { continue }
                sources[d] = .kind(h, .unique(numbering))
            }
        }
    }
}
