import DoppelText

/// What specialised shops sell: a bakery's breads and pastries, a florist's bouquets, a hardware store's
/// tools. The planner gives a shop's products these categories; the engine names and describes a
/// product of one of them from its goods, not from a department store's (no "Carbon Fiber Car Charger"
/// in a bakery, no warranty on a croissant).
package enum ShopGoods {
    package struct Category: Sendable {
        package let name: String
        /// One of its goods, in words ("pastry", "plumbing part").
        package let noun: String
        package let goods: [String]
        /// How a description goes on after "<name> is a <noun>".
        package let lines: [String]
        package let food: Bool
        /// Goods sold under their maker's model names ("Dell Latitude 5440"): no adjective before them.
        package var branded = false
    }

    package struct Shop: Sendable {
        /// Words of a prompt that name the shop (`bakery`, `florist`), or two of them joined (`coffee_shop`).
        package let words: Set<String>
        package let categories: [Category]
    }

    static let baked = ["baked fresh every morning.", "made in small batches from scratch.", "that goes well with a coffee."]
    static let pastries = Category(name: "Pastries", noun: "pastry", goods: ["Croissant", "Pain au Chocolat", "Cinnamon Roll", "Almond Croissant",
                                                             "Danish", "Scone", "Apple Turnover", "Éclair", "Blueberry Muffin"],
                                   lines: baked, food: true)

    package static let shops: [Shop] = [
        Shop(words: ["bakery", "bakeries", "patisserie", "bakeshop", "baker", "bakers"], categories: [
            Category(name: "Bread", noun: "bread", goods: ["Sourdough Loaf", "Baguette", "Rye Bread", "Ciabatta", "Focaccia", "Brioche",
                                            "Whole Wheat Loaf", "Multigrain Loaf", "Bagel"], lines: baked, food: true),
            pastries,
            Category(name: "Cakes", noun: "cake", goods: ["Carrot Cake", "Cheesecake", "Chocolate Fudge Cake", "Red Velvet Cake",
                                            "Lemon Drizzle Cake", "Victoria Sponge", "Black Forest Cake"],
                     lines: ["made to order for birthdays and weddings.", "sold whole or by the slice.", "baked fresh every morning."], food: true),
            Category(name: "Cookies", noun: "cookie", goods: ["Chocolate Chip Cookie", "Oatmeal Raisin Cookie", "Shortbread", "Macaron",
                                              "Biscotti", "Snickerdoodle", "Ginger Snap"], lines: baked, food: true),
            Category(name: "Pies", noun: "pie", goods: ["Apple Pie", "Pecan Pie", "Pumpkin Pie", "Cherry Pie", "Quiche Lorraine", "Key Lime Pie"],
                     lines: ["baked fresh every morning.", "sold whole or by the slice."], food: true),
        ]),
        Shop(words: ["cafe", "café", "cafes", "coffeehouse", "coffeeshop", "coffee_shop", "coffee_house", "coffee_bar", "espresso_bar"], categories: [
            Category(name: "Coffee", noun: "coffee", goods: ["Espresso", "Latte", "Cappuccino", "Flat White", "Americano", "Cold Brew", "Mocha",
                                             "Cortado"], lines: ["made with freshly ground beans.", "served hot or iced.",
                                                                 "made with oat, soy or dairy milk."], food: true),
            Category(name: "Tea", noun: "tea", goods: ["Chai Latte", "Green Tea", "Earl Grey", "Matcha Latte", "Peppermint Tea", "English Breakfast Tea"],
                     lines: ["served hot or iced.", "brewed to order."], food: true),
            pastries,
            Category(name: "Sandwiches", noun: "sandwich", goods: ["Turkey Club", "Grilled Cheese", "BLT", "Caprese Panini", "Chicken Pesto Wrap",
                                                 "Tuna Melt"], lines: ["made fresh to order.", "served on bread baked that morning."], food: true),
        ]),
        Shop(words: ["florist", "florists", "flower_shop", "flower_delivery", "flower_store"], categories: [
            Category(name: "Bouquets", noun: "bouquet", goods: ["Red Rose Bouquet", "Tulip Bouquet", "Peony Bouquet", "Sunflower Bouquet",
                                               "Seasonal Mixed Bouquet", "Lily Bouquet"],
                     lines: ["hand-tied and wrapped on the day of delivery.", "made with flowers cut that morning."], food: false),
            Category(name: "Plants", noun: "house plant", goods: ["Peace Lily", "Monstera", "Orchid", "Snake Plant", "Succulent Trio", "Fiddle Leaf Fig"],
                     lines: ["delivered in a ceramic pot.", "that is easy to care for indoors."], food: false),
            Category(name: "Arrangements", noun: "flower arrangement", goods: ["Table Centerpiece", "Sympathy Wreath", "Wedding Corsage", "Boutonniere",
                                                   "Flower Box"], lines: ["arranged by hand for the occasion.", "made to order."], food: false),
        ]),
        Shop(words: ["hardware_store", "hardware_shop", "diy_store", "home_improvement"], categories: [
            Category(name: "Tools", noun: "tool", goods: ["Cordless Drill", "Claw Hammer", "Screwdriver Set", "Tape Measure", "Socket Wrench Set",
                                            "Spirit Level", "Utility Knife"], lines: ["built for years of regular use.", "that comes with a two-year guarantee."], food: false),
            Category(name: "Paint", noun: "paint", goods: ["Interior Emulsion", "Exterior Gloss", "Primer", "Wood Stain", "Paint Roller Kit"],
                     lines: ["that covers about ten square metres per litre.", "that dries to the touch in an hour."], food: false),
            Category(name: "Plumbing", noun: "plumbing part", goods: ["Kitchen Faucet", "PVC Pipe", "Pipe Wrench", "Shower Head", "Plunger"],
                     lines: ["that fits standard fittings.", "sold with washers and seals."], food: false),
            Category(name: "Electrical", noun: "electrical item", goods: ["Extension Cord", "LED Bulb Pack", "Light Switch", "Circuit Tester", "Wall Socket"],
                     lines: ["rated for household use.", "that meets current safety standards."], food: false),
        ]),
        Shop(words: ["liquor_store", "wine_shop", "bottle_shop", "off_licence", "wine_store", "liquor_shop"], categories: [
            Category(name: "Wine", noun: "wine", goods: ["Cabernet Sauvignon", "Pinot Noir", "Chardonnay", "Sauvignon Blanc", "Rosé", "Prosecco",
                                           "Merlot"], lines: ["that pairs well with grilled food.", "from a small family estate."], food: true),
            Category(name: "Beer", noun: "beer", goods: ["Pale Ale", "IPA", "Stout", "Pilsner", "Wheat Beer", "Lager"],
                     lines: ["sold by the bottle or the six-pack.", "brewed locally."], food: true),
            Category(name: "Spirits", noun: "spirit", goods: ["Single Malt Whisky", "London Dry Gin", "Añejo Tequila", "Dark Rum", "Vodka"],
                     lines: ["that makes a good base for cocktails.", "best enjoyed neat or over ice."], food: true),
        ]),
        Shop(words: ["helpdesk", "help_desk", "it_assets", "it_department", "it_support"], categories: [
            Category(name: "Laptops", noun: "laptop", goods: ["Dell Latitude 5440", "Lenovo ThinkPad T14", "MacBook Pro 14", "HP EliteBook 840",
                                              "MacBook Air 13"], lines: ["issued with a docking station.", "covered by a three-year support plan."], food: false, branded: true),
            Category(name: "Phones", noun: "phone", goods: ["iPhone 15", "Samsung Galaxy S24", "Google Pixel 8", "iPhone SE"],
                     lines: ["enrolled in device management.", "issued with a case and a charger."], food: false, branded: true),
            Category(name: "Monitors", noun: "monitor", goods: ["Dell UltraSharp 27", "LG 27UK850", "HP E24 G5", "Samsung ViewFinity S6"],
                     lines: ["mounted on an adjustable arm.", "connected by USB-C."], food: false, branded: true),
            Category(name: "Tablets", noun: "tablet", goods: ["iPad Air", "iPad 10th Gen", "Samsung Galaxy Tab S9"],
                     lines: ["enrolled in device management."], food: false, branded: true),
        ]),
        Shop(words: ["pet_shop", "pet_store", "pet_supplies", "pet_supply", "petshop", "petstore", "pet_boutique"], categories: [
            Category(name: "Dog Food", noun: "dog food", goods: ["Grain-Free Kibble", "Puppy Formula", "Senior Dog Food", "Salmon and Rice Kibble",
                                                 "Wet Dog Food Multipack"], lines: ["made with real meat as the first ingredient.", "sold in 2 kg and 10 kg bags."], food: false),
            Category(name: "Cat Food", noun: "cat food", goods: ["Indoor Cat Kibble", "Kitten Formula", "Tuna Pâté", "Chicken in Gravy Pouches",
                                                 "Hairball Control Formula"], lines: ["with added taurine for healthy hearts.", "in resealable packs."], food: false),
            Category(name: "Toys", noun: "pet toy", goods: ["Rope Tug Toy", "Squeaky Ball", "Feather Wand", "Catnip Mouse", "Chew Bone",
                                            "Puzzle Feeder"], lines: ["built to survive enthusiastic chewing.", "that keeps pets busy for hours."], food: false),
            Category(name: "Beds & Carriers", noun: "pet bed or carrier", goods: ["Orthopedic Dog Bed", "Cat Cave Bed", "Travel Carrier",
                                                                  "Heated Pet Mat"], lines: ["with a washable cover.", "sized for small and medium pets."], food: false),
            Category(name: "Aquarium", noun: "aquarium supply", goods: ["Aquarium Filter", "Fish Flakes", "Water Conditioner", "LED Aquarium Light",
                                                "Gravel Vacuum"], lines: ["for freshwater tanks.", "that keeps the water clear."], food: false),
            Category(name: "Leashes & Collars", noun: "leash or collar", goods: ["Nylon Leash", "Reflective Collar", "Retractable Lead", "Padded Harness"],
                     lines: ["adjustable to fit most breeds.", "with a quick-release buckle."], food: false),
        ]),
        // An electronics retailer's shelves: model names, sold with a warranty (not an office's issued devices).
        Shop(words: ["electronics_store", "electronics_shop", "electronics_retailer", "electronics_stores", "electronics_shops", "gadget_shop",
                     "gadget_store", "consumer_electronics"], categories: [
            Category(name: "Computers", noun: "computer", goods: ["MacBook Air 13", "Dell XPS 13", "Lenovo IdeaPad 5", "HP Pavilion 15", "ASUS ZenBook 14",
                                                  "Acer Aspire 5"], lines: ["with a one-year manufacturer warranty.", "ready to use out of the box."],
                     food: false, branded: true),
            Category(name: "Smartphones", noun: "smartphone", goods: ["iPhone 15", "Samsung Galaxy S24", "Google Pixel 8", "Motorola Moto G Power",
                                                      "OnePlus 12"], lines: ["sold unlocked.", "with a one-year manufacturer warranty."],
                     food: false, branded: true),
            Category(name: "Headphones", noun: "pair of headphones", goods: ["Sony WH-1000XM5", "AirPods Pro", "Bose QuietComfort 45", "JBL Tune 510BT",
                                                             "Sennheiser Momentum 4"], lines: ["with active noise cancelling.", "with up to 30 hours of battery life."],
                     food: false, branded: true),
            Category(name: "TVs", noun: "TV", goods: ["Samsung 55\" QLED", "LG 65\" OLED", "TCL 50\" 4K", "Sony 55\" Bravia", "Hisense 43\" 4K"],
                     lines: ["with built-in streaming apps.", "wall-mountable, stand included."], food: false, branded: true),
            Category(name: "Cameras", noun: "camera", goods: ["Canon EOS R50", "Sony Alpha a6400", "GoPro HERO12", "Nikon Z fc", "Fujifilm X-T30 II"],
                     lines: ["sold with a kit lens.", "with a one-year manufacturer warranty."], food: false, branded: true),
            Category(name: "Smart Home", noun: "smart home device", goods: ["Google Nest Thermostat", "Amazon Echo Dot", "Ring Video Doorbell",
                                                               "Philips Hue Starter Kit", "Arlo Pro 4 Camera"],
                     lines: ["that works with Alexa and Google Assistant.", "set up in minutes from an app."], food: false, branded: true),
            Category(name: "Gaming", noun: "gaming product", goods: ["PlayStation 5", "Xbox Series S", "Nintendo Switch OLED", "Logitech G502 Mouse",
                                                        "DualSense Controller"], lines: ["ready to play out of the box.", "with a one-year manufacturer warranty."],
                     food: false, branded: true),
            Category(name: "Accessories", noun: "accessory", goods: ["USB-C Charger 65W", "Anker Power Bank 10000mAh", "HDMI Cable 2m", "Laptop Sleeve 14\"",
                                                         "Wireless Mouse"], lines: ["compatible with most devices.", "a handy spare to keep in a bag."],
                     food: false),
        ]),
    ]

    /// What one of a category's goods costs, in the shop's currency (a loaf, not a wedding cake's tier).
    package static let prices: [String: ClosedRange<Double>] = [
        "bread": 3...9, "pastries": 2.5...6, "cakes": 18...55, "cookies": 1.5...4, "pies": 12...30, "coffee": 2.5...6,
        "tea": 2.5...5.5, "sandwiches": 6...13, "bouquets": 35...120, "plants": 20...90, "arrangements": 45...160,
        "tools": 8...180, "paint": 12...70, "plumbing": 5...140, "electrical": 3...60, "wine": 9...60, "beer": 2.5...15,
        "spirits": 20...90, "laptops": 900...2600, "phones": 400...1300, "monitors": 180...700, "tablets": 330...1100,
        "dog food": 12...75, "cat food": 8...55, "toys": 4...25, "beds & carriers": 25...120, "aquarium": 5...90,
        "leashes & collars": 8...40, "computers": 450...2200, "smartphones": 200...1200, "headphones": 30...400, "tvs": 250...1800,
        "cameras": 300...1500, "smart home": 25...250, "gaming": 40...550, "accessories": 10...70,
        // A menu's courses: a starter costs less than a main, a drink less than either.
        "starters": 6...14, "appetizers": 6...15, "mains": 12...32, "main courses": 12...32, "entrees": 12...34,
        "sides": 3...8, "salads": 7...15, "soups": 5...10, "desserts": 5...12, "drinks": 2...8, "beverages": 2...8,
        "pizzas": 10...22, "pasta": 11...24, "burgers": 9...18, "breakfast": 6...16, "kids": 5...10,
    ]

    /// The shop a prompt's words name, if any (the first one named).
    package static func shop(forWords words: [String]) -> Shop? {
        for (i, w) in words.enumerated() {
            let pair = i + 1 < words.count ? w + "_" + words[i + 1] : w
            if let s = shops.first(where: { $0.words.contains(w) || $0.words.contains(pair) }) { return s }
        }
        return nil
    }

    /// A shop category by its name, any case.
    package static func category(named name: String?) -> Category? {
        guard let lower = name?.trimmingSpaces.lowercased(), !lower.isEmpty else { return nil }
        return byName[lower]
    }

    static let byName: [String: Category] = {
        var d: [String: Category] = [:]
        for s in shops { for c in s.categories where d[c.name.lowercased()] == nil { d[c.name.lowercased()] = c } }
        return d
    }()
}
