extension SchemaResolver {
    /// A status agrees with the row's period (`PeriodStatusPlan`): a campaign
    /// that ended in 2020 is not `active`, a booking that starts next month is
    /// `upcoming`, a rental under way is not `returned` — among the entity's own
    /// values, when it has a status (`status`, `state`, …) drawn from a list and
    /// a start and end pair (rule "Ends after starts"), or a single scheduled time.
    mutating func applyPeriodStatus(_ entity: Entity, _ sources: inout [FieldSource?], _ generators: [(any KindGenerator)?],
                                    planIndex: [String: Int]) {
        let fields = entity.fields
        guard let sc = Self.column(named: Self.statusColumns, in: fields),
              fields[sc].references == nil, case let .kind(own, .random)? = sources[sc],
              let (texts, given) = Self.statusValues(fields[sc], generators[sc]) else { return }
        let weights = given ?? Array(repeating: 1, count: texts.count)
        var values: [PeriodStatusPlan.Place: [String]] = [:]
        var cumulative: [PeriodStatusPlan.Place: [Double]] = [:]
        var places: [String: PeriodStatusPlan.Place] = [:]
        var standIns: [PeriodStatusPlan.Place: [String]] = [:]
        for (t, w) in zip(texts, weights) {
            if let p = PeriodStatusPlan.standIn(t) { standIns[p, default: []].append(t) }
            guard let p = PeriodStatusPlan.place(of: t) else { continue }
            values[p, default: []].append(t)
            cumulative[p, default: []].append((cumulative[p]?.last ?? 0) + max(w, 0))
            places[t] = p
        }
        // A stand-in speaks only for a place the entity has no value of its own for.
        for p in values.keys { standIns[p] = nil }
        // Only statuses that can say more than one place, own or stood in for, are corrected.
        guard !values.isEmpty, values.count + standIns.count >= 2 else { return }
        for end in fields.indices where fields[end].type == .date || fields[end].type == .datetime {
            guard case let .endAfter(start, _, _)? = sources[end], start != sc,
                  // The end of the row's own period (its start's partner), not any later event after its creation
                  // (a ticket's `first_response_at` does not close the ticket).
                  TimeRoles.startPartner(of: fields[end].name, in: fields, entity: entity.name) == fields[start].name else { continue }
            // The dates must not read the status (a status-gated time would), or the two would wait on each other.
            if Self.reaches(start, sc, in: sources) || Self.reaches(end, sc, in: sources) { continue }
            // A report of an incident (`filed_date` after `incident_date`) is not the record's period.
            if !Set(KindInference.tokens(fields[end].name)).isDisjoint(with: Self.reportWords) { continue }
            var plan = PeriodStatusPlan(own: own, start: start, end: end, anchor: Double(anchor), values: values, places: places)
            plan.standIns = standIns
            plan.cumulative = cumulative
            sources[sc] = .periodStatus(plan)
            return
        }
        // One time and no end: an appointment scheduled for next month is not `completed`, one last year not `scheduled`.
        for t in fields.indices where (fields[t].type == .date || fields[t].type == .datetime) && fields[t].references == nil && t != sc {
            guard !Set(KindInference.tokens(fields[t].name)).isDisjoint(with: Self.occasionTimeWords),
                  !Self.reaches(t, sc, in: sources) else { continue }
            widenOccasion(fields[t], &sources[t], weights: cumulative)
            var plan = PeriodStatusPlan(own: own, start: t, end: t, anchor: Double(anchor), values: values, places: places)
            plan.standIns = standIns
            plan.cumulative = cumulative
            sources[sc] = .periodStatus(plan)
            return
        }
        // A booking of an occasion (a class booking, a ticket, a registration) with no time of its own
        // follows the occasion it references: a booking of last month's class is not still `confirmed`.
        guard Self.bookingHeads.contains(Self.noun(entity.name).split(separator: " ").last.map(String.init) ?? "") else { return }
        for (rc, f) in fields.enumerated() {
            guard let ref = f.references, ref.entity != entity.name, let p = planIndex[ref.entity],
                  let parent = schema.entity(named: ref.entity),
                  let pc = parent.fields.firstIndex(where: { pf in
                      (pf.type == .date || pf.type == .datetime) && pf.references == nil
                          && !Set(KindInference.tokens(pf.name)).isDisjoint(with: Self.occasionTimeWords)
                  }) else { continue }
            var plan = PeriodStatusPlan(own: own, start: rc, end: rc, anchor: Double(anchor), values: values, places: places)
            plan.standIns = standIns
            plan.cumulative = cumulative
            plan.parentTime = (p, pc)
            sources[sc] = .periodStatus(plan)
            return
        }
    }

