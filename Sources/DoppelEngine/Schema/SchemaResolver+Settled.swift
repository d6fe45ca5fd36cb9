import DoppelText

extension SchemaResolver {
    /// Words of what was asked for: a claim's amount, a bill's total, a quote.
    static let askedWords: Set<String> = ["claimed", "claim", "requested", "billed", "invoiced", "charged", "quoted", "estimated"]
    /// Words of what was granted out of it, and the statuses that say it was.
    static let grantedWords: Set<String> = ["paid", "approved", "settled", "settlement", "awarded", "reimbursed", "payout",
                                            "covered", "allowed", "reimbursement"]
    static let grantedStatusWords: Set<String> = ["approved", "paid", "settled", "closed", "reimbursed", "awarded", "accepted",
                                                  "completed", "partially"]

    /// Tables whose rows ask for money (a claim, an expense to reimburse): their `amount` is the amount asked.
    static let askingTables: Set<String> = ["claim", "reimbursement", "expense", "refund"]

    /// Words of an amount billed: what is paid of a bill is all of it.
    static let billedWords: Set<String> = ["billed", "invoiced", "charged"]

    /// The amount granted is part of the amount asked for: a claim's `amount_paid` is 50–100 % of its
    /// `amount_claimed` (or of a claim's or an expense's plain `amount`; never more), a reimbursement of its expense's `amount_requested`; what is paid
    /// of a billed amount is all of it; and it exists only once a status says it was granted
    /// (`applyStatusHeldValues`: NULL for a denied claim).
    func applySettledAmounts(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        func words(_ c: Int) -> Set<String> { Set(KindInference.tokens(fields[c].name)) }
        // A claim's or an expense's plain `amount` is what it asks for.
        let asks = !Set(KindInference.tokens(entity.name).map(Inflector.singular)).isDisjoint(with: Self.askingTables)
        guard let asked = fields.indices.first(where: { c in
            Self.isOwnNumber(fields[c]) && !words(c).isDisjoint(with: Self.askedWords) && words(c).isDisjoint(with: Self.grantedWords)
        }) ?? (asks ? fields.indices.first(where: { Self.isOwnNumber(fields[$0]) && ["amount", "total", "total_amount"].contains(fields[$0].name.lowercased()) }) : nil)
        else { return }
        for c in fields.indices where c != asked && Self.isOwnNumber(fields[c]) && !fields[c].unique && !fields[c].primaryKey {
            guard Self.isGrantedAmount(fields[c].name), case let .kind(own, .random)? = sources[c], !Self.reaches(asked, c, in: sources) else { continue }
            let billed = !words(asked).isDisjoint(with: Self.billedWords)
            sources[c] = .share(of: asked, low: billed ? 1.0 : 0.5, high: 1.0, fallback: own)
        }
    }

    /// A money column named for what was granted (`amount_paid`, `approved_amount`, `payout`).
    static func isGrantedAmount(_ name: String) -> Bool {
        let words = Set(KindInference.tokens(name))
        return !words.isDisjoint(with: grantedWords) && words.isDisjoint(with: askedWords)
            && (words.count > 1 || words.contains("payout") || words.contains("settlement") || words.contains("reimbursement"))
    }
}
