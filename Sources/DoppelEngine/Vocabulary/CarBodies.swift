/// The body of each car model `vehicle.model` draws (`Words.vehicleModels`), and the word a table's list of
/// vehicle types uses for it: a Ford Ranger is a pickup (a `truck`), an Escape an SUV (a `car`), never a motorcycle.
enum CarBodies {
    enum Body: String, CaseIterable { case sedan, hatchback, suv, pickup, coupe, convertible, wagon }

    static let models: [Body: Set<String>] = [
        .sedan: ["Corolla", "Camry", "Civic", "Accord", "Malibu", "Passat", "Jetta", "3 Series", "5 Series", "i4", "C-Class", "E-Class",
                 "S-Class", "EQE", "Altima", "Sentra", "Elantra", "Sonata", "Model 3", "Model S", "A3", "A4", "A6", "Impreza", "Legacy",
                 "Mazda3", "Mazda6", "508", "Tipo", "S60"],
        .hatchback: ["Prius", "Focus", "Fit", "Bolt", "Golf", "Polo", "1 Series", "A-Class", "Leaf", "Micra", "Rio", "Ceed", "Clio",
                     "Megane", "Zoe", "208", "308", "500", "Panda", "Punto"],
        .suv: ["RAV4", "Highlander", "Escape", "Explorer", "CR-V", "Pilot", "HR-V", "Equinox", "Tahoe", "Tiguan", "ID.4", "X3", "X5",
               "GLC", "Rogue", "Pathfinder", "Tucson", "Santa Fe", "Kona", "Ioniq 5", "Sportage", "Sorento", "Niro", "EV6", "Model Y",
               "Model X", "Q3", "Q5", "e-tron", "Forester", "Crosstrek", "CX-5", "CX-30", "Captur", "Kadjar", "2008", "3008", "XC40",
               "XC60", "XC90"],
        .pickup: ["Tacoma", "F-150", "Ranger", "Silverado"],
        .coupe: ["Mustang", "Camaro"],
        .convertible: ["MX-5"],
        .wagon: ["Outback", "V60"],
    ]

    /// The words a list of types may call each body by, most specific first.
    static let names: [Body: [String]] = [
        .sedan: ["sedan", "saloon", "midsize", "standard", "full-size", "fullsize", "intermediate", "car", "passenger"],
        .hatchback: ["hatchback", "hatch", "compact", "economy", "small", "car", "passenger"],
        .suv: ["suv", "crossover", "4x4", "car", "passenger"],
        .pickup: ["pickup", "pick-up", "ute", "truck"],
        .coupe: ["coupe", "sports", "sport", "premium", "car", "passenger"],
        .convertible: ["convertible", "cabriolet", "sports", "sport", "premium", "car", "passenger"],
        .wagon: ["wagon", "estate", "car", "passenger"],
    ]

    static func body(ofModel model: String) -> Body? {
        Body.allCases.first { models[$0]?.contains(model) ?? false }
    }

    /// The value of `values` that names the model's body (`SUV`, `Pickup Truck`, `car`); nil when none does.
    static func value(forModel model: String, among values: [String]) -> String? {
        guard let body = body(ofModel: model) else { return nil }
        let words = values.map { Set($0.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" }).map(String.init)) }
        for name in names[body] ?? [] {
            if let i = words.firstIndex(where: { $0.contains(name) }) { return values[i] }
        }
        return nil
    }
}
