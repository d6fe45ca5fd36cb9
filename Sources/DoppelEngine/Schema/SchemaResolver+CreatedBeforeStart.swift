/// A record is made before what it books starts (protocol/SCHEMA.md, *Rows that agree*): a class booking
/// is booked hours to weeks before its `starts_at`, an appointment created before its `scheduled_at`, never
/// years ahead and never after the moment the data describes.
extension SchemaResolver {
    /// Names of the moment a booked or scheduled thing starts.
    static let scheduledStartNames: Set<String> = [
        "starts_at", "start_at", "start_time", "start_date", "scheduled_at", "scheduled_for", "scheduled_time", "scheduled_date",
        "appointment_date", "appointment_time", "appointment_at", "check_in", "check_in_date", "checkin_date", "arrival_date",
        "event_date", "reservation_date", "reservation_time", "pickup_time", "pickup_date", "departure_time", "departure_date",
        "session_date", "class_date", "visit_date", "travel_date", "date_time",
    ]

    func applyCreatedBeforeStart(_ entity: Entity, _ sources: inout [FieldSource?], _ generators: [(any KindGenerator)?]) {
        let fields = entity.fields
        func isTemporal(_ c: Int) -> Bool { fields[c].type == .date || fields[c].type == .datetime }
        guard let creation = Self.creationColumn(fields, entity: entity.name), let time = generators[creation] as? any TimeRangeGenerator,
              !Self.scheduledStartNames.contains(fields[creation].name.lowercased()) else { return }
        switch sources[creation] {
        case .kind(_, .random)?, .afterParent?: break
        default: return
        }
        guard let start = fields.indices.first(where: {
            $0 != creation && isTemporal($0) && fields[$0].references == nil
                && Self.scheduledStartNames.contains(KindInference.tokens(fields[$0].name).joined(separator: "_"))
        }), case .kind(_, .random)? = sources[start], !Self.reaches(start, creation, in: sources) else { return }
        sources[creation] = .beforeStart(start: start, time: time, anchor: anchor)
    }
}
