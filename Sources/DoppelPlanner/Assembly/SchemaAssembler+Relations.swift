import DoppelText
import DoppelEngine

extension SchemaAssembler {
    /// For entities the prompt named without listing columns: the template's
    /// references to tables the schema has (`orders` → `customer_id` when
    /// there are customers), preferring tables the prompt related it to.
    mutating func applyTemplateReferences(_ i: Int) {
        // Columns given as identifiers (`loans (id, book_id, …)`) are the user's exact table; columns said in
        // words (`each loan has a checkout date and a due date`) still get the references the table usually has.
        let proseList = !entities[i].draft.columns.isEmpty && entities[i].draft.columns.allSatisfy(\.fromProse)
        guard entities[i].origin != .listed || proseList || listsNoReferences(i), let template = entities[i].template else { return }
        let wanted = Set(entities[i].draft.relations.compactMap { resolveEntity($0.words) })
        var sides: String?
        for token in template.columns where Self.isReferenceToken(token) {
            let parts = token.split(separator: ">", maxSplits: 1).map(String.init)
            let alternatives = parts[0].split(separator: "|").map(String.init)
            // A match is between two sides: home and away teams, or white and black players, never both,
            // and then no third participant column besides.
            if let taken = sides {
                if let side = Self.side(of: alternatives[0]), side != taken { continue }
                if Self.side(of: alternatives[0]) == nil, alternatives.contains(where: Self.participantColumns.contains) { continue }
            }
            var choices: [(String, ReferenceTarget)] = []
            let lentOut = isLentOut(i) || isBusinessPlace(i)
            for alt in alternatives {
                // A rental company's cars are its own, a library's books are written by authors: the customer who
                // drives one, the member who reads one, comes through the lending table.
                if lentOut, Self.usersOfLentThings.contains(alt) { continue }
                if let t = referenceTarget(alt, in: i, draft: nil), t.entity != i || t.viaRole,
                   !(lentOut && t.viaRole && [.person, .account].contains(entities[t.entity].nature) && !Self.peerProviders.contains(alt)) {
                    choices.append((alt, t))
                }
            }
            let chosen = choices.first { wanted.contains($0.1.entity) } ?? choices.first { !$0.1.viaRole } ?? choices.first
                ?? soldThing(of: i, slot: alternatives)
            if var (name, target) = chosen {
                let side = Self.side(of: name)
                // White and black are a chess game's sides; other games between two players number them.
                if side == "colour", !reading.allWords.contains("chess") {
                    name = name.hasPrefix("white") ? "player1_id" : "player2_id"
                }
                // A named occasion's attendees are many and come through its bookings; only the
                // person who leads it (an instructor, a host) is one of its columns.
                if entities[i].nature == .event, isNamedOccasion(i), [.person, .account].contains(entities[target.entity].nature),
                   !RoleWords.occasionLeaders.contains(entities[target.entity].head) { continue }
                if let side { sides = side }
                let covered = entities[i].fields.contains { $0.references?.entity == entities[target.entity].name && !$0.fromTemplate }
                if covered || entities[i].index(of: name) != nil { continue }
                // Students take classes through their enrolments: a membership of one in the other (an enrolment, a
                // registration, an assignment) that references both already joins them. (A review of a recipe by a
                // user is no membership: the recipe keeps its author.)
                let memberships: Set<String> = ["enrollment", "enrolment", "registration", "signup", "membership", "assignment",
                                                "attendance", "roster", "subscription", "participation", "placement"]
                let joined = entities.indices.contains { k in
                    k != i && k != target.entity && (entities[k].isJoin || memberships.contains(Inflector.singular(entities[k].head)))
                        && entities[k].references(entities[i].name) && entities[k].references(entities[target.entity].name)
                }
                if joined, !target.viaRole { continue }
                var f = PlanField(name: name)
                f.fromTemplate = true
                entities[i].fields.append(f)
                link(field: entities[i].fields.count - 1, of: i, to: target, rename: false)
            } else if parts.count == 2, entities[i].origin != .listed {  // a listed table gets references, never extra attributes
                let (name, spec) = Self.attribute(parts[1])
                guard entities[i].index(of: name) == nil else { continue }
                var f = PlanField(name: name, spec: spec)
                f.fromTemplate = true
                entities[i].fields.append(f)
            }
        }
        if let sides { adaptScores(i, sides: sides == "colour" && !reading.allWords.contains("chess") ? "numbered" : sides) }
    }

