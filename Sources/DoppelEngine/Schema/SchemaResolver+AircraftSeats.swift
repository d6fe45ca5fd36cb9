extension SchemaResolver {
    /// A flight's seats are its aircraft's: when every listed `aircraft` (`aircraft_type`, `aircraft_model`,
    /// `plane_type`) is a type `Aircraft` knows, a `seats` (`capacity`, `seat_count`, `total_seats`,
    /// `seating_capacity`, `passenger_capacity`) is a whole number in that type's range.
    func applyAircraftSeats(_ entity: Entity, _ sources: inout [FieldSource?], _ generators: [(any KindGenerator)?]) {
        let fields = entity.fields
        guard let ac = Self.column(named: ["aircraft", "aircraft_type", "aircraft_model", "plane_type", "airplane"], in: fields,
                                   where: { $0.references == nil }),
              let (types, _) = Self.statusValues(fields[ac], generators[ac]),
              types.allSatisfy({ Aircraft.seatsOf[$0.lowercased()] != nil }) else { return }
        var ranges: [String: ClosedRange<Double>] = [:]
        for t in types { ranges[t.lowercased()] = Aircraft.seatsOf[t.lowercased()] }
        for (c, f) in fields.enumerated() where c != ac && Self.isOwnNumber(f) && !f.unique
            && ["seats", "capacity", "seat_count", "total_seats", "seating_capacity", "passenger_capacity", "num_seats"].contains(f.name.lowercased()) {
            guard case let .kind(own, .random)? = sources[c], !Self.reaches(ac, c, in: sources) else { continue }
            var fact = SiblingFactPlan(column: ac, values: [:], fallback: own, ranges: ranges)
            fact.wholeNumbers = true
            sources[c] = .siblingFact(fact)
        }
    }
}
