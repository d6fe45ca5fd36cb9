import DoppelText

/// A meter read when a use began and when it ended agrees with the use (protocol/SCHEMA.md, *Rows that agree*): a
/// rental's `odometer_end` is its `odometer_start` plus 30–400 for each day the car was out, a utility reading's end
/// its start plus the days' use; never a date, never less than the start.
extension SchemaResolver {
    /// Stems of a meter's reading, and what a day of use adds to it (a use without times: `perUse`).
    static let meterStems: [(stems: Set<String>, perDay: ClosedRange<Double>, perUse: ClosedRange<Double>)] = [
        (["odometer", "mileage", "odometer_reading", "odometer_km", "odometer_miles", "km", "miles", "kilometers", "kilometres"],
         30...400, 5...600),
        (["engine_hours", "hour_meter", "hours_meter", "hobbs"], 1...10, 0.5...12),
        (["meter_reading", "meter", "reading", "kwh", "kwh_reading", "electricity_reading", "gas_reading", "water_reading"],
         5...40, 20...900),
    ]
    /// Spellings of a reading when a use began and when it ended, the stem written `*`.
    static let meterPairs: [(begin: String, end: String)] = [
        ("*_start", "*_end"), ("*_out", "*_in"), ("start_*", "end_*"), ("starting_*", "ending_*"), ("*_before", "*_after"),
        ("*_begin", "*_end"), ("*_at_pickup", "*_at_return"), ("*_pickup", "*_return"), ("opening_*", "closing_*"),
        ("previous_*", "current_*"),
    ]

    func applyMeterReadings(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        func own(_ name: String) -> Int? {
            fields.firstIndex { $0.name.lowercased() == name && Self.isOwnNumber($0) && !$0.unique && !$0.primaryKey }
        }
        // The use's own start and end, when the row has both (a rental's pickup and return).
        let span = Self.rowSpan(fields, entity: entity.name, end: { fields[$0].type == .date || fields[$0].type == .datetime }, start: { _ in true })
        for (begin, end) in Self.meterPairs {
            let b = begin.components(separatedBy: "*"), e = end.components(separatedBy: "*")
            for f in fields {
                let name = f.name.lowercased()
                guard name.hasPrefix(e[0]), name.hasSuffix(e[1]), name.count > e[0].count + e[1].count else { continue }
                let stem = String(name.dropFirst(e[0].count).dropLast(e[1].count))
                guard let meter = Self.meterStems.first(where: { $0.stems.contains(stem) }),
                      let sc = own(b[0] + stem + b[1]), let ec = own(name), sc != ec,
                      case let .kind(fallback, .random)? = sources[ec], !Self.reaches(sc, ec, in: sources) else { continue }
                var plan = MeterEndPlan(start: sc, perDay: meter.perDay, perUse: meter.perUse,
                                        integer: fields[ec].type == .integer, fallback: fallback)
                if let (from, to) = span { plan.from = from; plan.to = to }
                sources[ec] = .meterEnd(plan)
            }
        }
    }
}
