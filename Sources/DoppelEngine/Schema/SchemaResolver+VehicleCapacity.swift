extension SchemaResolver {
    static let vehicleTypeColumns = ["type", "vehicle_type", "kind", "category", "class", "body_type", "vehicle_class"]
    static let payloadColumns: Set<String> = ["capacity_kg", "payload_kg", "max_load_kg", "load_capacity_kg", "max_payload_kg",
                                              "payload", "max_load", "load_capacity", "cargo_capacity_kg", "capacity_lbs"]
    static let vehicleSeatColumns: Set<String> = ["seats", "seat_count", "passenger_capacity", "passengers", "max_passengers", "seating_capacity"]

    /// A vehicle's payload and seats follow its class (`VehicleClasses`): a motorcycle 10–40 kg, a van
    /// 700–1,600 kg, a truck 3–12 t; a car 2–7 seats, a bus 16–70. For each of the type column's values
    /// the class names; other values keep the column's own draw.
    func applyVehicleCapacity(_ entity: Entity, _ sources: inout [FieldSource?], _ generators: [(any KindGenerator)?]) {
        let fields = entity.fields
        guard let tc = Self.column(named: Self.vehicleTypeColumns, in: fields, where: { $0.references == nil }),
              let (values, _) = Self.statusValues(fields[tc], generators[tc]), values.contains(where: { VehicleClasses.of($0) != nil })
        else { return }
        for (c, f) in fields.enumerated() where Self.isOwnNumber(f) && !f.unique && !f.primaryKey {
            let name = f.name.lowercased()
            let payload = Self.payloadColumns.contains(name), seats = Self.vehicleSeatColumns.contains(name)
            guard payload || seats, case let .kind(own, .random)? = sources[c], !Self.reaches(tc, c, in: sources) else { continue }
            let perPound = name.hasSuffix("lbs") ? 2.2046 : 1
            var ranges: [String: ClosedRange<Double>] = [:]
            for v in values {
                guard let k = VehicleClasses.of(v) else { continue }
                let r = seats ? k.seats : k.payloadKg
                ranges[v.lowercased()] = (r.lowerBound * perPound)...(r.upperBound * perPound)
            }
            var fact = SiblingFactPlan(column: tc, values: [:], fallback: own, ranges: ranges)
            fact.wholeNumbers = true
            sources[c] = .siblingFact(fact)
        }
    }
}
