import DoppelText

/// How a sentence splits into items, and whether they name tables or columns.
extension PromptReader {
    /// Splits a sentence at its list introducer: the first colon, or the first
    /// `with`/`having`/`include`… before the first comma.
    static func splitIntroducer(_ nodes: [PromptNode]) -> (pre: [PromptNode], body: [PromptNode], introducer: String?) {
        let colons = nodes.indices.filter { nodes[$0].isKind(.colon) }
        if let c = colons.first {
            // "Generate 200 rows: sensors: id, name": the list belongs to the short phrase before the last colon.
            if colons.count >= 2, let last = colons.last {
                let previous = colons[colons.count - 2]
                let between = nodes[(previous + 1)..<last]
                if between.count <= 4, between.allSatisfy({ $0.name != nil }) {
                    return (Array(between), Array(nodes[(last + 1)...]), ":")
                }
            }
            return (Array(nodes[..<c]), Array(nodes[(c + 1)...]), ":")
        }
        // "customers - id, name, email", "car wash loyalty program - customers, vehicles, visits": a short name or
        // heading, a dash, then its list.
        if let d = nodes.firstIndex(where: { $0.isKind(.dash) || $0.isKind(.arrow) }), d > 0, d <= 6, nodes[..<d].allSatisfy({ $0.name != nil }),
           d + 1 < nodes.count, nodes[(d + 1)...].contains(where: { $0.isKind(.comma) }) {
            return (Array(nodes[..<d]), Array(nodes[(d + 1)...]), ":")
        }
        let firstComma = nodes.firstIndex(where: { $0.isKind(.comma) }) ?? nodes.count
        for k in 0..<firstComma {
            // "sessions record the member, start time, …": a plural subject, then a verb that lists what it keeps.
            if k > 0, k + 1 < nodes.count, let w = nodes[k].wordText, Self.keepingVerbs.contains(w),
               let subject = nodes[k - 1].wordText, Inflector.isPlural(subject), !Vocabulary.isFunctionWord(subject),
               let next = nodes[k + 1].wordText, !["of", "with", "for", "to", "in", "on", "by", "and", "or"].contains(next),
               nodes[..<k].allSatisfy({ $0.name != nil }) {
                return (Array(nodes[..<k]), Array(nodes[(k + 1)...]), w)
            }
            // "A winery tracking wines, vineyards and tastings": after "a" and a singular subject, an -ing verb whose objects are the list.
            if Self.gerundTakesObject(nodes, at: k), let w = nodes[k].wordText,
               let subject = nodes[k - 1].wordText, !Vocabulary.isFunctionWord(subject),
               let object = nodes[k + 1].wordText, !Vocabulary.isFunctionWord(object),
               nodes[..<k].allSatisfy({ $0.name != nil }), nodes[..<k].contains(where: { $0.isWord("a") || $0.isWord("an") }),
               !nodes[(k + 1)...].contains(where: { $0.wordText.map(Self.prepositionalIntroducers.contains) == true }) {
                return (Array(nodes[..<k]), Array(nodes[(k + 1)...]), w)
            }
            guard let w = nodes[k].wordText, Vocabulary.listIntroducers.contains(w) else { continue }
            // "a dataset of stores, …", "products and stores": after `of`, `and` or an article it is a noun.
            if !Self.prepositionalIntroducers.contains(w), k > 0, let previous = nodes[k - 1].wordText, Vocabulary.isFunctionWord(previous) { continue }
            // "stores (id, …)": a noun before its columns, not a verb.
            if k + 1 < nodes.count, nodes[k + 1].isGroup { continue }
            let prepositional = ["with", "having", "containing", "including", "include", "includes", "featuring", "incl"].contains(w)
            let opensSentence = nodes[..<k].allSatisfy { $0.wordText.map { Vocabulary.requestWords.contains($0) } ?? false }
            if (k == 0 || opensSentence) && prepositional || k > 0 && nodes[..<k].contains(where: { $0.name != nil }) {
                if (w == "has" || w == "have"), k + 1 < nodes.count, nodes[k + 1].isWord("many") || nodes[k + 1].isWord("one") { continue }
                return (Array(nodes[..<k]), Array(nodes[(k + 1)...]), w)
            }
        }
        return ([], nodes, nil)
    }

    /// An -ing verb that takes a list of things as its object (`tracking`, `selling`, `listing`): any participle, and
    /// the -ing nouns that are verbs too when a plural follows.
    static func isListingGerund(_ w: String) -> Bool {
        Vocabulary.isParticiple(w) || ["tracking", "recording", "listing", "offering", "shipping", "publishing", "printing", "hiring", "lending", "renting", "streaming", "manufacturing", "building"].contains(w)
    }

