import DoppelText
import DoppelEngine

/// Word classes the prompt reader needs: function words, fillers and the
/// nouns that talk about data rather than name it.
enum Vocabulary {
    static let determiners: Set<String> = [
        "a", "an", "the", "some", "any", "each", "every", "all", "its", "their", "his", "her", "our", "my",
        "your", "this", "that", "these", "those", "both", "either", "such", "also", "only", "just", "then",
    ]

    /// Adjectives that qualify a request rather than name an entity (`realistic orders`).
    static let fillers: Set<String> = [
        "realistic", "sample", "fake", "synthetic", "random", "dummy", "mock", "typical", "basic", "simple",
        "detailed", "related", "associated", "corresponding", "individual", "separate", "additional", "extra",
        "different", "various", "several", "multiple", "many", "numerous", "relevant", "appropriate", "diverse",
        "varied", "plausible", "believable", "interesting", "full", "complete", "entire", "whole", "proper",
        "real", "fictional", "fictitious", "made-up", "generated", "test", "example", "more", "most", "other",
        "lots", "few", "plenty", "distinct", "own", "certain", "new", "existing", "sensible", "reasonable",
        "consistent", "coherent", "valid", "clean", "messy", "like", "about", "around", "approximately",
        "roughly", "nearly", "almost", "over", "under", "least", "exactly", "up", "late", "early", "overdue", "recent",
        "past", "future", "current", "previous", "upcoming", "pending",
    ]

    static let prepositions: Set<String> = [
        "of", "by", "to", "from", "for", "with", "in", "on", "at", "against", "between", "per", "via", "into",
        "about", "across", "under", "over", "through", "within", "without", "among", "around", "after",
        "before", "during", "toward", "towards", "onto", "upon", "inside", "outside", "as", "than",
    ]

    /// Prepositions after which a noun phrase is something this entity points at.
    static let relationPrepositions: Set<String> = [
        "of", "by", "to", "from", "for", "against", "on", "at", "in", "per", "between", "into", "across",
        "within", "via", "through", "among", "under", "about", "toward", "towards", "onto", "upon", "inside", "over", "near",
    ]

    static let conjunctions: Set<String> = ["and", "or", "plus", "nor", "but", "also", "then"]

    /// Words that open a list of parts: `X with a, b`, `X: a, b`, `X having a, b`.
    static let listIntroducers: Set<String> = [
        "with", "having", "containing", "contains", "contain", "including", "includes", "include",
        "featuring", "features", "has", "have", "comprising", "comprises", "holds", "storing",
        "stores", "tracks", "covering", "covers", "incl", "consisting",
    ]

    /// Verbs and pronouns that open a request and carry no data meaning.
    static let requestWords: Set<String> = [
        "create", "generate", "make", "build", "give", "need", "want", "produce", "simulate", "model", "design",
        "please", "i", "we", "me", "us", "let", "lets", "show", "write", "prepare", "provide", "set", "get",
        "would", "like", "could", "can", "should", "will", "must", "also", "add", "it", "they", "there", "here",
        "is", "are", "be", "was", "were", "define", "mock", "fake", "populate", "seed", "output", "return",
        "emit", "construct", "draft", "spin", "describe", "represent", "capture", "include", "includes",
        "including", "consider", "use", "using", "our", "my", "some", "with", "for", "of", "a", "an", "the",
        "new", "following", "below", "above", "these", "those", "this", "that", "which", "who", "where", "what",
        "how", "do", "does", "did", "just", "only", "simply", "quickly", "realistic", "sample", "synthetic",
        "dummy", "test", "example", "small", "large", "big", "tiny", "huge", "quick", "plan", "setup",
        "track", "record", "log", "capture", "keep", "maintain", "monitor", "collect", "manage", "save", "mock-up",
    ]

