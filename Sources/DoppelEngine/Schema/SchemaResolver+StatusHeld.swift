extension SchemaResolver {
    /// Values that exist once the record's status says something happened (`StatusHeldPlan`):
    /// - who acted on it: a pending or rejected leave request has no `approved_by`, an open ticket no
    ///   `resolved_by` (a column named for the act: `approved_by`, `reviewed_by_id`, `approver_id`,
    ///   `resolver_id`; a reference or a name);
    /// - a value named for what its status names: a house's `sold_price` only once it is `sold`, a
    ///   `paid_amount` once `paid` or `partially_paid` (`namedStatuses`; times named so are gated with
    ///   the other lifecycle timestamps, `applyStatusTimes`).
    /// Applies when the status is drawn from a list (not corrected by a period) and some of its values,
    /// not all, say so. The resolved schema records the NULL rate the statuses' weights give.
    mutating func applyStatusHeldValues(_ entity: Entity, _ sources: inout [FieldSource?], _ generators: [(any KindGenerator)?]) {
        let fields = entity.fields
        guard let sc = Self.column(named: Self.statusColumns, in: fields),
              fields[sc].references == nil, case .kind(_, .random)? = sources[sc],
              let (texts, given) = Self.statusValues(fields[sc], generators[sc]) else { return }
        // (statuses drawn at all: weights that add up to something)
        guard Self.statusShare(of: { _ in true }, texts, given) != nil else { return }
        for c in fields.indices where c != sc && !fields[c].primaryKey && !fields[c].unique {
            let allowed: [String]
            if let act = Self.act(ofActorColumn: fields[c].name), let implied = Self.actStatuses[act] {
                allowed = texts.filter { t in !LifecycleStage.words(of: t).isDisjoint(with: implied) }
            } else if case .share? = sources[c], Self.isGrantedAmount(fields[c].name) {
                // What was paid out of a claim exists once it was approved or paid, not while it is
                // submitted or after it was denied.
                allowed = texts.filter { t in
                    !LifecycleStage.words(of: t).isDisjoint(with: Self.grantedStatusWords) && LifecycleStage(status: t) != .cancelled
                }
            } else if fields[c].type != .date, fields[c].type != .datetime, let named = Self.namedStatuses(ofColumn: fields[c].name, texts)
                        ?? Self.stageStatuses(ofColumn: fields[c].name, texts, valuesOnly: true) {
                allowed = named
            } else {
                continue
            }
            guard !allowed.isEmpty, allowed.count < texts.count else { continue }
            let plan = StatusHeldPlan(statusColumn: sc, allowed: Set(allowed.map { $0.lowercased() }))
            // A reason named for an outcome (`rejected_reason`) is written for the row and held the same way.
            let reason = !Set(KindInference.tokens(fields[c].name)).isDisjoint(with: Self.reasonWords)
            guard let inner = sources[c], Self.isHoldable(inner, rowText: reason) else { continue }
            sources[c] = .statusHeld(plan, inner)
            let share = Self.statusShare(of: allowed.contains, texts, given) ?? 0
            declareNulls(entity, c, present: share * (1 - (fields[sc].nullable ?? 0)) * (1 - (fields[c].nullable ?? 0)))
        }
    }

    /// The share of rows whose status `accept` takes, by the statuses' weights as drawn (negatives as none, all equal
    /// when none are given); nil when the weights add up to nothing.
    static func statusShare(of accept: (String) -> Bool, _ texts: [String], _ given: [Double]?) -> Double? {
        let weights = (given ?? Array(repeating: 1, count: texts.count)).map { max($0, 0) }
        let total = weights.reduce(0, +)
        guard total > 0 else { return nil }
        return zip(texts, weights).filter { accept($0.0) }.reduce(0) { $0 + $1.1 } / total
    }

    /// Sources a status can hold as they are: the field's own kind, a reference (or one through a parent: the requester's
    /// manager), or a number computed from
    /// the row or its parent (a share of the list price); with `rowText`, also text written for the row.
    static func isHoldable(_ source: FieldSource, rowText: Bool = false) -> Bool {
        switch source {
        case .kind(_, .random), .reference, .throughParent, .parentShare, .share, .product, .difference, .siblingFact: return true
        case .rowText, .recordText: return rowText
        default: return false
        }
    }

    /// The statuses that name what a column's first word says happened (`sold_price`, `sold_on` → the
    /// statuses with the word `sold`), when that word is an outcome no later status follows and some,
    /// not all, statuses have it. (A `scheduled_at` is the occasion's own time, and a `published_at`
    /// holds for an archived post too: such words are not outcomes here.)
    static func namedStatuses(ofColumn name: String, _ texts: [String]) -> [String]? {
        let tokens = KindInference.tokens(name)
        // What a home sold for names its sale whatever the spelling (`final_price`, `closing_price`).
        let outcome = Self.homeSoldPriceNames.contains(tokens.joined(separator: "_")) ? "sold" : tokens.first
        guard tokens.count >= 2, let first = outcome, Self.outcomeParticiples.contains(first) else { return nil }
        let named = texts.filter { LifecycleStage.words(of: $0).contains(first) }
        return named.isEmpty || named.count == texts.count ? nil : named
    }

    /// The statuses at or past the stage a column's first word names, in the order the statuses are
    /// listed: under `submitted, screening, interview, offer, hired, rejected`, an `interview_at` or
    /// `interview_score` exists in interview, offer and hired, an `offer_amount` in offer and hired. A
    /// pipeline's later stages passed through its earlier ones; statuses that end it without getting there
    /// (rejected, withdrawn, cancelled) do not hold the value. The first status is where every record
    /// starts, so a column naming it is not gated; nor is one naming a period's place (`return_date` of
    /// a rental: `applyPeriodStatus`). With `valuesOnly`, only columns naming a value of the
    /// stage (`offer_amount`, `interview_notes`; not `processing_fee`, a charge of any order).
    static func stageStatuses(ofColumn name: String, _ texts: [String], valuesOnly: Bool = false) -> [String]? {
        let tokens = KindInference.tokens(name)
        guard tokens.count >= 2, let first = tokens.first, let last = tokens.last,
              !valuesOnly || Self.stageValueWords.contains(last) else { return nil }
        let stem = Self.stageStem(first)
        guard let at = texts.firstIndex(where: { t in
            let words = LifecycleStage.words(of: t)
            return words.count == 1 && words.first.map(Self.stageStem) == stem
        }), at > 0,
              // A stage that names a period's place (`returned` of a rental) is the period rule's.
              PeriodStatusPlan.place(of: texts[at]) == nil else { return nil }
        let held = texts[at...].filter { t in
            LifecycleStage(status: t) != .cancelled && LifecycleStage.words(of: t).isDisjoint(with: Self.endedShort)
        }
        return held.isEmpty || held.count == texts.count ? nil : Array(held)
    }

    /// A stage word without its verb ending: screening, screened → screen; offered → offer; hired → hir.
    static func stageStem(_ word: String) -> String {
        var w = word.lowercased()
        for ending in ["ing", "ed"] where w.count > ending.count + 3 && w.hasSuffix(ending) {
            w.removeLast(ending.count)
            break
        }
        if w.hasSuffix("e") { w.removeLast() }
        return w
    }

    /// What a record holds of a stage it reached: its result, its money, notes on it.
    static let stageValueWords: Set<String> = ["amount", "value", "salary", "price", "score", "rating", "notes", "note",
                                               "feedback", "result", "outcome", "by", "id", "count", "duration"]

    /// Statuses that end a pipeline before its later stages.
    static let endedShort: Set<String> = ["withdrawn", "lost", "expired", "ghosted", "dropped", "abandoned", "failed"]

    /// Outcomes a record ends in, so a value named for one exists only in the statuses that name it.
    static let outcomeParticiples: Set<String> = ["sold", "signed", "hired", "graduated", "accepted", "rejected", "declined",
                                                  "denied", "withdrawn", "won", "lost", "converted", "churned", "adopted",
                                                  "retired", "awarded", "settled", "paid"]

    /// The act a column names its actor by: `approved_by`, `approved_by_id`, `approver_id`, `approver` → approved.
    static func act(ofActorColumn name: String) -> String? {
        let t = KindInference.tokens(name)
        if t.count >= 2, t[1] == "by", t.count == 2 || t.count == 3 && t[2] == "id" { return t[0] }
        if t.count <= 2, t.count == 1 || t[1] == "id", let act = actors[t[0]] { return act }
        return nil
    }

    /// Nouns for who performs an act.
    static let actors: [String: String] = ["approver": "approved", "reviewer": "reviewed", "resolver": "resolved",
                                           "verifier": "verified", "signatory": "signed", "signer": "signed"]

    /// Status words that say an act has happened (an approved request may since have been paid).
    static let actStatuses: [String: Set<String>] = [
        "approved": ["approved", "paid", "reimbursed", "completed", "processed", "taken", "fulfilled"],
        "reviewed": ["reviewed", "approved", "rejected", "denied", "declined", "accepted", "completed", "closed", "resolved"],
        "resolved": ["resolved", "closed", "solved", "fixed", "done", "completed"],
        "closed": ["closed", "resolved", "solved", "done", "completed"],
        "verified": ["verified", "approved", "completed"],
        "rejected": ["rejected", "declined", "denied"],
        "declined": ["rejected", "declined", "denied"],
        "denied": ["rejected", "declined", "denied"],
        "cancelled": ["cancelled", "canceled"],
        "signed": ["signed", "executed", "active", "completed"],
    ]
}
