import DoppelText
import DoppelEngine

/// Reads sentences that state relationships between entities:
/// `Each book has one author.` (books → authors), `Customers place many
/// orders.` (orders → customers), `Each loan belongs to a member.`,
/// `Students and courses are many-to-many.`
enum RelationSentenceReader {
    /// The statements of a sentence, or nil when it is not a relationship sentence.
    static func read(_ nodes: [PromptNode]) -> [RelationStatement]? {
        guard !nodes.contains(where: { $0.isGroup || $0.isKind(.colon) }) else { return nil }
        let words = nodes.compactMap { n -> String? in
            if let t = n.token, t.isName { return t.text }
            if n.isKind(.comma) { return "," }
            return nil
        }
        guard words.count <= 40 else { return nil }
        // Every clause must state a relationship: "Blog with authors, posts written by authors" is a list.
        var statements: [RelationStatement] = []
        var subject: [String] = []
        for clause in clauses(words) {
            var found = Self.statements(clause)
            // "… and write reviews": a clause that starts with its verb shares the subject before it.
            if found.isEmpty, !subject.isEmpty, let first = clause.first, isVerb(first) { found = Self.statements(subject + clause) }
            guard !found.isEmpty else { return nil }
            if let s = found.first { subject = s.subject.isEmpty ? s.child : s.subject }
            statements += found
        }
        return statements.isEmpty ? nil : statements
    }

    /// Targets named by a remark after an entity: `(each artwork by one artist)` → `[artist]`.
    static func annotationTargets(_ nodes: [PromptNode], subject: [String]) -> [[String]] {
        let words = nodes.compactMap(\.name)
        if let s = statement(words), !s.manyToMany {
            let subjectKey = Inflector.singular(Identifier.join(subject))
            if Inflector.singular(Identifier.join(s.child)) == subjectKey || s.child.isEmpty { return [s.parent] }
        }
        // "(by one artist)", "(belongs to a gallery)"
        var k = 0
        while k < words.count, !["by", "to", "of", "for", "from", "in", "on"].contains(words[k]) { k += 1 }
        guard k < words.count else { return [] }
        let target = nounPhrase(Array(words[(k + 1)...]))
        return target.isEmpty ? [] : [target]
    }

    // MARK: - Clauses

    /// Splits at commas and at `and` before a new subject (`…, and each loan …`).
    private static func clauses(_ words: [String]) -> [[String]] {
        var out: [[String]] = [[]]
        var k = 0
        while k < words.count {
            let w = words[k]
            if w == "," || w == ";" {
                out.append([])
            } else if w == "and", k + 1 < words.count, ["each", "every", "a", "an", "one", "all"].contains(words[k + 1]) {
                out.append([])
            } else if w == "and", k + 3 < words.count, out[out.count - 1].contains(where: isVerb), ["is", "are", "gets", "get"].contains(words[k + 1]),
                      Vocabulary.isPastParticiple(words[k + 2]), words[(k + 3)...].prefix(2).contains("by") {
                // "each hearing belongs to a case and is presided by a judge": the hearing's, a second clause of its subject
                out.append([])
            } else if w == "and", k + 2 < words.count, out[out.count - 1].contains(where: isVerb),
                      isVerb(words[k + 1]) && !["is", "are", "by", "can", "may"].contains(words[k + 1])
                        || (k + 2..<min(words.count - 1, k + 4)).contains(where: { isVerb(words[$0]) && !["is", "are", "by"].contains(words[$0]) })
                        && !isVerb(words[k + 1]) && !Vocabulary.isFunctionWord(words[k + 1]) {
                // "users write posts and customers place orders", "customers buy products and write reviews": a second
                // clause (one without a subject shares the one before it: `read`).
                out.append([])
            } else {
                out[out.count - 1].append(w)
            }
            k += 1
        }
        return out.filter { !$0.isEmpty }
    }

    /// Verbs of a deal and the table that records it.
    static let dealVerbs: [String: String] = [
        "buy": "purchases", "buys": "purchases", "bought": "purchases", "purchase": "purchases", "book": "bookings", "books": "bookings",
        "reserve": "reservations", "reserves": "reservations", "rent": "rentals", "rents": "rentals", "borrow": "loans",
        "borrows": "loans", "order": "orders", "orders": "orders", "adopt": "adoptions", "adopts": "adoptions", "enroll": "enrollments",
        "enrolls": "enrollments", "enrol": "enrolments", "enrols": "enrolments",
    ]

