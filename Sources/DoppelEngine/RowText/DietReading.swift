/// Whether a dish suits a vegetarian or a vegan, read from its name's words: meat and fish rule out
/// both, dairy, eggs and honey rule out a vegan. "Spicy Mushroom Risotto" is vegetarian,
/// "Caprese Salad" vegetarian but not vegan, "Chicken Tikka Masala" neither.
enum DietReading {
    static let meatWords: Set<String> = [
        "chicken", "beef", "pork", "bacon", "ham", "lamb", "steak", "sausage", "sausages", "chorizo", "pepperoni", "salami",
        "prosciutto", "turkey", "duck", "veal", "venison", "meat", "meatball", "meatballs", "burger", "cheeseburger", "hamburger",
        "wings", "ribs", "brisket", "pastrami", "carnitas", "barbacoa", "bolognese", "carbonara", "kebab", "gyro", "pulled",
        "fish", "salmon", "tuna", "cod", "haddock", "trout", "shrimp", "prawn", "prawns", "crab", "lobster", "scallop", "scallops",
        "anchovy", "anchovies", "clam", "clams", "mussel", "mussels", "oyster", "oysters", "calamari", "squid", "octopus",
        "seafood", "sushi", "sashimi", "nigiri", "tikka", "teriyaki", "schnitzel", "goulash", "chili", "chilli",
    ]
    static let animalProductWords: Set<String> = [
        "cheese", "cheesy", "cheddar", "mozzarella", "parmesan", "feta", "brie", "ricotta", "halloumi", "paneer", "gouda",
        "cream", "creamy", "butter", "buttery", "buttermilk", "milk", "milkshake", "latte", "cappuccino", "mocha", "macchiato",
        "yogurt", "yoghurt", "egg", "eggs", "omelette", "omelet", "honey", "mayo", "mayonnaise", "aioli", "custard",
        "cheesecake", "tiramisu", "brownie", "pancake", "pancakes", "waffle", "waffles", "croissant", "quiche", "alfredo",
        "caprese", "margherita", "pizza", "lasagna", "lasagne", "mac", "gelato", "sundae", "carbonara", "benedict", "frittata",
    ]
    /// Words that make a dish meatless whatever else it holds ("Veggie Burger", "Vegan Sausage Roll").
    static let meatlessWords: Set<String> = ["veggie", "vegetarian", "vegan", "plant", "meatless", "beyond", "tofu", "seitan", "tempeh"]

    static func words(_ name: String) -> Set<String> {
        Set(name.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
    }

    static func isVegetarian(_ name: String) -> Bool {
        let w = words(name)
        return !w.isDisjoint(with: meatlessWords) || w.isDisjoint(with: meatWords)
    }

    static func isVegan(_ name: String) -> Bool {
        let w = words(name)
        if w.contains("vegan") { return true }
        return isVegetarian(name) && w.isDisjoint(with: animalProductWords)
    }
}
