import DoppelText

extension SchemaResolver {
    /// Words naming where a trip starts and where it ends.
    static let tripStartWords: Set<String> = ["origin", "from", "departure", "start", "pickup", "source", "leaving"]
    static let tripEndWords: Set<String> = ["destination", "dest", "to", "arrival", "end", "dropoff", "drop", "target"]
    /// Words of a column for the moment a trip leaves (a stop's departure after its arrival is no landing).
    static let departureWords: Set<String> = ["departure", "departs", "depart", "departed", "departing", "takeoff", "leaves", "left"]
    /// Heads of tables (or of their parents) that travel by air, and vehicles that burn a lorry's fuel.
    static let airHeads: Set<String> = ["flight", "plane", "aircraft", "airline", "jet"]
    static let heavyVehicles: Set<String> = VehicleKind.heavyHeads.union(["tractor", "trailer", "bus", "coach"])

    /// A trip's distance column (`distance`, `distance_km`, `distance_miles`, `km`, `miles`), a number of the row's own.
    static func distanceColumn(_ fields: [Field], except: Int = -1) -> Int? {
        fields.indices.first { c in
            let t = KindInference.tokens(fields[c].name)
            return c != except && isOwnNumber(fields[c]) && (t.contains("distance") || ["km", "miles", "kilometers", "kilometres"].contains(t.joined(separator: "_")))
        }
    }

    /// A trip's distance is the way between the two cities its row names (`CityDistancePlan`): Richmond to
    /// Miami is about 1,300 km by road, never 14.8. Its end then follows at a travelling speed (65 km/h by
    /// road, 780 by air); its fuel follows the distance (`applyFuelOverDistance`).
    func applyTripDistance(_ entity: Entity, _ sources: inout [FieldSource?], planIndex: [String: Int]) {
        let fields = entity.fields
        func place(_ words: Set<String>, airport: Bool) -> Int? {
            fields.indices.first { c in
                let t = KindInference.tokens(fields[c].name)
                guard t.contains(where: words.contains) else { return false }
                if !airport { return fields[c].kind == "address.city" && fields[c].references == nil }
                if let r = fields[c].references {
                    return schema.entity(named: r.entity)?.fields.contains { $0.kind == "travel.airport_code" } == true
                }
                return fields[c].kind == "travel.airport_code"
            }
        }
        // An airport referenced by its id: its code is read from its row.
        func code(_ c: Int) -> ParentText? {
            guard let r = fields[c].references, let p = planIndex[r.entity], let parent = schema.entity(named: r.entity),
                  parent.fields.first(where: { $0.name == r.field })?.kind != "travel.airport_code",
                  let k = parent.fields.firstIndex(where: { $0.kind == "travel.airport_code" }) else { return nil }
            return ParentText(referenceColumn: c, parentEntity: p, parentColumn: k, noun: Self.noun(parent.name))
        }
        var from = place(Self.tripStartWords, airport: false), to = place(Self.tripEndWords, airport: false)
        var coordinates: [String: (Double, Double)] = [:]
        var byAirport = false
        if let f = from, let t = to, f != t {
            for locale in locales {
                for c in 0..<locale.cities.count where coordinates[locale.cities.string(c, LocaleData.CityColumn.name)] == nil {
                    coordinates[locale.cities.string(c, LocaleData.CityColumn.name)] = (locale.coordinates[2 * c], locale.coordinates[2 * c + 1])
                }
            }
        } else if let f = place(Self.tripStartWords, airport: true), let t = place(Self.tripEndWords, airport: true), f != t {
            // A flight between two airports by their codes (its own, or its airports table's).
            (from, to, byAirport) = (f, t, true)
            let table = Words.airports
            for a in 0..<table.count {
                coordinates[table.string(a, 0)] = (Double(table.string(a, 4)) ?? 0, Double(table.string(a, 5)) ?? 0)
            }
        }
        guard let from, let to, from != to else { return }
        let words = Set(KindInference.tokens(entity.name).map(Inflector.singular))
        let parents = Set(fields.compactMap { $0.references?.entity }.flatMap { KindInference.tokens($0).map(Inflector.singular) })
        let air = byAirport || !words.union(parents).isDisjoint(with: Self.airHeads)
        guard let distance = Self.distanceColumn(fields), case let .kind(own, .random)? = sources[distance] else {
            // No distance column: a flight still takes the time its way takes, at 780 km/h and half an hour on the ground.
            guard air else { return }
            for c in fields.indices {
                guard case let .endAfter(start, fallback, span)? = sources[c], span.lengthColumn < 0,
                      let time = fallback as? any TimeRangeGenerator,
                      TimeRoles.startPartner(of: fields[c].name, in: fields, entity: entity.name) == fields[start].name,
                      // A stop's departure after its arrival is no flight: only a landing ends the way.
                      KindInference.tokens(fields[c].name).allSatisfy({ !Self.departureWords.contains($0) }) else { continue }
                var way = CityDistancePlan(from: from, to: to, perKilometre: 1, detour: 1.02...1.08, coordinates: coordinates, fallback: fallback)
                if byAirport { (way.fromParent, way.toParent) = (code(from), code(to)) }
                sources[c] = .tripEnd(TripEndPlan(start: start, way: way, kilometresPerHour: 780, overheadSeconds: 1_800,
                                                  fallback: time, span: span))
            }
            return
        }
        let miles = DistanceUnits.inMiles(fields[distance].name)
        let perKilometre = miles ? DistanceUnits.milesPerKilometre : 1
        var measured = CityDistancePlan(from: from, to: to, perKilometre: perKilometre,
                                        detour: air ? 1.02...1.08 : 1.12...1.3, coordinates: coordinates, fallback: own)
        if byAirport { (measured.fromParent, measured.toParent) = (code(from), code(to)) }
        sources[distance] = .cityDistance(measured)
        // The end follows the start at the speed of the way travelled.
        for c in fields.indices {
            guard case let .endAfter(start, fallback, span)? = sources[c], span.lengthColumn < 0,
                  TimeRoles.startPartner(of: fields[c].name, in: fields, entity: entity.name) == fields[start].name else { continue }
            var tied = span
            tied.lengthColumn = distance
            tied.lengthUnit = 3_600 / ((air ? 780 : 65) * perKilometre)
            sources[c] = .endAfter(start: start, fallback: fallback, span: tied)
        }
    }
}
