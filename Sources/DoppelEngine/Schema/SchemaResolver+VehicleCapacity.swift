import DoppelText

extension SchemaResolver {
    /// Columns that say what kind of vehicle a row is.
    static let vehicleTypeColumns = ["type", "vehicle_type", "kind", "category", "class", "body_type", "vehicle_class", "car_type",
                                     "body_style", "car_class", "segment"]
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

extension SchemaResolver {
    /// Names of what a vehicle's odometer reads, and the year it was made.
    static let odometerColumns: Set<String> = ["mileage", "odometer", "odometer_km", "odometer_miles", "odometer_reading", "km_driven",
                                               "miles_driven", "current_mileage", "kilometers", "kilometres", "total_km", "total_miles"]
    static let modelYearColumns = ["year", "model_year", "year_made", "manufacture_year", "year_of_manufacture", "vehicle_year", "build_year"]

    /// A vehicle's odometer grows with its age: 8,000–20,000 miles a year for a car, 50,000–120,000 for a
    /// heavy truck (`VehicleKind.heavyHeads`), in kilometres when the name says so (×1.609); a vehicle of this
    /// year has driven half a year's. Rows whose year is NULL keep the column's own draw.
    func applyMileageByAge(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        guard let yc = Self.column(named: Self.modelYearColumns, in: fields, where: { Self.isOwnNumber($0) }) else { return }
        let anchorYear = self.anchorYear  // the rows' closure keeps the number, not the resolver
        let heavy = VehicleKind.isHeavy(entity: entity.name)
        let perYear = heavy ? 50_000.0...120_000.0 : 8_000.0...20_000.0
        for (c, f) in fields.enumerated() where Self.odometerColumns.contains(f.name.lowercased()) && Self.isOwnNumber(f) && !f.unique {
            guard case let .kind(own, .random)? = sources[c], !Self.reaches(yc, c, in: sources) else { continue }
            let tokens = KindInference.tokens(f.name)
            let unit = tokens.contains { ["km", "kilometers", "kilometres"].contains($0) } ? 1.609 : 1
            var fact = SiblingFactPlan(column: yc, values: [:], fallback: own, rangeOf: { text in
                guard let year = Int(text), year <= anchorYear, year > anchorYear - 80 else { return nil }
                let age = max(0.5, Double(anchorYear - year))
                return (age * perYear.lowerBound * unit)...(age * perYear.upperBound * unit)
            })
            fact.wholeNumbers = true
            sources[c] = .siblingFact(fact)
        }
    }
}
