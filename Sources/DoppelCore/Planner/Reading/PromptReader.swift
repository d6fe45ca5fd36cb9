/// Reads a prompt sentence by sentence into drafts of entities, columns,
/// counts and relationships. It knows English structure; what the words
/// mean for data (types, kinds, domains) is left to the lexicons and the
/// assembler.
struct PromptReader {
    private(set) var reading = PromptReading()

    static func read(_ prompt: String) -> PromptReading {
        let lexer = PromptLexer(prompt)
        var reader = PromptReader()
        reader.reading.nonLatin = lexer.ignored
        reader.reading.allWords = lexer.tokens.filter(\.isName).map(\.text)
        for sentence in SentenceSplitter.sentences(lexer.tokens) {
            reader.sentence(sentence)
        }
        return reader.reading
    }

    /// Rewrites "where status should be one of draft, sent, paid or void" (also "is one of",
    /// "can be either …") as "with status (draft, sent, paid, void)", so the values stay with their
    /// column instead of reading as list items.
    static func foldValueLists(_ nodes: [PromptNode]) -> [PromptNode] {
        guard let one = nodes.indices.first(where: { k in
            k + 1 < nodes.count && (nodes[k].isWord("one") && nodes[k + 1].isWord("of") || nodes[k].isWord("either") && k > 0 && nodes[k - 1].isWord("be"))
        }) else { return nodes }
        // The column: content words just before the copula ("status should be", "plan is").
        var c = one - 1
        while c >= 0, let w = nodes[c].wordText, ["be", "is", "are", "should", "must", "can", "will", "may", "always", "either"].contains(w) { c -= 1 }
        guard c >= 0, let column = nodes[c].name, !Vocabulary.isFunctionWord(column) else { return nodes }
        var start = c
        if start > 0, nodes[start - 1].isWord("where") || nodes[start - 1].isWord("whose") || nodes[start - 1].isWord("and") { start -= 1 }
        // The values: words separated by commas, "or", "and", until a description resumes.
        var k = one + (nodes[one].isWord("one") ? 2 : 1)
        var values: [PromptNode] = []
        while k < nodes.count {
            let n = nodes[k]
            if n.isKind(.comma) || n.isWord("or") || n.isWord("and") || n.isKind(.slash) {
                if k + 1 < nodes.count, nodes[k + 1].isWord("with") || nodes[k + 1].isWord("a") || nodes[k + 1].isWord("an") { break }
                values.append(.token(PromptToken(.comma, ",")))
            } else if n.name != nil || n.isKind(.number) || n.isKind(.dash) {
                values.append(n)
            } else {
                break
            }
            k += 1
        }
        guard values.contains(where: { $0.name != nil }) else { return nodes }
        var out = Array(nodes[..<start])
        out.append(.token(PromptToken(.word, "with")))
        out.append(.token(PromptToken(.word, column)))
        out.append(.group(values))
        out += nodes[k...]
        return out
    }

    /// "each customer has one subscription to a plan, with a start date and a renewal date",
    /// "each employee belongs to one department and has a salary and a start date": relationships,
    /// then the columns of the thing the sentence is about.
    private mutating func readStatementWithColumns(_ nodes: [PromptNode]) -> Bool {
        var cut: Int?
        var afterComma = false
        for k in nodes.indices where k + 1 < nodes.count {
            if nodes[k].isKind(.comma), nodes[k + 1].isWord("with") { cut = k; afterComma = true; break }
            if nodes[k].isWord("and"), let w = nodes[k + 1].wordText, ["has", "have", "with", "includes", "records", "stores"].contains(w) { cut = k; break }
        }
        guard let cut, cut > 0 else { return false }
        let head = Array(nodes[..<cut]).filter { !($0.isGroup && !GroupReader.isColumnList($0.children ?? [])) }
        guard let statements = RelationSentenceReader.read(head), let main = statements.first else { return false }
        let columns = ColumnPhraseReader.readList(Array(nodes[(cut + 2)...]), prose: true)
        guard !columns.isEmpty else { return false }
        reading.statements += statements
        let ownerWords = afterComma && !main.object.isEmpty ? main.object : (main.subject.isEmpty ? main.child : main.subject)
        var owner = EntityDraft(words: ownerWords, exact: false, origin: .named)
        owner.described = columns
        reading.entities.append(owner)
        noteProseNouns(head)
        return true
    }