    /// True when table `i` has a count of `key`s (`visitor_count`, `number_of_visitors`, `visitors`): it is not one's.
    func counts(_ i: Int, _ key: String) -> Bool {
        let names: Set<String> = [key + "_count", "number_of_" + Inflector.plural(key), Inflector.plural(key) + "_count",
                                  "total_" + Inflector.plural(key), "num_" + Inflector.plural(key)]
        return entities[i].fields.contains { names.contains($0.name) }
    }

    /// Heads of tables that hold the lines of another record (an order's items, a sale's lines).
    static let lineTableHeads: Set<String> = ["item", "line", "detail", "line_item"]

    /// What an order's line sells when the prompt names it in words of its own (`dishes`, `cakes`, `parts`): a line
    /// table's slot for a product (`product_id|item_id|…`) that found none of its tables points at the nearest thing
    /// the prompt listed, not at a product name of its own while its order points at the dish.
    func soldThing(of i: Int, slot alternatives: [String]) -> (String, ReferenceTarget)? {
        guard alternatives.contains("product_id"), entities[i].nature == .event,
              Self.lineTableHeads.contains(entities[i].head) || entities[i].name.hasSuffix("_line_items"),
              let t = nearestListedThing(to: i) else { return nil }
        let name = entities[t].key + "_id"
        guard entities[i].index(of: name) == nil, let target = referenceTarget(name, in: i, draft: nil), target.entity == t else { return nil }
        return (name, target)
    }

    /// The thing the prompt named nearest before table `i` (else the first after it), not a response and not a table
    /// that points at `i`.
    func nearestListedThing(to i: Int) -> Int? {
        let listed = entities.indices.filter { t in
            t != i && entities[t].nature == .thing && entities[t].origin != .implied && !Self.isResponse(entities[t].name)
                && !entities[t].references(entities[i].name)
        }
        return listed.filter({ $0 < i }).max() ?? listed.min()
    }

    /// True when thing `t`, which the catalogue does not know, is what the schema's order lines sell (`cakes` beside
    /// `orders` and `order items`): it gets a name and a price, not a title, a status and a shop's category.
    func isSoldUnknownThing(_ t: Int) -> Bool {
        guard entities[t].template == nil, entities[t].nature == .thing else { return false }
        return entities.indices.contains { k in
            k != t && entities[k].template?.names.contains("order_items") == true && nearestListedThing(to: k) == t
        }
    }

    /// A game between two players has its result in their terms: `player1_win` or `player2_win` for a
    /// tennis match, white_win, black_win or draw at chess; no home and away scores.
    mutating func adaptScores(_ i: Int, sides: String) {
        guard sides != "home" else { return }
        for k in entities[i].fields.indices.reversed() where entities[i].fields[k].fromTemplate || entities[i].fields[k].draft == nil {
            switch entities[i].fields[k].name {
            case "home_score", "away_score":
                // Two numbers drawn apart could tie, and a tennis match cannot end level.
                entities[i].fields.remove(at: k)
            case "result" where entities[i].fields[k].spec == nil:
                entities[i].fields[k].spec = ColumnSpec(sides == "colour" ? "string enum values=white_win:38|black_win:30|draw:32"
                                                                          : "string enum values=player1_win:1|player2_win:1")
            default: break
            }
        }
    }

    /// The pair of sides a column names: `home_team_id` → home/away, `white_player_id` → white/black.
    static func side(of column: String) -> String? {
        for (pair, words) in [("home", ["home", "away"]), ("colour", ["white", "black"]), ("numbered", ["player1", "player2"])] where words.contains(where: { column.hasPrefix($0 + "_") }) {
            return pair
        }
        // `team_a_id`, `player_2_id`, `fighter_one_id`: a participant with a letter or number after it.
        let words = Identifier.words(column)
        if words.count >= 3, words.last == "id", ["a", "b", "1", "2", "one", "two"].contains(words[words.count - 2]) { return "numbered" }
        return nil
    }