    /// The deal a clause states when people (the subject) buy, book, rent, borrow or order things that exist before the
    /// deal (products, rooms, books, classes, dishes): the deal's table; nil when the object is itself the record of the
    /// act (orders, reservations, posts) or the clause is no such deal.
    static func dealNoun(_ clause: [String], _ main: RelationStatement) -> [String]? {
        guard !main.subject.isEmpty, !main.object.isEmpty, main.child == main.object || main.parent == main.object,
              // (the word after the subject is the verb: "authors write books" has no deal in its noun "books")
              let v = clause.firstIndex(where: { !main.subject.contains($0) && !["each", "every", "a", "an", "the", "all", "one"].contains($0) }),
              let deal = dealVerbs[clause[v]] else { return nil }
        let objectName = Identifier.join(main.object)
        let head = main.object.last ?? objectName
        guard Inflector.isPlural(head), !DomainCatalogue.looksLikeEvent(Inflector.singular(head)),
              !DomainCatalogue.eventNouns.contains(Inflector.singular(head)), !recordNouns.contains(Inflector.singular(head)),
              Identifier.join(main.subject) != objectName else { return nil }
        return [deal]
    }

    /// Things made by acting, which record the act themselves (`customers place orders`, `users write posts`).
    static let recordNouns: Set<String> = ["order", "purchase", "booking", "reservation", "rental", "loan", "post", "review", "comment",
                                           "message", "payment", "invoice", "request", "application", "submission", "claim", "ticket",
                                           "subscription", "enrollment", "enrolment", "donation", "bid", "offer", "listing", "transaction"]

    private static let oneWords: Set<String> = ["one", "a", "an", "single", "exactly", "only", "just"]
    private static let manyWords: Set<String> = ["many", "multiple", "several", "numerous", "lots", "any", "zero", "more", "various", "some"]
    private static let pronouns: Set<String> = ["it", "they", "we", "i", "you", "there", "this", "that", "he", "she", "which", "who"]

    /// The statements of one clause: the main one, plus `… for rooms` after its object
    /// (`guests make reservations for rooms` → reservations → guests, reservations → rooms).
    static func statements(_ clause: [String]) -> [RelationStatement] {
        guard let main = statement(clause) else { return [] }
        // "guests book rooms", "customers buy products": a deal between people and things that were there before it
        // is a table of its own (bookings, purchases) that references both, not rooms that belong to one guest.
        if let act = dealNoun(clause, main) {
            return [RelationStatement(child: act, parent: main.subject, object: act, subject: main.subject),
                    RelationStatement(child: act, parent: main.object, object: main.object, subject: act)]
        }
        let objectWords = main.object
        var out = [main]
        guard !main.manyToMany, let objectAt = objectIndex(clause, main) else { return out }
        // "contracts link clients and freelancers": a second object.
        if clause.contains(where: { linkVerbs.contains($0) }), objectAt < clause.count, ["and", "to", "with"].contains(clause[objectAt]) {
            let second = nounPhrase(Array(clause[(objectAt + 1)...]))
            if !second.isEmpty { out.append(RelationStatement(child: main.child, parent: second)) }
            return out
        }
        var k = objectAt
        while k < clause.count, !["for", "of", "at", "on", "in", "to", "with"].contains(clause[k]) {
            if clause[k] == "," || clause[k] == "and" { return out }
            k += 1
        }
        guard k + 1 < clause.count else { return out }
        let extra = nounPhrase(Array(clause[(k + 1)...]))
        // The prepositional phrase qualifies the object: "reservations for rooms", "a subscription to a plan".
        let child = objectWords.isEmpty ? main.child : objectWords
        if !extra.isEmpty, extra != child, Inflector.isPlural(Identifier.join(extra)) || DomainCatalogue.isKnownEntity(Inflector.singular(Identifier.join(extra))) {
            out.append(RelationStatement(child: child, parent: extra))
        }
        return out
    }

    private static func objectIndex(_ clause: [String], _ s: RelationStatement) -> Int? {
        for side in [s.child, s.parent] {
            if let last = side.last, let i = clause.lastIndex(of: last), i > 0 { return i + 1 }
        }
        return nil
    }

