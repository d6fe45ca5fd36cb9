import DoppelText

/// What a species of animal is like: its breeds, its adult weight and how long
/// it lives. Rows that name a species take their breed, weight and birth date
/// from its profile, so a cat is never a Labrador and never weighs 44 kg.
struct AnimalProfile: Sendable {
    let breeds: [String]
    /// Adult weight in kilograms.
    let kilograms: ClosedRange<Double>
    /// Oldest age, in years, a living animal of the species usually reaches.
    let lifespan: Int

    /// The profile of a species named in a cell (`Dog`, `cats`, `Guinea Pig`), nil when unknown.
    static func of(_ species: String) -> AnimalProfile? {
        let key = species.lowercased().replacingOccurrences(of: "_", with: " ")
        if let p = table[key] { return p }
        if key.hasSuffix("s"), let p = table[String(key.dropLast())] { return p }
        return nil
    }

    static let table: [String: AnimalProfile] = {
        var t: [String: AnimalProfile] = [:]
        func add(_ names: [String], _ p: AnimalProfile) { for n in names { t[n] = p } }
        add(["dog", "puppy", "canine"], AnimalProfile(breeds: ["Labrador Retriever", "German Shepherd", "Golden Retriever", "Bulldog",
                                                               "Beagle", "Poodle", "Dachshund", "Boxer", "Border Collie", "Mixed"],
                                                      kilograms: 3...45, lifespan: 16))
        add(["cat", "kitten", "feline"], AnimalProfile(breeds: ["Siamese", "Persian", "Maine Coon", "Ragdoll", "Bengal",
                                                                "British Shorthair", "Sphynx", "Domestic Shorthair", "Mixed"],
                                                       kilograms: 2.5...8, lifespan: 20))
        add(["rabbit", "bunny"], AnimalProfile(breeds: ["Holland Lop", "Netherland Dwarf", "Lionhead", "Rex", "Mini Lop", "Mixed"],
                                               kilograms: 1...6, lifespan: 12))
        add(["bird", "parrot", "budgie"], AnimalProfile(breeds: ["Budgerigar", "Cockatiel", "African Grey", "Canary", "Lovebird", "Cockatoo"],
                                                        kilograms: 0.02...1.2, lifespan: 25))
        add(["hamster"], AnimalProfile(breeds: ["Syrian", "Dwarf Campbell", "Roborovski", "Winter White"], kilograms: 0.02...0.2, lifespan: 3))
        add(["guinea pig"], AnimalProfile(breeds: ["American", "Abyssinian", "Peruvian", "Teddy"], kilograms: 0.7...1.2, lifespan: 7))
        add(["reptile", "lizard", "snake", "turtle", "tortoise"],
            AnimalProfile(breeds: ["Bearded Dragon", "Leopard Gecko", "Ball Python", "Corn Snake", "Red-eared Slider"],
                          kilograms: 0.05...10, lifespan: 25))
        add(["horse", "pony"], AnimalProfile(breeds: ["Thoroughbred", "Arabian", "Quarter Horse", "Appaloosa", "Shetland Pony"],
                                             kilograms: 200...700, lifespan: 30))
        add(["fish"], AnimalProfile(breeds: ["Goldfish", "Betta", "Guppy", "Koi"], kilograms: 0.005...2, lifespan: 10))
        add(["ferret"], AnimalProfile(breeds: ["Standard", "Angora"], kilograms: 0.5...2, lifespan: 9))
        return t
    }()
}