    /// Nouns about the data itself; never entities on their own.
    static let metaNouns: Set<String> = [
        "table", "tables", "entity", "entities", "dataset", "datasets", "data", "database", "databases", "db",
        "schema", "schemas", "column", "columns", "field", "fields", "attribute", "attributes", "row", "rows",
        "record", "records", "value", "values", "example", "examples", "sample", "samples", "set", "sets",
        "relationship", "relationships", "relation", "relations", "pattern", "patterns", "distribution",
        "distributions", "trend", "trends", "info", "information", "details", "structure", "list", "lists",
        "csv", "json", "jsonl", "sql", "file", "files", "spreadsheet", "spreadsheets", "sheet", "sheets", "mix",
        "variety", "range", "behaviour", "behavior", "behaviours", "behaviors", "seasonality", "noise",
        "outliers", "duplicates", "nulls", "realism", "things", "stuff", "kinds", "kind", "sorts", "sort",
        "lot", "bunch", "number", "numbers", "mixture", "variation", "variations", "scenario", "scenarios",
        "simulation", "simulations", "mistakes", "typos", "constraint", "constraints", "format", "formats",
        "way", "ways", "time", "period", "days", "weeks", "months", "years", "hours", "minutes", "seconds",
        "percent", "portion", "fraction", "half", "quarter", "dozen", "hundred", "thousand", "million",
        "billion", "ones", "one", "observations", "datapoints", "tuples",
    ]

    /// Data nouns that never head a table even in a compound (`realistic order patterns`),
    /// unlike `records` or `entries` (`activity records`, `time entries`).
    static let abstractNouns: Set<String> = [
        "pattern", "patterns", "distribution", "distributions", "trend", "trends", "value", "values", "relationship",
        "relationships", "relation", "relations", "example", "examples", "sample", "samples", "variety", "mix", "noise",
        "outliers", "duplicates", "nulls", "realism", "behaviour", "behavior", "behaviours", "behaviors", "seasonality",
        "scenario", "scenarios", "mistakes", "typos", "constraint", "constraints", "format", "formats", "details", "info",
        "information", "structure", "data", "things", "stuff", "kinds", "kind", "sorts", "sort", "variation", "variations",
        "mixture", "range", "way", "ways", "number", "numbers", "lot", "bunch", "percent", "portion", "fraction",
    ]

    /// A noun phrase about the data rather than a table: a single data noun, or a compound headed by an abstract one.
    static func isAboutData(_ words: [String]) -> Bool {
        guard let head = words.last else { return true }
        if words.count == 1, DomainCatalogue.index[Inflector.singular(head)] != nil, !["record", "row", "value", "entry", "line", "set", "list", "file"].contains(Inflector.singular(head)) {
            return false  // "fields" on a farm, "logs"
        }
        // "order details": a table the catalogue knows by the whole name, not details about orders.
        if words.count >= 2, DomainCatalogue.index[Inflector.singular(words.joined(separator: "_"))] != nil { return false }
        return words.count == 1 ? metaNouns.contains(head) : abstractNouns.contains(head)
    }

    /// Nouns of what a dataset is for ("for fraud detection", "for churn prediction"): no column of it.
    static let purposeNouns: Set<String> = [
        "detection", "analysis", "analytics", "testing", "tests", "training", "modeling", "modelling", "prediction", "predictions",
        "forecasting", "research", "demo", "demos", "benchmarking", "benchmarks", "classification", "clustering", "validation",
        "reporting", "visualization", "visualisation", "dashboards", "dashboard", "learning", "experiments", "experimentation",
        "development", "prototyping", "practice", "teaching", "tutorials", "segmentation", "scoring", "monitoring",
    ]

    /// Nouns that name the dataset as a whole (`customer churn dataset`, `a catalogue of laptops`).
    static let descriptorNouns: Set<String> = [
        "table", "dataset", "data", "database", "db", "schema", "list", "catalogue", "catalog", "collection",
        "registry", "directory", "roster", "spreadsheet", "sheet", "csv", "file", "set", "log", "ledger",
        "records", "record", "tracker", "register", "inventory", "archive", "feed", "report", "export",
        "dump", "extract", "snapshot", "sample", "json", "sql", "entity", "model",
    ]

