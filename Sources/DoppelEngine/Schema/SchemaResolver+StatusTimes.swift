import DoppelJSON
import DoppelText

/// Order status ↔ its timestamps (protocol/SCHEMA.md, *Status and timestamps*).
extension SchemaResolver {
    /// (A pipeline's `stage` is its status: an application's, a deal's.)
    static let statusColumns = ["status", "order_status", "state", "shipping_status", "delivery_status", "fulfillment_status",
                                "application_status", "stage", "current_stage", "pipeline_stage"]

    /// Gates lifecycle timestamps by the row's status: a pending order has no `shipped_at`, a delivered one
    /// always has `delivered_at`, a cancelled one no delivery. The resolved schema records the NULLs this
    /// makes as the column's expected NULL rate, so validation checks the share the statuses imply.
    mutating func applyStatusTimes(_ entity: Entity, _ sources: inout [FieldSource?], _ generators: [(any KindGenerator)?]) {
        let fields = entity.fields
        guard let sc = Self.column(named: Self.statusColumns, in: fields),
              fields[sc].references == nil, case .kind(_, .random)? = sources[sc],
              let (texts, given) = Self.statusValues(fields[sc], generators[sc]) else { return }
        let weights = given ?? Array(repeating: 1, count: texts.count)
        let total = weights.reduce(0, +)
        guard total > 0 else { return }
        dueDatesByStatus(fields, texts, &sources, statusColumn: sc)
        let listed = LifecycleStage.stages(ofList: texts)
        func lifecycle(_ t: String) -> LifecycleStage { listed[t.lowercased()] ?? LifecycleStage(status: t) }
        for (c, f) in fields.enumerated() where f.type == .date || f.type == .datetime {
            guard f.references == nil else { continue }
            let allowed: Set<String>
            var stage = false
            if let event = LifecycleStage.event(ofColumn: f.name) {
                // A payment date is gated only where a status says paid: orders without one are
                // paid when placed, whatever their shipping status.
                if event == .paid, !texts.contains(where: { lifecycle($0) == .paid }) { continue }
                var stages = LifecycleStage.stages(forEvent: event)
                // A task's `completed_at` is set once it is done or closed, as an order's once delivered.
                if event == .delivered, !Set(KindInference.tokens(f.name)).isDisjoint(with: ["completed", "finished"]) {
                    stages.insert(.resolved)
                }
                // A request's `closed_at` is set once it is completed, where no status says closed or resolved.
                if event == .resolved, !texts.contains(where: { lifecycle($0) == .resolved }) {
                    stages.insert(.delivered)
                }
                allowed = Set(texts.filter { stages.contains(lifecycle($0)) }.map { $0.lowercased() })
            } else if let named = Self.namedStatuses(ofColumn: f.name, texts) {
                // Named for what a status names: a house's `sold_on` once it is `sold`.
                allowed = Set(named.map { $0.lowercased() })
            } else if let staged = Self.stageStatuses(ofColumn: f.name, texts) {
                // A pipeline's stage (`interview_at`): reached weeks after the record began, not any time since.
                allowed = Set(staged.map { $0.lowercased() })
                stage = true
            } else {
                continue
            }
            guard !allowed.isEmpty, allowed.count < Set(texts.map { $0.lowercased() }).count else { continue }
            // The row's own start (`started_at`, `created_at`), which a lifecycle moment follows and
            // which must not itself wait on the status.
            let rowStart = fields.indices.first { k in
                k != c && k != sc && (fields[k].type == .date || fields[k].type == .datetime) && fields[k].references == nil
                    && !Set(KindInference.tokens(fields[k].name)).isDisjoint(with: Self.startWords)
                    && !Self.reaches(k, sc, in: sources) && !Self.reaches(k, c, in: sources)
            }
            // A case is resolved after someone first answered it: `first_response_at` comes before `resolved_at`.
            let answered = LifecycleStage.event(ofColumn: f.name) == .resolved ? fields.indices.first { k in
                k != c && (fields[k].type == .date || fields[k].type == .datetime) && fields[k].references == nil
                    && !Set(KindInference.tokens(fields[k].name)).isDisjoint(with: Self.answerWords)
                    && !Self.reaches(k, c, in: sources) && !Self.reaches(k, sc, in: sources)
            } : nil
            let gateStart: Int?, fallback: any TimeRangeGenerator, span: ActivitySpan
            var gateAnchor: Int64?
            switch sources[c] {
            case let .endAfter(start, f, s)?:
                (gateStart, fallback, span) = (answered ?? start, f, stage ? .terms : s)
            case .kind(_, .random)?:
                guard let g = generators[c] as? any TimeRangeGenerator else { continue }
                (gateStart, fallback, span) = (rowStart, g, stage ? .terms : .general)
                if !stage || rowStart == nil { gateAnchor = anchor }
            case let .afterParentStart(plan)?:
                // Drawn after the parent began before; gated by the status now, and after the row's own start.
                (gateStart, fallback, span) = (rowStart, plan.time, stage ? .terms : .general)
                if !stage || rowStart == nil { gateAnchor = anchor }
            default: continue
            }
            // Paid before it was due (and not after now), when nothing says when the bill began.
            var due: Int?
            if gateStart == nil, LifecycleStage.event(ofColumn: f.name) == .paid {
                due = fields.indices.first { k in
                    k != c && (fields[k].type == .date || fields[k].type == .datetime) && fields[k].references == nil
                        && KindInference.tokens(fields[k].name).contains("due") && !Self.reaches(k, c, in: sources)
                }
                gateAnchor = anchor
            }
            let gate = StatusGate(statusColumn: sc, allowed: allowed, start: gateStart, fallback: fallback, span: span,
                                  anchor: gateAnchor, due: due)
            sources[c] = .statusGated(gate)
            let share = zip(texts, weights).filter { allowed.contains($0.0.lowercased()) }.reduce(0) { $0 + $1.1 } / total
            // The statuses decide the column's NULLs: its own `nullable` would leave a paid invoice
            // without its payment date (the row loop drops it for gated columns).
            declareNulls(entity, c, present: share * (1 - (fields[sc].nullable ?? 0)))
        }
    }