    /// `nodes[k]` is such a verb between a singular subject and a plural object: "winery tracking wines",
    /// "company manufacturing widgets" (not "time tracking app", "tracking numbers" after a plural).
    static func gerundTakesObject(_ nodes: [PromptNode], at k: Int) -> Bool {
        guard k > 0, k + 1 < nodes.count, let w = nodes[k].wordText, isListingGerund(w),
              let subject = nodes[k - 1].wordText, !Inflector.isPlural(subject), !subject.hasSuffix("ing"),
              let object = nodes[k + 1].wordText, Inflector.isPlural(object) else { return false }
        return true
    }

    /// Verbs a plural subject uses to list what it keeps (`sessions record …`, `devices report …`).
    static let keepingVerbs: Set<String> = ["record", "store", "track", "capture", "log", "list", "keep", "report", "hold", "carry", "show"]

    /// Top-level items separated by commas and semicolons.
    static func splitItems(_ nodes: [PromptNode]) -> [[PromptNode]] {
        var items: [[PromptNode]] = [[]]
        for n in nodes {
            if n.isKind(.comma) || n.isKind(.semicolon) { items.append([]) } else { items[items.count - 1].append(n) }
        }
        return items.filter { !$0.isEmpty }
    }

    /// Positive for a list of entities, negative for a list of columns.
    static func listScore(_ items: [[PromptNode]], ownerIsTable: Bool) -> Int {
        var total = ownerIsTable ? -3 : 0
        var open = false
        for item in items {
            // Column-like items after "products with sku, …" continue that entity's columns.
            if open, !isEntityItem(item, strong: false) || isMetricItem(item) { continue }
            if item.first?.isWord("with") == true { open = true; continue }
            open = opensColumnList(item)
            // Score each `and`-part of the item's head so "pets and visits" counts two entities, but not
            // the parts of a description ("picks where each pick belongs to an order and is done by …").
            let descriptionStart = item.indices.first { k in
                item[k].isGroup || item[k].wordText.map {
                    ["with", "where", "who", "that", "which", "whose", "having"].contains($0) || Vocabulary.relationPrepositions.contains($0)
                        || Vocabulary.isParticiple($0) || Vocabulary.linkingVerbs.contains($0)
                } == true
            } ?? item.count
            var part: [PromptNode] = []
            for (k, n) in (item + [.token(PromptToken(.word, "and"))]).enumerated() {
                if (n.isWord("and") || n.isWord("or")) && (k < descriptionStart || k == item.count) {
                    if !part.isEmpty { total += itemScore(part) }
                    part = []
                } else {
                    part.append(n)
                }
            }
        }
        return total
    }

    /// `nodes` without the conjunctions that open them ("and customers" → "customers").
    static func droppingLeadingConjunctions(_ nodes: [PromptNode]) -> [PromptNode] {
        Array(nodes.drop { $0.wordText.map(Vocabulary.conjunctions.contains) ?? false })
    }

    /// Whether an item names a table rather than a column: a count, a column group, a join table, or a
    /// plural noun the planner knows or that a description follows (`drivers who …`, `trips with …`).
    /// `strong` also asks for more than a known plural in the middle of an item (`pets allowed`).
    static func isEntityItem(_ input: [PromptNode], strong: Bool) -> Bool {
        let nodes = droppingLeadingConjunctions(input)
        let np = NounPhrase.read(nodes, from: 0)
        guard !np.isEmpty else { return false }
        if np.count != nil || np.isJoin { return true }
        if isHistory(np), np.end == nodes.count { return true }
        if let first = np.words.first, Self.measureQualifiers.contains(first), np.words.count > 1 { return false }
        if np.end < nodes.count, let group = nodes[np.end].children { return GroupReader.isColumnList(group) }
        let head = np.head
        if Self.describesPlural(nodes, np) { return true }
        guard Inflector.isPlural(head), Vocabulary.units[head] == nil, !Vocabulary.isAboutData(np.words) else { return false }
        let known = DomainCatalogue.isKnownEntity(Inflector.singular(Identifier.join(np.words))) || DomainCatalogue.isKnownEntity(Inflector.singular(head))
        let next = np.end < nodes.count ? nodes[np.end].wordText : nil
        // "activities logged on deals" describes a table; "pets allowed" is a column.
        let afterNext = np.end + 1 < nodes.count ? nodes[np.end + 1].wordText : nil
        let participleTail = next.map(Vocabulary.isPastParticiple) == true
            && afterNext.map { Vocabulary.prepositions.contains($0) || $0.hasSuffix("ly") } == true
        let tail = participleTail || next.map {
            ["with", "who", "that", "which", "having", "including"].contains($0) || Vocabulary.relationPrepositions.contains($0)
                || Vocabulary.linkingVerbs.contains($0) || Vocabulary.isParticiple($0)
        } ?? false
        if tail { return true }
        return strong ? known && next == nil : known
    }