    static let participantColumns: Set<String> = ["player_id", "participant_id", "team_id", "competitor_id", "athlete_id"]

    /// Whether another table lends this one out (`rentals` of `cars`, `loans` of `books`, `bookings` of `rooms`):
    /// then the things are the business's, and the people who use them are the lending table's.
    func isLentOut(_ i: Int) -> Bool {
        let names = Set(entities[i].template?.names ?? [entities[i].name]).union([entities[i].name])
        func lends(_ column: Substring) -> Bool {
            let target = column.split(separator: ">")[0]
            guard target.hasSuffix("_id") else { return false }
            let key = String(target.dropLast(3))
            return names.contains(Inflector.plural(key)) || names.contains(key)
                || DomainCatalogue.template(for: key, domain: domain)?.names.contains { names.contains($0) } == true
        }
        return entities.indices.contains { t in
            t != i && Self.lendingEvents.contains(entities[t].head)
                && (entities[t].template ?? DomainCatalogue.template(for: entities[t].key, domain: domain))?.columns.contains { slot in
                    slot.split(separator: "|").contains(where: lends)
                } == true
        }
    }

    /// Whether this is a place where a lending business keeps what it lends (a rental company's `locations` its
    /// cars reference): then, like a lent thing, it is the business's own and no customer's. (A field service's
    /// equipment stands at its customers' sites: those keep their customer.)
    func isBusinessPlace(_ i: Int) -> Bool {
        guard entities[i].nature == .place else { return false }
        let lending = !Set(reading.allWords).isDisjoint(with: Self.lendingWords)
        let idName = entities[i].key + "_id"
        return entities.indices.contains { t in
            t != i && [.thing, .device].contains(entities[t].nature) && (lending || isLentOut(t))
                && (entities[t].fields.contains { $0.references?.entity == entities[i].name } || entities[t].draft.columns.contains { $0.name == idName })
        }
    }

    /// Words of a business that lends its things out.
    static let lendingWords: Set<String> = ["rental", "rentals", "rent", "renting", "hire", "leasing", "lease", "library", "loan", "loans",
                                            "sharing", "share"]

    static let lendingEvents: Set<String> = ["rental", "hire", "lease", "loan", "checkout", "reservation", "booking"]
    /// Roles of people who lend their own things on a marketplace (a host's listing): they stay.
    static let peerProviders: Set<String> = ["host_id", "seller_id", "landlord_id", "lender_id", "provider_id"]
    /// The people a lent thing reaches only through its lending (not its owner, host or dealer).
    static let usersOfLentThings: Set<String> = ["customer_id", "client_id", "user_id", "member_id", "renter_id", "guest_id", "patron_id", "student_id"]

    /// References the prompt's descriptions ask for: `plays of episodes by listeners`.
    mutating func applyRelations(_ i: Int) {
        var seen: [Int: Int] = [:]
        for hint in entities[i].draft.relations {
            // "couriers who deliver orders" (or "… them", the table listed before): orders reference couriers
            if hint.preposition == RelationHint.doneBy {
                let pronoun = hint.words == ["them"] || hint.words == ["those"]
                guard let j = pronoun ? (i > 0 ? i - 1 : nil) : resolveEntity(hint.words), j != i,
                      !entities[j].references(entities[i].name) else { continue }
                addReference(from: j, to: i)
                continue
            }
            guard let j = resolveEntity(hint.words) else { continue }
            seen[j, default: 0] += 1
            if j == i { continue }
            let already = entities[i].fields.filter { $0.references?.entity == entities[j].name }.count
            if already >= seen[j, default: 1] { continue }
            var name: String?
            if already > 0 || entities[i].draft.relations.filter({ resolveEntity($0.words) == j }).count > 1 {
                name = roleName(hint.preposition, index: seen[j, default: 1], target: entities[j])
            }
            addReference(from: i, to: j, name: name)
        }
        for o in entities[i].draft.objects {
            if let j = resolveEntity(o), j != i, !entities[i].references(entities[j].name) { addReference(from: i, to: j) }
        }
        for (child, parent) in pendingLinks where child == i && !entities[child].references(entities[parent].name) {
            addReference(from: child, to: parent)
        }
        // ("lesson completions", "ticket comments": a name that starts with another table's name belongs to it,
        // `linkCompoundOwners`)
    }

