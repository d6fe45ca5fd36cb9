import DoppelText

extension SchemaResolver {
    /// Bare `name` and `symbol` are the currency's only in a table of currencies; an account's
    /// `name` beside its `currency` is the account's.
    static let currencyNameColumns: Set<String> = ["currency_name"]
    static let currencySymbolColumns: Set<String> = ["currency_symbol"]

    /// A currency's name and symbol are those of the row's currency code: CAD is the Canadian
    /// Dollar, C$, never ¥. Applies beside a `finance.currency_code` or `commerce.currency` column.
    func applyCurrencyFacts(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        guard let code = fields.firstIndex(where: { ["finance.currency_code", "commerce.currency"].contains($0.kind ?? "") && $0.references == nil })
        else { return }
        let isCurrency = KindInference.tokens(entity.name).contains { ["currency", "currencies"].contains($0) }
        let codes = (0..<Words.currencyCodes.count).map { Words.currencyCodes.string($0) }
        for (c, f) in fields.enumerated() where c != code && !f.unique && !f.primaryKey && f.references == nil {
            let name = f.name.lowercased()
            let facts: [String]
            if Self.currencyNameColumns.contains(name) || isCurrency && name == "name" { facts = Words.currencyNames }
            else if Self.currencySymbolColumns.contains(name) || isCurrency && ["symbol", "sign"].contains(name) { facts = Words.currencySymbols }
            else { continue }
            guard f.type == .string || f.type == .text, case let .kind(own, .random)? = sources[c] else { continue }
            sources[c] = .siblingFact(SiblingFactPlan(column: code, values: Dictionary(uniqueKeysWithValues: zip(codes, facts)), fallback: own))
        }
    }
}
