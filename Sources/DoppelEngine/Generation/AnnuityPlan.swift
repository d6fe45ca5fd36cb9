import Foundation

/// A loan's monthly payment from its principal, its yearly interest rate and its term (`SchemaResolver.applyAnnuity`):
/// the payment that pays the loan off in equal instalments, P·r / (1 − (1 + r)^−n) for the monthly rate r and n
/// months.
struct AnnuityPlan: Sendable {
    let principal: Int
    /// The yearly rate: a percentage (6.5) or, when at most 1, a fraction (0.065).
    let rate: Int
    let term: Int
    /// Months in one unit of the term column: 1 for `term_months`, 12 for `term_years`.
    let monthsPerTerm: Double
    let fallback: any KindGenerator

    static func payment(principal p: Double, yearlyRate: Double, months n: Double) -> Double? {
        guard p.isFinite, yearlyRate.isFinite, n.isFinite, n >= 1, p >= 0, yearlyRate >= 0 else { return nil }
        let r = (yearlyRate > 1 ? yearlyRate / 100 : yearlyRate) / 12
        return r == 0 ? p / n : p * r / (1 - Foundation.pow(1 + r, -n))
    }
}

extension RowContext {
    func annuity(_ plan: AnnuityPlan, _ r: CellRandom, into out: inout CellBytes) -> KindValue {
        for c in [plan.principal, plan.rate, plan.term] { ensure(c) }
        if !nulls[plan.principal], !nulls[plan.rate], !nulls[plan.term],
           let payment = AnnuityPlan.payment(principal: scalars[plan.principal], yearlyRate: scalars[plan.rate],
                                             months: scalars[plan.term] * plan.monthsPerTerm) {
            return .real(payment)
        }
        cell.pointee.r = r
        cell.pointee.unique = nil
        return plan.fallback.generate(&cell.pointee, &out)
    }
}
