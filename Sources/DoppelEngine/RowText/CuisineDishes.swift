/// What each cuisine cooks: a recipe's or a dish's name in a row whose cuisine (or category) names one is one of
/// that cuisine's dishes, so a Mexican recipe is not a Tofu Stir-Fry.
enum CuisineDishes {
    static let dishes: [String: [String]] = [
        "italian": ["Mushroom Risotto", "Spaghetti Carbonara", "Lasagna", "Chicken Parmigiana", "Margherita Pizza", "Penne Arrabbiata",
                    "Minestrone Soup", "Osso Buco", "Pesto Gnocchi"],
        "mexican": ["Black Bean Tacos", "Chicken Enchiladas", "Beef Burritos", "Pozole", "Chiles Rellenos", "Pork Carnitas",
                    "Chicken Quesadillas", "Tortilla Soup"],
        "japanese": ["Chicken Teriyaki", "Miso Soup", "Salmon Sushi Rolls", "Tonkotsu Ramen", "Vegetable Tempura", "Beef Sukiyaki",
                     "Okonomiyaki", "Katsu Curry"],
        "chinese": ["Kung Pao Chicken", "Mapo Tofu", "Beef and Broccoli", "Pork Dumplings", "Egg Fried Rice", "Sweet and Sour Pork",
                    "Hot and Sour Soup", "Tofu Stir-Fry"],
        "indian": ["Butter Chicken", "Chana Masala", "Lamb Rogan Josh", "Palak Paneer", "Vegetable Biryani", "Dal Tadka",
                   "Chicken Tikka Masala", "Vegetable Curry"],
        "thai": ["Pad Thai", "Green Curry", "Tom Yum Soup", "Massaman Curry", "Pad See Ew", "Thai Basil Chicken", "Red Curry"],
        "american": ["Beef Stew", "Pork Chops", "Mac and Cheese", "Buttermilk Fried Chicken", "Meatloaf", "Clam Chowder",
                     "BBQ Pulled Pork", "Cheeseburger"],
        "french": ["Coq au Vin", "Beef Bourguignon", "Ratatouille", "French Onion Soup", "Quiche Lorraine", "Croque Monsieur"],
        "mediterranean": ["Greek Salad", "Chicken Souvlaki", "Falafel Wraps", "Shakshuka", "Lentil Soup", "Grilled Halloumi"],
        "greek": ["Moussaka", "Chicken Souvlaki", "Spanakopita", "Greek Salad", "Lamb Kleftiko"],
        "korean": ["Bibimbap", "Beef Bulgogi", "Kimchi Jjigae", "Japchae", "Korean Fried Chicken", "Tteokbokki"],
        "spanish": ["Seafood Paella", "Gazpacho", "Tortilla Española", "Patatas Bravas", "Gambas al Ajillo"],
        "vietnamese": ["Beef Pho", "Banh Mi", "Bun Cha", "Fresh Spring Rolls", "Lemongrass Chicken"],
        "middle eastern": ["Chicken Shawarma", "Hummus", "Falafel", "Lamb Kofta", "Tabbouleh"],
    ]
    /// Words a home cook puts before a dish's name.
    static let prefixes = ["Classic", "Easy", "Homemade", "Quick", "Weeknight", "Simple"]

    /// A dish of the cuisine `category` names, nil when it names none.
    static func dish(ofCuisine category: String?, _ r: inout CellRandom) -> String? {
        guard let list = category.flatMap({ dishes[$0.lowercased().trimmingSpaces] }) else { return nil }
        return (r.chance(0.35) ? r.pick(prefixes) + " " : "") + r.pick(list)
    }
}