    /// Nouns for the business around the data (`Veterinary clinic with pets`); singular ones never become tables.
    static let settingNouns: Set<String> = [
        "platform", "app", "application", "system", "site", "website", "service", "company", "business", "shop",
        "marketplace", "clinic", "hospital", "agency", "firm", "startup", "tool", "network", "program",
        "portal", "dashboard", "crm", "erp", "lms", "league", "club", "chain", "bank", "museum", "gym",
        "studio", "farm", "factory", "airline", "software", "solution", "backend", "environment", "project",
        "organisation", "organization", "enterprise", "corporation", "corp", "provider", "brand", "startup",
        "franchise", "practice", "office", "center", "centre", "district", "department", "university",
        "college", "school", "academy", "library", "bookstore", "store", "restaurant", "cafe", "bakery",
        "hotel", "resort", "operation", "operations", "management", "workflow", "pipeline", "process",
        "domain", "industry", "sector", "market", "economy", "world", "city", "town", "country", "scenario",
        "game", "share", "ecosystem", "exchange", "insurer", "carrier", "manufacturer", "retailer",
        "distributor", "supplier", "plant", "warehouse", "fleet", "hub",
    ]

    /// Units that follow a measure (`height in cm`), normalized for column suffixes.
    static let units: [String: String] = [
        "cm": "cm", "centimeters": "cm", "centimetres": "cm", "mm": "mm", "millimeters": "mm", "m": "m",
        "meters": "m", "metres": "m", "km": "km", "kilometers": "km", "kilometres": "km", "miles": "miles",
        "mi": "miles", "ft": "ft", "feet": "ft", "foot": "ft", "inches": "inches", "inch": "inches",
        "kg": "kg", "kilograms": "kg", "kilos": "kg", "g": "g", "grams": "g", "lb": "lb", "lbs": "lb",
        "pounds": "lb", "oz": "oz", "ounces": "oz", "gb": "gb", "mb": "mb", "tb": "tb", "kb": "kb",
        "bytes": "bytes", "ms": "ms", "milliseconds": "ms", "seconds": "seconds", "second": "seconds",
        "secs": "seconds", "sec": "seconds", "s": "seconds", "minutes": "minutes", "minute": "minutes",
        "mins": "minutes", "min": "minutes", "hours": "hours", "hour": "hours", "hrs": "hours", "hr": "hours",
        "h": "hours", "days": "days", "day": "days", "weeks": "weeks", "months": "months", "years": "years",
        "usd": "usd", "dollars": "usd", "dollar": "usd", "eur": "eur", "euros": "eur", "euro": "eur",
        "gbp": "gbp", "jpy": "jpy", "percent": "pct", "percentage": "pct", "pct": "pct", "celsius": "c",
        "fahrenheit": "f", "kelvin": "k", "hectares": "hectares", "hectare": "hectares", "ha": "hectares", "acres": "acres", "kwh": "kwh", "kw": "kw", "watts": "w", "volts": "v", "mph": "mph",
        "kph": "kph", "kmh": "kmh", "liters": "l", "litres": "l", "ml": "ml", "gallons": "gallons",
        "sqft": "sqft", "sqm": "sqm", "m2": "sqm", "bpm": "bpm", "rpm": "rpm", "psi": "psi", "hpa": "hpa",
        "ppm": "ppm", "dbm": "dbm", "db": "db", "cents": "cents", "mg": "mg",
        "mw": "mw", "megawatts": "mw", "mwh": "mwh", "gw": "gw", "gwh": "gwh", "hp": "hp", "horsepower": "hp", "mps": "mps",
        "knots": "knots", "kts": "knots", "arcsec": "arcsec", "arcseconds": "arcsec", "hands": "hands", "hz": "hz", "hertz": "hz",
    ]

