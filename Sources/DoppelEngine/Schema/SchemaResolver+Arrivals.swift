import DoppelText

/// Someone checks in at an occasion when it is about to start (protocol/SCHEMA.md, *Rows that agree*): a ticket's
/// `checked_in_at` is within the hour before its event starts (or the first minutes after), read from the event
/// it references directly or through its ticket type; not a year before the concert at 03:01.
extension SchemaResolver {
    /// Whether a column is the moment someone arrived at something (`checked_in_at`, `scanned_at`, `arrived_at`).
    static func isArrival(_ name: String) -> Bool {
        let tokens = Set(KindInference.tokens(name))
        return tokens.contains("in") && !tokens.isDisjoint(with: ["check", "checked", "checkin", "signed", "sign"])
            || !tokens.isDisjoint(with: ["checkin", "scanned", "scan", "arrived", "arrival", "attended", "entered", "entry"])
    }

    /// From an hour before the occasion starts to a quarter of an hour after.
    static let arrivalWindow: ClosedRange<Int64> = -3600...900

    func applyArrivalsAtOccasions(_ entity: Entity, _ sources: inout [FieldSource?], _ generators: [(any KindGenerator)?],
                                  planIndex: [String: Int]) {
        let fields = entity.fields
        for (c, f) in fields.enumerated() where f.type == .datetime && f.references == nil && Self.isArrival(f.name) {
            switch sources[c] {
            case .kind(_, .random)?, .afterParent?, .afterParentStart?: break
            default: continue
            }
            guard let time = generators[c] as? any TimeRangeGenerator, let (rc, p, oc, via) = occasion(of: entity, planIndex: planIndex)
            else { continue }
            var plan = AfterParentStartPlan(referenceColumn: rc, parentEntity: p, parentColumn: oc, parentIsYear: false, time: time)
            plan.via = via
            plan.around = Self.arrivalWindow
            sources[c] = .afterParentStart(plan)
        }
    }

    /// Heads of a table each row of which is someone's turn of work at an occasion: a volunteer's shift at an event.
    static let turnHeads: Set<String> = ["shift", "volunteer_shift", "duty", "rota_slot"]
    /// A shift's start around a timed occasion's: from three hours before it starts to an hour after.
    static let shiftAroundStart: ClosedRange<Int64> = -3 * 3600...3600
    /// A shift's start on a dated occasion's day: between 06:00 and 16:00.
    static let shiftOnDay: ClosedRange<Int64> = 6 * 3600...16 * 3600

    /// A shift at an occasion (a volunteer's at a charity run) starts on its day: around a timed occasion's start,
    /// in the working hours of a dated one's day, not months later at midnight. Its start is the row's datetime
    /// that another of its times ends after (`start_time` before `end_time`), or one named for a start; its end
    /// follows by the shift's span (`applyCoherence`).
    func applyShiftsAtOccasions(_ entity: Entity, _ sources: inout [FieldSource?], _ generators: [(any KindGenerator)?],
                                planIndex: [String: Int]) {
        guard Self.turnHeads.contains(Inflector.singular(KindInference.head(ofEntity: entity.name))) else { return }
        let fields = entity.fields
        let partners = Set(fields.compactMap { TimeRoles.startPartner(of: $0.name, in: fields, entity: entity.name) })
        guard let c = fields.indices.first(where: { k in
            fields[k].type == .datetime && fields[k].references == nil
                && (partners.contains(fields[k].name) || !Set(KindInference.tokens(fields[k].name)).isDisjoint(with: ["start", "starts", "begin", "begins"]))
        }) else { return }
        switch sources[c] {
        case .kind(_, .random)?, .afterParent?, .afterParentStart?: break
        default: return
        }
        guard let time = generators[c] as? any TimeRangeGenerator,
              let (rc, p, oc, via) = occasion(of: entity, planIndex: planIndex, dates: true) else { return }
        let holder = via?.entity ?? p
        let dated = schema.entities.first { planIndex[$0.name] == holder }?.fields[oc].type == .date
        var plan = AfterParentStartPlan(referenceColumn: rc, parentEntity: p, parentColumn: oc, parentIsYear: false, time: time)
        plan.via = via
        plan.around = dated ? Self.shiftOnDay : Self.shiftAroundStart
        sources[c] = .afterParentStart(plan)
    }

    /// The occasion the row references with a datetime start (an event's `starts_at`), or with `dates` a date too,
    /// directly or through one record (a ticket's ticket type's event): the reference column, the entity holding the
    /// start, its column, and the hop.
    private func occasion(of entity: Entity, planIndex: [String: Int], dates: Bool = false) -> (Int, Int, Int, (column: Int, entity: Int)?)? {
        func start(_ e: Entity) -> Int? {
            guard Self.occasionNouns.contains(Inflector.singular(KindInference.head(ofEntity: e.name))),
                  let oc = Self.occasionColumn(e), e.fields[oc].type == .datetime || dates && e.fields[oc].type == .date else { return nil }
            return oc
        }
        for (rc, f) in entity.fields.enumerated() {
            guard let ref = f.references, ref.entity != entity.name, let p = planIndex[ref.entity],
                  let parent = schema.entity(named: ref.entity) else { continue }
            if let oc = start(parent) { return (rc, p, oc, nil) }
            for (gc, g) in parent.fields.enumerated() {
                guard let gref = g.references, gref.entity != parent.name, gref.entity != entity.name, let gp = planIndex[gref.entity],
                      let grand = schema.entity(named: gref.entity), let oc = start(grand) else { continue }
                return (rc, p, oc, (gc, gp))
            }
        }
        return nil
    }
}
