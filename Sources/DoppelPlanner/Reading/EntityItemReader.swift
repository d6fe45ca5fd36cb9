import DoppelText

/// Reads one item of an entity list: a name with optional count, column
/// group and description, such as `5 product categories`,
/// `customers (id, name)`, `plays of episodes by listeners with a play
/// duration`, `enrollments linking students to courses`,
/// `a recipe_ingredients join table with quantity`.
struct EntityItemReader {
    private(set) var drafts: [EntityDraft] = []
    /// The last entity's description ended in a `with …` column list that
    /// a following comma item may continue (`with fare, distance_km and rating`).
    private(set) var endsInColumnList = false
    private(set) var ignored: [String] = []
    /// What the item says owns what ("runners and their splits": splits → runners).
    private(set) var statements: [RelationStatement] = []

    /// The prompt is set in a place that seats its guests at tables (a restaurant, a café): "tables" in its list are
    /// dining tables, not a word about the data.
    private let dining: Bool
    /// The prompt is a laboratory's: "samples" in its list are what it tests, not a word about the data.
    private let lab: Bool

    init(_ nodes: [PromptNode], dining: Bool = false, lab: Bool = false) {
        self.dining = dining
        self.lab = lab
        var k = 0
        while k < nodes.count {
            let before = drafts.count
            let possessive = Self.opensWithPossessive(nodes, from: k)
            k = readOne(nodes, from: k)
            // "runners and their splits": what the one before owns, so it points there.
            if possessive, before > 0, drafts.count > before, drafts[before].words != drafts[before - 1].words {
                statements.append(RelationStatement(child: drafts[before].words, parent: drafts[before - 1].words))
            }
        }
    }

    /// Whether the entity read from `start` opens, after its conjunctions, with `their` or `its`.
    static func opensWithPossessive(_ nodes: [PromptNode], from start: Int) -> Bool {
        var k = start
        while k < nodes.count, let w = nodes[k].wordText, Vocabulary.conjunctions.contains(w) || w == "as" || w == "well" { k += 1 }
        return k < nodes.count && (nodes[k].isWord("their") || nodes[k].isWord("its"))
    }

    private static let listWords: Set<String> = ["with", "having", "including", "containing", "featuring", "holding", "storing", "recording", "capturing", "showing", "listing"]

