/// The unit an ingredient is measured in, and how much of it a recipe uses: spices by the teaspoon,
/// oils and sauces by the tablespoon, liquids in millilitres, eggs and lemons by the piece, the rest by
/// weight. Read from the ingredient's words, so it holds for any ingredient list.
enum CookingUnits {
    enum Measure: CaseIterable { case pinch, spoonful, liquid, piece, weight }

    /// Units of each measure, most natural first.
    static let units: [Measure: [String]] = [
        .pinch: ["tsp", "teaspoon", "teaspoons", "g", "tbsp"],
        .spoonful: ["tbsp", "tablespoon", "tablespoons", "ml", "tsp"],
        .liquid: ["ml", "l", "cup", "cups", "tbsp"],
        .piece: ["pcs", "piece", "pieces", "each", "whole", "unit", "units", "g"],
        .weight: ["g", "grams", "kg", "oz", "lb", "cup", "cups"],
    ]

    static let pinchWords: Set<String> = ["salt", "pepper", "powder", "soda", "yeast", "extract", "cinnamon", "nutmeg", "paprika",
                                          "cumin", "flakes", "oregano", "thyme", "rosemary", "turmeric", "cardamom", "cloves",
                                          "spice", "seasoning", "saffron", "chili", "chilli", "coriander", "allspice", "vanilla"]
    static let spoonWords: Set<String> = ["oil", "sauce", "vinegar", "paste", "honey", "syrup", "mustard", "ketchup", "mayonnaise",
                                          "capers", "butter"]
    static let liquidWords: Set<String> = ["milk", "cream", "stock", "broth", "water", "juice", "wine", "beer"]
    static let pieceWords: Set<String> = ["eggs", "egg", "onion", "onions", "lemon", "lemons", "lime", "limes", "avocado", "avocados",
                                          "apple", "apples", "banana", "bananas", "pepper", "shallots", "shallot", "cucumber",
                                          "zucchini", "courgette", "leeks", "leek", "garlic", "bay", "leaves", "tortillas", "fillet",
                                          "fillets", "orange", "oranges"]

    /// How an ingredient is measured, from its words (the last decides: "Bell pepper" is a piece,
    /// "Black pepper" a pinch, "Peanut butter" a spoonful).
    static func measure(of ingredient: String) -> Measure {
        let words = ingredient.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        guard let last = words.last else { return .weight }
        if last == "pepper" { return words.count > 1 && ["bell", "red", "green", "yellow"].contains(words[0]) ? .piece : .pinch }
        if last == "butter" { return words.count > 1 ? .spoonful : .weight }
        if last == "zest" { return .pinch }
        if liquidWords.contains(last) { return .liquid }
        if spoonWords.contains(last) { return .spoonful }
        if pinchWords.contains(last) || words.contains("dried") || words.contains("ground") { return .pinch }
        if pieceWords.contains(last) { return .piece }
        return .weight
    }

    /// The ingredient's unit among `offered` (a unit column's own values), if one fits.
    static func unit(of ingredient: String, among offered: [String]) -> String? {
        let lower = Dictionary(offered.map { ($0.lowercased(), $0) }, uniquingKeysWith: { a, _ in a })
        for u in units[measure(of: ingredient)] ?? [] { if let given = lower[u] { return given } }
        return nil
    }

    /// How much of a unit one recipe uses.
    static func amount(of unit: String) -> ClosedRange<Double>? {
        switch unit.lowercased() {
        case "g", "grams": return 10...600
        case "kg": return 1...2
        case "ml": return 15...500
        case "l": return 1...2
        case "cup", "cups": return 1...3
        case "tbsp", "tablespoon", "tablespoons": return 1...4
        case "tsp", "teaspoon", "teaspoons": return 1...3
        case "oz": return 1...16
        case "lb": return 1...3
        case "pcs", "piece", "pieces", "each", "whole", "unit", "units": return 1...6
        default: return nil
        }
    }
}