    /// `from users to users` → `sender_id`, `recipient_id`; places → `origin_…`, `destination_…`.
    func roleName(_ preposition: String?, index: Int, target: PlanEntity) -> String {
        let person = target.nature == .person
        let place = target.nature == .place
        switch preposition {
        case "from"?: return person ? "sender_id" : (place ? "origin_\(target.key)_id" : "from_\(target.key)_id")
        case "to"?: return person ? "recipient_id" : (place ? "destination_\(target.key)_id" : "to_\(target.key)_id")
        default: return index <= 1 ? "\(target.key)_id" : "other_\(target.key)_id"
        }
    }

    /// Sentences like `each book has one author`: the child gets a reference,
    /// reusing a column already named for the parent (`author`).
    mutating func applyStatements() {
        for s in reading.statements where !s.manyToMany {
            if let c = resolveEntity(s.child), resolveEntity(s.parent) == nil, let role = s.parent.first, let p = roleTarget(s.parent, child: c) {
                let target = entities[p].name
                if let k = entities[c].fields.firstIndex(where: { $0.fromTemplate && $0.references?.entity == target }),
                   entities[c].index(of: role + "_id") == nil {
                    // The table's usual reference to that table is this role: rename it rather than add a second one.
                    entities[c].fields[k].name = role + "_id"
                    entities[c].fields[k].fromTemplate = false
                } else if entities[c].index(of: role + "_id") == nil, entities[c].index(of: role) == nil {
                    addReference(from: c, to: p, name: role + "_id")
                } else if let k = entities[c].index(of: role) ?? entities[c].index(of: role + "_id"), entities[c].fields[k].references == nil {
                    link(field: k, of: c, to: ReferenceTarget(entity: p, field: nil), rename: false)
                }
                continue
            }
            guard var c = resolveEntity(s.child), var p = resolveEntity(s.parent), c != p else { continue }
            // "each customer has one subscription": a subscription depends on its customer, unlike an author.
            if s.hasOne, [.event, .account, .document, .content].contains(entities[p].nature),
               [.person, .organization, .thing, .place].contains(entities[c].nature) {
                swap(&c, &p)
            }
            if entities[c].references(entities[p].name) {
                // The prompt states the reference the domain knowledge added: it is the prompt's now.
                let parentName = entities[p].name
                for k in entities[c].fields.indices where entities[c].fields[k].references?.entity == parentName {
                    entities[c].fields[k].fromTemplate = false
                }
                continue
            }
            let parent = entities[p]
            if let k = entities[c].fields.firstIndex(where: { $0.references == nil && !$0.primaryKey && ($0.name == parent.key || $0.name == parent.key + "_name" || Identifier.words($0.name).last == parent.key) }) {
                link(field: k, of: c, to: ReferenceTarget(entity: p, field: nil), rename: false)
            } else {
                addReference(from: c, to: p)
            }
        }
    }

    /// A join table references both sides and holds each pair once.
    mutating func completeJoin(_ i: Int) {
        let e = entities[i]
        var sides: [Int] = []
        for hint in e.draft.relations { if let j = resolveEntity(hint.words), !sides.contains(j) { sides.append(j) } }
        let compound = joinParts(e.key, createMissing: false).compactMap { p in entities.firstIndex { $0.key == p } }
        let isJoin = e.isJoin || (compound.count == 2 && compound.allSatisfy { j in e.fields.contains { $0.references?.entity == entities[j].name } })
            || (compound.count == 2 && e.origin != .listed)  // "session_players with a score"
        guard isJoin else { return }
        if sides.count < 2 { for j in compound where !sides.contains(j) { sides.append(j) } }
        for j in sides.prefix(2) where j != i && !entities[i].references(entities[j].name) {
            addReference(from: i, to: j)
        }
        let refs = entities[i].fields.filter { $0.references != nil && !$0.primaryKey }
        var pair: [String] = []
        var used: Set<String> = []
        for f in refs where pair.count < 2 {
            guard let target = f.references?.entity else { continue }
            if !used.contains(target) || refs.filter({ $0.references?.entity == target }).count >= 2 && pair.count == 1 {
                pair.append(f.name)
                used.insert(target)
            }
        }
        if pair.count == 2, !entities[i].uniqueTogether.contains(pair) {
            entities[i].uniqueTogether.append(pair)
            entities[i].isJoin = true
        }
    }

