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

    /// Adult weight in kilograms of the breeds whose weight differs from the species' (a Beagle is no
    /// Labrador), each within the species' range; breeds not listed (`Mixed`) weigh what the species does.
    var breedKilograms: [String: ClosedRange<Double>] { Self.breedWeights }

    static let breedWeights: [String: ClosedRange<Double>] = [
        "Labrador Retriever": 25...36, "German Shepherd": 22...40, "Golden Retriever": 25...34, "Bulldog": 18...25,
        "Beagle": 9...14, "Poodle": 4...30, "Dachshund": 4...14, "Boxer": 25...32, "Border Collie": 12...20,
        "Siamese": 3...5, "Persian": 3...5.5, "Maine Coon": 5...11, "Ragdoll": 4.5...9, "Bengal": 3.5...7,
        "British Shorthair": 4...8, "Sphynx": 3...5, "Domestic Shorthair": 3...6,
        "Holland Lop": 1.3...1.8, "Netherland Dwarf": 0.9...1.2, "Lionhead": 1.1...1.7, "Rex": 3...4.8, "Mini Lop": 1.5...2.7,
        "Budgerigar": 0.03...0.04, "Cockatiel": 0.08...0.12, "African Grey": 0.4...0.65, "Canary": 0.015...0.03,
        "Lovebird": 0.04...0.06, "Cockatoo": 0.3...1.1,
        "Syrian": 0.1...0.2, "Dwarf Campbell": 0.03...0.05, "Roborovski": 0.02...0.025, "Winter White": 0.02...0.045,
        "Bearded Dragon": 0.3...0.6, "Leopard Gecko": 0.05...0.08, "Ball Python": 1...2.5, "Corn Snake": 0.3...0.9,
        "Red-eared Slider": 0.5...1.5,
        "Thoroughbred": 450...550, "Arabian": 360...450, "Quarter Horse": 430...550, "Appaloosa": 430...540,
        "Shetland Pony": 150...220,
    ]

    /// What a species eats, most usual first, in a keeper's words (the feeding logs' `food` values).
    static let diets: [String: [String]] = [
        "lion": ["Raw Meat"], "snow leopard": ["Raw Meat"], "gray wolf": ["Raw Meat"], "grey wolf": ["Raw Meat"], "wolf": ["Raw Meat"],
        "komodo dragon": ["Raw Meat"], "giraffe": ["Leafy Greens", "Hay", "Pellets"], "zebra": ["Hay", "Pellets"],
        "african elephant": ["Hay", "Leafy Greens", "Fruit Mix"], "elephant": ["Hay", "Leafy Greens", "Fruit Mix"],
        "hippopotamus": ["Hay", "Leafy Greens", "Pellets"], "hippo": ["Hay", "Leafy Greens", "Pellets"],
        "chimpanzee": ["Fruit Mix", "Leafy Greens", "Insects"], "red panda": ["Leafy Greens", "Fruit Mix"],
        "penguin": ["Fresh Fish"], "sea lion": ["Fresh Fish"], "flamingo": ["Pellets", "Insects"], "meerkat": ["Insects", "Raw Meat"],
        "grizzly bear": ["Fresh Fish", "Fruit Mix", "Raw Meat"], "bear": ["Fresh Fish", "Fruit Mix", "Raw Meat"],
        "dog": ["Pellets", "Raw Meat"], "cat": ["Pellets", "Raw Meat"], "rabbit": ["Hay", "Leafy Greens", "Pellets"],
        "bird": ["Seeds", "Fruit Mix"], "parrot": ["Seeds", "Fruit Mix"], "hamster": ["Seeds", "Pellets"],
        "guinea pig": ["Hay", "Leafy Greens"], "reptile": ["Insects", "Leafy Greens"], "lizard": ["Insects", "Leafy Greens"],
        "snake": ["Raw Meat"], "tortoise": ["Leafy Greens"], "turtle": ["Leafy Greens", "Fresh Fish"], "horse": ["Hay", "Pellets"],
        "pony": ["Hay", "Pellets"], "fish": ["Pellets"], "ferret": ["Raw Meat", "Pellets"],
    ]

    /// What a species named in a cell eats, nil when its diet is not known.
    static func diet(of species: String) -> [String]? {
        let key = species.lowercased().replacingOccurrences(of: "_", with: " ")
        return diets[key] ?? (key.hasSuffix("s") ? diets[String(key.dropLast())] : nil)
    }

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
                                                       kilograms: 2.5...11, lifespan: 20))
        add(["rabbit", "bunny"], AnimalProfile(breeds: ["Holland Lop", "Netherland Dwarf", "Lionhead", "Rex", "Mini Lop", "Mixed"],
                                               kilograms: 0.9...6, lifespan: 12))
        add(["bird", "parrot", "budgie"], AnimalProfile(breeds: ["Budgerigar", "Cockatiel", "African Grey", "Canary", "Lovebird", "Cockatoo"],
                                                        kilograms: 0.015...1.2, lifespan: 25))
        add(["hamster"], AnimalProfile(breeds: ["Syrian", "Dwarf Campbell", "Roborovski", "Winter White"], kilograms: 0.02...0.2, lifespan: 3))
        add(["guinea pig"], AnimalProfile(breeds: ["American", "Abyssinian", "Peruvian", "Teddy"], kilograms: 0.7...1.2, lifespan: 7))
        add(["reptile", "lizard", "snake", "turtle", "tortoise"],
            AnimalProfile(breeds: ["Bearded Dragon", "Leopard Gecko", "Ball Python", "Corn Snake", "Red-eared Slider"],
                          kilograms: 0.05...10, lifespan: 25))
        add(["horse", "pony"], AnimalProfile(breeds: ["Thoroughbred", "Arabian", "Quarter Horse", "Appaloosa", "Shetland Pony"],
                                             kilograms: 150...700, lifespan: 30))
        add(["fish"], AnimalProfile(breeds: ["Goldfish", "Betta", "Guppy", "Koi"], kilograms: 0.005...2, lifespan: 10))
        add(["ferret"], AnimalProfile(breeds: ["Standard", "Angora"], kilograms: 0.5...2, lifespan: 9))
        // A zoo's animals (`SettingSpecs`' species): adult weights and the ages they reach in human care.
        add(["lion"], AnimalProfile(breeds: ["African Lion", "Asiatic Lion"], kilograms: 120...250, lifespan: 22))
        add(["giraffe"], AnimalProfile(breeds: ["Reticulated", "Masai", "Rothschild's"], kilograms: 700...1300, lifespan: 25))
        add(["zebra"], AnimalProfile(breeds: ["Plains", "Grévy's", "Mountain"], kilograms: 200...400, lifespan: 30))
        add(["african elephant", "elephant"], AnimalProfile(breeds: ["Savanna", "Forest"], kilograms: 2500...6000, lifespan: 60))
        add(["chimpanzee"], AnimalProfile(breeds: ["Central", "Western", "Eastern"], kilograms: 30...70, lifespan: 50))
        add(["red panda"], AnimalProfile(breeds: ["Himalayan", "Chinese"], kilograms: 3...6.5, lifespan: 15))
        add(["gray wolf", "grey wolf", "wolf"], AnimalProfile(breeds: ["Timber", "Arctic", "Mexican"], kilograms: 25...60, lifespan: 15))
        add(["snow leopard"], AnimalProfile(breeds: ["Snow Leopard"], kilograms: 25...55, lifespan: 20))
        add(["penguin"], AnimalProfile(breeds: ["Humboldt", "African", "Gentoo", "King"], kilograms: 3...16, lifespan: 25))
        add(["flamingo"], AnimalProfile(breeds: ["Chilean", "Caribbean", "Greater", "Lesser"], kilograms: 2...4, lifespan: 45))
        add(["meerkat"], AnimalProfile(breeds: ["Meerkat"], kilograms: 0.6...1, lifespan: 13))
        add(["komodo dragon"], AnimalProfile(breeds: ["Komodo Dragon"], kilograms: 40...90, lifespan: 30))
        add(["hippopotamus", "hippo"], AnimalProfile(breeds: ["Common", "Pygmy"], kilograms: 1000...3000, lifespan: 45))
        add(["grizzly bear", "bear"], AnimalProfile(breeds: ["Grizzly", "Kodiak"], kilograms: 130...360, lifespan: 30))
        add(["sea lion"], AnimalProfile(breeds: ["California", "Steller"], kilograms: 50...350, lifespan: 25))
        return t
    }()
}
