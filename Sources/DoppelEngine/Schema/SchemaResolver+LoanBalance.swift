extension SchemaResolver {
    static let loanBalanceNames = ["outstanding_balance", "remaining_balance", "balance_remaining", "outstanding_amount", "amount_outstanding",
                                   "remaining_principal", "principal_remaining", "principal_outstanding", "outstanding_principal",
                                   "remaining_amount", "amount_remaining", "outstanding", "balance", "current_balance", "balance_due"]
    static let loanIssueNames = ["issued_on", "issue_date", "issued_at", "disbursed_on", "disbursement_date", "disbursed_at", "originated_on",
                                 "origination_date", "funded_on", "funding_date", "loan_date", "date_issued", "start_date", "started_on",
                                 "opened_on", "open_date", "approved_on", "approval_date"]

    /// A loan's balance left to repay (`outstanding_balance`, `remaining_balance`, …) beside its principal, its term and
    /// the day it was issued is what an annuity of that principal, at the row's interest rate, leaves after the months
    /// since then: a five-year loan of 64,111 issued a year ago still owes about four fifths of it, not 5,574. A status
    /// that says it was paid (paid, paid off, repaid, closed, settled, completed) owes nothing; nor does a loan past
    /// its term (`LoanBalancePlan`).
    func applyLoanBalance(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        guard let p = Self.column(named: Self.principalNames, in: fields, where: Self.isOwnNumber),
              let (t, perTerm) = Self.column(named: Self.termNames, in: fields, where: Self.isOwnNumber),
              let issued = Self.column(named: Self.loanIssueNames, in: fields, where: { $0.references == nil && ($0.type == .date || $0.type == .datetime) }),
              let c = Self.column(named: Self.loanBalanceNames, in: fields, where: { Self.isOwnNumber($0) && !$0.unique }),
              case let .kind(own, .random)? = sources[c] else { return }
        let rate = Self.column(named: Self.yearlyRateNames, in: fields, where: Self.isOwnNumber)
        let status = Self.column(named: ["status", "loan_status", "state"], in: fields, where: { $0.references == nil && ($0.type == .string || $0.type == .text) })
        guard !([p, t, issued] + [rate, status].compactMap { $0 }).contains(where: { Self.reaches($0, c, in: sources) }) else { return }
        sources[c] = .loanBalance(LoanBalancePlan(principal: p, rate: rate, term: t, monthsPerTerm: perTerm, issued: issued, status: status,
                                                  anchor: anchor, fallback: own))
    }
}
