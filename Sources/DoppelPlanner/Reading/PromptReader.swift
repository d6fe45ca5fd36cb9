import DoppelText
import DoppelEngine

/// Reads a prompt sentence by sentence into drafts of entities, columns,
/// counts and relationships. It knows English structure; what the words
/// mean for data (types, kinds, domains) is left to the lexicons and the
/// assembler.
struct PromptReader {
    var reading = PromptReading()

    static func read(_ prompt: String) -> PromptReading {
        let lexer = PromptLexer(prompt)
        var reader = PromptReader()
        reader.reading.nonLatin = lexer.ignored
        // (numbers too: a "311" service names a city's)
        reader.reading.allWords = lexer.tokens.filter { $0.isName || $0.kind == .number }.map(\.text)
        for sentence in SentenceSplitter.sentences(lexer.tokens) {
            reader.sentence(sentence)
        }
        return reader.reading
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

    /// Where "… data for" ends: request words and nouns for data, at least one of them a noun, then `for`
    /// or `about`, then more words.
    static func dataRequestEnd(_ nodes: [PromptNode]) -> Int? {
        guard let f = nodes.firstIndex(where: { $0.isWord("for") || $0.isWord("about") }), f > 0, f + 1 < nodes.count else { return nil }
        let lead = nodes[..<f].compactMap(\.wordText)
        guard lead.count == f, lead.contains(where: { Vocabulary.metaNouns.contains($0) || Vocabulary.descriptorNouns.contains($0) }),
              lead.allSatisfy({ Vocabulary.requestWords.contains($0) || Vocabulary.metaNouns.contains($0) || Vocabulary.descriptorNouns.contains($0)
                  || Vocabulary.fillers.contains($0) || Vocabulary.numberWords[$0] != nil }) else { return nil }
        return f
    }

    /// The `for` of "Payroll data for staff (name, …)": one or two words and a word for data before it, and a table
    /// with its column list right after it.
    static func describedDataEnd(_ nodes: [PromptNode]) -> Int? {
        guard let f = nodes.firstIndex(where: { $0.isWord("for") }), (2...3).contains(f), f + 2 < nodes.count,
              let last = nodes[f - 1].wordText, ["data", "dataset", "records", "information", "info"].contains(last) else { return nil }
        let lead = nodes[..<(f - 1)].compactMap(\.wordText)
        guard lead.count == f - 1, lead.allSatisfy({ !Vocabulary.isFunctionWord($0) && !Vocabulary.metaNouns.contains($0) }) else { return nil }
        // the table right after: a word (or two) and its column list
        guard nodes[f + 1].wordText != nil, nodes[f + 2].isGroup || (f + 3 < nodes.count && nodes[f + 2].wordText != nil && nodes[f + 3].isGroup)
        else { return nil }
        return f
    }

    /// "Include order status and timestamps.": columns of a table the prompt names elsewhere (`orders`), given
    /// after its singular. Not a count ("Include 5 product categories") nor another table ("Include product
    /// categories": a plural after the noun names a table of its own).
    mutating func readIncludedColumns(_ nodes: [PromptNode]) -> Bool {
        var k = 0
        while k < nodes.count, let w = nodes[k].wordText, ["please", "also", "include", "add", "the"].contains(w) { k += 1 }
        guard k > 0, nodes[..<k].contains(where: { $0.isWord("include") || $0.isWord("add") }), k + 1 < nodes.count,
              let noun = nodes[k].wordText, !Inflector.isPlural(noun), !Vocabulary.isFunctionWord(noun),
              let next = nodes[k + 1].wordText, !Inflector.isPlural(next) else { return false }
        let table = Inflector.plural(noun)
        guard reading.allWords.contains(where: { $0.lowercased() == table }) else { return false }
        let columns = ColumnPhraseReader.readList(Array(nodes[(k + 1)...]), prose: true)
        guard !columns.isEmpty else { return false }
        var owner = EntityDraft(words: [table], exact: false, origin: .named)
        owner.described = columns
        reading.entities.append(owner)
        return true
    }

    static let prepositionalIntroducers: Set<String> = ["with", "having", "containing", "including", "include", "includes", "featuring", "incl", "comprising", "consisting", "covering"]

    /// "Solar installations (…) with daily readings (…)": after a table's own column list, `with` joins
    /// a second listed table (one whose list is of column names), as `and` would; it does not introduce
    /// the first table's columns. `with status (pending, shipped)` still lists a column's values.
    static func joinListedTables(_ nodes: [PromptNode]) -> [PromptNode] {
        var out = nodes
        for k in out.indices where k >= 2 && out[k].isWord("with") && out[k - 1].isGroup && out[k - 2].name != nil
            && (out[(k + 1)...].first(where: \.isGroup)?.children.map(GroupReader.isColumnList) == true || countedTable(out, at: k + 1)) {
            out[k] = .token(PromptToken(.word, "and"))
        }
        return out
    }

    /// "Shop database (customers, products, orders)", "Public library loans (members, books, loans with due dates,
    /// fines)": a bracketed list of tables after a heading of plain words reads as the heading's list, as
    /// `Shop database: customers, products, orders` does, not as a remark to drop. Each item starts with a plural
    /// noun the catalogue knows as a table (as columns, `members` and `books` would be counts), and the heading's last word is singular
    /// (`database`, `app`, `clinic`) or one of the items: `vehicles (cars, trucks)` stays a table with a remark.
    static func foldTableGroup(_ nodes: [PromptNode]) -> [PromptNode] {
        guard let g = nodes.firstIndex(where: \.isGroup), (1...6).contains(g), let inner = nodes[g].children,
              nodes[..<g].allSatisfy({ $0.wordText != nil }), let heading = nodes[g - 1].wordText,
              nodes[(g + 1)...].allSatisfy({ $0.isKind(.period) }) else { return nodes }
        let items = GroupReader.split(inner).map(droppingLeadingConjunctions).filter { !$0.isEmpty }
        let heads = items.compactMap { $0.first?.wordText }
        // (every item plural and most of them tables the planner knows: "Language school (courses, teachers, students,
        // enrollments, placement_test_scores)")
        let known = heads.filter { DomainCatalogue.isKnownEntity(Inflector.singular($0)) }.count
        guard items.count >= 2, heads.count == items.count, heads.allSatisfy(Inflector.isPlural),
              known == heads.count || known >= 3 && 3 * known >= 2 * heads.count,
              !Inflector.isPlural(heading) || heads.contains(heading) else { return nodes }
        return Array(nodes[..<g]) + [.token(PromptToken(.colon, ":"))] + inner + Array(nodes[(g + 1)...])
    }

    /// "… with 5 categories": a count, then a plural noun that ends the phrase.
    private static func countedTable(_ nodes: [PromptNode], at k: Int) -> Bool {
        guard k + 1 < nodes.count, nodes[k].isKind(.number) || nodes[k].wordText.map({ Vocabulary.numberWords[$0] != nil }) == true,
              let noun = nodes[k + 1].wordText, Inflector.isPlural(noun), !Vocabulary.isFunctionWord(noun) else { return false }
        return k + 2 == nodes.count || nodes[k + 2].isKind(.comma) || nodes[k + 2].isKind(.period) || nodes[k + 2].isWord("and")
    }

    /// "students and courses (many-to-many)", "movies and actors, many to many", "a many-to-many relationship": the
    /// marker as the one word `many-to-many` the relationship reader knows, out of its brackets and after no comma.
    static func foldManyToMany(_ nodes: [PromptNode]) -> [PromptNode] {
        let marker = PromptNode.token(PromptToken(.word, "many-to-many"))
        func isMarker(_ words: [String]) -> Bool {
            let w = words.filter { !["relationship", "relation", "relationships", "a", "is", "are"].contains($0) }
            return w == ["many-to-many"] || w == ["many", "to", "many"] || w == ["m2m"] || w == ["many2many"]
        }
        var out: [PromptNode] = []
        var k = 0
        while k < nodes.count {
            if let inner = nodes[k].children, isMarker(inner.flatMap(\.flatWords)) {
                out.append(marker)
                k += 1
            } else if k + 2 < nodes.count, nodes[k].isWord("many"), nodes[k + 1].isWord("to"), nodes[k + 2].isWord("many") {
                out.append(marker)
                k += 3
            } else {
                out.append(nodes[k])
                k += 1
            }
        }
        guard let m = out.firstIndex(of: marker) else { return nodes }
        if m > 0, out[m - 1].isKind(.comma) || out[m - 1].isKind(.dash) { out.remove(at: m - 1) }
        return out
    }

    mutating func sentence(_ input: [PromptNode]) {
        var nodes = Self.joinListedTables(Self.foldValueLists(Self.foldManyToMany(Self.foldTableGroup(Self.foldExampleLists(
            Self.foldMeasuredQuantities(Self.foldMeasuringDevices(Self.foldLabelledGroups(Self.droppingFrequencies(input)))))))))
        while let first = nodes.first, first.isKind(.dash) || first.isKind(.comma) || first.isKind(.colon) || first.isKind(.bullet) {
            nodes.removeFirst()
        }
        guard !nodes.isEmpty else { return }
        if readIncludedColumns(nodes) { return }
        readDatasetCounts(nodes)
        // "A marketplace where freelancers offer gigs, …": the place, then what happens in it (not a table of
        // "marketplace where freelancers").
        if readWhereClauses(nodes) { return }
        if let statements = RelationSentenceReader.read(nodes) {
            reading.statements += statements
            noteProseNouns(nodes)
            return
        }
        if readStatementWithColumns(nodes) { return }
        let (pre, rawBody, introducer) = Self.splitIntroducer(nodes)
        // "Payroll data for staff (name, …)": before `for`, what the data is about; after it, the table listed.
        if introducer == nil, let f = Self.describedDataEnd(nodes) {
            if reading.descriptor.isEmpty {
                reading.descriptor = nodes[..<f].compactMap(\.wordText).filter { !Vocabulary.metaNouns.contains($0) && Vocabulary.isDescriptive($0) }
            }
            sentence(Array(nodes[(f + 1)...]))
            return
        }
        // "Generate test data for customers and orders": the words before `for` only say data is wanted.
        if introducer == nil, let f = Self.dataRequestEnd(nodes) {
            sentence(Array(nodes[(f + 1)...]))
            return
        }
        // "Loyalty program: shoppers have points, tier and …": a heading before a sentence of its own.
        if introducer == ":", pre.count <= 4 {
            let inner = Self.splitIntroducer(rawBody)
            if let verb = inner.introducer, verb != ":", !Self.prepositionalIntroducers.contains(verb),
               (1...3).contains(inner.pre.count), inner.pre.allSatisfy({ $0.wordText.map { !Vocabulary.isFunctionWord($0) } ?? false }),
               let subject = inner.pre.last?.wordText, Inflector.isPlural(subject) {
                if reading.descriptor.isEmpty { reading.descriptor = pre.compactMap(\.wordText).filter(Vocabulary.isDescriptive) }
                sentence(rawBody)
                return
            }
        }
        // "Tables: table users with columns id, name": a heading before a statement.
        if introducer == ":", pre.count <= 4, rawBody.count > 2, rawBody.first.map({ $0.isWord("table") || $0.isWord("create") }) == true,
           rawBody.contains(where: { $0.isWord("with") || $0.isGroup }) {
            if reading.descriptor.isEmpty { reading.descriptor = pre.compactMap(\.wordText).filter(Vocabulary.isDescriptive) }
            sentence(rawBody)
            return
        }
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
        var preStatements: [RelationStatement] = []
        if introducer != ":", pre.count >= 3 {
            preStatements = RelationSentenceReader.statements(pre.compactMap(\.name))
            reading.statements += preStatements
        }
        var info = PreambleReader(pre)
        // "students get grades in subjects with a score": the list describes what the verb produced.
        if let object = preStatements.first?.object, !object.isEmpty {
            info.owner = EntityDraft(words: object, exact: false, origin: .named)
        }
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
        // Tables listed after a bracketed list of columns (`fields (…), crops (…) and equipment (…)`).
        var tablesAfter: [[PromptNode]] = []
        if let w = body.first?.wordText, Self.columnMarkers.contains(w), body.count > 1,
           body[1].isKind(.colon) || body[1].isWord("of") || introducer != ":" && (body[1].isGroup || body[1].name != nil && !Vocabulary.isFunctionWord(body[1].name ?? "")),
           !Self.namesTableAmongTables(body, ownerIsTable: info.owner.map { $0.isTable || Inflector.isPlural($0.words.last ?? "") } ?? false) {
            forcedColumns = true
            body.removeFirst()
            while let first = body.first, first.isKind(.colon) || first.wordText.map({ ["of", "named", "called", "like", "as"].contains($0) }) == true {
                body.removeFirst()
            }
            if let group = body.first?.children, body.count == 1 || body.dropFirst().allSatisfy({ $0.isKind(.comma) }) {
                body = group
            } else if let group = body.first?.children {
                // "users with fields (name, email) and orders (user_id, total)": the brackets hold the columns.
                let later = Self.splitItems(Array(body.dropFirst()))
                if !later.isEmpty, later.allSatisfy({ Self.isEntityItem($0, strong: true) }) {
                    body = group
                    tablesAfter = later
                }
            }
        }
        guard !body.isEmpty else { return }

        var items = Self.splitItems(body)
        let columnList = forcedColumns || Self.listScore(items, ownerIsTable: info.owner?.isTable ?? false || introducer == ":" && (info.owner?.exact ?? false)) < 0
        if columnList {
            // "vans with vin, make, model and year, drivers who each drive one van, and daily trips with …":
            // the columns end where the tables begin.
            var laterEntities: [[PromptNode]] = tablesAfter
            if !forcedColumns, let split = items.indices.dropFirst().first(where: { Self.isEntityItem(items[$0], strong: true) }) {
                laterEntities = Array(items[split...])
                items = Array(items[..<split])
                body = Array(items.joined(separator: [PromptNode.token(PromptToken(.comma, ","))]))
            }
            defer { if !laterEntities.isEmpty { readEntityList(laterEntities, open: false) } }
            guard var owner = info.owner ?? fallbackOwner(forced: forcedColumns || introducer == ":") ?? Self.inferredOwner(items, introducer: introducer) else {
                // A sentence of plain words with no table in sight: it describes the setting (and the
                // things it names may be tables another sentence describes: "a practice that sees pets").
                reading.descriptor += nodes.compactMap(\.wordText).filter(Vocabulary.isDescriptive)
                noteProseNouns(nodes)
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

    static let columnMarkers: Set<String> = ["columns", "column", "fields", "field", "attributes", "cols", "properties"]

    /// "A farm with fields (name, acres), crops (…) and equipment (…)": a columns word that is also a thing (a
    /// farm's fields, an agency's properties), with its own brackets, among other tables with theirs, names a
    /// table, unless what has it is a table itself ("users with fields (…) and orders (…)", a plural owner).
    /// Among them a bare plural ("fields (…), crops and harvests (…)") is a table too when another has brackets.
    static func namesTableAmongTables(_ body: [PromptNode], ownerIsTable: Bool) -> Bool {
        guard !ownerIsTable, body.count > 2, body[1].isGroup, let w = body[0].wordText,
              DomainCatalogue.isKnownEntity(Inflector.singular(w)) else { return false }
        let later = splitItems(Array(body.dropFirst(2)))
        if !later.isEmpty && later.allSatisfy({ isEntityItem($0, strong: true) }) { return true }
        let parts = later.flatMap { item in item.split(whereSeparator: { $0.isWord("and") || $0.isWord("or") }).map(Array.init) }
        guard parts.contains(where: { $0.contains(where: \.isGroup) && isEntityItem($0, strong: true) }) else { return false }
        return parts.allSatisfy { isEntityItem($0, strong: true) || isBarePlural($0) }
    }

    /// An item that is only a plural noun (`crops`), not about data nor a unit.
    static func isBarePlural(_ input: [PromptNode]) -> Bool {
        let nodes = Self.droppingLeadingConjunctions(input)
        let np = NounPhrase.read(nodes, from: 0)
        return !np.isEmpty && np.end == nodes.count && Inflector.isPlural(np.head) && Vocabulary.units[np.head] == nil
            && !Vocabulary.isAboutData(np.words)
    }

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

    mutating func readEntityList(_ items: [[PromptNode]], open startsOpen: Bool) {
        var open = startsOpen
        // Only an item's own `with …` list continues with metrics (`with likes, comments`); after
        // "hotels with rooms, guests" the plurals are tables.
        var openByItem = false
        for item in items {
            var nodes = Self.droppingLeadingConjunctions(item)
            guard !nodes.isEmpty else { continue }
            if let found = Self.whoDidWhich(nodes, drafts: reading.entities) {
                addPairing(found)
                open = false
                openByItem = false
                continue
            }
            // "apparatus (engines, tankers) and who responded to which incident": the pairing after the last table
            if let and = nodes.lastIndex(where: { $0.isWord("and") }), and > 0,
               let found = Self.whoDidWhich(Array(nodes[(and + 1)...]), drafts: reading.entities) {
                addPairing(found)
                nodes = Array(nodes[..<and])
            }
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
               Vocabulary.actionVerbs.contains(verb) || RelationSentenceReader.linkVerbs.contains(verb) || ["belong", "belongs", "has", "have"].contains(verb) {
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
            let reader = EntityItemReader(nodes, dining: reading.allWords.contains { EateryNames.kind(of: $0.lowercased()) != nil },
                                          lab: reading.allWords.contains { LabLexicon.settingWords.contains($0.lowercased()) })
            // "runners, and their splits": what the one before owns, so it points there.
            if EntityItemReader.opensWithPossessive(nodes, from: 0), let owner = reading.entities.last, let first = reader.drafts.first,
               first.words != owner.words {
                reading.statements.append(RelationStatement(child: first.words, parent: owner.words))
            }
            reading.statements += reader.statements
            reading.entities += reader.drafts
            reading.ignored += reader.ignored
            open = reader.endsInColumnList
            openByItem = open
        }
    }

    /// A pairing of people and things, with the columns each pair has when the prompt gives them: a table named as
    /// the pairing is (`member_routes`), pointing at both.
    private mutating func addPairing(_ found: (pairing: RelationStatement, columns: [PromptNode]?)) {
        reading.statements.append(found.pairing)
        guard let group = found.columns, let person = found.pairing.child.last else { return }
        let columns = ColumnPhraseReader.readList(group, prose: Self.isProse(group))
        guard !columns.isEmpty else { return }
        var d = EntityDraft(words: [Inflector.singular(person)] + found.pairing.parent, exact: false, origin: .listed)
        // (both sides' references first: the bracket lists what a pair has, not whom it joins)
        let sides = [found.pairing.child, found.pairing.parent].map { Identifier.join($0.dropLast() + [Inflector.singular($0[$0.count - 1])]) + "_id" }
        d.columns = sides.filter { side in !columns.contains { $0.name == side } }.map { ColumnDraft(name: $0, fromProse: false) } + columns
        d.columnsExplicit = true
        reading.entities.append(d)
    }

    /// Remembers plural nouns said in prose, so `category_id` can find "categories".
    mutating func noteProseNouns(_ nodes: [PromptNode]) {
        for n in nodes {
            guard let w = n.wordText, !Vocabulary.metaNouns.contains(w), Inflector.isPlural(w) else { continue }
            reading.proseNouns.insert(Inflector.singular(w))
        }
    }

}
