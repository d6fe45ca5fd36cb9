import DoppelText

/// A loan's monthly payment pays it off over its term (protocol/SCHEMA.md, *Rows that agree*): with a principal, a
/// yearly interest rate and a term, `monthly_payment` is the equal instalment that repays the principal with
/// interest, not an unrelated $143.68 on $26,000 over ten years.
extension SchemaResolver {
    static let principalNames = ["principal", "loan_amount", "principal_amount", "amount_borrowed", "borrowed_amount", "original_amount",
                                 "financed_amount", "amount_financed", "loan_principal"]
    static let yearlyRateNames = ["interest_rate", "annual_interest_rate", "apr", "annual_rate", "rate", "interest_rate_pct", "interest_pct"]
    static let instalmentNames = ["monthly_payment", "monthly_installment", "monthly_instalment", "installment_amount", "instalment_amount",
                                  "emi", "monthly_repayment", "repayment_amount", "payment_amount", "monthly_amount"]
    /// Term columns, with the months in one of their units.
    static let termNames: [(String, Double)] = [("term_months", 1), ("loan_term_months", 1), ("duration_months", 1), ("months", 1),
                                                 ("term_in_months", 1), ("tenure_months", 1), ("term", 1), ("loan_term", 1),
                                                 ("term_years", 12), ("loan_term_years", 12), ("duration_years", 12), ("years", 12)]

    func applyAnnuity(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        guard let p = Self.column(named: Self.principalNames, in: fields, where: Self.isOwnNumber),
              let rate = Self.column(named: Self.yearlyRateNames, in: fields, where: Self.isOwnNumber),
              let (t, perTerm) = Self.column(named: Self.termNames, in: fields, where: Self.isOwnNumber),
              let c = Self.column(named: Self.instalmentNames, in: fields, where: { Self.isOwnNumber($0) && !$0.unique }),
              case let .kind(own, .random)? = sources[c],
              ![p, rate, t].contains(where: { Self.reaches(c, $0, in: sources) }) else { return }
        sources[c] = .annuity(AnnuityPlan(principal: p, rate: rate, term: t, monthsPerTerm: perTerm, fallback: own))
    }
}
