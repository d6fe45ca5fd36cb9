import DoppelText

extension SchemaResolver {
    /// The fuel of a row that travels a distance of its own (`fuel_used_liters`, `fuel_gallons` beside `distance_km`)
    /// is the distance at a vehicle's consumption: 28–38 l per 100 km for a truck or a bus, 6–10 for anything else, in
    /// litres or gallons as named. Never for a flight. Whether the distance is between the row's cities
    /// (`applyTripDistance`), follows its duration (`applyTripPace`) or is drawn: no 347 litres for 14.8 km.
    func applyFuelOverDistance(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        guard let distance = Self.distanceColumn(fields) else { return }
        let words = Set(KindInference.tokens(entity.name).map(Inflector.singular))
        let parents = Set(fields.compactMap { $0.references?.entity }.flatMap { KindInference.tokens($0).map(Inflector.singular) })
        let air = !words.union(parents).isDisjoint(with: Self.airHeads) || fields.contains { ($0.kind ?? "").contains("airport") }
        guard !air else { return }
        let heavy = !words.union(parents).isDisjoint(with: Self.heavyVehicles)
        let per100 = heavy ? 28.0...38.0 : 6.0...10.0
        let perKilometre = DistanceUnits.inMiles(fields[distance].name) ? DistanceUnits.milesPerKilometre : 1
        for (c, f) in fields.enumerated() where c != distance && Self.isOwnNumber(f) && !f.unique && KindInference.tokens(f.name).contains("fuel") {
            let tokens = KindInference.tokens(f.name)
            // (a fuel's price or cost is money, not a volume)
            guard tokens.allSatisfy({ !["cost", "price", "spend", "spent", "amount", "efficiency", "economy", "type", "level", "percent", "pct"].contains($0) }),
                  case let .kind(fuelOwn, .random)? = sources[c], !Self.reaches(distance, c, in: sources) else { continue }
            let gallons = tokens.contains { ["gallons", "gal", "gallon"].contains($0) }
            let perUnit = (gallons ? 1 / 3.785 : 1) / 100 / perKilometre
            sources[c] = .share(of: distance, low: per100.lowerBound * perUnit, high: per100.upperBound * perUnit, fallback: fuelOwn)
        }
    }
}
