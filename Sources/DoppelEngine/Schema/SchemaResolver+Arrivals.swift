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

    /// The occasion the row references with a datetime start (an event's `starts_at`), directly or through one
    /// record (a ticket's ticket type's event): the reference column, the entity holding the start, its column,
    /// and the hop.
    private func occasion(of entity: Entity, planIndex: [String: Int]) -> (Int, Int, Int, (column: Int, entity: Int)?)? {
        func start(_ e: Entity) -> Int? {
            guard Self.occasionNouns.contains(Inflector.singular(KindInference.head(ofEntity: e.name))),
                  let oc = Self.occasionColumn(e), e.fields[oc].type == .datetime else { return nil }
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
