/// The kinds of product the text engine can write about, with their phrase banks.
///
/// The raw values are the accepted `productType` strings of `feedback.generate`.
public enum ProductType: String, CaseIterable, Sendable {
    case mobileApp = "mobile_app"
    case webApp = "web_app"
    case ecommerce
    case saas
    case game
    case hardware
    case restaurant
    case hotel
    case airline
    case bank
    case healthcare
    case education
    case streaming
    case carRental = "car_rental"
    case foodDelivery = "food_delivery"
    case fitness
    case telecom
    case insurance

    /// Whether people go to this product in person (a hotel, a clinic), rather than use it
    /// from where they are (an app, a bank account); scenes pick their circumstances by it.
    var visitedInPerson: Bool {
        switch self {
        case .hotel, .restaurant, .airline, .carRental, .healthcare, .fitness: return true
        case .mobileApp, .webApp, .ecommerce, .saas, .game, .hardware, .bank, .education, .streaming,
             .foodDelivery, .telecom, .insurance: return false
        }
    }

    /// The accepted names, comma separated, for error messages and docs.
    public static var acceptedList: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// Parses a name leniently: case, spaces and hyphens do not matter ("Mobile App", "car-rental").
    public init?(name: String) {
        var normalized = ""
        for c in name.lowercased().trimmingSpaces() {
            normalized.append(c == " " || c == "-" ? "_" : c)
        }
        if normalized == "e_commerce" { normalized = "ecommerce" }
        self.init(rawValue: normalized)
    }

    /// The product type a free-text description most likely talks about, or nil.
    ///
    /// Scores whole-word keyword hits, longer (more specific) keywords counting more. In a
    /// short name ("Kettle & Crumb bakery", "Brightline solar inverter") the last word is what
    /// the name names, so a keyword that ends the name outweighs any other.
    public static func infer(from text: String) -> ProductType? {
        let words = TextTokens.words(text.lowercased())
        let padded = " " + words.joined(separator: " ") + " "
        let isName = words.count <= 6
        var best: (ProductType, Int)?
        for type in allCases {
            var score = 0
            for keyword in type.keywords where padded.contains(" " + keyword + " ") {
                score += keyword.count
                if isName, padded.hasSuffix(" " + keyword + " ") { score += 1000 }
            }
            if score > 0, score > best?.1 ?? 0 { best = (type, score) }
        }
        return best?.0
    }

    /// Whole-word cues that a text is about this product type (lowercase, single spaces).
    var keywords: [String] {
        switch self {
        case .mobileApp: return ["app", "apps", "mobile app", "ios", "android", "iphone", "app store", "play store"]
        case .webApp: return ["web app", "website", "web application", "browser", "site", "web portal"]
        case .ecommerce: return ["online store", "ecommerce", "e commerce", "shop", "store", "order", "orders", "return", "returns",
                                 "retail", "marketplace", "checkout", "shipping", "package", "parcel", "purchase",
                                 "boutique", "outlet", "florist", "bookshop", "bookstore"]
        case .saas: return ["saas", "software", "platform", "tool", "crm", "b2b", "dashboard", "workspace", "subscription software",
                            "onboarding", "integration", "api"]
        case .game: return ["game", "games", "gaming", "player", "players", "console", "level", "multiplayer"]
        case .hardware: return ["laptop", "headphones", "earbuds", "device", "hardware", "printer", "router", "gadget", "speaker",
                                "camera", "smartwatch", "monitor", "keyboard", "tablet", "charger", "warranty", "smart", "thermostat",
                                "appliance", "appliances", "vacuum", "doorbell", "drone", "blender", "dishwasher", "washing machine",
                                "air purifier", "humidifier", "heater", "coffee machine", "espresso machine", "projector", "webcam",
                                "television", "tv", "e reader", "sensor", "firmware", "inverter", "solar panel", "solar panels",
                                "power bank", "battery", "e bike", "ebike", "scooter", "toothbrush", "shaver", "smart lock", "bulb",
                                "lamp", "fitness tracker", "earphones", "mouse", "fridge", "freezer", "oven", "microwave", "toaster",
                                "kettle", "air fryer", "robot", "3d printer", "headset", "smartphone", "phone case", "dashcam"]
        case .restaurant: return ["restaurant", "cafe", "diner", "bistro", "menu", "waiter", "dining", "dinner", "lunch", "table reservation",
                                 "bakery", "pizzeria", "pub", "brasserie", "tavern", "steakhouse", "eatery", "coffee shop", "tea room",
                                 "food truck", "bar and grill", "noodle bar", "sushi bar", "taqueria", "bagel shop", "deli"]
        case .hotel: return ["hotel", "resort", "inn", "motel", "hostel", "room", "check in", "front desk", "stay"]
        case .airline: return ["airline", "airlines", "airways", "flight", "flights", "airport", "baggage", "luggage", "boarding", "layover", "airfare"]
        case .bank: return ["bank", "banking", "credit card", "debit card", "account balance", "transfer", "loan", "mortgage",
                            "overdraft", "atm", "wire transfer", "savings account"]
        case .healthcare: return ["clinic", "hospital", "doctor", "patient", "patients", "healthcare", "health care", "medical",
                                  "pharmacy", "prescription", "nurse", "telehealth",
                                  "dentist", "dental", "physiotherapy", "physio", "optician", "care home", "veterinary", "vet"]
        case .education: return ["education", "edtech", "course", "courses", "school", "university", "student", "students", "learning", "tutor",
                                 "tutoring", "online class", "e learning", "teacher", "lesson", "homework", "enrollment",
                                 "academy", "bootcamp", "college", "language school", "driving school"]
        case .streaming: return ["streaming", "stream", "episodes", "movies", "series", "music streaming", "playlist", "watchlist",
                                 "video subscription", "tv shows"]
        case .carRental: return ["car rental", "rental car", "rent a car", "vehicle rental", "car hire", "rental agency"]
        case .foodDelivery: return ["food delivery", "delivery app", "takeout", "takeaway", "courier", "meal delivery", "food order",
                                    "delivery driver"]
        case .fitness: return ["gym", "fitness", "workout", "workouts", "personal trainer", "membership", "yoga", "fitness class", "pilates",
                                "crossfit", "climbing gym", "boxing club", "leisure centre", "swimming pool"]
        case .telecom: return ["mobile carrier", "carrier", "phone plan", "internet provider", "broadband", "isp", "telecom",
                               "data plan", "cell service", "fiber", "roaming", "sim"]
        case .insurance: return ["insurance", "claim", "claims", "policy", "premium", "coverage", "insurer", "deductible"]
        }
    }

    /// This product type's phrase bank.
    package var bank: PhraseBank { DomainBank.bank(for: self) }
}

/// Word splitting shared by the text engine's heuristics and measures.
enum TextTokens {
    /// Lowercase-preserving words: runs of letters, digits and apostrophes.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for c in text {
            if c.isLetter || c.isNumber || c == "'" {
                current.append(c)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
