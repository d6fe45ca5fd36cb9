import DoppelText

extension SchemaResolver {
    /// How fast a trip goes, in km/h, by the words of its table, its parents' tables and its columns.
    /// Nil when the words say no way of travelling, or travel by air (the table's own rules hold then).
    static func travelSpeed(_ words: Set<String>) -> ClosedRange<Double>? {
        if !words.isDisjoint(with: airHeads) { return nil }
        if !words.isDisjoint(with: ["bike", "bicycle", "cycle", "cycling", "scooter", "ebike", "bikeshare"]) { return 10...22 }
        if !words.isDisjoint(with: ["run", "running", "jog", "jogging", "runner"]) { return 8...14 }
        if !words.isDisjoint(with: ["walk", "walking", "hike", "hiking", "hiker", "walker", "steps"]) { return 3...6 }
        if !words.isDisjoint(with: ["swim", "swimming", "swimmer"]) { return 2...4 }
        if !words.isDisjoint(with: ["drive", "driving", "car", "taxi", "cab", "ride", "trip", "delivery", "journey", "commute", "rideshare",
                                    "truck", "van", "bus", "vehicle", "driver"]) { return 20...60 }
        return nil
    }

    /// A trip's distance follows its duration at the pace of how it travels (a bike ride 10–22 km/h, a run
    /// 8–14, a walk 3–6, a swim 2–4, a drive, ride, trip or delivery 20–60; nothing for a flight or a table
    /// whose words say no way of travelling), in the column's unit: no 147 km in 13 minutes on a
    /// bike. Only where no cities give the distance (`applyTripDistance`). A bike or scooter ride's fare
    /// (`fare`, `price`, `cost`, `amount`, `total`, `charge`) is then 0.15–0.45 a minute, a taxi's or a
    /// ride-hail's 1.20–2.50 a kilometre.
    func applyTripPace(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        if applyPacedEnd(entity, &sources) { return }
        guard let duration = fields.indices.first(where: { c in
                  Self.isOwnNumber(fields[c]) && Self.lengthUnit(of: fields[c].name, entity: entity.name) != nil
              }), let secondsPer = Self.lengthUnit(of: fields[duration].name, entity: entity.name),
              let distance = Self.distanceColumn(fields, except: duration), case let .kind(own, .random)? = sources[distance], !Self.reaches(distance, duration, in: sources) else { return }
        let words = travelWords(entity)
        guard let speed = Self.travelSpeed(words) else { return }
        let perKm = DistanceUnits.inMiles(fields[distance].name) ? DistanceUnits.milesPerKilometre : 1
        let hoursPer = secondsPer / 3_600
        sources[distance] = .share(of: duration, low: speed.lowerBound * hoursPer * perKm, high: speed.upperBound * hoursPer * perKm, fallback: own)
        // What the ride cost.
        let twoWheels = !words.isDisjoint(with: Self.twoWheelWords), hailed = !words.isDisjoint(with: Self.hailedWords)
        guard twoWheels || hailed else { return }
        for (c, f) in fields.enumerated() where Self.isOwnNumber(f) && !f.unique
            && Self.fareNames.contains(f.name.lowercased()) {
            guard case let .kind(fareOwn, .random)? = sources[c], !Self.reaches(c, duration, in: sources), !Self.reaches(c, distance, in: sources) else { continue }
            if twoWheels {
                let minutesPer = secondsPer / 60
                sources[c] = .share(of: duration, low: 0.15 * minutesPer, high: 0.45 * minutesPer, fallback: fareOwn)
            } else {
                sources[c] = .share(of: distance, low: 1.2 / perKm, high: 2.5 / perKm, fallback: fareOwn)
            }
        }
    }

    /// The words that say how a table's rows travel: its own name, its parents' and its columns', and the
    /// dataset's name (a `bike_sharing` dataset's trips are rides on bikes).
    func travelWords(_ entity: Entity) -> Set<String> {
        let fields = entity.fields
        let parents = fields.compactMap { $0.references?.entity }.flatMap { KindInference.tokens($0).map(Inflector.singular) }
        return Set(KindInference.tokens(entity.name).map(Inflector.singular) + parents + fields.flatMap { KindInference.tokens($0.name) }
                   + KindInference.tokens(schema.name).map(Inflector.singular))
    }

