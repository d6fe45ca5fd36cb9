import DoppelText

/// A recipe's method, written from its row: what is cooked (the title's main ingredient), how (the
/// title's cooking word, else the way that ingredient is usually cooked), the flavours the title names,
/// the row's cooking time and its servings. "Honey Mustard Salmon" with 25 minutes:
/// "1. Preheat the oven to 200°C. 2. Pat the salmon dry and season it with salt and pepper. 3. Mix the
/// honey and mustard and brush it over the salmon. 4. Roast for 25 minutes, until cooked through.
/// 5. Rest for 5 minutes and serve with a green salad. Serves 4."
enum RecipeSteps {
    struct Row {
        var title: String?
        var cookMinutes: Int?
        var servings: Int?
    }

    enum Method { case roast, bake, grill, fry, stirFry, simmer, steam, boil, raw }

    /// What a recipe is made of: the words that name it, how to prepare it, and how it is cooked
    /// when the title does not say.
    struct Base {
        let words: [String]
        let prep: String
        let method: Method
        /// Cooked through, or set, or tender: how the cook knows it is done.
        let done: String
        /// Rested (meat and fish) before serving.
        var rests = false
        /// Minutes it usually cooks for, the way the base is cooked.
        var minutes: ClosedRange<Double> = 10...30
    }

    /// What a title says about the dish: its base, the word that named it, how it is cooked, its flavours.
    struct Dish {
        var base: Base?
        var named: String
        var method: Method
        var tasting: [String]
        /// The title names a cooking word (`stir-fry`, `roasted`) rather than leaving it to the base.
        var methodNamed: Bool
    }

    /// Minutes each way of cooking takes when the title names it.
    static let methodMinutes: [Method: ClosedRange<Double>] = [
        .roast: 20...55, .bake: 20...50, .grill: 8...25, .fry: 8...25, .stirFry: 5...15, .simmer: 20...90, .steam: 8...20,
        .boil: 8...20, .raw: 0...5,
    ]