    /// Words of a time someone first answered or took up a case.
    static let answerWords: Set<String> = ["response", "responded", "acknowledged", "answered", "replied", "assigned", "triaged"]

    static func isStatusGated(_ source: FieldSource) -> Bool {
        if case .statusGated = source { return true }
        return false
    }

    /// The values a status column draws from, with their weights (nil: equal): an enum's, or a word list kind's.
    static func statusValues(_ f: Field, _ generator: (any KindGenerator)?) -> ([String], [Double]?)? {
        if let g = generator as? WeightedWordKind {
            let weights = g.cumulative.enumerated().map { $0.element - ($0.offset == 0 ? 0 : g.cumulative[$0.offset - 1]) }
            return ((0..<g.table.count).map { g.table.string($0) }, weights.count == g.table.count ? weights : nil)
        }
        if let g = generator as? WordKind { return ((0..<g.table.count).map { g.table.string($0) }, nil) }
        guard f.kind == "enum", let values = f.values else { return nil }
        let texts = values.compactMap(\.stringValue)
        guard texts.count == values.count, !texts.isEmpty else { return nil }
        return (texts, f.weights.flatMap { $0.count == texts.count ? $0 : nil })
    }

    /// A bill's due date agrees with its status: one paid or overdue was due in the last two years, one
    /// still open (pending, sent, unpaid) falls due in the next two months. Applies to a due date drawn
    /// only after the anchor (`date.future`) when some statuses say paid or overdue and some do not.
    private func dueDatesByStatus(_ fields: [Field], _ texts: [String], _ sources: inout [FieldSource?], statusColumn sc: Int) {
        let past = texts.filter { t in
            LifecycleStage(status: t) == .paid || !LifecycleStage.words(of: t).isDisjoint(with: ["overdue", "late", "due", "delinquent"])
        }
        guard !past.isEmpty, past.count < texts.count else { return }
        let day: Int64 = 86_400
        for (c, f) in fields.enumerated() where (f.type == .date || f.type == .datetime) && f.references == nil && !f.unique
            && f.min == nil && f.max == nil && KindInference.tokens(f.name).contains("due") {
            guard case let .kind(g, .random)? = sources[c], let time = g as? TimeKind, time.lo >= anchor - day, time.mode.anyDay else { continue }
            sources[c] = .dueByStatus(DueByStatusPlan(
                past: StatusHeldPlan(statusColumn: sc, allowed: Set(past.map { $0.lowercased() })),
                before: TimeKind(lo: anchor - 730 * day, hi: anchor - day, isDateOnly: time.isDateOnly, mode: time.mode),
                after: TimeKind(lo: anchor + day, hi: anchor + 60 * day, isDateOnly: time.isDateOnly, mode: time.mode)))
        }
    }
}
