/// "Sales data by region and quarter": the ways a prompt splits its figures, as columns of its one table
/// (protocol/PLANNER.md).
extension SchemaAssembler {
    /// Words that split figures into groups ("sales by region and quarter"), and the column each is.
    static let dimensionColumns: [String: String] = [
        "region": "region", "regions": "region", "quarter": "quarter", "quarters": "quarter", "month": "month", "months": "month",
        "year": "year", "years": "year", "week": "week", "weeks": "week", "country": "country", "countries": "country",
        "city": "city", "cities": "city", "state": "state", "states": "state", "category": "category", "categories": "category",
        "channel": "channel", "channels": "channel", "segment": "segment", "segments": "segment", "department": "department",
        "departments": "department", "day": "date", "days": "date", "date": "date",
    ]

    /// "Sales data by region and quarter": the one table gets a column for each way its figures are split, where no
    /// table of that name was planned (`sales by region` with a table of regions references it instead).
    mutating func addDimensionColumns() {
        guard entities.count == 1 else { return }
        let words = reading.allWords.map { $0.lowercased() }
        guard let by = words.firstIndex(of: "by") else { return }
        var k = by + 1
        var found: [String] = []
        while k < words.count {
            let w = words[k]
            if ["and", "or", ",", "per", "the", "each", "product"].contains(w) { k += 1; continue }
            guard let column = Self.dimensionColumns[w] else { break }
            found.append(column)
            k += 1
        }
        guard found.count >= 1 else { return }
        for column in found where !entities.contains(where: { $0.key == column || $0.head == column })
            && !entities[0].draft.described.contains(where: { $0.name == column }) && !entities[0].draft.columns.contains(where: { $0.name == column }) {
            entities[0].draft.described.append(ColumnDraft(name: column, fromProse: true))
        }
    }
}