    /// Two tables a join table pairs ("books and authors are many-to-many") reach each other through it: a
    /// reference between them that the domain knowledge added under the other's plain name (a book's `author_id`)
    /// goes. A role keeps its reference (a group's `owner_id`, a project's `manager_id`: one of many members).
    mutating func dropReferencesJoined() {
        for j in entities.indices where entities[j].isJoin {
            let sides = Set(entities[j].fields.compactMap { $0.references?.entity }).subtracting([entities[j].name])
            guard sides.count == 2 else { continue }
            // Only a pure pairing (`book_authors`, or two tables said to be many-to-many): a like pairs a user and a
            // post, and the post keeps its author.
            let words = Set(entities[j].keyWords.map { Inflector.singular(String($0)) })
            let sideEntities = entities.filter { sides.contains($0.name) }
            let compound = sideEntities.allSatisfy { words.contains($0.key) || words.contains($0.head) }
            let stated = reading.statements.contains { s in
                s.manyToMany && [s.child, s.parent].allSatisfy { w in resolveEntity(w).map { sides.contains(entities[$0].name) } ?? false }
            }
            guard compound || stated else { continue }
            let keys = Dictionary(entities.map { ($0.name, $0.key) }, uniquingKeysWith: { a, _ in a })
            for i in entities.indices where i != j && sides.contains(entities[i].name) {
                let own = entities[i].name
                entities[i].fields.removeAll { f in
                    guard f.fromTemplate, let target = f.references?.entity, target != own, sides.contains(target),
                          let key = keys[target] else { return false }
                    return f.name == key + "_id"
                }
            }
        }
    }

    /// An event-like table the prompt named but related to nothing gets
    /// references to the people and things listed with it.
    mutating func linkOrphans() {
        guard entities.count > 1 else { return }
        for i in entities.indices where entities[i].origin != .listed && [.event, .content, .document].contains(entities[i].nature) {
            let name = entities[i].name
            let hasOut = entities[i].referencesOthers
            let hasIn = entities.contains { other in other.name != name && other.fields.contains { $0.references?.entity == name } }
            guard !hasOut, !hasIn else { continue }
            // A named occasion (a tournament, a race) has many people, each in many: a table joins them.
            if isNamedOccasion(i), let j = entities.indices.first(where: { $0 != i && entities[$0].nature == .person }) {
                let before = entities.count
                addEntity([entities[i].key, Inflector.plural(entities[j].key)], origin: .implied)
                guard entities.count > before else { continue }
                let n = entities.count - 1
                entities[n].nature = .event
                entities[n].isJoin = true
                addReference(from: n, to: i)
                addReference(from: n, to: j)
                completeJoin(n)
                warnings.append("`\(name)` are occasions `\(entities[j].name)` take part in: added `\(entities[n].name)` joining them.")
                continue
            }
            var linked: [String] = []
            // (a sale or a booking is not the artist's or the author's whose work it sells: `linkParticipants`)
            let transaction = Self.transactionHeads.contains(Inflector.singular(entities[i].head))
            for natures in [[EntityNature.person], [.thing, .account, .device, .place]] {
                // An exhibit that counts its visitors or names its curator is not one visitor's.
                if natures == [.person], namesItsPerson(i) { continue }
                if let j = entities.indices.first(where: { $0 != i && natures.contains(entities[$0].nature)
                                                    && !(natures == [.person] && counts(i, entities[$0].key))
                                                    && !(transaction && Self.creatorHeads.contains(Inflector.singular(entities[$0].head)))
                                                    && !(isBooking(i) && isSoldByTheLine($0, apartFrom: i)) }) {
                    addReference(from: i, to: j)
                    linked.append(entities[j].name)
                }
            }
            if !linked.isEmpty {
                warnings.append("Guessed that `\(name)` refers to \(linked.map { "`\($0)`" }.joined(separator: " and ")); say how they relate to change that.")
            }
        }
    }
}
