import DoppelEngine

/// The animals of a zoo, a sanctuary or an aquarium: wild species, not the pets a `species`
/// column otherwise holds (protocol/PLANNER.md, *Settings*).
enum WildAnimals {
    /// Words of a prompt that keeps wild animals.
    static let settings: Set<String> = ["zoo", "zoos", "wildlife", "safari", "sanctuary", "aquarium", "aquariums", "menagerie",
                                        "reserve", "enclosure", "enclosures"]
    static let columns: Set<String> = ["species", "species_name", "animal_type", "animal_species"]
    static let spec = "string enum values=Lion:2|Giraffe:2|Zebra:2|African~Elephant:1|Chimpanzee:1.5|Red~Panda:1|Gray~Wolf:1|"
        + "Snow~Leopard:0.5|Penguin:2|Flamingo:2|Meerkat:2|Komodo~Dragon:0.5|Hippopotamus:1|Grizzly~Bear:1|Sea~Lion:1"

    /// The spec for `column` when the prompt's words keep wild animals.
    static func spec(column: String, words: [String]) -> ColumnSpec? {
        guard columns.contains(column), words.contains(where: settings.contains) else { return nil }
        return ColumnSpec(spec)
    }
}
