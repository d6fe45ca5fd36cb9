extension SchemaResolver {
    /// Seconds between a series' installments, by the word that names them: a weekly episode, a monthly
    /// issue or edition, a yearly season.
    static let installmentPeriods: [String: Double] = ["episode": 7 * 86_400, "ep": 7 * 86_400, "installment": 7 * 86_400,
                                                       "issue": 30 * 86_400, "edition": 30 * 86_400, "season": 365 * 86_400]

    /// An episode's, issue's or season's number (`episode_number`, `issue_no`, `season`; an integer) of a row
    /// whose time follows the start of the series it references (`applyAfterParentStart`, or after the parent
    /// was created: a show's `launched_on`) counts the periods since that start: episode 1 in the show's first week, higher numbers
    /// later, so no episode 18 comes before episode 13 of the same show. Episodes are weekly, issues and
    /// editions monthly, seasons yearly; two rows in one period share a number.
    func applyInstallments(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        for (c, f) in fields.enumerated() where f.references == nil && !f.unique && !f.primaryKey
            && f.type == .integer {
            let t = KindInference.tokens(f.name)
            guard let word = t.first, let period = Self.installmentPeriods[word],
                  t.count == 1 || t.count == 2 && ["number", "no", "num", "nr"].contains(t[1]),
                  case let .kind(own, .random)? = sources[c] else { continue }
            // (a `season` drawn as a year, 2021–2024, stays a year)
            if (f.max ?? 0) >= 1_000 { continue }
            for (k, source) in sources.enumerated() where !Self.reaches(k, c, in: sources) {
                let after: (reference: Int, entity: Int, column: Int, isYear: Bool)
                switch source {
                case let .afterParentStart(plan)? where plan.via == nil && plan.parentEnd == nil:
                    after = (plan.referenceColumn, plan.parentEntity, plan.parentColumn, plan.parentIsYear)
                case let .afterParent(rc, p, pc, _)?:
                    after = (rc, p, pc, false)
                default: continue
                }
                sources[c] = .installment(InstallmentPlan(referenceColumn: after.reference, parentEntity: after.entity,
                                                          parentColumn: after.column, parentIsYear: after.isYear,
                                                          timeColumn: k, period: period, fallback: own))
                break
            }
        }
    }
}
