/// A subscription box's themes and what each month's box of a theme holds: the planner lists the themes, and a box's
/// description says what is inside it (`SchemaResolver+BoxContents`).
public enum BoxThemes {
    public static let themes: [(theme: String, contents: [String])] = [
        ("Cozy Winter", ["a chunky knit throw, a spiced chai blend and a soy candle that smells of cedar",
                         "wool socks, hot chocolate spoons and a cinnamon candle"]),
        ("Spa Day", ["a clay face mask, lavender bath salts and a bamboo headband",
                     "a sheet mask set, a rose body scrub and a silk eye mask"]),
        ("Movie Night", ["gourmet popcorn seasonings, two craft sodas and a box of chocolate-covered pretzels",
                         "a popcorn kernel sampler, movie-theatre candy and a cosy throw"]),
        ("Summer Picnic", ["a reusable picnic set, a jar of fig jam and crackers for two",
                           "a lemonade mix, a linen napkin set and a bag of kettle chips"]),
        ("Coffee Lovers", ["two bags of single-origin beans, a ceramic pour-over cone and tasting notes",
                           "a cold-brew kit, a bag of Colombian beans and almond biscotti"]),
        ("Self-Care Sunday", ["a journal, a calming herbal tea and a eucalyptus shower steamer",
                              "a hand cream, a gratitude card deck and a lavender pillow mist"]),
        ("Holiday Baking", ["cookie cutters, a gingerbread spice mix and sprinkles",
                            "a silicone baking mat, vanilla bean paste and a recipe card set"]),
        ("Garden Party", ["heirloom seed packets, a pair of gardening gloves and a plant mister",
                          "a herb-growing kit, plant markers and a watering can"]),
        ("Game Night", ["a card game for four, a bag of sour candy and a score pad",
                        "a travel board game, dice and a bag of salted caramel popcorn"]),
        ("Travel Treats", ["snacks from Japan and Korea, a sleep mask and a luggage tag",
                           "a packing cube, a travel-size skincare set and a city guide"]),
    ]

    /// What the month's box of `theme` holds, phrased as a shop's listing: "This month's Spa Day box: a clay face mask, …".
    public static func descriptions(ofTheme theme: String) -> [String]? {
        guard let hit = themes.first(where: { $0.theme.caseInsensitiveCompare(theme) == .orderedSame }) else { return nil }
        return hit.contents.flatMap { c in ["This month's \(theme) box: \(c).", "Inside the \(theme) box: \(c)."] }
    }
}
