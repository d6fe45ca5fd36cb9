import DoppelText

/// What a damage report says was damaged, in the words of what was damaged: a rented car's dent, a holiday
/// home's stained carpet, a parcel's crushed box — not "This is a damage report, reported on 2021-12-04."
enum DamageAccounts {
    enum Thing: Sendable { case vehicle, home, parcel, equipment }

    /// What a dataset's damage reports are about, by its words (singular), nil when it says nothing of it.
    static func thing(setting words: Set<String>) -> Thing? {
        if !words.isDisjoint(with: ["car", "vehicle", "truck", "van", "fleet", "rental", "scooter", "bike", "motorcycle", "driver"]) { return .vehicle }
        if !words.isDisjoint(with: ["parcel", "package", "shipment", "delivery", "courier", "freight", "consignment"]) { return .parcel }
        if !words.isDisjoint(with: ["stay", "guest", "property", "apartment", "room", "hotel", "tenant", "lease", "home", "house",
                                    "cabin", "villa", "listing"]) { return .home }
        if !words.isDisjoint(with: ["equipment", "tool", "machine", "gear", "camera", "laptop", "device"]) { return .equipment }
        return nil
    }

    /// What can happen to which part: (harms, parts), each harm written with `{p}` for the part.
    static let damages: [Thing: [(harms: [String], parts: [String])]] = [
        .vehicle: [
            (["a scratch about 20 cm long on the {p}", "a dent in the {p}", "chipped paint on the {p}", "a scuff on the {p}"],
             ["rear bumper", "front bumper", "driver's door", "passenger door", "tailgate", "hood", "roof", "boot lid"]),
            (["a crack across the {p}", "a chip in the {p}"], ["windshield", "rear window"]),
            (["a broken {p}", "a cracked {p}"], ["side mirror", "tail light", "headlight"]),
            (["curb rash on the {p}", "a scuffed rim on the {p}"], ["left front wheel", "right rear wheel", "front wheel"]),
            (["a stain on the {p}", "a tear in the {p}", "a burn mark on the {p}"], ["back seat", "driver's seat", "floor mat"]),
        ],
        .home: [
            (["a stain on the {p}", "a burn mark on the {p}", "water marks on the {p}"], ["living room carpet", "sofa cushion", "mattress", "rug"]),
            (["a chip in the {p}", "a crack in the {p}", "scratches on the {p}"], ["kitchen worktop", "dining table", "hallway floor", "bathroom tiles"]),
            (["a hole in the {p}", "marks on the {p}"], ["bedroom wall", "hallway wall"]),
            (["a broken {p}"], ["bathroom mirror", "shower door", "bed frame", "lamp", "chair"]),
        ],
        .parcel: [
            (["a crushed {p}", "a torn {p}", "water damage to the {p}", "a punctured {p}"], ["box", "outer carton", "packaging"]),
        ],
        .equipment: [
            (["a cracked {p}", "a scratched {p}", "a dented {p}"], ["casing", "screen", "lens"]),
            (["a frayed {p}", "a missing {p}", "a broken {p}"], ["power cable", "handle", "battery cover", "strap"]),
        ],
    ]
    static let openings = ["Found {h} at return.", "Customer reported {h}.", "Inspection found {h}.", "{H} noted at check-in.",
                           "Photos show {h}."]
    static let parcelOpenings = ["Arrived with {h}.", "Recipient reported {h}.", "Scanned at the depot with {h}."]
    static let consequences: [Thing: [String]] = [
        .vehicle: ["Car taken out of service for repair.", "Photos added to the file.", "Repair quote requested.", "Minor; still drivable."],
        .home: ["Photos added to the file.", "Cleaning company booked.", "Deducted from the deposit.", "Repair booked with the handyman."],
        .parcel: ["Contents checked: one item broken.", "Contents intact.", "Claim opened with the carrier.", "Replacement sent."],
        .equipment: ["Sent for repair.", "Still usable.", "Replacement issued.", "Photos added to the file."],
    ]

    static func account(_ thing: Thing, _ r: inout CellRandom) -> String {
        let groups = damages[thing] ?? []
        let group = groups[r.below(groups.count)]
        let harm = r.pick(group.harms).replacingOccurrences(of: "{p}", with: r.pick(group.parts))
        let opening = r.pick(thing == .parcel ? parcelOpenings : openings)
            .replacingOccurrences(of: "{h}", with: harm)
            .replacingOccurrences(of: "{H}", with: TextPolish.capitalised(harm))
        return opening + " " + r.pick(consequences[thing] ?? [])
    }
}
