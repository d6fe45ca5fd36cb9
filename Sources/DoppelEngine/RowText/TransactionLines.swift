import DoppelText

/// A bank statement's line for a transaction, from its type and its merchant: "Card purchase at Whole Foods",
/// "Refund from Target", "ATM withdrawal" — not "This is a groceries transaction, posted on 2021-11-13."
enum TransactionLines {
    enum Kind { case purchase, refund, chargeback, transfer, deposit, withdrawal, fee, interest, payment, adjustment }

    static func kind(_ type: String?) -> Kind {
        let t = (type ?? "").lowercased()
        func has(_ words: [String]) -> Bool { words.contains { t.contains($0) } }
        if has(["chargeback", "dispute"]) { return .chargeback }
        if has(["refund", "reversal", "return", "credit"]) { return .refund }
        if has(["transfer", "p2p", "wire", "zelle"]) { return .transfer }
        if has(["deposit", "payroll", "salary", "income"]) { return .deposit }
        if has(["withdraw", "atm", "cash"]) { return .withdrawal }
        if has(["fee", "charge_fee", "penalty"]) { return .fee }
        if has(["interest", "dividend"]) { return .interest }
        if has(["adjust", "correction"]) { return .adjustment }
        if has(["payment", "bill"]) { return .payment }
        return .purchase
    }

    /// Merchants people pay every month.
    static let recurring: Set<String> = ["Netflix", "Spotify"]

    static func line(type: String?, merchant: String?, _ r: inout CellRandom) -> String {
        let m = merchant?.trimmingSpaces
        let named = m.flatMap { $0.isEmpty ? nil : $0 }
        switch kind(type) {
        case .purchase:
            guard let m = named else { return r.pick(["Card purchase", "Contactless card payment", "Online card purchase"]) }
            if recurring.contains(m) { return r.pick(["Recurring payment - \(m)", "\(m) monthly subscription"]) }
            return r.pick(["Card purchase at \(m)", "\(m) purchase", "Contactless payment at \(m)", "Online purchase - \(m)"])
        case .refund:
            return named.map { r.pick(["Refund from \($0)", "\($0) refund", "Returned item - \($0)"]) } ?? r.pick(["Card refund", "Purchase refund"])
        case .chargeback:
            return named.map { "Chargeback: \($0) purchase disputed" } ?? "Chargeback on a disputed purchase"
        case .transfer:
            return r.pick(["Transfer to savings", "Online transfer", "Transfer from checking", "Transfer to a friend"])
        case .deposit:
            return r.pick(["Direct deposit - payroll", "Mobile check deposit", "Cash deposit at branch", "Salary"])
        case .withdrawal:
            return r.pick(["ATM withdrawal", "Cash withdrawal at branch", "ATM cash withdrawal"])
        case .fee:
            return r.pick(["Monthly maintenance fee", "Overdraft fee", "Foreign transaction fee", "Wire transfer fee"])
        case .interest:
            return r.pick(["Interest paid", "Monthly interest"])
        case .adjustment:
            return r.pick(["Balance adjustment", "Correction of a previous posting"])
        case .payment:
            return named.map { "Payment to \($0)" } ?? r.pick(["Credit card payment", "Bill payment", "Loan payment"])
        }
    }
}
