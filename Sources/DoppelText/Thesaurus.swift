/// Swaps common words for near-synonyms, so texts built from the same
/// templates do not read word for word alike.
///
/// Only swaps that keep the sentence grammatical in any context we write are
/// listed; a few apply only before a number ("about 5" → "around 5").
enum Thesaurus {
    // Not listed, because the same spelling is another part of speech in lines we write:
    // "clear" ("a clear step up" is not "an easy to follow step up"), "needs" (a noun in
    // "certain needs"), "pretty" (an adjective in "the pretty gift wrapping", not "the rather …").
    // Nor adjectives whose sense depends on the noun: a quiet fan is not a "peaceful" fan, a
    // smooth hinge not a "painless" one, polished cutlery not "slick", a helpful sample answer
    // not an "obliging" one, a friendly appointment not a "warm" one ("quiet", "smooth",
    // "polished", "helpful", "friendly"); each thing's own words
    // are chosen for it (`Grammar`'s `<good / bad>`).
    private static let anywhere: [String: [String]] = [
        // intensifiers and hedges
        "really": ["genuinely", "truly", "seriously"], "truly": ["really", "genuinely"],
        "genuinely": ["truly", "really"],
        "very": ["extremely", "remarkably", "exceptionally", "incredibly"],
        "quite": ["rather", "fairly"],
        "honestly": ["frankly", "truthfully"], "frankly": ["honestly", "bluntly"],
        "definitely": ["certainly", "absolutely"], "absolutely": ["definitely", "certainly"],
        "completely": ["entirely", "totally"], "totally": ["completely", "entirely"],
        "always": ["consistently", "invariably"], "usually": ["typically", "generally"],
        "often": ["frequently", "regularly"], "immediately": ["right away", "instantly"],
        "eventually": ["finally", "in the end"], "quickly": ["promptly", "swiftly"],
        "nearly": ["almost", "close to"], "almost": ["nearly"],
        // adjectives, both directions
        "great": ["excellent", "superb", "terrific"], "excellent": ["outstanding", "superb", "first-class"],
        "fantastic": ["brilliant", "wonderful"], "impressive": ["striking", "remarkable"],
        "spotless": ["immaculate", "spotlessly clean"], "comfortable": ["comfy", "cosy"],
        "quick": ["fast", "speedy", "prompt"], "fast": ["quick", "speedy"], "slow": ["sluggish", "sluggish"],
        "reliable": ["dependable", "trustworthy"], "dependable": ["reliable", "solid"],
        "expensive": ["pricey", "costly"], "overpriced": ["too expensive", "poor value"],
        "confusing": ["baffling", "unclear"], "frustrating": ["exasperating", "maddening"],
        "annoying": ["irritating", "maddening"], "terrible": ["awful", "dreadful"],
        "disappointing": ["underwhelming"], "rude": ["curt", "brusque"],
        "dirty": ["grimy", "filthy"], "filthy": ["grimy", "dirty"], "noisy": ["loud"],
        "broken": ["faulty"], "huge": ["massive", "big"], "delicious": ["tasty", "flavourful"],
        "happy": ["pleased", "delighted"], "pleased": ["happy", "delighted"],
        // verbs
        "fixed": ["resolved", "sorted out"], "noticed": ["spotted", "saw"], "arrived": ["showed up", "turned up"],
        "started": ["began"], "seemed": ["appeared"], "helped": ["assisted"], "love": ["adore"],
        "appreciated": ["valued"], "appreciate": ["value"], "told": ["informed"], "happened": ["occurred"],
"stopped": ["quit"],
        // nouns
        "problem": ["issue", "fault"], "problems": ["issues", "faults"], "issue": ["problem"],
        "mess": ["shambles", "disaster"], "headache": ["hassle", "pain"], "hassle": ["headache", "bother"],
        "mistake": ["error"],
    ]
    private static let beforeNumber: [String: [String]] = [
        "about": ["around", "roughly", "approximately", "some", "close to"],
        "around": ["about", "roughly"], "roughly": ["about", "around"],
        "over": ["more than", "upwards of"],
        "under": ["less than", "below"],
    ]

    /// Fixed phrases whose words are not the words they look like ("happy hour" is not a
    /// "delighted hour", "in love" is not "in adore"): neither word is swapped inside one.
    private static let compounds: Set<String> = ["happy hour", "fast track", "quick start", "quiet carriage",
                                                 "quiet zone", "slow cooker", "great room", "pretty much", "in love",
                                                 "fall in", "great deal", "not quite", "quite a", "quite an", "quite the"]

    /// Every word the thesaurus may swap (lowercase): lists of words that must not turn into
    /// each other keep clear of these.
    static var swappable: Set<String> { Set(anywhere.keys).union(beforeNumber.keys) }

    /// Whether the last word of `a` and the first of `b` start alike (five letters), so one
    /// next to the other would echo it.
    static func sharesStem(_ a: String, _ b: String) -> Bool {
        let a = a.split(separator: " ").last.map(String.init) ?? a, b = b.split(separator: " ").first.map(String.init) ?? b
        return a.count >= 5 && b.count >= 5 && a.prefix(5) == b.prefix(5)
    }

    /// `text` with each listed word swapped with probability `rate`.
    static func vary(_ text: String, rate: Double, rng: inout TextRNG) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        var word = ""
        var previous = ""
        var lastOut = ""
        let chars = Array(text)
        // A swap never brings in a word the text already has ("painful, even slow" is not
        // "the sluggish launch time … painful, even sluggish").
        let present = text.lowercased()
        func flush(next index: Int) {
            guard !word.isEmpty else { return }
            let lower = word.lowercased()
            let before = previous
            previous = lower
            defer { word = "" }
            if compounds.contains(before + " " + lower) { out += word; lastOut = lower; return }
            var k = index
            while k < chars.count, chars[k] == " " { k += 1 }
            var next = ""
            while k < chars.count, chars[k].isLetter { next.append(chars[k]); k += 1 }
            if compounds.contains(lower + " " + next.lowercased()) { out += word; lastOut = lower; return }
            var options = anywhere[lower]
            if options == nil, let numbered = beforeNumber[lower] {
                var k = index
                while k < chars.count, chars[k] == " " { k += 1 }
                if k < chars.count, chars[k].isNumber || chars[k] == "$" { options = numbered }
            }
            // No swap may echo a neighbour's stem ("very impressive" is not "remarkably remarkable").
            guard let options, rng.chance(rate),
                  let pick = rng.pick(options.filter { !sharesStem(lastOut, $0) && !sharesStem($0, next.lowercased())
                                                       && !present.contains($0) })
            else { out += word; lastOut = lower; return }
            out += word.first?.isUppercase == true ? TextPolish.capitalised(pick) : pick
            lastOut = pick.lowercased()
        }
        for (i, c) in chars.enumerated() {
            if c.isLetter || c == "'" {
                word.append(c)
            } else {
                flush(next: i)
                // A phrase does not run across punctuation.
                if c != " " { previous = "" }
                out.append(c)
            }
        }
        flush(next: chars.count)
        return out
    }
}
