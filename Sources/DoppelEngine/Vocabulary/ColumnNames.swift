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
}