    /// "A network of 8 clinics where doctors work at clinics and patients book appointments with
    /// doctors": the main phrase, then the relationships the clause states.
    private mutating func readWhereClauses(_ nodes: [PromptNode]) -> Bool {
        guard let w = nodes.firstIndex(where: { $0.isWord("where") }), w > 0, !nodes[..<w].contains(where: { $0.isKind(.comma) }) else { return false }
        var parts: [[String]] = [[]]
        for n in nodes[(w + 1)...] {
            if n.isKind(.comma) || n.isWord("and") || n.isKind(.semicolon) { parts.append([]) } else if let name = n.name { parts[parts.count - 1].append(name) }
        }
        // Every part must be a relationship ("each appointment has a patient, a doctor, …" is a column list).
        var found: [RelationStatement] = []
        for part in parts where !part.isEmpty {
            let s = RelationSentenceReader.statements(part)
            guard !s.isEmpty else { return false }
            found += s
        }
        guard !found.isEmpty else { return false }
        sentence(Array(nodes[..<w]))
        reading.statements += found
        for s in found {
            for side in [s.child, s.parent] { reading.entities.append(EntityDraft(words: side, exact: false, origin: .named)) }
        }
        return true
    }

    /// A column list written in words (`full name, date of birth`) rather than identifiers.
    static func isProse(_ nodes: [PromptNode]) -> Bool {
        ColumnPhraseReader.split(nodes).contains { item in
            let words = item.nodes.compactMap(\.wordText).filter {
                !Vocabulary.determiners.contains($0) && !["flag", "whether", "if", "yes", "no", "optional", "unique"].contains($0) && !TypeWords.isStrictType($0)
            }
            return words.count >= 2 || item.nodes.contains { $0.isWord("whether") }
        }
    }

    // MARK: - Sentences

