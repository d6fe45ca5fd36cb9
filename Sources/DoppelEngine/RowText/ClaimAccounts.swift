import DoppelText

/// What an insurance claim is for, as the claimant reports the loss: a car rear-ended at a light, a
/// burst pipe, an emergency room visit. Chosen by the claim's own type (a peril such as `collision` or
/// `water_damage`, or a line of cover such as `auto`) and the type of the policy it is made under.
enum ClaimAccounts {
    /// The line of cover a loss falls under.
    enum Line: Sendable { case vehicle, property, health, travel, pet, life }
    /// What caused the loss.
    enum Peril: Sendable { case collision, glass, theft, weather, water, fire, liability, medical, trip, illness, death }

    struct Account: Sendable {
        let line: Line
        let peril: Peril
        let text: String
    }

    static let accounts: [Account] = [
        Account(line: .vehicle, peril: .collision, text: "Rear-ended at a red light; the rear bumper and trunk lid need replacing."),
        Account(line: .vehicle, peril: .collision, text: "Backed into a pole in a parking garage and dented the tailgate."),
        Account(line: .vehicle, peril: .collision, text: "Sideswiped while parked on the street overnight; both doors on the driver's side are scraped."),
        Account(line: .vehicle, peril: .collision, text: "Slid on ice into a guardrail; the front bumper, hood and a headlight are damaged."),
        Account(line: .vehicle, peril: .collision, text: "Hit a deer on a rural road at dusk; the grille and radiator were damaged."),
        Account(line: .vehicle, peril: .collision, text: "Another driver ran a stop sign and struck the passenger side at low speed."),
        Account(line: .vehicle, peril: .glass, text: "A stone thrown up by a truck on the highway cracked the windshield."),
        Account(line: .vehicle, peril: .glass, text: "The rear window shattered when a shopping cart rolled into it."),
        Account(line: .vehicle, peril: .theft, text: "Car broken into overnight; the passenger window was smashed and a laptop bag taken."),
        Account(line: .vehicle, peril: .theft, text: "Stolen from the driveway overnight and recovered two days later with a damaged ignition."),
        Account(line: .vehicle, peril: .theft, text: "The catalytic converter was cut off while the car was parked at a train station."),
        Account(line: .vehicle, peril: .weather, text: "Hail left dents across the roof and hood."),
        Account(line: .vehicle, peril: .weather, text: "A branch fell on the car in a storm, cracking the windshield and denting the roof."),
        Account(line: .property, peril: .water, text: "A burst pipe under the kitchen sink soaked the floor and lower cabinets."),
        Account(line: .property, peril: .water, text: "The water heater leaked overnight and flooded the basement."),
        Account(line: .property, peril: .water, text: "A washing machine hose split and water came through the ceiling below."),
        Account(line: .property, peril: .water, text: "Heavy rain backed up the drains and soaked the basement carpet."),
        Account(line: .property, peril: .fire, text: "A pan caught fire on the stove; the kitchen and hallway have smoke damage."),
        Account(line: .property, peril: .fire, text: "An electrical fault in the garage started a small fire that damaged the door and tools."),
        Account(line: .property, peril: .fire, text: "A candle set the living room curtains alight; smoke damage throughout the ground floor."),
        Account(line: .property, peril: .theft, text: "Break-in through the back door; a laptop, a television and jewelry were taken."),
        Account(line: .property, peril: .theft, text: "Two bicycles were stolen from the locked garage."),
        Account(line: .property, peril: .theft, text: "Power tools and a lawn mower were stolen from the shed."),
        Account(line: .property, peril: .weather, text: "Hail damaged the roof shingles and two skylights."),
        Account(line: .property, peril: .weather, text: "A storm blew down part of the back fence and tore off a gutter."),
        Account(line: .property, peril: .weather, text: "A tree fell on the garage roof during high winds."),
        Account(line: .property, peril: .liability, text: "A visitor slipped on the icy front steps and broke a wrist."),
        Account(line: .property, peril: .liability, text: "Water from the policyholder's apartment leaked into the unit below."),
        Account(line: .property, peril: .liability, text: "The policyholder's dog bit a neighbor's child; the medical bills are claimed."),
        Account(line: .health, peril: .medical, text: "Emergency room visit and X-rays for a broken wrist after a fall."),
        Account(line: .health, peril: .medical, text: "Outpatient knee arthroscopy after a sports injury."),
        Account(line: .health, peril: .medical, text: "Two nights in the hospital for pneumonia."),
        Account(line: .health, peril: .medical, text: "MRI of the lower back after months of pain."),
        Account(line: .health, peril: .medical, text: "Physical therapy sessions following shoulder surgery."),
        Account(line: .travel, peril: .trip, text: "Flight cancelled; two nights' hotel and meals while waiting for the next one."),
        Account(line: .travel, peril: .trip, text: "Checked bag lost on a connecting flight; clothes and toiletries replaced."),
        Account(line: .travel, peril: .trip, text: "Trip cut short to fly home for a family emergency."),
        Account(line: .travel, peril: .medical, text: "A doctor's visit abroad for an ear infection, and the antibiotics."),
        Account(line: .pet, peril: .illness, text: "The dog swallowed a sock; surgery to remove it."),
        Account(line: .pet, peril: .illness, text: "The cat was treated for a urinary blockage over three days."),
        Account(line: .pet, peril: .illness, text: "Surgery to repair the dog's torn knee ligament."),
        Account(line: .pet, peril: .illness, text: "An emergency visit after the dog ate chocolate."),
        Account(line: .life, peril: .death, text: "Death benefit claimed by the named beneficiary; the certificate is attached."),
    ]

