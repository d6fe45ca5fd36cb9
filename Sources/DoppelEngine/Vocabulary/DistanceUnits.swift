/// Kilometres and miles: which one a distance column counts, and how many miles a kilometre is. The planner
/// sizes a distance in its column's unit with it, the resolver measures trips in it.
package enum DistanceUnits {
    package static let milesPerKilometre = 0.621371

    /// Whether a distance column counts miles (`distance_miles`, `miles_driven`, `distance_mi`), else kilometres.
    package static func inMiles(_ name: String) -> Bool { KindInference.tokens(name).contains { ["miles", "mi", "mile"].contains($0) } }
}