    /// Reads one entity starting at `start`; returns the index after it.
    private mutating func readOne(_ nodes: [PromptNode], from start: Int) -> Int {
        var k = start
        while k < nodes.count, let w = nodes[k].wordText, Vocabulary.conjunctions.contains(w) || Vocabulary.determiners.contains(w) || w == "as" || w == "well" {
            k += 1
        }
        guard k < nodes.count else { return k }
        let np = NounPhrase.read(nodes, from: k)
        if np.isEmpty {
            if dining, nodes[k].wordText == "tables", k + 1 == nodes.count || nodes[k + 1].isWord("and") || nodes[k + 1].isKind(.comma) {
                drafts.append(EntityDraft(words: ["tables"], exact: false, origin: .named))
                return k + 1
            }
            if let n = nodes[k].name { ignored.append(n) }
            return k + 1
        }
        k = np.end
        let groupFollows = k < nodes.count && nodes[k].children.map { GroupReader.isColumnList($0, afterPluralHead: Inflector.isPlural(np.head)) } == true
        let labSamples = lab && np.words == ["samples"]
        if !labSamples, Vocabulary.isAboutData(np.words), !np.exact, !np.isJoin, !groupFollows, np.count == nil || np.words.count == 1 {
            // "realistic order patterns", "a mix of values": about the data, not a table.
            var phrase = np.words
            while k < nodes.count, !(nodes[k].isWord("and") || nodes[k].isKind(.comma)) {
                if let n = nodes[k].name { phrase.append(n) }
                k += 1
            }
            ignored.append(phrase.joined(separator: " "))
            return k
        }
        // "adjuster notes free text", "labels many-to-many": what the rows are like, no part of the table's name
        var words = np.words
        if words.count >= 3, words.suffix(2) == ["free", "text"] { words.removeLast(2) }
        if words.count >= 2, let last = words.last, ["free-text", "freetext", "many-to-many", "m2m"].contains(last) { words.removeLast() }
        var d = EntityDraft(words: words, exact: np.exact, origin: .named)
        d.count = np.count
        d.isJoin = np.isJoin
        var nested: [EntityDraft] = []
        if k < nodes.count, let group = nodes[k].children {
            if NestedGroupReader.hasNestedTable(group) {
                nested += readColumns(group, into: &d)
            } else if GroupReader.isColumnList(group, afterPluralHead: Inflector.isPlural(np.head)) {
                let columns = ColumnPhraseReader.readList(group, prose: PromptReader.isProse(group))
                if let kinds = Self.kindsColumn(group, head: np.head) {
                    // "activities (calls, emails, meetings)", "vehicles (cars, trucks)": the kinds of the table's rows.
                    d.described = [kinds]
                } else if let names = Self.namesOfRows(group, head: np.head) {
                    // "platforms (Spotify, Apple Music, etc.)": the rows themselves, by name (and, for a table the
                    // planner knows nothing of, nothing else: no generic columns beside them).
                    if DomainCatalogue.isKnownEntity(Inflector.singular(Identifier.join(np.words))) || DomainCatalogue.isKnownEntity(Inflector.singular(np.head)) {
                        d.described = [names]
                    } else {
                        d.columns = [names]
                        d.columnsExplicit = true
                    }
                    if d.count == nil, let n = names.values?.count { d.count = n }
                } else if columns.count == 1, columns[0].values != nil, group.contains(where: { $0.isKind(.colon) }) {
                    // "crew members (role: captain, first officer, cabin crew)": one column's choices, said of a
                    // table that keeps its usual columns (a crew member's name).
                    d.described = columns
                } else {
                    d.columns = columns
                    d.columnsExplicit = true
                    d.origin = .listed
                }
            } else {
                d.relations += RelationSentenceReader.annotationTargets(group, subject: np.words).map { RelationHint(words: $0, preposition: nil) }
            }
            k += 1
        }
        endsInColumnList = false
        var tailUnderstood = true
        var extra: [EntityDraft] = []
        tail: while k < nodes.count {
            let node = nodes[k]
            if let group = node.children {
                // "listings owned by hosts (nightly price, bedrooms)": the columns of the item, not of its target
                // (unless the words before it were not understood: "users follow other users (a, b)").
                if tailUnderstood, d.columnsExplicit, let target = d.relations.last, GroupReader.isColumnList(group, afterPluralHead: true) {
                    // "payments (…) for invoices (…)": the second group belongs to the table just named.
                    var other = EntityDraft(words: target.words, exact: false, origin: .listed)
                    other.columns = ColumnPhraseReader.readList(group, prose: PromptReader.isProse(group))
                    other.columnsExplicit = true
                    extra.append(other)
                } else if tailUnderstood, NestedGroupReader.hasNestedTable(group) {
                    nested += readColumns(group, into: &d)
                } else if tailUnderstood, GroupReader.isColumnList(group) {
                    d.columns += ColumnPhraseReader.readList(group, prose: PromptReader.isProse(group))
                    d.columnsExplicit = true
                    d.origin = .listed
                } else {
                    d.relations += RelationSentenceReader.annotationTargets(group, subject: np.words).map { RelationHint(words: $0, preposition: nil) }
                }
                k += 1
                continue
            }
            guard let w = node.name else { k += 1; continue }
            // "orders (…) customers (…) returns (…)": a name with its own column group starts the next table.
            if d.columnsExplicit, k + 1 < nodes.count, let g = nodes[k + 1].children, GroupReader.isColumnList(g),
               !Vocabulary.isFunctionWord(w), !Vocabulary.relationPrepositions.contains(w) {
                break tail
            }
            if w == "and" || w == "or" || w == "plus" {
                // "quotes for a driver and vehicle": a second singular target.
                if let last = d.relations.last, last.preposition != nil, k + 1 < nodes.count {
                    let next = NounPhrase.read(nodes, from: k + 1)
                    let name = Identifier.join(next.words)
                    // ("catches by species and weight": what the rows are broken down by goes on, a column too)
                    if !next.isEmpty, !Inflector.isPlural(next.head), next.count == nil,
                       DomainCatalogue.isKnownEntity(Inflector.singular(name)) || !ColumnLexicon.isKnownSpecifically(name)
                        || last.preposition == "by" {
                        d.relations.append(RelationHint(words: next.words, preposition: last.preposition))
                        k = next.end
                        continue
                    }
                }
                // "raised by requesters and assigned to agents": the description goes on.
                if k + 1 < nodes.count, let n = nodes[k + 1].wordText,
                   Vocabulary.isPastParticiple(n) || Vocabulary.relationPrepositions.contains(n) && n != "of" || Vocabulary.linkingVerbs.contains(n) {
                    k += 1
                    continue
                }
                break tail
            }
            if w.hasSuffix("ly"), w.count > 4 {
                k += 1  // "shipped monthly to subscribers"
                continue
            }
            if w == "where" || w == "whereby" || w == "in" && k + 1 < nodes.count && nodes[k + 1].isWord("which") {
                // "lessons where a teacher teaches a student on an instrument", "picks where each pick
                // belongs to an order and is done by a picker": every table named in the clause is related.
                var j = k + 1
                while j < nodes.count, let v = nodes[j].name, !["with", "having", "including"].contains(v) {
                    let afterArticle = j > 0 && nodes[j - 1].wordText.map { ["a", "an", "the", "one", "each", "every"].contains($0) } == true
                    if Vocabulary.isFunctionWord(v) || Vocabulary.determiners.contains(v) || NounPhrase.verbsAfterSubject.contains(v)
                        || Vocabulary.actionVerbs.contains(v) && !afterArticle || Vocabulary.isPastParticiple(v) || ["which", "one", "each", "every"].contains(v) {
                        j += 1
                        continue
                    }
                    let np = NounPhrase.read(nodes, from: j)
                    if np.isEmpty { j += 1; continue }
                    if Inflector.singular(Identifier.join(np.words)) != Inflector.singular(Identifier.join(d.words)) {
                        d.relations.append(RelationHint(words: np.words, preposition: "where"))
                    }
                    j = max(np.end, j + 1)
                }
                k = j
                continue
            }
            if ["who", "that", "which", "whose"].contains(w) {
                // "drivers who each drive one van": the object of the clause is a relation.
                var j = k + 1
                while j < nodes.count, let v = nodes[j].wordText, Vocabulary.determiners.contains(v) || ["each", "usually", "always", "can", "may", "must", "will"].contains(v) { j += 1 }
                if j < nodes.count, let verb = nodes[j].wordText, !Vocabulary.prepositions.contains(verb) {
                    j += 1
                    var single = false
                    while j < nodes.count, let q = nodes[j].wordText, ["one", "a", "an", "many", "several", "multiple", "exactly", "the", "other", "some"].contains(q) {
                        single = single || ["one", "a", "an", "exactly"].contains(q)
                        j += 1
                    }
                    // "couriers who deliver them": the list's table before this one
                    if j < nodes.count, let pronoun = nodes[j].wordText, ["them", "those"].contains(pronoun), verb != "is", verb != "are" {
                        d.relations.append(RelationHint(words: [pronoun], preposition: RelationHint.doneBy))
                        k = j + 1
                        continue
                    }
                    let object = NounPhrase.read(nodes, from: j)
                    if !object.isEmpty, verb != "is", verb != "are" {
                        // "drivers who each drive one van" hold their van; "couriers who deliver orders", "authors who
                        // write books": each of the many is done by one of these, and references it
                        let many = !single && object.words.last.map(Inflector.isPlural) == true
                        d.relations.append(RelationHint(words: object.words, preposition: many ? RelationHint.doneBy : nil))
                        k = object.end
                        continue
                    }
                }
                k += 1
                continue
            }
            if Self.listWords.contains(w) {
                // "playlists with a playlist_tracks join table": another table, not a column.
                var j = k + 1
                while j < nodes.count, let a = nodes[j].wordText, Vocabulary.determiners.contains(a) { j += 1 }
                if j < nodes.count, NounPhrase.read(nodes, from: j).isJoin {
                    k = j
                    break tail
                }
                d.described += ColumnPhraseReader.readList(Array(nodes[(k + 1)...]), prose: true)
                endsInColumnList = true
                k = nodes.count
                break tail
            }
            if Vocabulary.linkingVerbs.contains(w) || w == "between" {
                d.isJoin = d.isJoin || w != "between"
                k = readLinked(nodes, from: k + 1, into: &d, joiners: w == "between" ? ["and"] : ["to", "and", "with", "or"])
                continue
            }
            if NounPhrase.relativeWords.contains(w) || NounPhrase.verbsAfterSubject.contains(w) || w == "each" || w == "be" {
                k += 1
                continue
            }
            if Vocabulary.isPastParticiple(w), k + 1 < nodes.count, let n = nodes[k + 1].wordText, Vocabulary.prepositions.contains(n) {
                k += 1
                continue
            }
            if Vocabulary.relationPrepositions.contains(w) || w == "per" {
                // ("stream counts per track per platform": each row is of one track and one platform)
                let target = NounPhrase.read(nodes, from: k + 1)
                if !target.isEmpty { d.relations.append(RelationHint(words: target.words, preposition: w)) }
                k = max(target.end, k + 1)
                continue
            }
            if Vocabulary.isParticiple(w) || Vocabulary.isPastParticiple(w) {
                let object = NounPhrase.read(nodes, from: k + 1)
                if !object.isEmpty { d.objects.append(object.words) }
                k = max(object.end, k + 1)
                continue
            }
            // "likes are a join table between users and posts"
            if Vocabulary.joinMarkers.contains(w), k + 1 < nodes.count, let t = nodes[k + 1].wordText, t == "table" || t == "tables" {
                d.isJoin = true
                k += 2
                continue
            }
            if Vocabulary.determiners.contains(w), k + 1 < nodes.count, nodes[k + 1].wordText.map(Vocabulary.joinMarkers.contains) == true {
                k += 1
                continue
            }
            ignored.append(w)
            tailUnderstood = false
            k += 1
        }
        drafts.append(d)
        drafts += extra + nested
        return k
    }

