/// What a vehicle of each class carries: its payload in kilograms and its seats. A courier's motorcycle
/// carries a few boxes, a van a tonne, a lorry ten; a car seats five, a bus fifty.
enum VehicleClasses {
    struct Class {
        let words: Set<String>
        let payloadKg: ClosedRange<Double>
        let seats: ClosedRange<Double>
    }

    /// Most specific first: "cargo bike" is a bike, "box truck" a truck, "semi truck" a semi.
    static let classes: [Class] = [
        Class(words: ["semi", "hgv", "articulated", "tractor", "trailer", "18-wheeler"], payloadKg: 15_000...26_000, seats: 2...3),
        Class(words: ["bus", "coach", "minibus"], payloadKg: 1_000...3_000, seats: 16...70),
        Class(words: ["motorcycle", "motorbike", "scooter", "moped"], payloadKg: 10...40, seats: 1...2),
        Class(words: ["bike", "bicycle", "ebike", "e-bike", "cargo-bike"], payloadKg: 10...120, seats: 1...1),
        Class(words: ["van", "minivan", "sprinter"], payloadKg: 700...1_600, seats: 2...9),
        Class(words: ["pickup", "ute"], payloadKg: 500...1_300, seats: 2...5),
        Class(words: ["truck", "lorry", "box"], payloadKg: 3_000...12_000, seats: 2...3),
        Class(words: ["car", "sedan", "saloon", "hatchback", "suv", "estate", "wagon", "coupe", "compact"], payloadKg: 300...600, seats: 2...7),
    ]

    static func of(_ type: String) -> Class? {
        let words = Set(type.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init))
        return classes.first { !$0.words.isDisjoint(with: words) }
    }
}
