import DoppelText

/// A step of a record's process follows the record within the step's own time (protocol/SCHEMA.md, *Rows that
/// agree*): an order's payment within two days of it, its shipment within five, a refund within weeks; an
/// application's interview within six weeks; a comment within ten days of its post; a review of an order, a stay or
/// a ride within a month of its end, a damage report within three days of it; work handed in around its
/// assignment's due date; donated blood transfused within 42 days. Not years later, and never before.
extension SchemaResolver {
    struct ProcessStep: Sendable {
        /// Heads of the child table that is the step.
        let heads: Set<String>
        /// Heads of the parent table whose record the step follows.
        let parents: Set<String>
        let span: ActivitySpan
        /// Whether the step follows the parent's end where it has one (a review after the stay), not its creation.
        var afterEnd = false
        /// Words of the parent's column the step is timed by instead (a submission by its assignment's due date), and
        /// the seconds around it the step falls in.
        var parentWords: Set<String>? = nil
        var around: ClosedRange<Int64>? = nil
    }

    /// Heads of records of something bought or booked.
    static let boughtHeads: Set<String> = ["order", "purchase", "sale", "booking", "reservation", "checkout", "transaction", "cart"]
    /// Heads of a bill, paid within its terms.
    static let billHeads: Set<String> = ["invoice", "bill", "statement"]

    /// Paying for what was just bought: a minute to two days.
    static let settling = ActivitySpan(seconds: 60...(2 * 86_400), days: 0...2)
    /// Sending what was ordered: an hour to five days.
    static let dispatching = ActivitySpan(seconds: 3600...(5 * 86_400), days: 0...5)
    /// Bringing it to the door: six hours to ten days.
    static let arriving = ActivitySpan(seconds: 6 * 3600...(10 * 86_400), days: 1...10)
    /// Sending it back or asking for the money: a day to six weeks.
    static let returning = ActivitySpan(seconds: 86_400...(42 * 86_400), days: 1...42)
    /// An application's interview or offer: two days to six weeks.
    static let hiringStep = ActivitySpan(seconds: 2 * 86_400...(42 * 86_400), days: 2...42)
    /// Writing a review of what happened: an hour to a month.
    static let reviewing = ActivitySpan(seconds: 3600...(30 * 86_400), days: 0...30)

    static let processSteps: [ProcessStep] = [
        ProcessStep(heads: ["payment", "charge", "settlement"], parents: boughtHeads, span: settling),
        ProcessStep(heads: ["payment", "settlement", "remittance"], parents: billHeads, span: .terms),
        ProcessStep(heads: ["shipment", "dispatch", "fulfillment", "fulfilment", "consignment", "pickup"],
                    parents: ["order", "purchase", "sale"], span: dispatching),
        ProcessStep(heads: ["delivery"], parents: ["order", "purchase", "sale", "shipment"], span: arriving),
        ProcessStep(heads: ["refund", "return", "chargeback", "dispute", "exchange"],
                    parents: boughtHeads.union(["payment", "shipment", "delivery"]), span: returning),
        ProcessStep(heads: ["interview", "assessment", "offer"],
                    parents: ["application", "applicant", "candidacy", "job_application"], span: hiringStep),
        // A comment on a post, a like of a photo: mostly within days of it (a minute to ten days).
        ProcessStep(heads: ["comment", "reply", "like", "reaction", "share", "repost", "upvote", "vote", "answer"],
                    parents: ["post", "photo", "video", "article", "story", "status", "tweet", "thread", "question", "reel", "clip",
                              "comment", "update", "entry"],
                    span: ActivitySpan(seconds: 60...(10 * 86_400), days: 0...10)),
        // Work handed in for an assignment: in the two weeks before it is due, or a day or two late.
        ProcessStep(heads: ["grade", "submission", "mark", "homework_submission", "assignment_submission", "attempt"],
                    parents: ["assignment", "homework", "quiz", "exam", "test", "project", "essay", "lab", "worksheet", "coursework"],
                    span: .general, parentWords: ["due", "deadline"], around: -14 * 86_400...2 * 86_400),
        ProcessStep(heads: occasionReviewHeads.union(["complaint", "testimonial", "survey_response"]),
                    parents: reviewedOccasionHeads.union(["purchase"]), span: reviewing, afterEnd: true),
        // Donated blood is given within its shelf life: a red-cell unit keeps 42 days.
        ProcessStep(heads: ["transfusion", "blood_transfusion", "issue", "allocation"],
                    parents: ["donation", "blood_donation", "unit", "blood_unit", "bag", "blood_bag", "component"],
                    span: ActivitySpan(seconds: 86_400...(42 * 86_400), days: 1...42)),
        // A damage report on a rental, a stay or a delivery: found at its end, or within three days.
        ProcessStep(heads: ["damage", "damage_report", "damage_record", "damage_claim", "report", "inspection"],
                    parents: ["rental", "hire", "stay", "booking", "reservation", "trip", "ride", "delivery", "shipment", "loan", "checkout"],
                    span: ActivitySpan(seconds: 600...(3 * 86_400), days: 0...3), afterEnd: true),
    ]

