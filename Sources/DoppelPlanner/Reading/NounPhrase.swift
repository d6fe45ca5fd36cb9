import DoppelText

/// The head of a list item: an optional count, the name words, and what follows.
///
/// `5 realistic product categories (id, name) of ...` reads as count 5,
/// words `product categories`, the group, and the tail from `of`.
struct NounPhrase: Equatable {
    var count: Int?
    var words: [String] = []
    /// Spelled as an identifier (code span, snake_case, or after `table`).
    var exact = false
    /// Marked as a join table (`a post_tags join table`).
    var isJoin = false
    /// Named with a table word (`a customer table`, `table accounts`).
    var isTable = false
    /// Index of the first node after the words.
    var end: Int

    var isEmpty: Bool { words.isEmpty }

    /// Reads a noun phrase from `nodes[start...]`.
    /// A parenthesised list of column names (`table_number, seats`), not of tables (`customers, orders`):
    /// two items or more, one of them not a single plural word.
    static func namesColumns(_ list: [PromptNode]) -> Bool {
        var items: [[String]] = [[]]
        for n in list {
            if n.isKind(.comma) { items.append([]) } else if let name = n.name { items[items.count - 1].append(name) }
        }
        items = items.filter { !$0.isEmpty }
        return items.count >= 2 && items.contains { $0.count != 1 || !Inflector.isPlural($0[0]) || $0[0].contains("_") }
    }

    static func read(_ nodes: [PromptNode], from start: Int) -> NounPhrase {
        var np = NounPhrase(end: start)
        var k = start
        func skipLeading() {
            while k < nodes.count, let w = nodes[k].wordText,
                  Vocabulary.determiners.contains(w) || Vocabulary.fillers.contains(w) || w == "and" || w == "or" || w == "plus" || w == "of" && np.count != nil {
                // A plural filler that names its own columns is a table: a car park's `lots (name, daily_rate)`
                // (not "sample (demo) data").
                if Vocabulary.fillers.contains(w), !Vocabulary.determiners.contains(w), w.count > 2, w.hasSuffix("s"),
                   k + 1 < nodes.count, let list = nodes[k + 1].children, list.contains(where: { $0.isKind(.comma) }) { break }
                // … and an auction's `lots` standing alone as a listed item ("with lots, bidders and bids"), never "lots of".
                if w == "lots", k + 1 == nodes.count || nodes[k + 1].isKind(.comma) || nodes[k + 1].isWord("and") { break }
                k += 1
            }
        }
        skipLeading()
        // "CREATE TABLE x", "Generate 10 departments", "there are customers"
        while k < nodes.count, let w = nodes[k].wordText, Vocabulary.requestWords.contains(w) && !["table", "a", "an", "the"].contains(w) || Self.pronouns.contains(w),
              k + 1 < nodes.count, nodes[k + 1].name != nil || nodes[k + 1].isKind(.number) {
            k += 1
            while k < nodes.count, let w2 = nodes[k].wordText, ["are", "is", "were", "was", "be", "me", "us"].contains(w2) { k += 1 }
            // "We sell shoes", "we run a chain of cafés": after a subject pronoun the next word is its verb.
            if Self.subjectPronouns.contains(w), k + 1 < nodes.count, let verb = nodes[k].wordText, !Vocabulary.isFunctionWord(verb),
               !Vocabulary.requestWords.contains(verb), nodes[k + 1].name != nil || nodes[k + 1].isKind(.number) {
                k += 1
            }
            skipLeading()
        }
        if let (value, next) = Count.read(nodes, at: k) {
            np.count = value
            k = next
            skipLeading()
        }
        // `table accounts`, `entity orders`: the designator names what follows exactly.
        if k < nodes.count, let w = nodes[k].wordText, w == "table" || w == "entity" || w == "tables",
           k + 1 < nodes.count, let next = nodes[k + 1].token, next.isName, !Vocabulary.isFunctionWord(next.text) {
            np.isTable = true
            np.exact = true
            k += 1
        }
        while k < nodes.count {
            let node = nodes[k]
            guard let t = node.token else { break }
            if t.kind == .code {
                np.words.append(t.text)
                np.exact = true
                k += 1
                continue
            }
            guard t.kind == .word else { break }
            let w = t.text
            // "15-minute readings", "5-star hotels": a measure used as an adjective.
            if let dash = w.firstIndex(of: "-"), w[..<dash].allSatisfy(\.isNumber), !w[..<dash].isEmpty {
                k += 1
                continue
            }
            if Vocabulary.joinMarkers.contains(w), k + 1 < nodes.count, let n = nodes[k + 1].wordText, n == "table" || n == "tables" {
                np.isJoin = true
                k += 2
                break
            }
            if w == "table" || w == "tables" || w == "entity" || w == "entities" {
                // A restaurant's `tables (table_number, seats)`: the word names its own columns, so it is the table.
                if np.words.isEmpty, w == "tables", k + 1 < nodes.count, let list = nodes[k + 1].children, Self.namesColumns(list) {
                    np.words.append(w)
                    k += 1
                    break
                }
                if !np.words.isEmpty { np.isTable = true }
                k += 1
                break
            }
            if Vocabulary.isFunctionWord(w) || relativeWords.contains(w) { break }
            // "shoes and bags online", "sold worldwide": an adverb closing the phrase is no part of its name.
            if !np.words.isEmpty, Self.closingAdverbs.contains(w), k + 1 >= nodes.count || nodes[k + 1].name == nil
                || nodes[k + 1].wordText.map(Vocabulary.isFunctionWord) == true { break }
            // "stores", "tracks", "features": nouns at the start, verbs after a subject when something follows
            // ("the app tracks workouts"); at the end of an item a noun ("playlists, tracks and playlist tracks").
            if !np.words.isEmpty, Vocabulary.listIntroducers.contains(w), k + 1 < nodes.count,
               nodes[k + 1].isKind(.colon) || nodes[k + 1].wordText.map({ !Vocabulary.conjunctions.contains($0) }) == true { break }
            // "time entries logging hours": an -ing word after a plural head starts the description.
            if let previous = np.words.last, Vocabulary.isParticiple(w) || w.hasSuffix("ing") && w.count > 4 && Inflector.isPlural(previous) { break }
            if let previous = np.words.last, Vocabulary.isPastParticiple(w) {
                // "defects found in …", "boxes shipped monthly", "orders placed by …"
                let nextIsPreposition = k + 1 < nodes.count && nodes[k + 1].wordText.map { Vocabulary.prepositions.contains($0) || $0.hasSuffix("ly") } == true
                if nextIsPreposition || Inflector.isPlural(previous) { break }
            }
            // "users follow other users", "attendees register for events", "a teacher teaches a student".
            if let previous = np.words.last, Vocabulary.isVerb(nodes, at: k, previous: previous) { break }
            if verbsAfterSubject.contains(w), !np.words.isEmpty { break }
            np.words.append(w)
            if w.contains("_") { np.exact = true }
            k += 1
        }
        // "a catalog of titles", "a list of apartments", "an HR dataset of employees": the noun after `of` is the entity
        // (the words before a dataset word only say what the data is about).
        if np.words.count == 1 || np.words.last.map(Vocabulary.descriptorNouns.contains) == true, let last = np.words.last, !np.exact,
           Vocabulary.descriptorNouns.contains(last)
            || np.words.count == 1 && ["catalog", "catalogue", "collection", "set", "list", "network", "chain", "group", "fleet", "portfolio", "family", "series"].contains(last),
           k + 1 < nodes.count, nodes[k].isWord("of") {
            var inner = read(nodes, from: k + 1)
            if !inner.isEmpty, Inflector.isPlural(inner.head) {
                inner.count = inner.count ?? np.count
                return inner
            }
        }
        np.end = k
        return np
    }