    /// One clause: subject, verb, quantifier, object.
    static func statement(_ clause: [String]) -> RelationStatement? {
        var words = clause
        while let f = words.first, ["each", "every", "a", "an", "one", "all", "the", "any"].contains(f) { words.removeFirst() }
        guard words.count >= 3 else { return nil }
        if let m2m = manyToMany(words) { return m2m }
        // Subject: the noun phrase up to the verb (at least one word: "comment belongs to" has subject "comment").
        var v = 1
        while v < words.count, !isVerb(words[v]) { v += 1 }
        guard v > 0, v < words.count - 1, v <= 3 else { return nil }
        let subject = Array(words[..<v])
        guard !subject.contains(where: { pronouns.contains($0) || Vocabulary.isFunctionWord($0) }) else { return nil }
        // "Generate 50 customer reviews for a hotel": a request and a count open a list of rows, not a subject that reviews.
        guard !subject.contains(where: { Int($0) != nil || Vocabulary.numberWords[$0] != nil || Vocabulary.requestWords.contains($0) }) else { return nil }
        // The verb: one content verb with its auxiliaries and particle ("is written by", "belongs to").
        var k = v
        var verb: [String] = []
        var content = false
        while k < words.count {
            let w = words[k]
            let auxiliary = ["to", "by", "with", "can", "may", "must", "will", "should", "be", "is", "are", "was", "were", "usually", "always", "often"].contains(w)
            if auxiliary || (!content && isVerb(w)) || (Vocabulary.isPastParticiple(w) && verb.last.map { ["is", "are", "was", "were", "be"].contains($0) } == true) {
                if !auxiliary { content = true }
                verb.append(w)
                k += 1
            } else {
                break
            }
        }
        // "customer reviews for a hotel", "patient visits to a clinic": a compound plural noun and what it is of, not a
        // customer who reviews (a sentence says "each customer reviews …" or has a plural subject).
        if verb.count == 1, let w = verb.first, k < words.count, ["for", "of", "on", "about", "from", "to"].contains(words[k]),
           Inflector.isPlural(w), DomainCatalogue.isKnownEntity(Inflector.singular(w)), let s = subject.last, !Inflector.isPlural(s),
           !["each", "every", "a", "an", "the", "one", "any"].contains(clause.first ?? "") {
            return nil
        }
        var one = false
        var many = false
        while k < words.count, oneWords.contains(words[k]) || manyWords.contains(words[k]) || ["or", "of", "number", "to", "up"].contains(words[k]) || Int(words[k]) != nil {
            if oneWords.contains(words[k]) { one = true }
            if manyWords.contains(words[k]) { many = true }
            k += 1
        }
        var objectStart = k
        // "attendees register for events": a verb, a preposition, then the object.
        if k < words.count, ["for", "to", "in", "at", "on", "with", "into"].contains(words[k]), verb.contains(where: { Vocabulary.actionVerbs.contains($0) }) {
            objectStart = k + 1
            one = true
        }
        let object = nounPhrase(Array(words[objectStart...]))
        guard !object.isEmpty, !subject.contains(where: Vocabulary.metaNouns.contains), !object.contains(where: Vocabulary.metaNouns.contains) else { return nil }
        let objectName = Identifier.join(object)
        // "Categories have a name": the object is a column, not an entity.
        let objectIsEntity = DomainCatalogue.isKnownEntity(Inflector.singular(objectName))
            || Inflector.isPlural(objectName) && ColumnLexicon.names[objectName] == nil && !ColumnLexicon.countWords.contains(object.last ?? "")
        let objectIsColumn = ColumnLexicon.isKnown(Inflector.singular(objectName)) || ColumnLexicon.isKnown(objectName)
        // "patrons borrow items": what people act on is a table; what a row has may be a column.
        let acts = verb.contains { Vocabulary.actionVerbs.contains($0) && !haveVerbs.contains($0) }
        // "each ticket has one assignee": a person role is a reference even where the lexicon knows the word.
        let personRole = one && object.count == 1 && RoleWords.personRoles[Inflector.singular(objectName)] != nil
        if objectIsColumn && !objectIsEntity && !personRole && !(acts && Inflector.isPlural(objectName)) { return nil }
        let childVerbs: Set<String> = ["belongs", "belong", "references", "reference", "refers", "refer", "points", "point", "by", "to"]
        func make(_ child: [String], _ parent: [String], hasOne: Bool = false) -> RelationStatement {
            RelationStatement(child: child, parent: parent, object: object, subject: subject, hasOne: hasOne)
        }
        if verb.contains(where: { childVerbs.contains($0) }) || verb.contains(where: { Vocabulary.isPastParticiple($0) }) && verb.contains("by") {
            return make(subject, object)
        }
        if many || (!one && Inflector.isPlural(objectName) && verb.contains(where: { haveVerbs.contains($0) })) {
            return make(object, subject)
        }
        if one, verb.contains(where: { haveVerbs.contains($0) || $0 == "by" }) {
            return make(subject, object, hasOne: verb.contains { haveVerbs.contains($0) })
        }
        // "contracts link clients and freelancers": the subject joins the objects (the caller adds the second).
        if verb.contains(where: { linkVerbs.contains($0) }) { return make(subject, object) }
        // "users write posts", "customers place orders": people act, the objects record it.
        if verb.contains(where: { Vocabulary.actionVerbs.contains($0) }) {
            if one { return make(subject, object) }
            if Inflector.isPlural(objectName) { return make(object, subject) }
        }
        return nil
    }

