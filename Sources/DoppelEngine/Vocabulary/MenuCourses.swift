/// How much energy a restaurant's dish or drink holds, by the menu section it is listed under: a starter
/// 150–600 kcal, a main 450–1,200, a drink at most 250 (what each costs is `ShopGoods.prices`').
enum MenuCourses {
    static let calories: [String: ClosedRange<Double>] = {
        var table: [String: ClosedRange<Double>] = [:]
        func add(_ names: String, _ calories: ClosedRange<Double>) {
            for n in names.split(separator: "|") { table[String(n)] = calories }
        }
        add("starter|starters|appetizer|appetizers|small plates|tapas", 150...600)
        add("main|mains|entree|entrees|main course|main courses", 450...1200)
        add("side|sides", 150...500)
        add("salad|salads", 150...650)
        add("soup|soups", 120...400)
        add("dessert|desserts", 300...800)
        add("drink|drinks|beverage|beverages", 0...250)
        add("wine", 110...180)
        add("beer", 100...250)
        add("pizza|pizzas", 700...1600)
        add("burger|burgers|sandwich|sandwiches", 550...1100)
        add("pasta", 500...1100)
        add("breakfast|brunch", 350...950)
        add("kids", 300...650)
        return table
    }()
}
