/// A range's top is above its bottom (protocol/SCHEMA.md, *Rows that agree*): a job's `max_salary` is
/// 10–80 % over its `min_salary`, not below it; a top beside the average of its measure and no bottom
/// (`max_heart_rate`, `avg_heart_rate`) is 10–50 % over the average.
extension SchemaResolver {
    func applyRangeOrder(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        func free(_ name: String) -> Int? {
            guard let c = fields.firstIndex(where: { $0.name.lowercased() == name }), fields[c].references == nil,
                  Self.numeric.contains(fields[c].type), !fields[c].unique, !fields[c].primaryKey else { return nil }
            return c
        }
        for (c, f) in fields.enumerated() where Self.numeric.contains(f.type) {
            let name = f.name.lowercased()
            for (lowSpelling, highSpelling) in ColumnNames.rangeSpellings {
                // The stem is what is left when the top's spelling is taken off the name.
                let parts = highSpelling.components(separatedBy: "*")
                guard parts.count == 2, name.hasPrefix(parts[0]), name.hasSuffix(parts[1]), name.count > parts[0].count + parts[1].count else { continue }
                let stem = String(name.dropFirst(parts[0].count).dropLast(parts[1].count))
                guard let low = free(lowSpelling.replacingOccurrences(of: "*", with: stem)), low != c, free(name) == c,
                      case let .kind(own, .random)? = sources[c], !Self.reaches(low, c, in: sources) else { continue }
                sources[c] = .share(of: low, low: 1.1, high: 1.8, fallback: own)
                break
            }
            // A top beside the average of the same measure and no bottom (`max_heart_rate`, `avg_heart_rate`): above it.
            for (_, highSpelling) in ColumnNames.rangeSpellings {
                let parts = highSpelling.components(separatedBy: "*")
                guard case let .kind(own, .random)? = sources[c], free(name) == c,
                      parts.count == 2, name.hasPrefix(parts[0]), name.hasSuffix(parts[1]), name.count > parts[0].count + parts[1].count else { continue }
                let stem = String(name.dropFirst(parts[0].count).dropLast(parts[1].count))
                guard let mean = ColumnNames.aggregateSpellings.lazy.compactMap({ free($0.replacingOccurrences(of: "*", with: stem)) }).first,
                      mean != c, !Self.reaches(mean, c, in: sources) else { continue }
                sources[c] = .share(of: mean, low: 1.1, high: 1.5, fallback: own)
                break
            }
        }
    }
}