    static let linkVerbs: Set<String> = ["link", "links", "connect", "connects", "relate", "relates", "map", "maps", "pair", "pairs", "associate", "associates"]

    private static let haveVerbs: Set<String> = ["has", "have", "contains", "contain", "includes", "include", "owns", "own", "holds", "hold"]

    private static func isVerb(_ w: String) -> Bool {
        haveVerbs.contains(w) || ["belongs", "belong", "references", "reference", "refers", "refer", "points", "point",
                                  "places", "place", "writes", "write", "teaches", "teach", "takes", "take", "makes",
                                  "make", "receives", "receive", "sends", "send", "gets", "get", "is", "are", "by",
                                  "can", "may", "enrolls", "enroll", "attends", "attend", "books", "rents", "rent",
                                  "buys", "buy", "creates", "create", "manages", "manage", "supervises", "hosts",
                                  "host", "employs", "employ", "uses", "use", "leads", "lead", "runs", "run",
                                  "submits", "submit", "issues", "issue", "generates", "generate", "logs", "log"].contains(w)
            || linkVerbs.contains(w)
            || Vocabulary.isPastParticiple(w) || Vocabulary.actionVerbs.contains(w)
    }

    /// `students and courses are many-to-many`, `many-to-many between students and courses`, `users have a many-to-many
    /// relationship with groups`, `a blog with posts and tags, many to many` (the two nouns nearest the marker: before it,
    /// else after it, else one on each side).
    private static func manyToMany(_ words: [String]) -> RelationStatement? {
        guard let m = words.firstIndex(where: { $0 == "many-to-many" || $0 == "m2m" || $0 == "n:m" }) else { return nil }
        func nouns(_ part: ArraySlice<String>) -> [[String]] {
            var out: [[String]] = []
            var current: [String] = []
            for w in part {
                if ["and", "between", "are", "is", "relationship", "relationships", "relation", "with", "in", "share", "shares", "form",
                    "forms", ",", "of"].contains(w) || haveVerbs.contains(w) || Vocabulary.determiners.contains(w) {
                    if !current.isEmpty { out.append(current) }
                    current = []
                } else {
                    current.append(w)
                }
            }
            if !current.isEmpty { out.append(current) }
            return out
        }
        let before = nouns(words[..<m]), after = nouns(words[(m + 1)...])
        let pair: [[String]]
        if before.count >= 2 {
            pair = Array(before.suffix(2))
        } else if after.count >= 2 {
            pair = Array(after.prefix(2))
        } else if let a = before.last, let b = after.first {
            pair = [a, b]
        } else {
            return nil
        }
        return RelationStatement(child: pair[0], parent: pair[1], manyToMany: true)
    }

    /// The content words at the start of `words`, up to the first function word.
    static func nounPhrase(_ words: [String]) -> [String] {
        var out: [String] = []
        for w in words {
            if Vocabulary.determiners.contains(w) || oneWords.contains(w) || manyWords.contains(w) || Vocabulary.fillers.contains(w) {
                if out.isEmpty { continue }
                break
            }
            if Vocabulary.isFunctionWord(w) || w == "," || NounPhrase.relativeWords.contains(w) || Vocabulary.listIntroducers.contains(w) { break }
            out.append(w)
            if out.count == 3 { break }
        }
        return out
    }
}
