/// What was charged follows what was quoted (protocol/SCHEMA.md, *Rows that agree*): a move's
/// `final_price` is 90-120 % of its `quote`, not $20 on a quote of hundreds.
extension SchemaResolver {
    static let quoteNames = ["quote", "quoted_price", "quote_amount", "quoted_amount", "estimate", "estimated_price",
                             "estimated_cost", "estimated_total", "estimate_amount"]
    static let finalNames = ["final_price", "final_cost", "final_amount", "actual_price", "actual_cost", "actual_amount",
                             "invoiced_amount", "amount_charged", "charged_amount", "final_total"]

    func applyQuotes(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        guard let quote = Self.column(named: Self.quoteNames, in: fields, where: Self.isOwnNumber),
              let final = Self.column(named: Self.finalNames, in: fields, where: Self.isOwnNumber), final != quote,
              case .kind(_, .random)? = sources[final], !fields[final].unique, !Self.reaches(final, quote, in: sources) else { return }
        sources[final] = .share(of: quote, low: 0.90, high: 1.20, fallback: Self.ownKind(sources[final]))
    }
}