    /// Words of a record's end: the moment a review of it follows (a stay's check-out, an order's delivery).
    static let finishWords: Set<String> = ["end", "ended", "ends", "completed", "finished", "delivered", "returned", "closed",
                                           "checkout", "out", "dropoff", "arrived", "arrival", "resolved"]

    /// The step's own moment (the first date or time drawn for the row alone or after its parent) follows the
    /// moment of the record it references within the step's span: the record's end for a review (its creation or
    /// start when the end is empty), else its creation, its start, or its first date.
    func applyProcessSteps(_ entity: Entity, _ sources: inout [FieldSource?], _ generators: [(any KindGenerator)?],
                           planIndex: [String: Int]) {
        let fields = entity.fields
        for (rc, ref) in fields.enumerated() {
            guard let target = ref.references, target.entity != entity.name, let p = planIndex[target.entity],
                  let parent = schema.entity(named: target.entity) else { continue }
            let parentHead = Inflector.singular(KindInference.head(ofEntity: parent.name))
            // (the step by its last word, or by its whole name: a `damage_record` is a damage report)
            guard let step = Self.processSteps.first(where: { Self.isNamed(entity.name, oneOf: $0.heads) && $0.parents.contains(parentHead) }),
                  let begun = Self.creationColumn(parent.fields, entity: parent.name)
                    ?? Self.startColumn(parent).flatMap({ $0.isYear ? nil : $0.column })
                    ?? parent.fields.firstIndex(where: Self.isOwnTime)
            else { continue }
            let ended = step.afterEnd ? Self.finishColumn(parent) : nil
            // (timed by a column of its own words, or not at all)
            let timedBy = step.parentWords.map { words in
                parent.fields.firstIndex { Self.isOwnTime($0) && !Set(KindInference.tokens($0.name)).isDisjoint(with: words) }
            }
            if case .some(.none) = timedBy { continue }
            guard let c = fields.indices.first(where: { isStepMoment($0, fields, sources) }),
                  let time = Self.ownTime(sources[c]) ?? generators[c] as? any TimeRangeGenerator else { return }
            var plan = AfterParentStartPlan(referenceColumn: rc, parentEntity: p, parentColumn: timedBy.flatMap { $0 } ?? ended ?? begun,
                                            parentIsYear: false, time: time)
            if let around = step.around { plan.around = around } else { plan.within = step.span }
            plan.orColumn = ended == nil ? nil : begun
            sources[c] = .afterParentStart(plan)
            return
        }
    }

    /// Whether column `c` is a date or time of the row's own, past or planned, drawn alone or after a parent (not
    /// derived from another of the row's columns, not a birth).
    private func isStepMoment(_ c: Int, _ fields: [Field], _ sources: [FieldSource?]) -> Bool {
        let f = fields[c]
        // (past or planned: an interview scheduled for next week is a step of an application made this week)
        guard Self.isOwnTime(f), !KindInference.tokens(f.name).contains("birth") else { return false }
        switch sources[c] {
        case .kind(_, .random)?, .afterParent?: return true
        // (after a grandparent's start, through the record: the record's own moment is later still)
        case let .afterParentStart(plan)?: return plan.parentEnd == nil
        default: return false
        }
    }

    /// The time a column's source draws, as earlier rules left it (a planned start in the working day).
    private static func ownTime(_ source: FieldSource?) -> (any TimeRangeGenerator)? {
        switch source {
        case let .kind(g, _)?: return g as? any TimeRangeGenerator
        case let .afterParent(_, _, _, time)?: return time
        case let .afterParentStart(plan)?: return plan.time
        default: return nil
        }
    }

    /// A parent's end: a date or time that ends a span of its own (`check_out`, `ended_at`) or says it finished
    /// (`delivered_at`, `completed_at`).
    static func finishColumn(_ parent: Entity) -> Int? {
        parent.fields.firstIndex { f in
            isOwnTime(f) && (TimeRoles.startPartner(of: f.name, in: parent.fields, entity: parent.name) != nil
                || !Set(KindInference.tokens(f.name)).isDisjoint(with: finishWords))
        }
    }
}
