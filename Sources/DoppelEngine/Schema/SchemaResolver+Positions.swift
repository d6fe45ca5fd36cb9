import DoppelText

extension SchemaResolver {
    static let positionCostNames = ["avg_cost", "average_cost", "avg_price", "average_price", "cost_basis_per_share", "avg_buy_price",
                                    "buy_price", "purchase_price", "entry_price", "avg_cost_per_share"]
    static let positionPriceNames = ["current_price", "market_price", "last_price", "close_price", "closing_price", "price_now", "latest_price"]
    static let positionSizeNames = ["shares", "quantity", "qty", "units", "share_count", "num_shares", "shares_held"]

    /// A holding's numbers agree: its current price is near what it cost (55–190 % of `avg_cost`), its
    /// `market_value` (`position_value`, `current_value`, `value`) is its `shares` times that price, and its
    /// `cost_basis` (`total_cost`, `book_value`) its shares times its cost: no 134 shares at $16.48 worth $34,154.
    func applyPositions(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        func free(_ names: [String]) -> Int? { Self.column(named: names, in: fields, where: { Self.isOwnNumber($0) && !$0.unique }) }
        guard let size = free(Self.positionSizeNames) else { return }
        let cost = free(Self.positionCostNames), price = free(Self.positionPriceNames)
        if let cost, let price, case let .kind(own, .random)? = sources[price], !Self.reaches(price, cost, in: sources) {
            sources[price] = .share(of: cost, low: 0.55, high: 1.9, fallback: own)
        }
        func product(_ names: [String], of unit: Int?) {
            guard let unit, let c = free(names), c != unit, c != size, case let .kind(own, .random)? = sources[c],
                  !Self.reaches(c, unit, in: sources), !Self.reaches(c, size, in: sources) else { return }
            sources[c] = .product(unit, size, fallback: own)
        }
        product(["market_value", "position_value", "current_value", "value", "holding_value"], of: price)
        product(["cost_basis", "total_cost", "book_value", "invested", "amount_invested"], of: cost)
    }
}
