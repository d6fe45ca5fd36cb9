import DoppelText

/// The tables a setting usually has, for a prompt that names a setting and no table ("Generate data for a
/// hospital", "An online shop"). Each is a catalogue entity, so it gets its template's columns and the
/// references between them (an order's customer, an item's order and product).
enum SettingTables {
    /// Setting words (singular) and the tables planned for them, in the order a reader would list them.
    static let bySetting: [String: [String]] = {
        var table: [String: [String]] = [:]
        for (words, tables) in groups {
            for w in words.split(separator: " ") { table[String(w)] = tables.split(separator: " ").map(String.init) }
        }
        return table
    }()

    private static let groups: [(String, String)] = [
        ("shop store ecommerce e-commerce webshop marketplace retailer boutique", "customers products orders order_items"),
        ("restaurant cafe bistro bakery pizzeria diner", "customers menu_items orders"),
        ("hospital clinic", "patients doctors appointments"),
        ("pharmacy drugstore", "patients medications prescriptions"),
        ("bank", "customers accounts transactions"),
        ("insurer", "customers policies claims"),
        ("school university college academy", "students courses enrollments"),
        ("gym", "members trainers fitness_classes bookings"),
        ("library", "members books loans"),
        ("hotel resort hostel", "guests rooms reservations"),
        ("airline", "airports flights passengers bookings"),
        ("forum social", "users posts comments"),
        ("saas", "accounts users subscriptions"),
        ("logistics warehouse courier", "warehouses shipments carriers"),
        ("factory", "machines work_orders inspections"),
        ("realtor", "agents properties listings"),
        ("company corporation employer", "departments employees"),
    ]

    /// The tables for the first setting word in `words` the table knows, or nil.
    static func tables(for words: [String]) -> (setting: String, tables: [String])? {
        for w in words {
            let word = w.lowercased()
            if let t = bySetting[word] ?? bySetting[Inflector.singular(word)] { return (word, t) }
        }
        return nil
    }
}
