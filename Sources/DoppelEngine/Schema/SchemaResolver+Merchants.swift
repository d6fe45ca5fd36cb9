import DoppelText

/// A card transaction agrees with its merchant (protocol/SCHEMA.md, *Rows that agree*): its spending category is the
/// merchant's (Whole Foods groceries, Shell fuel), and its description a statement line ("Card purchase at Whole
/// Foods", "Refund from Target").
extension SchemaResolver {
    static let spendingCategoryNames = ["category", "spending_category", "merchant_category", "expense_category", "transaction_category",
                                        "budget_category"]
    static let transactionTypeNames = ["type", "transaction_type", "txn_type", "kind", "direction"]
    static let transactionHeads: Set<String> = ["transaction", "txn", "card_transaction", "bank_transaction", "statement_line", "posting",
                                                "charge", "expense", "purchase"]

    /// The merchant column: one named for a merchant that draws the merchants `finance.merchant` knows.
    func merchantColumn(_ entity: Entity) -> Int? {
        entity.fields.indices.first { c in
            entity.fields[c].kind == "finance.merchant" && entity.fields[c].references == nil
        }
    }

    /// A spending category column whose values name merchants' categories is the row's merchant's.
    func applyMerchantCategory(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        guard let m = merchantColumn(entity),
              let c = Self.column(named: Self.spendingCategoryNames, in: fields, where: { $0.kind == "enum" && $0.references == nil }),
              let values = fields[c].values?.compactMap(\.stringValue), case let .kind(own, .random)? = sources[c],
              !Self.reaches(c, m, in: sources) else { return }
        let map = MerchantCategories.map(onto: values)
        // Only where most merchants have a category among the values: otherwise the column means something else.
        guard map.count * 2 >= MerchantCategories.byMerchant.count else { return }
        sources[c] = .siblingFact(SiblingFactPlan(column: m, values: map, fallback: own))
    }

    /// A transaction table's type and merchant columns, when its description is a statement line.
    func transactionLineColumns(_ entity: Entity) -> (type: Int?, merchant: Int?)? {
        guard Self.isNamed(entity.name, oneOf: Self.transactionHeads) else { return nil }
        let merchant = merchantColumn(entity)
        let type = Self.column(named: Self.transactionTypeNames, in: entity.fields, where: { $0.references == nil && ($0.type == .string) })
        guard merchant != nil || entity.fields.contains(where: { $0.kind == "finance.transaction_type" }) else { return nil }
        return (type, merchant)
    }

    /// A transaction with a merchant is one at a shop (a purchase, a payment, a refund, a chargeback): a transfer, a
    /// deposit, an ATM withdrawal, a fee or interest has no merchant, nor the merchant's spending category.
    mutating func applyMerchantByType(_ entity: Entity, _ sources: inout [FieldSource?], _ generators: [(any KindGenerator)?]) {
        let fields = entity.fields
        guard let m = merchantColumn(entity),
              let t = Self.column(named: Self.transactionTypeNames, in: fields, where: { $0.references == nil }), t != m,
              case .kind(_, .random)? = sources[t], let (texts, given) = Self.statusValues(fields[t], generators[t]) else { return }
        let atShops: Set<TransactionLines.Kind> = [.purchase, .payment, .refund, .chargeback]
        let allowed = texts.filter { atShops.contains(TransactionLines.kind($0)) }
        guard !allowed.isEmpty, allowed.count < texts.count else { return }
        let share = Self.statusShare(of: allowed.contains, texts, given) ?? 1
        let plan = StatusHeldPlan(statusColumn: t, allowed: Set(allowed.map { $0.lowercased() }))
        var held = [m]
        if let c = Self.column(named: Self.spendingCategoryNames, in: fields, where: { $0.references == nil }),
           case .siblingFact(let fact)? = sources[c], fact.column == m { held.append(c) }
        for c in held {
            guard let inner = sources[c], Self.isHoldable(inner), !Self.reaches(t, c, in: sources) else { continue }
            sources[c] = .statusHeld(plan, inner)
            declareNulls(entity, c, present: share * (1 - (fields[t].nullable ?? 0)) * (1 - (fields[c].nullable ?? 0)))
        }
    }

    /// What a transaction of each kind usually moves, where the row's own type is not a purchase: a fee a few
    /// dollars, interest cents to tens, a withdrawal tens to hundreds, a deposit or a transfer hundreds to thousands.
    static let amountsByKind: [TransactionLines.Kind: ClosedRange<Double>] = [
        .fee: 2...45, .interest: 0.05...60, .withdrawal: 20...600, .deposit: 50...5_000, .transfer: 20...3_000, .adjustment: 0.5...150,
    ]
    static let transactionAmountNames = ["amount", "transaction_amount", "amount_usd", "value"]

    /// A transaction's amount fits its type (`amountsByKind`); purchases, payments and refunds keep the column's own.
    func applyAmountByType(_ entity: Entity, _ sources: inout [FieldSource?], _ generators: [(any KindGenerator)?]) {
        let fields = entity.fields
        guard transactionLineColumns(entity) != nil,
              let t = Self.column(named: Self.transactionTypeNames, in: fields, where: { $0.references == nil && $0.type == .string }),
              let a = Self.column(named: Self.transactionAmountNames, in: fields, where: { Self.isOwnNumber($0) && !$0.unique }),
              case let .kind(own, .random)? = sources[a], !Self.reaches(t, a, in: sources),
              let (types, _) = Self.statusValues(fields[t], generators[t]) else { return }
        var ranges: [String: ClosedRange<Double>] = [:]
        // (within the column's own bounds where it states them)
        let lo = fields[a].min ?? -Double.infinity, hi = fields[a].max ?? Double.infinity
        for type in types {
            guard let range = Self.amountsByKind[TransactionLines.kind(type)], range.upperBound >= lo, range.lowerBound <= hi else { continue }
            ranges[type.lowercased()] = max(range.lowerBound, lo)...min(range.upperBound, hi)
        }
        guard !ranges.isEmpty else { return }
        var plan = SiblingFactPlan(column: t, values: [:], fallback: own)
        plan.ranges = ranges
        sources[a] = .siblingFact(plan)
    }
}
