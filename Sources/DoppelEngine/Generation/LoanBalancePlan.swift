import Foundation

/// What is left to repay on a loan (`SchemaResolver.applyLoanBalance`): the balance of an annuity of its principal, rate
/// and term after the months from its issue to the data's date; nothing once its status says it was paid, and nothing
/// once its term is over.
struct LoanBalancePlan: Sendable {
    let principal: Int
    /// The yearly rate (a percentage, or a fraction when at most 1); nil for an interest-free balance.
    let rate: Int?
    let term: Int
    let monthsPerTerm: Double
    let issued: Int
    let status: Int?
    /// The data's date (seconds).
    let anchor: Int64
    let fallback: any KindGenerator

    /// Words of a status in which nothing is owed.
    static let paidWords: Set<String> = ["paid", "repaid", "closed", "settled", "completed", "complete", "paidoff", "cleared"]

    /// The balance of `p` at yearly rate `rate` over `n` months after `k` of them are paid.
    static func balance(principal p: Double, yearlyRate: Double, months n: Double, elapsed k: Double) -> Double? {
        guard p.isFinite, yearlyRate.isFinite, n.isFinite, k.isFinite, n >= 1, p >= 0, yearlyRate >= 0 else { return nil }
        let paid = min(max(k.rounded(.down), 0), n)
        let r = (yearlyRate > 1 ? yearlyRate / 100 : yearlyRate) / 12
        if r == 0 { return p * (1 - paid / n) }
        let grown = Foundation.pow(1 + r, n)
        return p * (grown - Foundation.pow(1 + r, paid)) / (grown - 1)
    }
}

extension RowContext {
    func loanBalance(_ plan: LoanBalancePlan, _ r: CellRandom, into out: inout CellBytes) -> KindValue {
        if let s = plan.status, let text = siblingText(s),
           !Set(text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)).isDisjoint(with: LoanBalancePlan.paidWords) {
            return .real(0)
        }
        for c in [plan.principal, plan.term, plan.issued] + (plan.rate.map { [$0] } ?? []) { ensure(c) }
        let rate = plan.rate.map { nulls[$0] ? Double.nan : scalars[$0] } ?? 0
        if !nulls[plan.principal], !nulls[plan.term], !nulls[plan.issued], !scalars[plan.issued].isNaN,
           let b = LoanBalancePlan.balance(principal: scalars[plan.principal], yearlyRate: rate, months: scalars[plan.term] * plan.monthsPerTerm,
                                           elapsed: Double(plan.anchor - Int64(scalars[plan.issued])) / (30.4375 * 86_400)) {
            return .real(b)
        }
        cell.pointee.r = r
        cell.pointee.unique = nil
        return plan.fallback.generate(&cell.pointee, &out)
    }
}
