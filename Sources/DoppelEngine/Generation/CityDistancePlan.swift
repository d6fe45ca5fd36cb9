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

    /// Kilometres along the earth's surface between two points given in degrees.
    static func greatCircleKilometres(_ a: (Double, Double), _ b: (Double, Double)) -> Double {
        let rad = Double.pi / 180
        let dLat = (b.0 - a.0) * rad, dLon = (b.1 - a.1) * rad
        let h = Mathx.sin(dLat / 2) * Mathx.sin(dLat / 2) + Mathx.cos(a.0 * rad) * Mathx.cos(b.0 * rad) * Mathx.sin(dLon / 2) * Mathx.sin(dLon / 2)
        return 2 * 6_371 * Mathx.asin(min(1, h.squareRoot()))
    }
}

extension RowContext {
    func cityDistance(_ plan: CityDistancePlan, _ r: inout CellRandom, into out: inout [UInt8]) -> KindValue {
        guard let a = siblingText(plan.from), let b = siblingText(plan.to),
              let pa = plan.coordinates[a], let pb = plan.coordinates[b] else { return generateOwn(plan.fallback, r, &out) }
        var draw = r
        // The same city both ends: a trip across town, 3–40 km.
        let km = a == b ? Mathx.logUniform(3...40, draw.unit())
            : CityDistancePlan.greatCircleKilometres(pa, pb) * (plan.detour.lowerBound + draw.unit() * (plan.detour.upperBound - plan.detour.lowerBound))
        return .real(km * plan.perKilometre)
    }
}
