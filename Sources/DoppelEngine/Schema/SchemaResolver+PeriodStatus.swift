extension SchemaResolver {
    /// A status agrees with the row's period (`PeriodStatusPlan`): a campaign
    /// that ended in 2020 is not `active`, a booking that starts next month is
    /// `upcoming`, a rental under way is not `returned` — among the entity's own
    /// values, when it has a status (`status`, `state`, …) drawn from a list and
    /// a start and end pair (rule "Ends after starts"), or a single scheduled time.
    mutating func applyPeriodStatus(_ entity: Entity, _ sources: inout [FieldSource?], _ generators: [(any KindGenerator)?]) {
        let fields = entity.fields
        guard let sc = Self.statusColumns.lazy.compactMap({ n in fields.firstIndex { $0.name.lowercased() == n } }).first,
              fields[sc].references == nil, case let .kind(own, .random)? = sources[sc],
              let (texts, _) = Self.statusValues(fields[sc], generators[sc]) else { return }
        var values: [PeriodStatusPlan.Place: [String]] = [:]
        var places: [String: PeriodStatusPlan.Place] = [:]
        var standIns: [PeriodStatusPlan.Place: [String]] = [:]
        for t in texts {
            if let p = PeriodStatusPlan.standIn(t) { standIns[p, default: []].append(t) }
            guard let p = PeriodStatusPlan.place(of: t) else { continue }
            values[p, default: []].append(t)
            places[t] = p
        }
        // A stand-in speaks only for a place the entity has no value of its own for.
        for p in values.keys { standIns[p] = nil }
        // Only statuses that can say more than one place, own or stood in for, are corrected.
        guard !values.isEmpty, values.count + standIns.count >= 2 else { return }
        for end in fields.indices where fields[end].type == .date || fields[end].type == .datetime {
            guard case let .endAfter(start, _, _)? = sources[end], start != sc else { continue }
            // The dates must not read the status (a status-gated time would), or the two would wait on each other.
            if Self.reaches(start, sc, in: sources) || Self.reaches(end, sc, in: sources) { continue }
            var plan = PeriodStatusPlan(own: own, start: start, end: end, anchor: Double(anchor), values: values, places: places)
            plan.standIns = standIns
            sources[sc] = .periodStatus(plan)
            return
        }
        // One time and no end: an appointment scheduled for next month is not `completed`, one last year not `scheduled`.
        for t in fields.indices where (fields[t].type == .date || fields[t].type == .datetime) && fields[t].references == nil && t != sc {
            guard !Set(KindInference.tokens(fields[t].name)).isDisjoint(with: Self.occasionTimeWords),
                  !Self.reaches(t, sc, in: sources) else { continue }
            var plan = PeriodStatusPlan(own: own, start: t, end: t, anchor: Double(anchor), values: values, places: places)
            plan.standIns = standIns
            sources[sc] = .periodStatus(plan)
            return
        }
    }

    /// A single time that says when a booked thing takes place.
    static let occasionTimeWords: Set<String> = ["scheduled", "appointment", "starts", "start"]
}