    /// A column group holding nested tables (`nurses (name, shifts (start, end, ward))`): the
    /// plain columns go to `d`; the nested tables are returned, each pointing at `d`.
    private func readColumns(_ group: [PromptNode], into d: inout EntityDraft) -> [EntityDraft] {
        let reader = NestedGroupReader(group, owner: d.words)
        let columns = ColumnPhraseReader.readList(reader.columnNodes, prose: PromptReader.isProse(reader.columnNodes))
        if !columns.isEmpty {
            d.columns += columns
            d.columnsExplicit = true
            d.origin = .listed
        }
        return reader.tables
    }

    /// `linking students to courses`, `between students and courses`, `connecting A with B`.
    private func readLinked(_ nodes: [PromptNode], from start: Int, into d: inout EntityDraft, joiners: Set<String>) -> Int {
        var k = start
        let first = NounPhrase.read(nodes, from: k)
        guard !first.isEmpty else { return k + 1 }
        d.relations.append(RelationHint(words: first.words, preposition: nil))
        k = first.end
        if k < nodes.count, let w = nodes[k].wordText, joiners.contains(w) {
            let second = NounPhrase.read(nodes, from: k + 1)
            if !second.isEmpty {
                d.relations.append(RelationHint(words: second.words, preposition: nil))
                k = second.end
            }
        }
        return k
    }
    /// A bracket of proper names after a plural table (`platforms (Spotify, Apple Music, etc.)`, `carriers (UPS, FedEx,
    /// DHL)`): the rows' names, as spelled. Each item is spelled with a capital and none is a column's name (`(Name,
    /// Email)` is a list of columns); `etc.` and `and so on` are dropped.
    static func namesOfRows(_ group: [PromptNode], head: String) -> ColumnDraft? {
        guard Inflector.isPlural(head) else { return nil }
        let items = GroupReader.split(group).map { item in item.filter { !$0.isWord("and") && !$0.isWord("or") } }
            .filter { item in !item.isEmpty && !(item.count <= 3 && item.allSatisfy { ["etc", "so", "on", "others", "more"].contains($0.wordText ?? "") }) }
        guard items.count >= 2, items.allSatisfy({ $0.count <= 3 && $0.allSatisfy { $0.token?.isName == true } }) else { return nil }
        let spelled = items.map { $0.map { $0.token?.spelling ?? "" } }
        guard spelled.allSatisfy({ $0.first?.first.map { $0.isUppercase } == true }),
              !items.contains(where: { ColumnLexicon.isKnown(Identifier.join($0.compactMap(\.wordText))) }) else { return nil }
        var c = ColumnDraft(name: "name", fromProse: true)
        c.values = spelled.map { $0.joined(separator: " ") }
        return c
    }

