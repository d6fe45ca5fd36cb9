/// A tradesperson's job states its problem in words (protocol/SCHEMA.md, *Free text*): a plumbing contractor's job's
/// `issue` is "Water is leaking under the bathroom sink.", not "Issue C". The trade is the row's own category's, else
/// the dataset's (`RepairProblems`).
extension SchemaResolver {
    static let jobIssueColumns = ["issue", "problem", "fault", "complaint", "issue_description", "problem_description",
                                  "reported_issue", "reported_problem"]
    /// Records of work done on a problem: jobs, repairs, work orders, service calls, visits of a trade.
    static let jobWords: Set<String> = ["job", "jobs", "repair", "repairs", "work", "order", "orders", "call", "calls", "visit",
                                       "visits", "request", "requests", "ticket", "tickets", "appointment", "appointments",
                                       "booking", "bookings"]

    func applyJobIssues(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        guard let c = Self.column(named: Self.jobIssueColumns, in: fields, where: { $0.references == nil && ($0.type == .string || $0.type == .text) }),
              fields[c].values == nil, case .kind(_, .random)? = sources[c],
              !Set(KindInference.tokens(entity.name)).isDisjoint(with: Self.jobWords) else { return }
        let trade = datasetWords.sorted().lazy.compactMap { RepairProblems.problems(forCategory: $0) }.first
        guard let problems = trade, !problems.isEmpty else { return }
        sources[c] = .kind(EnumKind(values: problems.map { .string($0) }, weights: nil), .random)
    }
}
