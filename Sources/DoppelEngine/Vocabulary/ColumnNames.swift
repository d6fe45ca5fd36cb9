/// The one knowledge base of column names: a name (`subtotal`, `marital_status`)
/// → what its values are, as a `ColumnSpec`. The planner reads it for the
/// columns it plans (after its entity-dependent rules); the resolver reads it
/// for a field that names no kind (`KindInference`). Rows are synonyms
/// (space-separated) and a spec in `ColumnSpec`'s compact form; the first row
/// that names a word wins.
package enum ColumnNames {
    package static let rows: [(String, String)] = peopleAndBusinessRows + operationsAndMediaRows

    package static let table: [String: ColumnSpec] = {
        var table: [String: ColumnSpec] = [:]
        for (synonyms, text) in rows {
            let spec = ColumnSpec(text)
            for n in synonyms.split(separator: " ") where table[String(n)] == nil {
                table[String(n)] = spec
            }
        }
        return table
    }()

    /// (bottom, top) spellings around a shared stem written `*`.
    package static let rangeSpellings: [(low: String, high: String)] = [
        ("min_*", "max_*"), ("*_min", "*_max"), ("minimum_*", "maximum_*"), ("low_*", "high_*"), ("*_low", "*_high"),
        ("lower_*", "upper_*"), ("lowest_*", "highest_*"),
    ]

    /// Spellings of a summary of a measure over a stem written `*` (`avg_heart_rate`, `speed_mean`).
    package static let aggregateSpellings: [String] = [
        "avg_*", "average_*", "mean_*", "median_*", "typical_*", "*_avg", "*_average", "*_mean", "*_median",
    ]

    /// The measure a column is a bound or a summary of (`salary_max`, `avg_heart_rate` → `salary`, `heart_rate`):
    /// the planner and inference give it the measure's values. Nil when the name is neither.
    package static func measureStem(of name: String) -> String? {
        if let stem = rangeStem(of: name) { return stem }
        for spelling in aggregateSpellings {
            let parts = spelling.components(separatedBy: "*")
            guard parts.count == 2, name.hasPrefix(parts[0]), name.hasSuffix(parts[1]),
                  name.count > parts[0].count + parts[1].count else { continue }
            return String(name.dropFirst(parts[0].count).dropLast(parts[1].count))
        }
        return nil
    }

    /// The measure a range's bound is of: `salary_max`, `max_salary`, `minimum_age` → `salary`, `age`.
    /// Nil when the name is no bound of a stem (`max`, `maximize`). Planner and inference give a bound the
    /// stem's values (a `salary_max` is a salary), so the range rule (`SchemaResolver.applyRangeOrder`) can order the pair.
    package static func rangeStem(of name: String) -> String? {
        for (low, high) in rangeSpellings {
            for spelling in [low, high] {
                let parts = spelling.components(separatedBy: "*")
                guard parts.count == 2, name.hasPrefix(parts[0]), name.hasSuffix(parts[1]),
                      name.count > parts[0].count + parts[1].count else { continue }
                return String(name.dropFirst(parts[0].count).dropLast(parts[1].count))
            }
        }
        return nil
    }
}