    /// A bracket of plain plurals, each a thing or an event the catalogue knows (`calls, emails, meetings`), after a
    /// plural table: the kinds its rows come in, as a `<table>_type` column (`activity_type`: call, email, meeting),
    /// not a count column for each.
    static func kindsColumn(_ group: [PromptNode], head: String) -> ColumnDraft? {
        guard Inflector.isPlural(head) else { return nil }
        let items = GroupReader.split(group)
        guard items.count >= 2, items.allSatisfy({ $0.count == 1 }) else { return nil }
        let words = items.compactMap { $0.first?.wordText }
        guard words.count == items.count, words.allSatisfy({ Inflector.isPlural($0) && $0 != head }) else { return nil }
        let singulars = words.map(Inflector.singular)
        func known(_ w: String) -> Bool {
            DomainCatalogue.isKnownEntity(w) || DomainCatalogue.eventNouns.contains(w) || DomainCatalogue.activityNouns.contains(w)
        }
        // (each a thing or an event, or at least no column's name: `names, emails` are a user's columns)
        guard singulars.contains(where: known), singulars.allSatisfy({ known($0) || !ColumnLexicon.isKnown($0) }) else { return nil }
        var c = ColumnDraft(name: Inflector.singular(head) + "_type", fromProse: true)
        c.values = singulars
        return c
    }
}