    /// An occasion's time drawn on one side of the anchor only (`scheduled_at` as `datetime.future`)
    /// while its statuses name both sides (`scheduled` and `completed`) would make every row upcoming
    /// and drop the other values. Such a window, when no bound was given, straddles the anchor instead,
    /// split by the statuses' weights: the upcoming values' share of the time lies within 120 days
    /// after it (or the window's own reach, if shorter), the rest before it (30 days to 5 years, and
    /// no further back than a past window reached), so the statuses keep roughly their weights.
    /// A window that already straddles it is kept.
    /// `weights`: the running sums of the statuses' weights by place (`PeriodStatusPlan.cumulative`).
    private func widenOccasion(_ f: Field, _ source: inout FieldSource?, weights: [PeriodStatusPlan.Place: [Double]]) {
        guard let time = source.flatMap(Self.occasionTime)?.time, time.mode.anyDay, !f.unique, f.min == nil, f.max == nil,
              !["min", "max", "start", "end"].contains(where: { f.options[$0] != nil }) else { return }
        let upcoming = weights[.upcoming]?.last ?? 0
        let done = (weights[.ended]?.last ?? 0) + (weights[.active]?.last ?? 0)
        guard upcoming > 0, done > 0 else { return }
        let day: Int64 = 86_400, a = anchor
        guard time.lo > a || time.hi < a else { return }
        let hi = a + (time.lo > a ? min(time.hi - a, 120 * day) : 120 * day)
        let reach = time.hi < a ? a - time.lo : 5 * 365 * day
        let lo = a - min(max(Int64(Double(hi - a) * done / upcoming), 30 * day), reach)
        let widened = TimeKind(lo: lo, hi: hi, isDateOnly: time.isDateOnly, mode: time.mode)
        switch source {
        case .kind?: source = .kind(widened, .random)
        case var .afterParentStart(plan)?:
            plan.time = widened
            source = .afterParentStart(plan)
        case let .afterParent(rc, p, pc, _)?:
            source = .afterParent(referenceColumn: rc, parentEntity: p, parentColumn: pc, time: widened)
        default: break
        }
    }

    /// The time kind an occasion's time is drawn from, when it is drawn by one: its own kind, or after
    /// its parent's start or creation (`exact` only for a parent's year, which rarely falls inside the window, so the
    /// share of past occasions is the window's).
    static func occasionTime(_ source: FieldSource) -> (time: TimeKind, exact: Bool)? {
        switch source {
        case let .kind(g, .random): return (g as? TimeKind).map { ($0, true) }
        case let .afterParentStart(plan): return (plan.time as? TimeKind).map { ($0, plan.parentIsYear) }
        // (a pet's `appointment_time`, its creation, drawn after the pet was born)
        case let .afterParent(_, _, _, time): return (time as? TimeKind).map { ($0, false) }
        default: return nil
        }
    }

    /// Words of a report made after something happened: the end of such a pair closes no period.
    static let reportWords: Set<String> = ["filed", "reported", "submitted", "notified", "lodged"]

    /// A single time that says when a booked thing takes place.
    static let occasionTimeWords: Set<String> = ["scheduled", "appointment", "starts", "start", "kickoff", "tipoff",
                                                       // (a flight or a train is scheduled by its departure)
                                                       "departure", "departs", "departing", "depart"]
}