    /// The dish a title names.
    static func dish(_ title: String, cookMinutes: Int? = nil) -> Dish {
        let tokens = title.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init)
        // "Herb-Roasted" is herb and roasted; "stir-fry" stays one word as well.
        let words = tokens.flatMap { t in t.contains("-") ? [t] + t.split(separator: "-").map(String.init) : [t] }
        let joined = " " + words.joined(separator: " ") + " "
        // The last word naming a base is what the dish is ("Chicken Noodle Soup" is a soup).
        var base: Base?
        var named = ""
        for w in words.reversed() {
            if let b = bases.first(where: { $0.words.contains(w) }) { base = b; named = w; break }
        }
        let titled = methodWords.first { $0.1.contains { joined.contains(" " + $0 + " ") } }?.0
        // A soup, a curry or a risotto is simmered whatever else its title says ("Herb-Roasted Lentil Soup").
        let method = base?.method == .simmer || base?.method == .raw ? base!.method
            : titled ?? base?.method ?? ((cookMinutes ?? 20) >= 35 ? .simmer : .fry)
        let tasting = words.compactMap { flavours[$0] }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        return Dish(base: base, named: named, method: method, tasting: tasting, methodNamed: titled != nil && titled == method)
    }

    /// Minutes a dish usually cooks for: the cooking word's when the title names one, else the base's.
    @Sendable static func cookMinutes(title: String) -> ClosedRange<Double>? {
        let d = dish(title)
        if d.methodNamed, let m = methodMinutes[d.method] { return m }
        return d.base?.minutes ?? methodMinutes[d.method]
    }

    static let bases: [Base] = [
        Base(words: ["chicken", "turkey", "duck"], prep: "Cut the {x} into even pieces and season with salt and pepper.",
             method: .fry, done: "cooked through with no pink inside", rests: true, minutes: 15...40),
        Base(words: ["salmon", "cod", "fish", "tuna", "haddock", "trout", "halibut", "mackerel", "tilapia", "bass"],
             prep: "Pat the {x} dry and season it on both sides with salt and pepper.", method: .roast, done: "it flakes easily", rests: true, minutes: 10...25),
        Base(words: ["shrimp", "prawns", "prawn", "scallops", "mussels", "seafood"], prep: "Rinse the {x} and pat them dry.",
             method: .fry, done: "they are opaque and just cooked", minutes: 4...10),
        Base(words: ["beef", "steak", "pork", "lamb", "sausages", "sausage", "meatballs", "ribs", "brisket"],
             prep: "Take the {x} out of the fridge 20 minutes before cooking and season it well.", method: .grill,
             done: "cooked to your liking", rests: true, minutes: 8...30),
        Base(words: ["tofu", "tempeh", "halloumi", "paneer"], prep: "Press the {x} for 10 minutes, then cut it into cubes.",
             method: .fry, done: "golden on every side", minutes: 8...20),
        Base(words: ["lasagna", "lasagne", "gratin", "casserole", "bake"], prep: "Preheat the oven to 190°C and grease a baking dish.",
             method: .bake, done: "bubbling and golden on top", minutes: 30...55),
        Base(words: ["pasta", "spaghetti", "penne", "linguine", "fettuccine", "noodles", "macaroni", "gnocchi", "ramen", "udon"],
             prep: "Bring a large pot of salted water to the boil and cook the {x} until just tender.", method: .simmer,
             done: "the sauce coats the {x}", minutes: 10...25),
        Base(words: ["rice", "risotto", "paella", "pilaf", "biryani", "jambalaya"], prep: "Rinse the rice until the water runs clear.",
             method: .simmer, done: "the rice is tender and the liquid absorbed", minutes: 15...35),
        Base(words: ["lentils", "lentil", "beans", "bean", "chickpeas", "chickpea", "dal", "dhal"],
             prep: "Rinse the {x} and drain them well.", method: .simmer, done: "they are soft", minutes: 20...45),
        Base(words: ["eggs", "egg", "omelette", "omelet", "frittata", "shakshuka", "quiche"], prep: "Whisk the eggs with a pinch of salt.",
             method: .fry, done: "the eggs are just set", minutes: 3...15),
        Base(words: ["soup", "stew", "chili", "chilli", "curry", "chowder", "broth", "goulash", "tagine"],
             prep: "Chop an onion, two cloves of garlic and a carrot.", method: .simmer, done: "everything is tender", minutes: 20...90),
        Base(words: ["salad", "slaw", "bowl", "poke", "ceviche"], prep: "Wash and dry the leaves, then slice the vegetables thinly.",
             method: .raw, done: "", minutes: 0...5),
        Base(words: ["cake", "muffins", "muffin", "brownies", "brownie", "cookies", "cookie", "bread", "loaf", "pie", "tart", "scones",
                     "cupcakes", "crumble", "cheesecake", "biscuits"],
             prep: "Preheat the oven to 180°C and line a tin with baking paper.", method: .bake, done: "a skewer comes out clean", minutes: 20...50),
        Base(words: ["pancakes", "pancake", "waffles", "crepes", "fritters"], prep: "Whisk the flour, milk and eggs into a smooth batter.",
             method: .fry, done: "golden on both sides", minutes: 10...20),
        Base(words: ["mushrooms", "mushroom", "cauliflower", "broccoli", "potatoes", "potato", "aubergine", "eggplant", "squash",
                     "pumpkin", "vegetables", "veggies", "peppers", "carrots", "zucchini", "courgette", "sweet potato"],
             prep: "Wash the {x} and cut them into even pieces.", method: .roast, done: "they are tender and browned at the edges", minutes: 20...45),
    ]

    /// The title's word for how it is cooked.
    static let methodWords: [(Method, [String])] = [
        (.roast, ["roast", "roasted", "oven-roasted", "sheet-pan", "traybake"]),
        (.bake, ["baked", "bake", "stuffed"]),
        (.grill, ["grilled", "bbq", "barbecue", "barbecued", "charred", "chargrilled", "kebabs", "skewers", "tandoori"]),
        (.stirFry, ["stir-fry", "stir-fried", "wok", "teriyaki", "fried rice"]),
        (.fry, ["fried", "crispy", "pan-fried", "seared", "pan-seared", "blackened", "sauteed", "sautéed"]),
        (.simmer, ["braised", "slow-cooked", "stewed", "simmered", "one-pot"]),
        (.steam, ["steamed"]),
        (.boil, ["poached", "boiled"]),
    ]

    /// Flavours a title names, as ingredients the method adds.
    static let flavours: [String: String] = [
        "lemon": "lemon juice", "garlic": "garlic", "honey": "honey", "mustard": "mustard", "ginger": "ginger",
        "spicy": "chilli flakes", "chili": "chilli", "chilli": "chilli", "teriyaki": "teriyaki sauce", "soy": "soy sauce",
        "herb": "chopped herbs", "herbed": "chopped herbs", "basil": "basil", "pesto": "pesto", "tomato": "chopped tomatoes",
        "coconut": "coconut milk", "lime": "lime juice", "cajun": "Cajun seasoning", "maple": "maple syrup", "sesame": "sesame oil",
        "parmesan": "parmesan", "butter": "butter", "buttery": "butter", "cream": "cream", "creamy": "cream", "smoky": "smoked paprika",
        "paprika": "paprika", "rosemary": "rosemary", "thyme": "thyme", "balsamic": "balsamic vinegar", "peanut": "peanut butter",
        "miso": "miso paste", "harissa": "harissa", "pepper": "black pepper", "orange": "orange zest", "cinnamon": "cinnamon",
        "chocolate": "chocolate", "vanilla": "vanilla", "banana": "mashed banana", "apple": "apple", "blueberry": "blueberries",
    ]

    /// Flavours that are poured, not rubbed on.
    static let liquids: Set<String> = ["cream", "coconut milk", "chopped tomatoes", "soy sauce", "teriyaki sauce"]

    /// What a dish is served with, by how it is cooked.
    static func sides(_ method: Method) -> [String] {
        switch method {
        case .stirFry: return ["rice", "noodles", "steamed jasmine rice"]
        case .simmer: return ["crusty bread", "rice", "flatbreads", "a dollop of yoghurt"]
        case .bake: return ["a green salad", "garlic bread"]
        default: return ["rice", "a green salad", "crusty bread", "steamed greens", "roast potatoes", "couscous"]
        }
    }

    static func write(_ row: Row, _ r: inout CellRandom) -> String {
        let d = dish(row.title ?? "", cookMinutes: row.cookMinutes)
        let base = d.base, method = d.method, tasting = d.tasting
        // What the steps call it: "the chicken", "the beans" (the prep speaks of them).
        let plural = base?.prep.contains("them") == true && !d.named.hasSuffix("s")
        let thing = d.named.isEmpty ? "ingredients" : ["bake", "casserole", "gratin"].contains(d.named) ? "dish"
            : plural ? Inflector.plural(d.named) : d.named
        let minutes = row.cookMinutes.map { max($0, 1) }
        var steps: [String] = []
        let oven = method == .roast || method == .bake
        if oven, !(base?.prep.hasPrefix("Preheat") ?? false) {
            steps.append(method == .roast ? "Preheat the oven to 200°C." : "Preheat the oven to 180°C.")
        }
        steps.append((base?.prep ?? "Measure out all the ingredients and chop what needs chopping.").replacingOccurrences(of: "{x}", with: thing))
        if !tasting.isEmpty {
            let list = listed(tasting)
            if isSweet(base) {
                steps.append("Fold in the \(list).")
            } else if base == nil || method == .simmer || tasting.contains(where: liquids.contains) {
                steps.append("Stir in the \(list).")
            } else if tasting.count == 1 {
                steps.append("Coat the \(thing) with the \(list).")
            } else {
                steps.append(r.pick(["Mix the \(list) in a small bowl and coat the \(thing) with it.",
                                     "Whisk the \(list) together and spoon it over the \(thing)."]))
            }
        }
        // (no time without one: "until done, until everything is cooked through" said it twice)
        let time = minutes.map { " for \($0) minute" + ($0 == 1 ? "" : "s") } ?? ""
        let until = (minutes == nil ? "" : ",") + " until"
        let done = (base?.done ?? "everything is cooked through").replacingOccurrences(of: "{x}", with: thing)
        switch method {
        case .fry, .stirFry, .grill:
            if let m = minutes, m > 25 {
                // Longer than a pan takes: seared first, then finished in the oven.
                steps.append("Sear in a hot pan for 5 minutes, then finish in the oven at 180°C for \(m - 5) minutes, until \(done).")
            } else if method == .grill {
                steps.append("Grill over a high heat\(time), turning halfway, until \(done).")
            } else if method == .stirFry {
                steps.append("Stir-fry over a high heat\(time)\(until) \(done).")
            } else {
                steps.append("Cook in a hot pan with a little oil\(time)\(until) \(done).")
            }
        case .roast: steps.append("Roast\(time)\(until) \(done).")
        case .bake: steps.append("Bake\(time)\(until) \(done).")
        case .simmer: steps.append("Simmer gently\(time), stirring now and then, until \(done).")
        case .steam: steps.append("Steam\(time)\(until) \(done).")
        case .boil: steps.append("Poach in gently bubbling water\(time)\(until) \(done).")
        case .raw: steps.append("Toss everything together with the dressing just before serving.")
        }
        if isSweet(base) {
            steps.append("Leave to cool for 10 minutes before serving.")
        } else if base?.rests == true {
            steps.append("Rest for 5 minutes, then serve with \(r.pick(sides(method))).")
        } else if method != .raw {
            steps.append("Season to taste and serve with \(r.pick(sides(method))).")
        }
        var text = steps.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: " ")
        if let s = row.servings, s > 0 { text += " Serves \(s)." }
        return text
    }

    /// Cakes, bakes and batters: cooled, not rested or served with a side.
    static func isSweet(_ base: Base?) -> Bool {
        guard let base else { return false }
        return base.words.contains("cake") || base.words.contains("pancakes")
    }

    /// "honey", "honey and mustard", "honey, mustard and garlic".
    static func listed(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
    }

    /// Column names of a recipe's method.
    static let columnNames: Set<String> = ["instructions", "directions", "steps", "method", "preparation", "recipe_steps",
                                           "cooking_instructions", "preparation_steps", "how_to", "procedure"]
    /// Entity words of recipes.
    static let entityWords: Set<String> = ["recipe", "recipes", "dish", "dishes", "meal", "meals"]
    static let titleColumns = ["title", "name", "recipe_name", "dish_name", "meal_name"]
    static let minuteColumns = ["cook_minutes", "cook_time", "cook_time_minutes", "cooking_time", "cooking_minutes", "cook_mins",
                                "cooking_time_minutes", "cook_time_min"]
    static let servingColumns = ["servings", "serves", "portions", "yield", "serving_count"]
}
