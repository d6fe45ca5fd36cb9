import DoppelText

/// A trip's distance from the two cities its row names: the great-circle distance between their
/// coordinates (`LocaleData.cities`) times a detour factor drawn per row, in the column's unit.
struct CityDistancePlan: Sendable {
    let from: Int
    let to: Int
    /// Units per kilometre (1 for km, 0.621371 for miles).
    let perKilometre: Double
    /// How much longer the way is than the straight line: roads 1.12–1.3, air 1.02–1.08.
    let detour: ClosedRange<Double>
    /// Latitude and longitude, in degrees, of each city the schema's locales know, by name.
    let coordinates: [String: (Double, Double)]
    /// The column's own kind, for a row whose cities are NULL or unknown.
    let fallback: any KindGenerator
    /// Where `from` and `to` reference a table of places by id: the place's code there (an airport's `iata_code`).
    var fromParent: ParentText? = nil
    var toParent: ParentText? = nil

    /// Kilometres along the earth's surface between two points given in degrees.
    static func greatCircleKilometres(_ a: (Double, Double), _ b: (Double, Double)) -> Double {
        let rad = Double.pi / 180
        let dLat = (b.0 - a.0) * rad, dLon = (b.1 - a.1) * rad
        let h = Mathx.sin(dLat / 2) * Mathx.sin(dLat / 2) + Mathx.cos(a.0 * rad) * Mathx.cos(b.0 * rad) * Mathx.sin(dLon / 2) * Mathx.sin(dLon / 2)
        return 2 * 6_371 * Mathx.asin(min(1, h.squareRoot()))
    }
}

/// A trip's end when its row names no distance: the start plus the way between its two places at a
/// travelling speed, plus the time a trip takes whatever its length (an airliner's taxiing and climb).
struct TripEndPlan: Sendable {
    let start: Int
    let way: CityDistancePlan
    let kilometresPerHour: Double
    let overheadSeconds: Double
    /// The end's own span, for a row whose places are NULL or unknown.
    let fallback: any TimeRangeGenerator
    let span: ActivitySpan
}

extension RowContext {
    func cityDistance(_ plan: CityDistancePlan, _ r: inout CellRandom, into out: inout CellBytes) -> KindValue {
        guard let km = tripKilometres(plan, r) else { return generateOwn(plan.fallback, r, &out) }
        return .real(km * plan.perKilometre)
    }

    /// The way between the row's two places, in kilometres; nil when either is NULL or unknown.
    func tripKilometres(_ plan: CityDistancePlan, _ r: CellRandom) -> Double? {
        guard let a = plan.fromParent.map({ parentText($0) }) ?? siblingText(plan.from),
              let b = plan.toParent.map({ parentText($0) }) ?? siblingText(plan.to),
              let pa = plan.coordinates[a], let pb = plan.coordinates[b] else { return nil }
        var draw = r
        // The same city both ends: a trip across town, 3–40 km.
        return a == b ? Mathx.logUniform(3...40, draw.unit())
            : CityDistancePlan.greatCircleKilometres(pa, pb) * (plan.detour.lowerBound + draw.unit() * (plan.detour.upperBound - plan.detour.lowerBound))
    }

    func tripEnd(_ plan: TripEndPlan, _ r: CellRandom, into out: inout CellBytes) -> KindValue {
        ensure(plan.start)
        cell.pointee.r = r
        cell.pointee.unique = nil
        if nulls[plan.start] || scalars[plan.start].isNaN { return plan.fallback.generate(&cell.pointee, &out) }
        let start = Int64(scalars[plan.start])
        guard let km = tripKilometres(plan.way, r) else {
            return end(after: start, isDateOnly: plan.fallback.isDateOnly, span: plan.span)
        }
        var draw = cell.pointee.r
        let seconds = km / plan.kilometresPerHour * 3_600 + plan.overheadSeconds * (0.8 + 0.4 * draw.unit())
        return plan.fallback.value(atSeconds: start + Int64(seconds.rounded()))
    }
}
