import DoppelText

/// Reads the words before a list: `Create a weather stations table`,
/// `Sports league dataset of players`, `City bike share for 12 docking
/// stations`, `Give me 4 tables for a recipe site`.
///
/// It finds the entity the list belongs to (the owner), counts attached to
/// nouns, row and table counts, and the words that describe the setting.
struct PreambleReader {
    /// The entity a following column list belongs to.
    var owner: EntityDraft?
    /// Counted noun phrases: `12 docking stations`.
    private(set) var counted: [EntityDraft] = []
    /// `500 rows`
    private(set) var rows: Int?
    /// `4 tables`
    private(set) var tables: Int?
    /// Content words, for the schema name and domain.
    private(set) var descriptor: [String] = []

    init(_ input: [PromptNode]) {
        var nodes = input
        var singular = false
        while let w = nodes.first?.wordText, Vocabulary.requestWords.contains(w), w != "table", Vocabulary.numberWords[w] == nil || w == "one" {
            // "a small SaaS": an article's number holds across the adjectives after it.
            if w == "a" || w == "an" { singular = true } else if Vocabulary.determiners.contains(w) || Vocabulary.isFunctionWord(w) { singular = false }
            nodes.removeFirst()
        }
        descriptor = nodes.compactMap(\.name).filter(Vocabulary.isDescriptive)
        readCounts(nodes)
        owner = Self.findOwner(nodes, afterArticle: singular)
        if var o = owner, let c = counted.first(where: { $0.rawName == o.rawName }) {
            o.count = c.count
            owner = o
        }
    }

    private mutating func readCounts(_ nodes: [PromptNode]) {
        var k = 0
        while k < nodes.count {
            guard Count.read(nodes, at: k) != nil else { k += 1; continue }
            let np = NounPhrase.read(nodes, from: k)
            defer { k = max(np.end, k + 1) }
            guard let count = np.count, !np.isEmpty else { continue }
            // "A city 311 service", "a 24 hour gym": a number before a singular noun names the thing, not a count of it.
            if count > 1, !Inflector.isPlural(np.head), !Inflector.isUncountable(np.head), !Vocabulary.metaNouns.contains(np.head) { continue }
            if Vocabulary.tableNouns.contains(np.head), np.words.count == 1 {
                tables = count
            } else if Vocabulary.rowNouns.contains(np.head), np.words.count == 1 {
                rows = count
            } else if !Vocabulary.metaNouns.contains(np.head) || np.exact {
                var d = EntityDraft(words: np.words, exact: np.exact, origin: .named)
                d.count = count
                counted.append(d)
            }
        }
    }

    /// The entity a column list after these words describes, or nil.
    /// `afterArticle`: the request words dropped before `nodes` ended with "a" or "an" ("A small SaaS with …").
    static func findOwner(_ nodes: [PromptNode], afterArticle: Bool = false) -> EntityDraft? {
        // "dataset of players", "a catalogue of laptops", "a table of sensor events"
        for (k, n) in nodes.enumerated() where n.isWord("of") && k > 0 {
            guard let before = nodes[k - 1].wordText, Vocabulary.descriptorNouns.contains(before) || Vocabulary.metaNouns.contains(before) else { continue }
            let np = NounPhrase.read(nodes, from: k + 1)
            if !np.isEmpty, !Vocabulary.rowNouns.contains(np.head) { return draft(np, descriptorNamed: false) }
        }
        // "table `accounts`", "Create a weather stations table": the last noun phrase.
        var start = 0
        for (k, n) in nodes.enumerated() {
            if let w = n.wordText, Vocabulary.isFunctionWord(w) || (Vocabulary.requestWords.contains(w) && w != "table") || NounPhrase.verbsAfterSubject.contains(w)
                || k > 0 && nodes[k - 1].wordText.map({ Vocabulary.isVerb(nodes, at: k, previous: $0) }) == true {
                start = k + 1
            } else if n.token?.kind == .number || n.isKind(.comma) || n.isKind(.dash) {
                start = k + 1
            } else if PromptReader.gerundTakesObject(nodes, at: k) {
                // "a company manufacturing widgets with …": the widgets are what the list belongs to.
                start = k + 1
            }
        }
        if start < nodes.count, nodes[start].isWord("table") || nodes[start].isWord("entity") {
            // keep the designator: NounPhrase reads `table x` as exact
        } else if start > 0, nodes[start - 1].isWord("table") {
            start -= 1
        }
        var np = NounPhrase.read(nodes, from: start)
        var named = false
        while let last = np.words.last, Vocabulary.descriptorNouns.contains(last) || Vocabulary.metaNouns.contains(last), np.words.count > 1 {
            np.words.removeLast()
            named = true
        }
        guard !np.isEmpty, !(np.words.count == 1 && (Vocabulary.descriptorNouns.contains(np.head) || Vocabulary.metaNouns.contains(np.head))) else { return nil }
        if np.words.allSatisfy({ Vocabulary.requestWords.contains($0) || Vocabulary.fillers.contains($0) }) { return nil }
        var owner = draft(np, descriptorNamed: named && np.words.count > 1)
        // "A SaaS with tenants": after "a" or "an" the noun is one thing, whatever its last letter.
        let article = start > 0 ? nodes[start - 1].isWord("a") || nodes[start - 1].isWord("an") : afterArticle
        if !np.exact, article { owner.keepNumber = true }
        return owner
    }

    private static func draft(_ np: NounPhrase, descriptorNamed: Bool) -> EntityDraft {
        var d = EntityDraft(words: np.words, exact: np.exact, origin: .named)
        d.keepNumber = descriptorNamed || Inflector.isUncountable(np.head)
        d.count = np.count
        return d
    }
}

extension EntityDraft {
    /// Named with a table word: `a customer table`, `table accounts`.
    var isTable: Bool { exact }
}
