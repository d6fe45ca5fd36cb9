import DoppelText

/// Progress agrees with the status (protocol/SCHEMA.md, *Status and timestamps*): a completed course is
/// 100 % done, not 3 %.
extension SchemaResolver {
    static let progressColumns: Set<String> = ["progress", "progress_percent", "progress_pct", "percent_complete", "pct_complete",
                                               "completion_percent", "completion_pct", "completion_percentage", "percent_completed",
                                               "completion_rate", "progress_percentage", "completion"]
    /// Status words that say the record is finished, or has not begun.
    static let finishedWords: Set<String> = ["completed", "complete", "done", "finished", "graduated", "passed", "delivered", "closed", "resolved"]
    /// Results a record gets when it is over: a course's grade, a certificate.
    static let finalResultColumns: Set<String> = ["grade", "final_grade", "letter_grade", "final_score", "final_mark", "certificate_id",
                                                  "certificate_url", "certificate_number"]
    static let unstartedWords: Set<String> = ["not_started", "todo", "planned", "upcoming", "scheduled", "backlog", "new", "enrolled_not_started"]

    /// A numeric progress column in a row whose status names finished values is 100 (1 for a fraction
    /// whose `max` is at most 1) in them, 0 in statuses that have not begun, 1–99 % otherwise.
    mutating func applyProgress(_ entity: Entity, _ sources: inout [FieldSource?], _ generators: [(any KindGenerator)?]) {
        let fields = entity.fields
        guard let sc = Self.column(named: Self.statusColumns, in: fields),
              fields[sc].references == nil, let (texts, given) = Self.statusValues(fields[sc], generators[sc]) else { return }
        let done = texts.filter { !LifecycleStage.words(of: $0).isDisjoint(with: Self.finishedWords) }
        let notStarted = texts.filter { t in
            Self.unstartedWords.contains(t.lowercased()) || t.lowercased().contains("not_started") || t.lowercased().contains("not started")
        }
        guard !done.isEmpty, done.count < texts.count else { return }
        // A final result exists once the record is finished (or failed): no grade for a course under way.
        let graded = texts.filter { !LifecycleStage.words(of: $0).isDisjoint(with: Self.finishedWords.union(["failed", "fail"])) }
        // A person's `grade` is their year (a graduated student had one): only a record of taking something is graded.
        let person = Self.isPeopleTable(entity.name)
        for (c, f) in fields.enumerated() where Self.finalResultColumns.contains(f.name.lowercased()) && !person {
            guard f.references == nil, !f.unique, !f.primaryKey, graded.count < texts.count else { continue }
            let plan = StatusHeldPlan(statusColumn: sc, allowed: Set(graded.map { $0.lowercased() }))
            guard let inner = sources[c], Self.isHoldable(inner, rowText: true) else { continue }
            sources[c] = .statusHeld(plan, inner)
            if let share = Self.statusShare(of: graded.contains, texts, given) {
                declareNulls(entity, c, present: share * (1 - (fields[sc].nullable ?? 0)) * (1 - (f.nullable ?? 0)))
            }
        }
        for (c, f) in fields.enumerated() where Self.progressColumns.contains(f.name.lowercased()) && Self.numeric.contains(f.type) {
            guard f.references == nil, !f.unique, !f.primaryKey, case .kind(_, .random)? = sources[c] else { continue }
            sources[c] = .progress(ProgressPlan(
                done: StatusHeldPlan(statusColumn: sc, allowed: Set(done.map { $0.lowercased() })),
                notStarted: notStarted.isEmpty ? nil : StatusHeldPlan(statusColumn: sc, allowed: Set(notStarted.map { $0.lowercased() })),
                whole: (f.max ?? 100) <= 1 ? 1 : 100))
        }
    }

    /// Names of the moment a record was finished.
    static let completionColumns = ["completed_at", "completed_on", "completion_date", "finished_at", "finished_on", "date_completed"]

    /// With no status to go by, a progress column beside the moment the record was finished (`completed_at`) is
    /// full where that moment exists: a course completed on 25 September is 100 % done, not 2 %.
    func applyProgressByCompletion(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        guard let done = Self.column(named: Self.completionColumns, in: fields, where: { ($0.type == .date || $0.type == .datetime) && $0.references == nil })
        else { return }
        for (c, f) in fields.enumerated() where Self.progressColumns.contains(f.name.lowercased()) && Self.isOwnNumber(f) && !f.unique {
            guard case let .kind(own, .random)? = sources[c], !Self.reaches(c, done, in: sources) else { continue }
            let full = (f.max ?? 100) <= 1 ? 1.0 : 100.0
            sources[c] = .siblingFact(SiblingFactPlan(column: done, values: [:], fallback: own, rangeOf: { _ in full...full }))
        }
    }
}