    /// `-ing` words that are nouns (`booking`, `listing`), not verbs that start a description.
    static let ingNouns: Set<String> = [
        "booking", "listing", "building", "meeting", "setting", "rating", "reading", "training", "clothing",
        "shipping", "billing", "parking", "housing", "painting", "recording", "offering", "posting", "filing",
        "funding", "pricing", "marketing", "accounting", "banking", "lending", "learning", "morning", "evening",
        "ceiling", "string", "thing", "ring", "king", "wing", "spring", "sibling", "wedding", "warning",
        "holding", "landing", "opening", "dining", "seating", "boarding",
        "heading", "spending", "shopping", "streaming", "hiring", "onboarding", "screening", "routing",
        "staffing", "catering", "lodging", "ticketing", "fencing", "roofing", "plumbing", "tracking",
        "gaming", "dating", "packing",
        "matching",
        "ride-sharing", "carpooling", "crowdfunding", "fundraising", "recruiting", "nursing",
        "manufacturing", "engineering", "consulting", "printing", "publishing", "broadcasting", "farming",
        "fishing", "mining", "bedding", "lighting",
        "flooring", "heating", "cooling", "tutoring", "coaching", "mentoring", "counseling", "nursing",
        "welding", "machining", "packaging", "labeling", "cooking", "baking", "brewing",
        "wrestling", "boxing", "skiing", "cycling", "running", "swimming", "sailing", "climbing", "hiking",
        "camping", "fitting", "trading", "investing",
        "pending", "outstanding", "upcoming", "remaining",
    ]

    /// Words that say "the thing in parentheses is another row of some entity".
    static let referenceMarkers: Set<String> = [
        "another", "other", "references", "reference", "referencing", "refers", "fk", "foreign", "points",
        "pointing", "link", "links", "linked", "self", "self-reference", "self-referencing", "same",
    ]

    /// Words that mark a join table in a noun phrase (`a post_tags join table`).
    static let joinMarkers: Set<String> = ["join", "junction", "bridge", "link", "linking", "mapping", "association", "pivot", "through", "cross-reference", "xref"]

    /// Verbs that describe a join: `enrollments linking students to courses`.
    static let linkingVerbs: Set<String> = ["linking", "connecting", "joining", "relating", "mapping", "pairing", "associating", "tying", "bridging"]

    /// Words that turn a count into a whole-dataset row count (`500 rows`).
    static let rowNouns: Set<String> = ["rows", "row", "records", "record", "samples", "sample", "observations", "datapoints", "lines", "examples", "entries"]

    /// Words that count tables (`4 tables`).
    static let tableNouns: Set<String> = ["tables", "table", "entities", "entity", "datasets", "dataset", "sheets", "files", "csvs", "csv"]