    static let subjectPronouns: Set<String> = ["we", "i", "they", "you"]
    static let closingAdverbs: Set<String> = ["online", "offline", "worldwide", "locally", "nationwide", "globally", "internationally",
                                              "abroad", "overseas", "today", "there", "here"]
    static let pronouns: Set<String> = ["there", "here", "it", "they", "we", "you", "i", "he", "she", "them", "this", "these", "those"]

    static let relativeWords: Set<String> = ["that", "which", "who", "whose", "where", "when", "whether", "if", "so", "while", "because"]

    /// Verbs that end a subject noun phrase (`each book has`, `loans belong`).
    static let verbsAfterSubject: Set<String> = [
        "has", "have", "had", "is", "are", "was", "were", "belongs", "belong", "references", "refers", "points",
        "can", "may", "must", "should", "will", "would", "could", "contains", "owns", "does", "do", "gets",
    ]

    /// The last word: the head noun of the phrase.
    var head: String { words.last ?? "" }
}

/// Counts written as digits or words: `12`, `1,000`, `10k`, `twelve`, `a dozen`, `two hundred fifty`.
enum Count {
    /// The count at `nodes[at]` and the index after it, or nil.
    static func read(_ nodes: [PromptNode], at start: Int) -> (Int, Int)? {
        guard start < nodes.count, let t = nodes[start].token else { return nil }
        if t.kind == .number {
            guard t.value >= 1, t.value < 1e12, t.value.rounded() == t.value else { return nil }
            var k = start + 1
            var value = t.value
            // "2 million", "10 thousand"
            if k < nodes.count, let w = nodes[k].wordText, let m = scale[w] {
                value *= Double(m)
                k += 1
            }
            // "100-200 orders": take the upper bound of a range.
            if k + 1 < nodes.count, nodes[k].isKind(.dash) || nodes[k].isWord("to"), let u = nodes[k + 1].token, u.kind == .number, u.value > value {
                value = u.value
                k += 2
            }
            // Counts beyond a trillion are not row counts; never convert what does not fit.
            guard value >= 1, value < Count.limit else { return nil }
            return (Int(value), k)
        }
        guard t.kind == .word else { return nil }
        var k = start
        if t.text == "a" || t.text == "an" {
            guard k + 1 < nodes.count, let w = nodes[k + 1].wordText, w == "dozen" || w == "hundred" || w == "thousand" || w == "million" else { return nil }
            k += 1
        }
        var total = 0
        var current = 0
        var any = false
        while k < nodes.count, let w = nodes[k].wordText {
            guard total < Int(Count.limit), current < Int(Count.limit) else { return nil }  // "million million million …"
            if let small = Vocabulary.numberWords[w], small < 100 {
                current += small
            } else if w == "hundred" {
                current = max(current, 1) * 100
            } else if w == "thousand" || w == "million" {
                total += max(current, 1) * (w == "thousand" ? 1000 : 1_000_000)
                current = 0
            } else if w == "and", any, k + 1 < nodes.count, let n = nodes[k + 1].wordText, Vocabulary.numberWords[n] != nil {
                k += 1
                continue
            } else {
                break
            }
            any = true
            k += 1
        }
        guard any, total < Int(Count.limit), current < Int(Count.limit) else { return nil }
        let value = total + current
        // "one" alone is a quantifier ("one author"), not a count of rows.
        if value == 1 && k == start + 1 { return nil }
        return value > 0 ? (value, k) : nil
    }

    static let scale: [String: Int] = ["thousand": 1000, "million": 1_000_000, "k": 1000, "m": 1_000_000]

    /// The largest count read (a trillion): larger numbers are not row counts and would not fit an `Int` safely.
    static let limit = 1e12
}