    /// The line a type's words name (`auto`, `homeowners`, `pet insurance`), if any.
    static func line(of text: String) -> Line? {
        let words = LifecycleStage.words(of: text)
        if !words.isDisjoint(with: ["auto", "car", "motor", "vehicle", "automobile", "motorcycle", "collision", "comprehensive", "glass",
                                    "windshield"]) { return .vehicle }
        if !words.isDisjoint(with: ["home", "homeowners", "homeowner", "house", "property", "renters", "renter", "contents", "condo",
                                    "building", "landlord", "flood", "fire", "water"]) { return .property }
        if !words.isDisjoint(with: ["health", "medical", "dental", "vision", "hospital", "hospitalization"]) { return .health }
        if !words.isDisjoint(with: ["travel", "trip", "baggage", "luggage"]) { return .travel }
        if !words.isDisjoint(with: ["pet", "pets", "dog", "cat", "veterinary"]) { return .pet }
        if words.contains("life") { return .life }
        return nil
    }

    /// The peril a type's words name (`water_damage`, `theft`), if any.
    static func peril(of text: String) -> Peril? {
        let words = LifecycleStage.words(of: text)
        if !words.isDisjoint(with: ["collision", "accident", "crash"]) { return .collision }
        if !words.isDisjoint(with: ["glass", "windshield", "windscreen"]) { return .glass }
        if !words.isDisjoint(with: ["theft", "burglary", "stolen", "robbery", "vandalism"]) { return .theft }
        if !words.isDisjoint(with: ["storm", "hail", "wind", "weather", "natural", "tornado", "hurricane"]) { return .weather }
        if !words.isDisjoint(with: ["water", "flood", "leak", "pipe"]) { return .water }
        if !words.isDisjoint(with: ["fire", "smoke"]) { return .fire }
        if words.contains("liability") { return .liability }
        if !words.isDisjoint(with: ["medical", "injury", "hospital", "hospitalization", "surgery"]) { return .medical }
        if !words.isDisjoint(with: ["baggage", "luggage", "cancellation", "delay", "trip"]) { return .trip }
        if !words.isDisjoint(with: ["illness", "sickness"]) { return .illness }
        if !words.isDisjoint(with: ["death", "life"]) { return .death }
        return nil
    }

    /// The claimant's account of the loss, by the claim's own type and its policy's (either may be nil).
    static func write(type: String?, policyType: String?, _ r: inout CellRandom) -> String {
        let line = policyType.flatMap(Self.line(of:)) ?? type.flatMap(Self.line(of:))
        let peril = type.flatMap(Self.peril(of:)) ?? policyType.flatMap(Self.peril(of:))
        let known = line != nil || peril != nil
        let candidates = [
            accounts.filter { known && (line == nil || $0.line == line) && (peril == nil || $0.peril == peril) },
            accounts.filter { line != nil && $0.line == line },
            accounts.filter { peril != nil && $0.peril == peril },
            // No line or peril known: a loss of the common lines, never a death.
            accounts.filter { $0.line == .vehicle || $0.line == .property },
        ].first { !$0.isEmpty } ?? accounts
        return candidates[r.below(candidates.count)].text
    }
}