    /// A trip with a distance, a start and an end but no duration column and no cities (`applyTripDistance`):
    /// the end follows the start by the distance at the pace of how it travels, each row's pace up to 27–40 % off
    /// the middle of its range (a
    /// 2.2 km bike ride takes minutes, not six hours). A bike or scooter ride's fare is then 0.8–2 a kilometre,
    /// a taxi's 1.20–2.50. Returns whether it applied.
    func applyPacedEnd(_ entity: Entity, _ sources: inout [FieldSource?]) -> Bool {
        let fields = entity.fields
        guard !fields.contains(where: { Self.isOwnNumber($0) && Self.lengthUnit(of: $0.name, entity: entity.name) != nil }),
              let distance = Self.distanceColumn(fields), case .kind(_, .random)? = sources[distance] else { return false }
        let words = travelWords(entity)
        guard let speed = Self.travelSpeed(words) else { return false }
        let perKm = DistanceUnits.inMiles(fields[distance].name) ? DistanceUnits.milesPerKilometre : 1
        let middle = (speed.lowerBound * speed.upperBound).squareRoot()
        guard paceEnds(entity, &sources, by: distance, secondsPer: 3_600 / (middle * perKm),
                       jitter: min(0.4, (speed.upperBound - speed.lowerBound) / (speed.upperBound + speed.lowerBound))) else { return false }
        let twoWheels = !words.isDisjoint(with: Self.twoWheelWords), hailed = !words.isDisjoint(with: Self.hailedWords)
        guard twoWheels || hailed else { return true }
        let perKmFare = twoWheels ? 0.8...2.0 : 1.2...2.5
        for (c, f) in fields.enumerated() where Self.isOwnNumber(f) && !f.unique && Self.fareNames.contains(f.name.lowercased()) {
            guard case let .kind(fareOwn, .random)? = sources[c], !Self.reaches(c, distance, in: sources) else { continue }
            sources[c] = .share(of: distance, low: perKmFare.lowerBound / perKm, high: perKmFare.upperBound / perKm, fallback: fareOwn)
        }
        return true
    }

    /// Paces each end of a moment that follows its start partner (`endAfter` with no length yet) by `length`:
    /// the end is the start plus `secondsPer` seconds for each unit of it, each row up to `jitter` either way.
    /// A date-only end (a holiday of days) is left alone: only a moment is paced. Returns whether any was.
    func paceEnds(_ entity: Entity, _ sources: inout [FieldSource?], by length: Int, secondsPer: Double, jitter: Double) -> Bool {
        let fields = entity.fields
        var tied = false
        for c in fields.indices {
            guard case let .endAfter(start, fallback, span)? = sources[c], span.lengthColumn < 0, !fallback.isDateOnly,
                  TimeRoles.startPartner(of: fields[c].name, in: fields, entity: entity.name) == fields[start].name,
                  // (a pickup after the request is the wait for the car, not the ride)
                  ActivitySpan.of(end: fields[c].name, start: fields[start].name) != .pickupWait,
                  !Self.reaches(length, c, in: sources) else { continue }
            var paced = span
            paced.lengthColumn = length
            paced.lengthUnit = secondsPer
            paced.lengthJitter = jitter
            sources[c] = .endAfter(start: start, fallback: fallback, span: paced)
            tied = true
        }
        return tied
    }

    /// Words of a ride on two wheels, and of one hailed with a driver: what their fares are by.
    static let twoWheelWords: Set<String> = ["bike", "bicycle", "scooter", "ebike", "bikeshare"]
    static let hailedWords: Set<String> = ["taxi", "cab", "rideshare", "ridesharing", "hailing", "ridehailing", "uber", "lyft",
                                           "chauffeur", "limo", "limousine"]

    /// Names of what a ride cost.
    static let fareNames: Set<String> = ["fare", "price", "cost", "amount", "total", "charge", "ride_cost", "fare_amount", "total_fare"]
}
