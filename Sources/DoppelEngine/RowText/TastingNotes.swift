import DoppelText

/// Tasting notes as a taster writes them, for what is tasted (a wine, red or white by its grape or
/// type; a beer by its style; a coffee, a tea, a spirit, a chocolate, a cheese): what it smells of,
/// how it tastes and how it finishes. Never an office note.
enum TastingNotes {
    enum Drink: CaseIterable { case redWine, whiteWine, beer, darkBeer, coffee, tea, spirit, chocolate, cheese }

    static let redWords: Set<String> = ["red", "cabernet", "merlot", "noir", "syrah", "shiraz", "malbec", "tempranillo", "zinfandel",
                                        "sangiovese", "grenache", "rioja", "chianti", "bordeaux", "port", "rosso", "tinto"]
    static let darkWords: Set<String> = ["stout", "porter", "dark", "brown", "bock", "dunkel", "schwarzbier"]

    /// What is tasted, from the noun of the row or of what it references and its category, if known.
    static func drink(noun: String, category: String?) -> Drink? {
        let words = Set(noun.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
        let kind = Set((category ?? "").lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
        func any(_ list: [String]) -> Bool { !words.isDisjoint(with: list) }
        if any(["wine", "wines", "vintage", "bottle", "varietal"]) { return kind.isDisjoint(with: redWords) && !kind.isEmpty ? .whiteWine : .redWine }
        if any(["beer", "beers", "ale", "brew", "batch", "lager", "keg", "tap"]) { return kind.isDisjoint(with: darkWords) ? .beer : .darkBeer }
        if any(["coffee", "coffees", "roast", "bean", "beans", "espresso"]) { return .coffee }
        if any(["tea", "teas"]) { return .tea }
        if any(["whisky", "whiskey", "spirit", "spirits", "rum", "gin", "bourbon", "cask", "mezcal", "tequila", "cognac"]) { return .spirit }
        if any(["chocolate", "chocolates", "cacao", "cocoa"]) { return .chocolate }
        if any(["cheese", "cheeses"]) { return .cheese }
        return nil
    }

    static func write(_ drink: Drink, _ r: inout CellRandom) -> String {
        let (aromas, palates, finishes) = words(drink)
        let i = r.below(aromas.count)
        let a = aromas[i], b = aromas[(i + 1 + r.below(aromas.count - 1)) % aromas.count]
        let opening = r.pick(["{a} and {b} on the nose.", "Aromas of {a} and {b}.", "{a} up front, with a hint of {b}."])
        let text = TextPolish.capitalised(SlotFill.fill(opening) { $0 == "a" ? a : $0 == "b" ? b : nil })
        return text + " " + TextPolish.capitalised(r.pick(palates)) + "; " + r.pick(finishes) + "."
    }

    static func words(_ drink: Drink) -> ([String], [String], [String]) {
        switch drink {
        case .redWine:
            return (["black cherry", "ripe plum", "blackcurrant", "raspberry", "violet", "tobacco", "vanilla", "cedar", "leather"],
                    ["medium-bodied with soft tannins", "full-bodied and firm", "juicy and bright", "smooth, with fine tannins"],
                    ["a long, dry finish", "a peppery finish", "a finish of toasted oak", "a short, fruity finish"])
        case .whiteWine:
            return (["green apple", "lemon zest", "pear", "peach", "white flowers", "honeysuckle", "pineapple", "butter", "toasted almond"],
                    ["crisp and dry", "round and creamy", "light, with lively acidity", "rich, with a touch of oak"],
                    ["a clean, mineral finish", "a zesty finish", "a long, buttery finish", "a refreshing finish"])
        case .beer:
            return (["citrus", "grapefruit", "pine", "tropical fruit", "fresh bread", "honey", "biscuit malt", "clove", "banana"],
                    ["light-bodied and crisp", "medium-bodied with a firm bitterness", "soft and hazy", "dry and well carbonated"],
                    ["a clean, bitter finish", "a dry finish", "a lingering hop finish", "a short, malty finish"])
        case .darkBeer:
            return (["roasted coffee", "dark chocolate", "caramel", "toffee", "molasses", "toasted bread", "dried fruit"],
                    ["full-bodied and creamy", "smooth, with gentle roast", "rich and warming", "medium-bodied and dry"],
                    ["a long, roasty finish", "a bittersweet finish", "a dry cocoa finish"])
        case .coffee:
            return (["milk chocolate", "caramel", "hazelnut", "blueberry", "jasmine", "citrus", "brown sugar", "stone fruit"],
                    ["sweet and balanced", "bright, with juicy acidity", "heavy-bodied and syrupy", "clean and round"],
                    ["a cocoa finish", "a lingering sweet finish", "a clean finish", "a short, nutty finish"])
        case .tea:
            return (["fresh grass", "honey", "jasmine", "malt", "stone fruit", "toasted rice", "orchid", "smoke"],
                    ["smooth and mellow", "brisk and bright", "light and floral", "full and malty"],
                    ["a sweet finish", "a clean, lingering finish", "a slightly astringent finish"])
        case .spirit:
            return (["vanilla", "honey", "oak", "smoke", "dried fruit", "orange peel", "baking spice", "toffee", "peat"],
                    ["warming and smooth", "oily and rich", "bright, with a peppery bite", "soft and sweet"],
                    ["a long, spicy finish", "a smoky finish", "a warm oak finish", "a short, sweet finish"])
        case .chocolate:
            return (["red berries", "roasted nuts", "caramel", "coffee", "vanilla", "orange", "earth"],
                    ["smooth and melting", "intense and slightly bitter", "creamy and sweet", "fruity and bright"],
                    ["a long cocoa finish", "a clean finish", "a lingering bitter finish"])
        case .cheese:
            return (["fresh milk", "cut grass", "hazelnut", "mushroom", "butter", "caramelised onion", "cellar"],
                    ["firm and crumbly", "soft and creamy", "dense, with salt crystals", "supple and mild"],
                    ["a nutty finish", "a tangy finish", "a long, savoury finish"])
        }
    }
}