    /// `watch history of subscribers`, `a log of visits by patients`: a singular noun described by a
    /// relation to plural ones is a table too (unlike `date of birth`).
    static func describesPlural(_ nodes: [PromptNode], _ np: NounPhrase) -> Bool {
        guard np.end + 1 < nodes.count, let w = nodes[np.end].wordText, w == "of" || w == "by" || w == "for",
              !Vocabulary.metaNouns.contains(np.head), !ColumnLexicon.isKnown(Identifier.join(np.words)) else { return false }
        let target = NounPhrase.read(nodes, from: np.end + 1)
        return !target.isEmpty && Inflector.isPlural(target.head) && !Vocabulary.metaNouns.contains(target.head) && Vocabulary.units[target.head] == nil
    }

    static let measureQualifiers: Set<String> = ["min", "max", "minimum", "maximum", "avg", "average", "mean", "median", "total", "num", "number", "count", "pct", "percent"]

    /// Plurals that, inside a column list, count engagement rather than name tables.
    static let metricWords: Set<String> = ["likes", "comments", "shares", "views", "clicks", "impressions", "followers", "subscribers", "downloads", "plays", "streams", "retweets", "reposts", "upvotes", "downvotes", "replies", "mentions", "reactions", "saves", "votes", "visits", "sessions"]

    /// `likes`, `comments`, `views`: a plural that, inside a column list, counts something.
    static func isMetricItem(_ item: [PromptNode]) -> Bool {
        let words = item.compactMap(\.wordText).filter { !Vocabulary.determiners.contains($0) }
        let first = words.first { !Vocabulary.conjunctions.contains($0) }
        let next = words.drop { $0 != first }.dropFirst().first
        return first.map { ColumnLexicon.countWords.contains($0) || metricWords.contains($0) } == true && (next == nil || Vocabulary.conjunctions.contains(next ?? ""))
    }

    /// `products with sku`: an entity whose description ends in a column list that later items may continue.
    static func opensColumnList(_ item: [PromptNode]) -> Bool {
        let nodes = droppingLeadingConjunctions(item)
        let np = NounPhrase.read(nodes, from: 0)
        guard !np.isEmpty, Inflector.isPlural(np.head) || DomainCatalogue.isKnownEntity(Inflector.singular(Identifier.join(np.words))) else { return false }
        return nodes[np.end...].contains { $0.wordText.map { ["with", "having", "including", "containing"].contains($0) } ?? false }
    }

    /// How much one item looks like an entity (positive) or a column (negative).
    /// A noun phrase for a record of many moments of one kind: `login history`, `purchase history`, `audit log`.
    static func isHistory(_ np: NounPhrase) -> Bool {
        np.words.count >= 2 && ["history", "log", "logs"].contains(np.words.last ?? "") && !ColumnLexicon.isKnownSpecifically(Identifier.join(np.words))
    }

    static func itemScore(_ input: [PromptNode]) -> Int {
        let nodes = droppingLeadingConjunctions(input)
        guard let firstWord = nodes.first?.wordText ?? nodes.first?.name ?? (nodes.first?.token?.kind == .number ? "#" : nil) else { return 0 }
        if firstWord == "whether" || firstWord == "if" || firstWord == "with" { return -3 }
        // "min players", "average rating", "total orders": a measure, not a table.
        if measureQualifiers.contains(firstWord), nodes.count > 1 { return -3 }
        if nodes.contains(where: { $0.isWord("flag") || $0.isWord("yes") }) { return -3 }
        let np = NounPhrase.read(nodes, from: 0)
        guard !np.isEmpty else { return 0 }
        var score = 0
        if np.count != nil { score += 3 }
        if np.isJoin { score += 4 }
        if describesPlural(nodes, np) { score += 5 }
        if np.end < nodes.count, let group = nodes[np.end].children {
            score += GroupReader.isColumnList(group) ? 4 : -1
        }
        let name = Identifier.join(np.words)
        let head = np.head
        // "with login history", "with an audit log": a record of many moments is a table of its own.
        if isHistory(np) { return score + 4 }
        if np.words.contains("id") || name.hasSuffix("_id") || name == "id" { score -= 3 }
        if Vocabulary.isAboutData(np.words) && np.count == nil && !(np.end < nodes.count && nodes[np.end].isGroup) { return score - 1 }
        if Inflector.isPlural(head) && Vocabulary.units[head] == nil { score += 2 } else { score -= 2 }
        if !Inflector.isPlural(head), Vocabulary.settingNouns.contains(head) { score -= 3 }  // "social app", "veterinary clinic"
        if DomainCatalogue.isKnownEntity(Inflector.singular(name)) || DomainCatalogue.isKnownEntity(Inflector.singular(head)) { score += 2 }
        if ColumnLexicon.isKnownSpecifically(name) || ColumnLexicon.isKnown(Inflector.singular(name)) && !Inflector.isPlural(head) { score -= 2 }
        if np.end < nodes.count, let w = nodes[np.end].wordText,
           Vocabulary.relationPrepositions.contains(w) || Vocabulary.isParticiple(w) || Vocabulary.linkingVerbs.contains(w)
            || ["with", "where", "who", "that", "which", "whose"].contains(w) {
            // "purchase orders from suppliers", "products with sku": a described entity.
            score += Inflector.isPlural(head) ? 3 : 1
        }
        return score
    }
}
