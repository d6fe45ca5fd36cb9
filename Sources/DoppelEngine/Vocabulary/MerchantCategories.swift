/// What each merchant `finance.merchant` draws sells, as the words a spending category is called by, most
/// fitting first: Whole Foods is groceries, Shell fuel, Netflix entertainment (a subscription).
package enum MerchantCategories {
    static let groceries = ["groceries", "grocery", "food", "supermarket"]
    static let dining = ["dining", "restaurants", "restaurant", "food & drink", "food and drink", "coffee", "food"]
    static let fuel = ["fuel", "gas", "transport", "transportation", "auto", "travel"]
    static let rides = ["transport", "transportation", "rideshare", "travel", "taxi"]
    static let streaming = ["entertainment", "subscriptions", "subscription", "streaming", "media"]
    static let shopping = ["shopping", "retail", "general merchandise", "online shopping"]
    static let home = ["home", "home improvement", "shopping", "retail"]
    static let clothing = ["clothing", "apparel", "fashion", "shopping", "retail"]
    static let electronics = ["electronics", "shopping", "retail"]
    static let health = ["health", "pharmacy", "healthcare", "medical"]
    static let travel = ["travel", "lodging", "airfare", "transport", "transportation"]
    static let beauty = ["beauty", "personal care", "shopping", "retail"]

    static let byMerchant: [String: [String]] = [
        "Whole Foods": groceries, "Trader Joe's": groceries, "Kroger": groceries, "Safeway": groceries, "Instacart": groceries,
        "Costco": groceries + shopping, "Walmart": shopping + groceries, "Target": shopping + groceries,
        "Starbucks": dining, "McDonald's": dining, "Chipotle": dining, "DoorDash": dining,
        "Shell": fuel, "Chevron": fuel, "Exxon": fuel, "Uber": rides, "Lyft": rides,
        "Netflix": streaming, "Spotify": streaming, "Steam": streaming + ["games", "gaming"],
        "Amazon": shopping, "Etsy": shopping, "eBay": shopping, "Best Buy": electronics, "Apple Store": electronics,
        "Home Depot": home, "Lowe's": home, "IKEA": home, "Macy's": clothing, "Nordstrom": clothing, "Zara": clothing, "H&M": clothing,
        "Nike": clothing, "Adidas": clothing, "Sephora": beauty, "CVS Pharmacy": health, "Walgreens": health,
        "Delta Air Lines": travel, "Airbnb": travel, "Booking.com": travel,
    ]

    /// For each merchant, the first of `values` its category is called by (compared case-blind, `_` as a space);
    /// merchants none of whose words is among them are left out.
    package static func map(onto values: [String]) -> [String: String] {
        let written = values.map { ($0, $0.lowercased().replacingOccurrences(of: "_", with: " ")) }
        var map: [String: String] = [:]
        for (merchant, words) in byMerchant {
            for w in words { if let v = written.first(where: { $0.1 == w }) { map[merchant] = v.0; break } }
        }
        return map
    }
}