    private mutating func sentence(_ input: [PromptNode]) {
        var nodes = Self.foldValueLists(input)
        while let first = nodes.first, first.isKind(.dash) || first.isKind(.comma) || first.isKind(.colon) || first.isKind(.bullet) {
            nodes.removeFirst()
        }
        guard !nodes.isEmpty else { return }
        readDatasetCounts(nodes)
        if let statements = RelationSentenceReader.read(nodes) {
            reading.statements += statements
            noteProseNouns(nodes)
            return
        }
        if readStatementWithColumns(nodes) || readWhereClauses(nodes) { return }
        let (pre, rawBody, introducer) = Self.splitIntroducer(nodes)
        // "…: each inspection records the line, inspector, …": the list belongs to the entity the body names.
        if introducer == ":", let each = rawBody.first?.wordText, each == "each" || each == "every" {
            let np = NounPhrase.read(rawBody, from: 1)
            if !np.isEmpty, np.end + 1 < rawBody.count, let verb = rawBody[np.end].wordText,
               Vocabulary.listIntroducers.contains(verb) || ["records", "logs", "lists", "captures", "stores", "tracks", "notes", "shows"].contains(verb) {
                var owner = EntityDraft(words: np.words, exact: np.exact, origin: .listed)
                owner.columns = ColumnPhraseReader.readList(Array(rawBody[(np.end + 1)...]), prose: true)
                owner.columnsExplicit = true
                let info = PreambleReader(pre)
                reading.entities += info.counted
                if reading.descriptor.isEmpty { reading.descriptor = info.descriptor }
                reading.entities.append(owner)
                return
            }
        }
        if introducer == ":", let statements = RelationSentenceReader.read(rawBody) {
            reading.statements += statements
            if reading.descriptor.isEmpty { reading.descriptor = pre.compactMap(\.wordText).filter(Vocabulary.isDescriptive) }
            return
        }
        if introducer != ":", pre.count >= 3 {
            let words = pre.compactMap(\.name)
            reading.statements += RelationSentenceReader.statements(words)
        }
        let info = PreambleReader(pre)
        reading.entities += info.counted
        if let rows = info.rows { reading.globalRows = rows }
        if let tables = info.tables { reading.expectedTables = tables }
        if reading.descriptor.isEmpty { reading.descriptor = info.descriptor }
        noteProseNouns(pre)

        var body = rawBody
        // "…: one table with order_id, …": the words before `with` only say there is one table.
        if introducer == ":", let withAt = body.firstIndex(where: { $0.isWord("with") }), withAt <= 3,
           body[..<withAt].allSatisfy({ $0.wordText.map { Vocabulary.determiners.contains($0) || ["one", "single", "a"].contains($0) || Vocabulary.tableNouns.contains($0) || Vocabulary.descriptorNouns.contains($0) } ?? false }) {
            body.removeFirst(withAt + 1)
        }
        // "with the columns (…)": drop the article before a columns word (items keep theirs: "has a patient").
        if let marker = body.firstIndex(where: { !($0.wordText.map(Vocabulary.determiners.contains) ?? false) }),
           marker > 0, body[marker].wordText.map(Self.columnMarkers.contains) == true {
            body.removeFirst(marker)
        }
        var forcedColumns = false
        if let w = body.first?.wordText, Self.columnMarkers.contains(w), body.count > 1,
           body[1].isKind(.colon) || body[1].isWord("of") || introducer != ":" && (body[1].isGroup || body[1].name != nil && !Vocabulary.isFunctionWord(body[1].name ?? "")) {
            forcedColumns = true
            body.removeFirst()
            while let first = body.first, first.isKind(.colon) || first.wordText.map({ ["of", "named", "called", "like", "as"].contains($0) }) == true {
                body.removeFirst()
            }
            if let group = body.first?.children, body.count == 1 || body.dropFirst().allSatisfy({ $0.isKind(.comma) }) {
                body = group
            }
        }
        guard !body.isEmpty else { return }

        var items = Self.splitItems(body)
        let columnList = forcedColumns || Self.listScore(items, ownerIsTable: info.owner?.isTable ?? false || introducer == ":" && (info.owner?.exact ?? false)) < 0
        if columnList {
            // "vans with vin, make, model and year, drivers who each drive one van, and daily trips with …":
            // the columns end where the tables begin.
            var laterEntities: [[PromptNode]] = []
            if !forcedColumns, let split = items.indices.dropFirst().first(where: { Self.isEntityItem(items[$0], strong: true) }) {
                laterEntities = Array(items[split...])
                items = Array(items[..<split])
                body = Array(items.joined(separator: [PromptNode.token(PromptToken(.comma, ","))]))
            }
            defer { if !laterEntities.isEmpty { readEntityList(laterEntities, open: false) } }
            guard var owner = info.owner ?? fallbackOwner(forced: forcedColumns || introducer == ":") ?? Self.inferredOwner(items, introducer: introducer) else {
                // A sentence of plain words with no table in sight: it describes the setting.
                reading.descriptor += nodes.compactMap(\.wordText).filter(Vocabulary.isDescriptive)
                return
            }
            let columns = ColumnPhraseReader.readList(body, prose: Self.isProse(body))
            guard !columns.isEmpty else { return }
            let structured = forcedColumns || introducer == ":" || columns.count >= 3
            if structured {
                owner.columns = columns
                owner.columnsExplicit = true
                owner.origin = .listed
            } else {
                owner.described = columns
            }
            reading.entities.append(owner)
            return
        }
        noteProseNouns(body)
        // "Customers with orders and reviews": the owner is a table too, and leading column-like
        // items ("customers with name and email, orders with total") are its columns. Not a title
        // before a colon ("Payments: …") nor a name with a dataset word dropped ("payments ledger").
        var ownerOpen = false
        if let owner = info.owner, introducer != ":", !owner.keepNumber, Inflector.isPlural(owner.rawName),
           !owner.words.contains(where: { Vocabulary.settingNouns.contains($0) }) {
            reading.entities.append(owner)
            ownerOpen = introducer == "with" || introducer == "having"
        }
        readEntityList(items, open: ownerOpen)
    }

