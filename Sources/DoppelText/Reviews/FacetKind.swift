/// What sort of thing a facet's noun names, and the words English uses for that sort.
///
/// People are "courteous" or "surly", food is "moreish" or "bland", a process is "painless"
/// or "drawn-out", whatever the product. A facet's own qualities come first in its lexicon;
/// these widen them, so one facet is not judged in the same three words in every review.
enum FacetKind: CaseIterable {
    case money, people, food, process, tech, network, space, information, messages, equipment, content

    /// Head nouns (lowercase) that mark the kind. The head is what the phrase names: the last
    /// word ("booking fees" are fees, "delivery windows" are windows, not a delivery), or the
    /// last word before "of", "on" or "for" ("selection of films").
    private var cues: [String] {
        switch self {
        case .money: return ["fee", "fees", "price", "prices", "pricing", "rates", "bill", "bills", "premiums", "fares",
                             "charges", "cost", "deposit", "excess", "tariff"]
        case .people: return ["staff", "crew", "attendants", "agents", "drivers", "couriers", "doctors", "nurses", "specialists",
                              "tutors", "instructors", "trainers", "mentors", "waiters", "host", "concierge", "adjusters",
                              "handlers", "engineers", "technicians", "receptionists", "pilot", "team", "manager",
                              "physiotherapists", "assessors", "customer service", "customer support"]
        case .food: return ["food", "breakfast", "meal", "dishes", "desserts", "starters", "mains", "steak", "pasta", "pizza",
                            "curry", "noodles", "burgers", "fries", "bread", "snacks",
                            "sauces", "cooking", "specials"]
        case .process: return ["check-in", "checkout", "boarding", "pickup", "drop-off", "process", "returns", "refund",
                               "refunds", "claims", "delivery", "onboarding", "setup", "installation", "booking",
                               "enrolment", "sign-up", "renewal", "cancellation", "migration", "replacement", "handling",
                               "induction", "inspection", "opening", "arrival"]
        case .tech: return ["app", "site", "website", "sync", "search", "api", "login", "dashboard",
                            "editor", "software", "firmware", "platform", "portal", "tracking", "integrations", "widget", "update", "system", "upload",
                            "export", "downloads"]
        // a connection is fast or patchy, never "intuitive" like an app
        case .network: return ["wi-fi", "connection", "signal", "router", "internet", "coverage", "broadband"]
        case .space: return ["room", "rooms", "lobby", "cabin", "bathroom", "bathrooms", "toilets", "changing", "terrace",
                             "gym", "interior", "corridor", "branch", "clinic", "lounge", "area", "reception"]
        case .information: return ["wording", "explanations", "instructions", "documents", "statements", "descriptions", "menu",
                                   "guides", "material", "terms", "schedule", "contract", "handouts", "reading lists"]
        case .messages: return ["updates", "announcements", "emails", "reminders", "calls", "alerts", "confirmations"]
        case .equipment: return ["seat", "seats", "bed", "mattress", "machines", "equipment", "kit", "tyres", "lockers",
                                 "tables", "car", "vehicle", "free weights"]
        case .content: return ["story", "soundtrack", "graphics", "catalogue", "library", "lessons", "classes", "videos",
                               "lectures", "shows", "documentaries", "characters", "quests", "level design", "puzzles"]
        }
    }

    /// Qualities a pleased and an unhappy reviewer give a thing of this kind.
    var words: (good: [String], bad: [String]) {
        switch self {
        case .money: return (["fair", "reasonable", "competitive", "transparent", "affordable", "good value"],
                           ["steep", "inflated", "excessive", "opaque", "extortionate", "unfair"])
        case .people: return (["courteous", "cheerful", "patient", "attentive", "kind", "professional", "obliging", "on the ball"],
                           ["rude", "surly", "dismissive", "indifferent", "curt", "careless", "clueless", "unprofessional"])
        case .food: return (["tasty", "fresh", "flavourful", "well seasoned", "hearty", "moreish", "piping hot"],
                           ["bland", "stale", "greasy", "tasteless", "soggy", "lukewarm", "overcooked"])
        case .process: return (["quick", "smooth", "painless", "straightforward", "efficient", "well organised", "hassle-free"],
                           ["slow", "chaotic", "confusing", "drawn-out", "clumsy", "bureaucratic", "disorganised"])
        case .tech: return (["fast", "reliable", "stable", "snappy", "intuitive", "dependable", "polished"],
                           ["buggy", "flaky", "sluggish", "glitchy", "unreliable", "clunky", "unstable"])
        case .network: return (["fast", "reliable", "stable", "strong", "dependable", "quick"],
                           ["slow", "patchy", "flaky", "unreliable", "unstable", "weak"])
        case .space: return (["clean", "tidy", "bright", "spacious", "airy", "well kept", "comfortable"],
                           ["grubby", "cramped", "shabby", "tired", "stuffy", "cluttered", "dingy"])
        case .information: return (["clear", "detailed", "accurate", "easy to follow", "well written", "thorough"],
                           ["vague", "confusing", "misleading", "patchy", "muddled", "hard to follow"])
        case .messages: return (["timely", "clear", "regular", "helpful", "well timed"],
                           ["late", "vague", "sporadic", "confusing", "patchy"])
        case .equipment: return (["sturdy", "well maintained", "in good shape", "well kept"],
                           ["worn", "battered", "flimsy", "in poor shape", "grubby"])
        case .content: return (["engaging", "gripping", "polished", "well made", "absorbing"],
                           ["dull", "forgettable", "dated", "flat", "uninspired"])
        }
    }

    var good: [String] { words.good }
    var bad: [String] { words.bad }

    /// The kind whose cue ends the head of `noun` ("customer service" as a whole, "staff" in
    /// "front desk staff"), or nil.
    static func of(_ noun: String) -> FacetKind? {
        var words = noun.lowercased().split(separator: " ").map(String.init)
        if let cut = words.firstIndex(where: { ["of", "on", "for", "from"].contains($0) }) { words = Array(words[..<cut]) }
        let head = " " + words.joined(separator: " ")
        for kind in allCases where kind.cues.contains(where: { head.hasSuffix(" " + $0) }) { return kind }
        return nil
    }

    /// `facet` with its kind's words added after its own (none twice).
    static func widened(_ facet: ReviewFacet) -> ReviewFacet {
        guard let kind = of(facet.noun) else { return facet }
        var out = ReviewFacet(noun: facet.noun, plural: facet.plural,
                              good: facet.good + kind.good.filter { !facet.good.contains($0) && !facet.bad.contains($0) },
                              bad: facet.bad + kind.bad.filter { !facet.bad.contains($0) && !facet.good.contains($0) },
                              determiner: facet.determiner)
        out.otherNames = facet.otherNames
        return out
    }
}
