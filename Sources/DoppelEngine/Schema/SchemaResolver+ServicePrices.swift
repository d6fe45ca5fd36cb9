/// A piece of work costs what that work costs (protocol/SCHEMA.md, *Rows that agree*): a dental
/// appointment's `cost` follows its `procedure`, a repair job's `price` its `issue`, a salon
/// booking's `fee` its `service`; not one $1–$300 range for a fluoride treatment and an implant.
extension SchemaResolver {
    /// Words of a column that is what the row's work cost (not a tax, tip, deposit or discount on it).
    static let servicePriceWords: Set<String> = ["price", "cost", "fee", "charge", "amount", "total", "quote", "estimate"]
    static let notServicePriceWords: Set<String> = ["tax", "tip", "deposit", "discount", "refund", "paid", "due", "balance",
                                                    "insurance", "copay", "unit", "per", "hourly", "rate", "parts"]

    func applyServicePrices(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        // The work: an enum whose every value is a piece of work with a known price.
        guard let work = fields.indices.first(where: { c in
            guard fields[c].kind == "enum", fields[c].references == nil,
                  let values = fields[c].values?.compactMap(\.stringValue), values.count >= 2 else { return false }
            return values.allSatisfy { ServicePrices.table[$0.lowercased()] != nil }
        }), let values = fields[work].values?.compactMap(\.stringValue) else { return }
        pricesFollow(work, values: values, table: ServicePrices.table, fields, &sources) {
            let words = Set(KindInference.tokens(fields[$0].name))
            return !words.isDisjoint(with: Self.servicePriceWords) && words.isDisjoint(with: Self.notServicePriceWords)
        }
    }
}