    /// `500 rows`, `1k records each`, `4 tables` anywhere in a sentence.
    private mutating func readDatasetCounts(_ nodes: [PromptNode]) {
        for k in nodes.indices where nodes[k].isKind(.number) || Vocabulary.numberWords[nodes[k].wordText ?? ""] != nil {
            guard let (count, next) = Count.read(nodes, at: k), next < nodes.count else { continue }
            var j = next
            while j < nodes.count, let w = nodes[j].wordText, Vocabulary.fillers.contains(w) || w == "data" || w == "sample" { j += 1 }
            guard j < nodes.count, let w = nodes[j].wordText else { continue }
            if Vocabulary.rowNouns.contains(w), w != "entries" || j + 1 >= nodes.count || !nodes[j + 1].isWord("of") {
                reading.globalRows = count
            } else if ["tables", "entities", "datasets"].contains(w) {
                reading.expectedTables = count
            }
        }
    }

    private static let columnMarkers: Set<String> = ["columns", "column", "fields", "field", "attributes", "cols", "properties"]

    /// A bare column list (`employee_id, name, salary, start_date`) is a table: named after its
    /// first `*_id` column, else `records`.
    static func inferredOwner(_ items: [[PromptNode]], introducer: String?) -> EntityDraft? {
        guard introducer == nil, items.count >= 3 else { return nil }
        let names = items.map { $0.compactMap(\.name) }
        let columnish = names.filter { words in
            words.count <= 3 && (words.contains { $0.contains("_") } || ColumnLexicon.isKnown(Identifier.join(words)))
        }.count
        guard columnish * 3 >= items.count * 2 else { return nil }
        if let first = names.first, first.count == 1, let w = first.first, w.hasSuffix("_id"), w.count > 3 {
            return EntityDraft(words: [Inflector.plural(String(w.dropLast(3)))], exact: false, origin: .named)
        }
        var d = EntityDraft(words: ["records"], exact: true, origin: .named)
        d.keepNumber = true
        return d
    }

    private func fallbackOwner(forced: Bool) -> EntityDraft? {
        guard forced else { return nil }
        var d = EntityDraft(words: ["records"], exact: false, origin: .named)
        d.keepNumber = true
        return d
    }

    private mutating func readEntityList(_ items: [[PromptNode]], open startsOpen: Bool) {
        var open = startsOpen
        // Only an item's own `with …` list continues with metrics (`with likes, comments`); after
        // "hotels with rooms, guests" the plurals are tables.
        var openByItem = false
        for item in items {
            var nodes = item
            while let w = nodes.first?.wordText, Vocabulary.conjunctions.contains(w) { nodes.removeFirst() }
            guard !nodes.isEmpty else { continue }
            if let w = nodes.first?.wordText, ["with", "having", "including", "containing", "plus"].contains(w), !reading.entities.isEmpty {
                let rest = Array(nodes.dropFirst())
                // "30 thermostats in 10 buildings, with temperature readings every 5 minutes": a table that belongs to the one before.
                if Self.isEntityItem(rest, strong: false), DomainCatalogue.isKnownEntity(Inflector.singular(NounPhrase.read(rest, from: 0).head)) {
                    let owner = reading.entities[reading.entities.count - 1]
                    let reader = EntityItemReader(rest)
                    for var d in reader.drafts {
                        d.relations.append(RelationHint(words: owner.words, preposition: "of"))
                        reading.entities.append(d)
                    }
                    open = reader.endsInColumnList
                    openByItem = open
                    continue
                }
                reading.entities[reading.entities.count - 1].described += ColumnPhraseReader.readList(rest, prose: true)
                open = true
                openByItem = true
                continue
            }
            // "clients post jobs", "contracts link clients and freelancers": an item that is a sentence,
            // its subject ending at a verb (not "maintenance requests for …", which names an entity).
            let plain = nodes.filter { !($0.isGroup && !GroupReader.isColumnList($0.children ?? [])) }  // "(books or DVDs)" is a remark
            let withAt = plain.firstIndex { $0.isWord("with") }
            let clause = Array(plain[..<(withAt ?? plain.count)])
            let words = clause.compactMap { $0.name }
            let subject = NounPhrase.read(clause, from: 0)
            if !clause.contains(where: \.isGroup), !subject.isEmpty, subject.end < clause.count,
               let verb = clause[subject.end].wordText,
               Vocabulary.actionVerbs.contains(verb) || RelationSentenceReader.linkVerbs.contains(verb) || ["belong", "belongs"].contains(verb) {
                let found = RelationSentenceReader.statements(words.first.map { Vocabulary.conjunctions.contains($0) } == true ? Array(words.dropFirst()) : words)
                if !found.isEmpty {
                    reading.statements += found
                    for s in found {
                        for side in [s.child, s.parent] { reading.entities.append(EntityDraft(words: side, exact: false, origin: .named)) }
                    }
                    // "students take exams in courses with a score": the columns of what the verb produced.
                    if let withAt, let main = found.first, !main.object.isEmpty {
                        var owner = EntityDraft(words: main.object, exact: false, origin: .named)
                        owner.described = ColumnPhraseReader.readList(Array(plain[(withAt + 1)...]), prose: true)
                        reading.entities.append(owner)
                    }
                    open = false
                    openByItem = false
                    continue
                }
            }
            if open, !reading.entities.isEmpty, !Self.isEntityItem(nodes, strong: false) || openByItem && Self.isMetricItem(nodes) {
                reading.entities[reading.entities.count - 1].described += ColumnPhraseReader.readList(nodes, prose: true)
                continue
            }
            let reader = EntityItemReader(nodes)
            reading.entities += reader.drafts
            reading.ignored += reader.ignored
            open = reader.endsInColumnList
            openByItem = open
        }
    }

