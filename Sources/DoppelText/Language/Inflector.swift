/// English noun inflection for table and column names: plural ↔ singular,
/// with the irregular and Latin forms that show up in data vocabularies.
///
/// Works on lowercase ASCII words; for snake_case names only the last word
/// inflects (`time_entry` ↔ `time_entries`).
package enum Inflector {
    /// The singular of a word or snake_case name (`categories` → `category`,
    /// `people` → `person`, `time_entries` → `time_entry`). Already-singular
    /// and uncountable words come back unchanged.
    package static func singular(_ name: String) -> String {
        guard let us = name.lastIndex(of: "_") else { return singularWord(name) }
        let head = name[...us]
        return head + singularWord(String(name[name.index(after: us)...]))
    }

    /// The plural of a word or snake_case name (`category` → `categories`).
    package static func plural(_ name: String) -> String {
        guard let us = name.lastIndex(of: "_") else { return pluralWord(name) }
        let head = name[...us]
        return head + pluralWord(String(name[name.index(after: us)...]))
    }

    /// True when the last word reads as a plural noun (`orders`, `people`,
    /// `time_entries`), false for singular and uncountable words.
    package static func isPlural(_ name: String) -> Bool {
        let word = name.split(separator: "_").last.map(String.init) ?? name
        if uncountable.contains(word) { return false }
        if irregularSingular[word] != nil { return true }
        return singularWord(word) != word
    }

    package static func isUncountable(_ word: String) -> Bool { uncountable.contains(word) }

    // MARK: - Words

    static func singularWord(_ w: String) -> String {
        if w.count < 3 || uncountable.contains(w) { return w }
        if let s = irregularSingular[w] { return s }
        if w.hasSuffix("people"), w.count > 6 { return String(w.dropLast(6)) + "person" }  // salespeople
        if irregularPlural[w] != nil { return w }  // already a singular with an irregular plural
        if w.hasSuffix("us"), uWords.contains(String(w.dropLast())) { return String(w.dropLast()) }
        if w.hasSuffix("ss") || w.hasSuffix("us") || w.hasSuffix("is") { return w }
        if w.hasSuffix("ies") {
            if w.count <= 4 || ieWords.contains(String(w.dropLast())) { return String(w.dropLast()) }
            return String(w.dropLast(3)) + "y"
        }
        if w.hasSuffix("ves") {
            if let f = vesToF[w] { return f }
            return String(w.dropLast())
        }
        if w.hasSuffix("sses") || w.hasSuffix("shes") || w.hasSuffix("xes") || w.hasSuffix("zzes") {
            return w.hasSuffix("zzes") ? String(w.dropLast(3)) : String(w.dropLast(2))
        }
        if w.hasSuffix("ches") {
            return cheWords.contains(String(w.dropLast())) ? String(w.dropLast()) : String(w.dropLast(2))
        }
        if w.hasSuffix("uses") {
            return usWords.contains(String(w.dropLast(2))) ? String(w.dropLast(2)) : String(w.dropLast())
        }
        if w.hasSuffix("oes") {
            return oesWords.contains(String(w.dropLast(2))) ? String(w.dropLast(2)) : String(w.dropLast())
        }
        if w.hasSuffix("s") && !w.hasSuffix("ss") {
            return String(w.dropLast())
        }
        return w
    }

    static func pluralWord(_ w: String) -> String {
        if w.isEmpty || uncountable.contains(w) { return w }
        if let p = irregularPlural[w] { return p }
        if irregularSingular[w] != nil { return w }
        if w.hasSuffix("person"), w.count > 6 { return String(w.dropLast(6)) + "people" }  // salesperson
        if w.hasSuffix("people"), w.count > 6 { return w }
        if singularWord(w) != w { return w }  // already plural
        let last = w.last ?? "a"
        let beforeLast = w.dropLast().last ?? "a"
        if last == "y" && !"aeiou".contains(beforeLast) { return String(w.dropLast()) + "ies" }
        if w.hasSuffix("s") || w.hasSuffix("x") || w.hasSuffix("z") || w.hasSuffix("ch") || w.hasSuffix("sh") {
            if w.hasSuffix("us") && usWords.contains(w) { return w + "es" }
            if w.hasSuffix("is") { return String(w.dropLast(2)) + "es" }
            return w + "es"
        }
        if let v = fToVes[w] { return v }
        if oesWords.contains(w) { return w + "es" }
        return w + "s"
    }

    // MARK: - Tables

    static let irregularPlural: [String: String] = [
        "person": "people", "child": "children", "man": "men", "woman": "women", "mouse": "mice",
        "goose": "geese", "tooth": "teeth", "foot": "feet", "ox": "oxen", "criterion": "criteria",
        "phenomenon": "phenomena", "curriculum": "curricula", "analysis": "analyses", "diagnosis": "diagnoses",
        "thesis": "theses", "crisis": "crises", "hypothesis": "hypotheses", "synopsis": "synopses", "basis": "bases",
        "axis": "axes", "matrix": "matrices", "vertex": "vertices", "index": "indexes", "appendix": "appendices",
        "alumnus": "alumni", "cactus": "cacti", "fungus": "fungi", "stimulus": "stimuli", "syllabus": "syllabi",
        "nucleus": "nuclei", "radius": "radii", "bacterium": "bacteria", "stratum": "strata", "millennium": "millennia",
        "memorandum": "memoranda", "addendum": "addenda", "datum": "data", "medium": "media", "leaf": "leaves",
        "quiz": "quizzes", "status": "statuses", "bus": "buses", "campus": "campuses", "virus": "viruses",
        "bonus": "bonuses", "census": "censuses", "apparatus": "apparatuses", "prospectus": "prospectuses",
        "genus": "genera", "corpus": "corpora", "octopus": "octopuses", "focus": "foci", "die": "dice",
        "policeman": "policemen", "salesman": "salesmen", "chairman": "chairmen", "fireman": "firemen",
        "spokesman": "spokesmen", "craftsman": "craftsmen", "foreman": "foremen", "businessman": "businessmen",
        "businesswoman": "businesswomen", "saleswoman": "saleswomen", "chairwoman": "chairwomen",
    ]

    static let irregularSingular: [String: String] = {
        var d: [String: String] = [:]
        for (s, p) in irregularPlural where s != p { d[p] = s }
        d["data"] = nil  // "data" is used as an uncountable noun
        d["media"] = nil
        d["indices"] = "index"
        d["statuses"] = "status"
        d["persons"] = "person"
        d["axes"] = "axis"
        d["bases"] = "base"
        return d
    }()

    /// Nouns with no separate plural in data vocabularies.
    static let uncountable: Set<String> = [
        "data", "media", "staff", "personnel", "equipment", "gear", "information", "news", "series", "species", "history",
        "deceased", "kin", "offspring", "livestock", "clergy", "police",
        "sheep", "fish", "deer", "moose", "aircraft", "software", "hardware", "firmware", "feedback",
        "inventory", "stock", "insurance", "weather", "traffic", "telemetry", "revenue", "payroll", "research",
        "health", "healthcare", "finance", "commerce", "logistics", "travel", "music", "content", "analytics",
        "marketing", "fraud", "churn", "luggage", "baggage", "furniture", "mail", "money", "cash", "rice",
        "metadata", "gas", "this", "yes", "plus", "lens", "canvas", "alias", "bias",
        "atlas", "chassis", "tennis", "physics", "mathematics", "economics", "ethics", "statistics",
        "gps", "sms", "os", "ios", "aws", "vs", "its", "has", "was", "is", "does", "less", "unless", "across",
        "clothing", "housing", "shipping", "billing", "pricing", "funding", "banking", "lending",
        "accounting", "manufacturing", "parking", "seating", "learning", "training", "advertising",
        "performance", "maintenance", "attendance", "compliance", "governance", "evidence", "knowledge",
        "access", "progress", "wellness", "fitness", "chess",
    ]

    /// Singulars in -u whose plural is a plain -us (`menus`, `skus`, `cpus`).
    static let uWords: Set<String> = [
        "menu", "guru", "emu", "tutu", "haiku", "sudoku", "tofu", "bayou", "tiramisu", "gnu", "sku", "cpu",
        "gpu", "tpu", "vcpu", "psu", "mcu", "iou", "imu", "pdu", "kudzu", "zebu", "caribou", "bijou",
    ]

    /// Singulars ending in -ie (so `movies` → `movie`, not `movy`).
    static let ieWords: Set<String> = [
        "movie", "cookie", "calorie", "pie", "tie", "lie", "zombie", "rookie", "selfie", "smoothie", "hoodie",
        "goalie", "brownie", "genie", "auntie", "sortie", "prairie", "specie", "lingerie", "hippie",
        "newbie", "freebie", "birdie", "bookie", "veggie", "indie", "magpie", "boogie", "collie", "budgie",
        "cutie", "foodie", "junkie", "techie", "groupie", "coterie", "menagerie", "talkie", "walkie", "eerie",
        "oldie", "sweetie", "quickie", "beanie", "kiddie", "nightie", "roadie", "zombie", "yuppie", "die",
    ]

    /// Plurals in -ves whose singular ends in f or fe.
    static let vesToF: [String: String] = [
        "leaves": "leaf", "wolves": "wolf", "knives": "knife", "wives": "wife", "lives": "life",
        "shelves": "shelf", "halves": "half", "calves": "calf", "loaves": "loaf", "thieves": "thief",
        "scarves": "scarf", "selves": "self", "elves": "elf", "wharves": "wharf", "hooves": "hoof",
    ]
    static let fToVes: [String: String] = {
        var d: [String: String] = [:]
        for (p, s) in vesToF { d[s] = p }
        return d
    }()

    /// Singulars ending in -che (`caches` → `cache`, but `batches` → `batch`).
    static let cheWords: Set<String> = [
        "cache", "niche", "avalanche", "headache", "moustache", "quiche", "psyche", "cliche", "microfiche",
        "earache", "toothache", "stomachache", "backache", "creche", "douche", "panache", "attache", "tranche",
    ]

    /// Singulars ending in -us whose plural adds -es (`statuses`, `campuses`).
    static let usWords: Set<String> = [
        "status", "bus", "campus", "virus", "bonus", "census", "syllabus", "prospectus", "circus", "chorus",
        "focus", "cactus", "walrus", "consensus", "surplus", "corpus", "genius", "apparatus", "octopus",
        "platypus", "sinus", "onus", "minus", "plus", "hiatus", "fetus", "abacus", "stimulus", "thesaurus",
        "nexus", "impetus", "exodus", "radius", "lotus", "fungus", "hippopotamus", "rhombus", "uterus",
    ]

    /// Singulars in -o whose plural adds -es (`heroes`), unlike `photos`.
    static let oesWords: Set<String> = [
        "hero", "potato", "tomato", "echo", "veto", "torpedo", "volcano", "mosquito", "cargo", "buffalo",
        "embargo", "domino", "tornado",
    ]
}
