import DoppelText

/// Names of restaurants, cafés and bars as their owners choose them: for the cuisine the row serves
/// ("Trattoria Saffron" for Italian, "Casa Juniper" for Mexican), else for what the place is
/// ("Copper Lantern Café", "The Willow Tavern").
package enum EateryNames {
    /// Entity nouns named here.
    static let nouns = ["restaurant", "eatery", "cafe", "café", "bistro", "diner", "bar", "pub", "tavern", "bakery",
                        "pizzeria", "brewpub", "canteen", "cafeteria", "coffeeshop", "teahouse"]

    /// Words owners name places after.
    static let words = ["Olive", "Saffron", "Juniper", "Copper", "Lantern", "Willow", "Harbor", "Maple", "Fig", "Basil",
                        "Ember", "Cedar", "Marigold", "Pepper", "Clover", "Sparrow", "Bluebird", "Rosemary",
                        "Red Door", "Blue Door", "Corner", "Riverside", "Old Town", "Lemon Tree", "Wild Thyme", "Market Street",
                        "Silver Spoon"]

    /// Patterns by cuisine (lowercased); `{w}` is one of `words`.
    static let byCuisine: [String: [String]] = [
        "italian": ["Trattoria {w}", "{w} Osteria", "Cucina {w}", "{w} Pasta Bar"],
        "mexican": ["Casa {w}", "{w} Cantina", "{w} Taqueria"],
        "japanese": ["{w} Sushi", "{w} Ramen Bar", "Izakaya {w}"],
        "chinese": ["{w} Dumpling House", "{w} Noodle Bar", "{w} Wok"],
        "indian": ["{w} Tandoor", "{w} Curry House", "{w} Spice Kitchen"],
        "thai": ["{w} Thai Kitchen", "Baan {w}", "{w} Thai"],
        "american": ["{w} Grill", "{w} Diner", "{w} Burger Co."],
        "french": ["Bistro {w}", "Brasserie {w}", "Café {w}"],
        "mediterranean": ["{w} Mezze", "{w} Taverna", "{w} Mediterranean Grill"],
        "korean": ["{w} BBQ", "{w} Korean Kitchen"],
        "greek": ["{w} Taverna", "{w} Souvlaki"], "spanish": ["{w} Tapas", "Bodega {w}"],
        "vietnamese": ["{w} Pho", "{w} Banh Mi"], "pizza": ["{w} Pizza", "{w} Pizzeria"],
        "seafood": ["{w} Oyster Bar", "{w} Fish House"], "vegan": ["{w} Greens", "{w} Plant Kitchen"],
        "burgers": ["{w} Burger Co.", "{w} Burgers"], "bbq": ["{w} Smokehouse", "{w} BBQ"],
    ]

    /// Patterns by what the place is, when its cuisine is not known.
    static let byNoun: [String: [String]] = [
        "cafe": ["{w} Café", "{w} Coffee", "The {w} Cup"], "café": ["{w} Café", "{w} Coffee"],
        "coffeeshop": ["{w} Coffee", "{w} Café"], "teahouse": ["{w} Tea House", "{w} Tea Room"],
        "bar": ["The {w} Bar", "{w} Lounge", "The {w} Tap"], "pub": ["The {w} Arms", "The {w} Inn", "{w} Pub"],
        "tavern": ["The {w} Tavern"], "bakery": ["{w} Bakery", "{w} Bakehouse"], "pizzeria": ["{w} Pizzeria", "{w} Pizza"],
        "brewpub": ["{w} Brewing Co.", "{w} Brewhouse"], "diner": ["{w} Diner"], "bistro": ["Bistro {w}", "{w} Bistro"],
    ]

    static let generic = ["{w} Kitchen", "The {w} Table", "{w} Eatery", "{w} Bistro", "{w} Grill"]

    /// What kind of eating place an entity called `noun` is ("coffee_shops" → coffeeshop), or nil.
    package static func kind(of noun: String) -> String? {
        let words = noun.lowercased().split(whereSeparator: { !$0.isLetter }).map { Inflector.singular(String($0)) }
        if words.contains("coffee"), words.contains(where: { ["shop", "house", "bar"].contains($0) }) { return "coffeeshop" }
        if words.contains("tea"), words.contains(where: { ["shop", "house", "room"].contains($0) }) { return "teahouse" }
        return words.last(where: { nouns.contains($0) })
    }

    static func write(noun: String, cuisine: String?, _ r: inout CellRandom) -> String {
        let key = cuisine?.lowercased().trimmingSpaces
        let patterns = key.flatMap { byCuisine[$0] } ?? kind(of: noun).flatMap { byNoun[$0] } ?? generic
        let word = r.pick(words)
        return SlotFill.fill(r.pick(patterns)) { $0 == "w" ? word : nil }
    }
}