    /// Remembers plural nouns said in prose, so `category_id` can find "categories".
    private mutating func noteProseNouns(_ nodes: [PromptNode]) {
        for n in nodes {
            guard let w = n.wordText, !Vocabulary.metaNouns.contains(w), Inflector.isPlural(w) else { continue }
            reading.proseNouns.insert(Inflector.singular(w))
        }
    }

    // MARK: - Structure

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
        // "customers - id, name, email": a short name, a dash, then its list.
        if let d = nodes.firstIndex(where: { $0.isKind(.dash) || $0.isKind(.arrow) }), d > 0, d <= 3, nodes[..<d].allSatisfy({ $0.name != nil }),
           d + 1 < nodes.count, nodes[(d + 1)...].contains(where: { $0.isKind(.comma) }) {
            return (Array(nodes[..<d]), Array(nodes[(d + 1)...]), ":")
        }
        let firstComma = nodes.firstIndex(where: { $0.isKind(.comma) }) ?? nodes.count
        for k in 0..<firstComma {
            guard let w = nodes[k].wordText, Vocabulary.listIntroducers.contains(w) else { continue }
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

    /// Whether an item names a table rather than a column: a count, a column group, a join table, or a
    /// plural noun the planner knows or that a description follows (`drivers who …`, `trips with …`).
    /// `strong` also asks for more than a known plural in the middle of an item (`pets allowed`).
    static func isEntityItem(_ input: [PromptNode], strong: Bool) -> Bool {
        var nodes = input
        while let w = nodes.first?.wordText, Vocabulary.conjunctions.contains(w) { nodes.removeFirst() }
        let np = NounPhrase.read(nodes, from: 0)
        guard !np.isEmpty else { return false }
        if np.count != nil || np.isJoin { return true }
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
        var nodes = item
        while let w = nodes.first?.wordText, Vocabulary.conjunctions.contains(w) { nodes.removeFirst() }
        let np = NounPhrase.read(nodes, from: 0)
        guard !np.isEmpty, Inflector.isPlural(np.head) || DomainCatalogue.isKnownEntity(Inflector.singular(Identifier.join(np.words))) else { return false }
        return nodes[np.end...].contains { $0.wordText.map { ["with", "having", "including", "containing"].contains($0) } ?? false }
    }

    /// How much one item looks like an entity (positive) or a column (negative).
    static func itemScore(_ input: [PromptNode]) -> Int {
        var nodes = input
        while let w = nodes.first?.wordText, Vocabulary.conjunctions.contains(w) { nodes.removeFirst() }
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
        if np.words.contains("id") || name.hasSuffix("_id") || name == "id" { score -= 3 }
        if Vocabulary.isAboutData(np.words) && np.count == nil && !(np.end < nodes.count && nodes[np.end].isGroup) { return score - 1 }
        if Inflector.isPlural(head) && Vocabulary.units[head] == nil { score += 2 } else { score -= 2 }
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
