import DoppelJSON
import DoppelEngine
import DoppelProtocol

/// `fact_rows` and `rows_per`: Doppel's additions to `generate` for a realistic shape at any size.
///
/// The hosted contract's `dataset_size` is records per table, and stays so. `fact_rows` sizes the largest
/// fact table and scales the others from it (`RowScale`); `rows_per` sets named tables. `doppel generate
/// --rows` sends `fact_rows`, `--rows-per TABLE=N` sends `rows_per`.
struct RowShape: Sendable {
    var factRows: Int?
    var rowsPer: [(table: String, rows: Int)] = []
}

extension GenerateRequest {
    /// Reads `fact_rows` and `rows_per`, reporting bad values as issues.
    static func readRowShape(_ r: inout ParamReader, limits: GenerateLimits) -> RowShape {
        var shape = RowShape()
        if let n = r.wholeNumber("fact_rows", subject: "fact_rows") {
            if n < 1 || n > limits.maxDatasetSize {
                r.issue("fact_rows must be between 1 and \(limits.maxDatasetSize.grouped), got \(n.grouped)",
                        suggestion: "Set fact_rows to a number from 1 to \(limits.maxDatasetSize.grouped)")
            } else {
                shape.factRows = n
            }
        }
        guard let value = r.member("rows_per") else { return shape }
        guard let object = value.objectValue else {
            r.issue("rows_per must be an object of table names to row counts, got \(value.typeName)",
                    suggestion: "Send rows_per like {\"products\": 2000}")
            return shape
        }
        for (table, count) in object {
            let name = "rows_per.\(table.prefix(40))"
            guard !count.isNull, let n = r.wholeNumber(count, field: name, subject: name) else { continue }
            if n < 1 || n > limits.maxDatasetSize {
                r.issue("\(name) must be between 1 and \(limits.maxDatasetSize.grouped), got \(n.grouped)")
            } else {
                shape.rowsPer.append((table, n))
            }
        }
        return shape
    }

    /// `schema` sized by `shape`: the fact tables at `fact_rows` with the others scaled (counts the
    /// prompt stated kept), then `rows_per` over everything. A `rows_per` table the schema lacks is an issue.
    static func shaped(_ schema: Schema, shape: RowShape, keep: Set<String>, reader r: inout ParamReader) -> Schema {
        var out = schema
        if let n = shape.factRows {
            let scaled = RowScale.scaled(schema, factRows: n)
            for i in out.entities.indices where !keep.contains(out.entities[i].name) {
                out.entities[i].rows = scaled.entities[i].rows
            }
        }
        for (table, rows) in shape.rowsPer {
            guard let i = out.entities.firstIndex(where: { $0.name == table }) else {
                r.issue("rows_per: unknown table \"\(table.prefix(40))\"; the tables are \(out.entities.map(\.name).joined(separator: ", "))",
                        suggestion: "Name one of the tables in rows_per")
                continue
            }
            out.entities[i].rows = rows
        }
        // Nothing asked: a schema's rows are kept exactly, as before.
        return shape.factRows == nil && shape.rowsPer.isEmpty ? out : cappedToPairs(out)
    }
}
