extension SchemaResolver {
    /// What an occasion found or gave exists once it took place (`StatusHeldPlan`): an appointment
    /// still to come, cancelled or missed has no diagnosis, a class not yet held no rating. Applies where
    /// the status follows one occasion time (rule "A status and its period") drawn by a time kind, so the
    /// share of rows that took place, and with it the column's NULL rate, is known.
    mutating func applyOccasionResults(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        guard let sc = Self.column(named: Self.statusColumns, in: fields),
              case let .periodStatus(plan)? = sources[sc], plan.start == plan.end, plan.parentTime == nil,
              let (time, exact) = sources[plan.start].flatMap(Self.occasionTime), exact, time.hi > time.lo,
              let (texts, given) = Self.statusValues(fields[sc], plan.own) else { return }
        let took = texts.filter(PeriodStatusPlan.tookPlace)
        guard !took.isEmpty else { return }
        let share = Self.tookPlaceShare(texts, given ?? Array(repeating: 1, count: texts.count),
                                        past: Double(min(max(anchor - time.lo, 0), time.hi - time.lo)) / Double(time.hi - time.lo))
            * (1 - (fields[sc].nullable ?? 0))
        let allowed = Set(took.map { $0.lowercased() })
        var gated = Set<Int>()
        let scores = Self.scoreColumns(fields).map { [$0.first, $0.second] } ?? []
        for c in fields.indices where c != sc && c != plan.start && fields[c].references == nil && !fields[c].primaryKey && !fields[c].unique {
            // (its own draw, or text written for the row: a viewing's feedback)
            guard let inner = sources[c], Self.isHoldable(inner, rowText: true),
                  scores.contains(c) || !Set(KindInference.tokens(fields[c].name)).isDisjoint(with: Self.occasionResultWords) else { continue }
            if case let .rowText(text) = inner, text.form == .reviewBody || text.form == .reviewTitle { continue }
            sources[c] = .statusHeld(StatusHeldPlan(statusColumn: sc, allowed: allowed), inner)
            declareNulls(entity, c, present: share * (1 - (fields[c].nullable ?? 0)))
            gated.insert(c)
        }
        // A review of the occasion, written for its rating, is absent with it.
        for c in fields.indices {
            guard case var .rowText(text)? = sources[c], text.form == .reviewBody || text.form == .reviewTitle,
                  let rc = text.ratingColumn, gated.contains(rc) else { continue }
            text.absentWithoutRating = true
            sources[c] = .rowText(text)
            declareNulls(entity, c, present: share * (1 - (fields[rc].nullable ?? 0)) * (1 - (fields[c].nullable ?? 0)))
        }
        // A match's result read from its scores is absent with them.
        for c in fields.indices {
            guard case var .outcome(result)? = sources[c], gated.contains(result.first), gated.contains(result.second) else { continue }
            result.absentWithoutScores = true
            sources[c] = .outcome(result)
            let scores = (1 - (fields[result.first].nullable ?? 0)) * (1 - (fields[result.second].nullable ?? 0))
            declareNulls(entity, c, present: share * scores)
        }
    }

    /// Records in the resolved schema the share of rows a rule leaves non-NULL, so `null_rates` validation checks it.
    mutating func declareNulls(_ entity: Entity, _ column: Int, present: Double) {
        if let e = schema.entities.firstIndex(where: { $0.name == entity.name }) {
            schema.entities[e].fields[column].nullable = 1 - present
        }
    }

    /// The expected share of rows whose status says the occasion took place, for statuses drawn with
    /// `weights` and corrected by a time that is past with probability `past` (`PeriodStatusPlan`): a
    /// value naming a place becomes, in the past, one of the over values by weight; others are kept.
    static func tookPlaceShare(_ texts: [String], _ weights: [Double], past: Double) -> Double {
        let total = weights.reduce(0) { $0 + max($1, 0) }
        guard total > 0 else { return 0 }
        var placed = 0.0, over = 0.0, took = 0.0
        for (t, w) in zip(texts, weights.map { max($0, 0) }) {
            guard let p = PeriodStatusPlan.place(of: t) else { continue }
            placed += w
            if p == .ended { over += w }
            if PeriodStatusPlan.tookPlace(t) { took += w }
        }
        guard over > 0 else { return 0 }
        return past * placed * (took / over) / total
    }

    /// Words that name what an occasion found or gave (besides a match's two score columns).
    static let occasionResultWords: Set<String> = ["diagnosis", "diagnoses", "outcome", "result", "results", "findings",
                                                   "feedback", "rating", "score", "grade", "verdict", "prescription", "prognosis"]
}