    static let numberWords: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "hundred": 100, "thousand": 1000,
        "million": 1_000_000,
    ]

    /// Whether the word at `k` is a verb between a subject and an object: an action verb after a
    /// plural (`users follow other users`, `attendees register for events`), or a third-person verb
    /// before an article (`a teacher teaches a student`).
    static func isVerb(_ nodes: [PromptNode], at k: Int, previous: String) -> Bool {
        guard let w = nodes[k].wordText, actionVerbs.contains(w), k + 1 < nodes.count, let next = nodes[k + 1].wordText else { return false }
        let objectFollows = determiners.contains(next) || next == "other" || next == "one" || next == "many" || Inflector.isPlural(next)
            || ["for", "to", "in", "at", "on", "with", "into", "from", "up", "out", "off", "over"].contains(next)
        if Inflector.isPlural(previous) { return objectFollows }
        return w.hasSuffix("s") && (determiners.contains(next) || next == "one")
    }

    /// A word that can describe the dataset's subject (not a request verb, function word, number or data noun).
    static func isDescriptive(_ w: String) -> Bool {
        !requestWords.contains(w) && !isFunctionWord(w) && numberWords[w] == nil && !descriptorNouns.contains(w)
            && !metaNouns.contains(w) && !tableNouns.contains(w) && !rowNouns.contains(w) && !w.isEmpty && !(w.first?.isNumber ?? false)
    }

    static func isFunctionWord(_ w: String) -> Bool {
        determiners.contains(w) || prepositions.contains(w) || conjunctions.contains(w)
    }

    /// A present participle used as a verb (`logging`, `linking`), not a noun like `booking`.
    static func isParticiple(_ w: String) -> Bool {
        w.count > 5 && w.hasSuffix("ing") && !ingNouns.contains(w) && !w.contains("_")
    }

    /// A past participle that takes an agent (`taught by`, `written by`, `uploaded to`).
    static func isPastParticiple(_ w: String) -> Bool {
        if irregularParticiples.contains(w) { return true }
        return w.count > 4 && w.hasSuffix("ed") && !w.hasSuffix("eed") && !w.contains("_")
    }

    static let irregularParticiples: Set<String> = [
        "written", "made", "taught", "led", "held", "given", "taken", "sent", "sold", "bought", "built",
        "paid", "owned", "run", "won", "drawn", "driven", "flown", "ridden", "seen", "done", "kept", "brought",
        "chosen", "known", "shown", "grown", "thrown", "spent", "lent", "left", "met", "set", "put", "read",
        "found", "caught", "sought", "fought", "told", "lost", "laid", "said", "heard", "stood", "shot", "got", "gotten",
        "hit", "cut", "shut", "fed", "begun", "sung", "come", "become", "gone", "risen", "frozen", "spoken", "stolen",
        "broken", "worn", "torn", "born", "sworn", "blown", "hidden", "eaten", "fallen", "forgiven", "beaten", "shaken",
        "undertaken", "overseen", "withdrawn", "withheld", "upheld", "dealt", "meant", "felt", "slept", "hung", "won",
    ]

    /// Verbs that join two noun phrases in a sentence (`users write posts`, `guests make reservations`).
    static let actionVerbs: Set<String> = {
        let base = ["follow", "like", "write", "own", "place", "make", "take", "attend", "enroll", "buy", "sell", "rent",
                    "borrow", "visit", "rate", "send", "receive", "manage", "supervise", "teach", "submit", "create", "upload",
                    "watch", "listen", "play", "join", "belong", "use", "drive", "ride", "purchase", "hold", "host", "lead",
                    "employ", "serve", "treat", "prescribe", "assign", "raise", "file", "generate", "produce", "ship",
                    "deliver", "pay", "earn", "book", "order", "review", "favorite", "bookmark", "subscribe", "publish",
                    "post", "comment", "share", "open", "complete", "perform", "run", "operate", "inspect", "repair",
                    "maintain", "schedule", "request", "approve", "issue", "process", "handle", "cover", "insure", "lease",
                    "reserve", "check", "contain", "include", "track", "monitor", "record", "log", "report", "mentor", "coach",
                    "register", "apply", "donate", "bid", "vote", "invest", "stay", "work", "live", "sign", "adopt", "redeem",
                    "earn", "spend", "win", "lose", "score", "fly", "travel", "visit", "hire", "fire", "enrol", "graduate",
                    "leave", "give", "provide", "get", "rent", "attend", "complete", "pass", "fail", "pick", "pack", "scan",
                    "load", "unload", "sort", "move", "fix", "clean", "grow", "plant", "harvest", "feed", "walk", "adopt",
                    "offer", "sponsor", "organize", "organise", "stock", "carry", "supply", "list", "sell", "catalog"]
        var all = Set(base)
        for v in base {
            if v.hasSuffix("s") || v.hasSuffix("sh") || v.hasSuffix("ch") || v.hasSuffix("x") { all.insert(v + "es") } else { all.insert(v + "s") }
        }
        all.insert("has")
        all.insert("have")
        return all
    }()
}
