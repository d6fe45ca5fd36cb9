import DoppelText
import DoppelEngine

extension SchemaAssembler {
    /// One working entity per distinct name, merging repeated mentions.
    mutating func collectDrafts() {
        let tables = Set(reading.entities.filter { $0.words.count == 1 }.map { Self.key(Identifier.join($0.words)) })
        for d in reading.entities where !d.words.isEmpty {
            let name = Self.tableName(d, tables: tables)
            guard !name.isEmpty else { continue }
            let key = Self.key(name)
            if let i = entities.firstIndex(where: { $0.key == key }) {
                merge(d, into: i)
            } else {
                entities.append(PlanEntity(draft: d, name: name, key: key))
            }
        }
    }

    mutating func merge(_ d: EntityDraft, into i: Int) {
        var e = entities[i].draft
        if d.columnsExplicit && !e.columnsExplicit {
            e.columns = d.columns
            e.columnsExplicit = true
        } else if d.columnsExplicit {
            for c in d.columns where !e.columns.contains(where: { $0.name == c.name }) { e.columns.append(c) }
        }
        for c in d.described where !e.described.contains(where: { $0.name == c.name }) { e.described.append(c) }
        e.relations += d.relations
        e.objects += d.objects
        if let c = d.count { e.count = c }
        e.isJoin = e.isJoin || d.isJoin
        entities[i].draft = e
        entities[i].origin = Self.stronger(entities[i].origin, d.origin)
        if d.columnsExplicit { entities[i].origin = .listed }
    }

    static func stronger(_ a: EntityOrigin, _ b: EntityOrigin) -> EntityOrigin {
        func rank(_ o: EntityOrigin) -> Int { o == .listed ? 2 : (o == .named ? 1 : 0) }
        return rank(a) >= rank(b) ? a : b
    }

    /// "A veterinary practice that sees pets brought in by their owners; each visit has a diagnosis and a cost":
    /// when the one table read is described in detail and the prose around it names things the planner knows
    /// (pets, owners), those are its other tables, in the order the prompt says them, at most three.
    mutating func addProseTables() {
        guard entities.count == 1, !entities[0].draft.columns.isEmpty || !entities[0].draft.described.isEmpty else { return }
        var added: [String] = []
        // The table's own words are not another table ("Medical claims (patient_id, amount)" has no `claims` beside it).
        var seen: Set<String> = Set([entities[0].key] + entities[0].draft.words.map(Inflector.singular))
        for w in reading.allWords where Inflector.isPlural(w) && added.count < 3 {
            let singular = Inflector.singular(w)
            guard reading.proseNouns.contains(singular), seen.insert(singular).inserted, DomainCatalogue.isKnownEntity(singular),
                  !Vocabulary.settingNouns.contains(singular), !Vocabulary.metaNouns.contains(w), !Vocabulary.rowNouns.contains(w),
                  !entities[0].draft.columns.contains(where: { $0.name == w || $0.name == singular }) else { continue }
            addEntity([w], origin: .implied)
            added.append(entities[entities.count - 1].name)
        }
        if !added.isEmpty {
            warnings.append("Read \(added.map { "`\($0)`" }.joined(separator: ", ")) from the prompt's prose as tables beside `\(entities[0].name)`.")
        }
    }

    /// The columns a team sport's players have and one-on-one players do not (`position`, `jersey_number`).
    static func teamPlayerColumns(_ team: EntityTemplate?) -> Set<String> {
        func names(_ t: EntityTemplate?) -> Set<String> {
            Set((t?.columns ?? []).flatMap { $0.split(separator: ">")[0].split(separator: "|").map { String($0.split(separator: ":")[0]) } })
        }
        return names(team).subtracting(names(DomainCatalogue.individualPlayers)).union(["team", "team_id"])
    }

    /// Heads that name the same kind of place, for folding a mention into a listed table.
    static let sameThingHeads: [String: Set<String>] = [
        "shop": ["store", "location", "branch", "outlet"], "outlet": ["store", "location", "branch"],
        "cafe": ["store", "location", "branch"], "bakery": ["store", "location", "branch"],
    ]

    /// Folds bare mentions into the entity they name: `12 docking stations`
    /// counts `stations`; `5 product categories` becomes `categories` when a
    /// column says `category_id`.
    mutating func mergeMentions() {
        let stems = referencedStems()
        var i = 0
        while i < entities.count {
            let e = entities[i]
            let words = e.keyWords.map(String.init)
            let head = words.last ?? e.key
            // "We run a chain of coffee shops. Track our stores, …": the shops are the stores.
            if !e.draft.columnsExplicit, let same = Self.sameThingHeads[head],
               let j = uniqueIndex({ $0 != i && same.contains(entities[$0].key) }) {
                if let c = e.draft.count, entities[j].draft.count == nil { entities[j].draft.count = c }
                entities.remove(at: i)
                continue
            }
            guard e.draft.isMentionOnly else { i += 1; continue }
            var target: Int?
            // "employees, skills and employee skills": a compound of two listed tables joins them.
            if words.count > 1, joinParts(e.key, createMissing: false).count == 2 {
                i += 1
                continue
            }
            if words.count > 1 {
                target = entities.indices.first { $0 != i && entities[$0].key == head }
                    ?? uniqueIndex { $0 != i && entities[$0].key.hasSuffix("_" + head) && !entities[$0].draft.isMentionOnly }
            } else if e.draft.count != nil {
                // "Include 5 stations" with a weather_stations table, but not "ingredients" with recipe_ingredients.
                target = uniqueIndex {
                    $0 != i && entities[$0].key.hasSuffix("_" + e.key) && !entities[$0].draft.isMentionOnly && !entities[$0].draft.isJoin
                        && joinParts(entities[$0].key, createMissing: true).isEmpty
                }
            }
            if let j = target {
                if let c = e.draft.count { entities[j].draft.count = c }
                entities[j].origin = Self.stronger(entities[j].origin, .named)
                entities.remove(at: i)
                continue
            }
            if words.count > 1, stems.contains(head), !entities.contains(where: { $0.key == head }) {
                entities[i].key = head
                entities[i].name = Inflector.plural(head)
            }
            i += 1
        }
    }

    func uniqueIndex(_ predicate: (Int) -> Bool) -> Int? {
        let found = entities.indices.filter(predicate)
        return found.count == 1 ? found[0] : nil
    }

    /// Singular stems of every `*_id` column the prompt wrote (`category_id` → `category`).
    func referencedStems() -> Set<String> {
        var stems: Set<String> = []
        for e in entities {
            for c in e.draft.columns + e.draft.described {
                let words = Identifier.words(c.name)
                guard words.count >= 2, words.last == "id" else { continue }
                let stem = words.dropLast()
                for k in 0..<stem.count { stems.insert(Self.key(stem[k...].joined(separator: "_"))) }
            }
        }
        return stems
    }

    /// Whether a table the prompt has already pairs entities `a` and `b` (`enrollments` referencing students and courses).
    static func pairedBy(_ entities: [PlanEntity], _ a: Int, _ b: Int) -> Bool {
        let sides = [entities[a], entities[b]].map { [$0.name, $0.key] }
        return entities.indices.contains { j in
            j != a && j != b && sides.allSatisfy { names in
                entities[j].draft.relations.contains { names.contains(Identifier.join($0.words)) || names.contains(Self.key(Identifier.join($0.words))) }
                    || entities[j].draft.columns.contains { c in c.target.map { names.contains(Self.key(Identifier.join($0))) } ?? false }
            }
        }
    }

    /// Adds the entities the prompt points at without describing: targets of
    /// `of`/`by`/`to` phrases, relationship sentences, `(another X)`, join
    /// table sides, and `x_id` columns whose `x` the prose mentions.
    mutating func createImpliedEntities() {
        for i in entities.indices {
            for r in entities[i].draft.relations where resolveEntity(r.words) == nil && isEntityLike(r.words) {
                addEntity(r.words, origin: .named)
                // "reviews of films by critics": whoever does something is a person, whatever the word.
                if r.preposition == "by", let j = entities.indices.last { entities[j].draft.isAgent = true }
            }
            for o in entities[i].draft.objects where resolveEntity(o) == nil && isEntityLike(o) && DomainCatalogue.isKnownEntity(Self.key(Identifier.join(o))) {
                addEntity(o, origin: .named)
            }
        }
        for s in reading.statements {
            for side in [s.child, s.parent] where resolveEntity(side) == nil && !side.isEmpty && roleTarget(side, child: resolveEntity(s.child)) == nil {
                let name = Identifier.join(side)
                // A pure role (`assignee`) with no people table yet: the people it usually is.
                if side == s.parent, side.count == 1, let targets = RoleWords.personRoles[name], DomainCatalogue.index[Self.key(name)] == nil,
                   let first = targets.first(where: { DomainCatalogue.index[$0] != nil }) {
                    addEntity([Inflector.plural(first)], origin: .implied)
                    continue
                }
                if !Vocabulary.metaNouns.contains(name) { addEntity(side, origin: .named) }
            }
            if s.manyToMany, let a = resolveEntity(s.child), let b = resolveEntity(s.parent) {
                let joinName = Identifier.join([entities[a].key, entities[b].name])
                // (by its whole name: `student_courses` is not `courses`, which resolving by its last word would find)
                if !entities.contains(where: { $0.key == Self.key(joinName) }), !Self.pairedBy(entities, a, b) {
                    var d = EntityDraft(words: [joinName], exact: true, origin: .named)
                    d.isJoin = true
                    d.relations = [RelationHint(words: [entities[a].name], preposition: nil), RelationHint(words: [entities[b].name], preposition: nil)]
                    entities.append(PlanEntity(draft: d, name: joinName, key: Self.key(joinName)))
                }
            }
        }
        for i in entities.indices {
            for c in entities[i].draft.columns + entities[i].draft.described {
                if let t = c.target, t != ["self"], resolveEntity(t) == nil, !t.isEmpty, !Self.names(t, entities[i]) {
                    addEntity(t, origin: .implied)
                }
                // "each appointment has a patient, a doctor": people and organizations the row has are tables.
                if c.article, c.fromProse, c.target == nil, c.type == nil, resolveEntity([c.name]) == nil,
                   let template = DomainCatalogue.index[Self.key(c.name)]?.first,
                   [.person, .organization].contains(template.nature), ColumnLexicon.names[c.name] == nil || DomainCatalogue.personNouns.contains(c.name) {
                    addEntity([Inflector.plural(c.name)], origin: .named)
                }
            }
            if entities[i].draft.isJoin, entities[i].draft.relations.isEmpty {
                for part in joinParts(entities[i].key, createMissing: true) where !entities.contains(where: { $0.key == part }) {
                    addEntity([part], origin: .implied)
                }
            }
        }
        let count = entities.count
        for i in 0..<count {
            for c in entities[i].draft.columns + entities[i].draft.described {
                let words = Identifier.words(c.name)
                guard words.count >= 2, words.last == "id" else { continue }
                let stem = Self.key(words.dropLast().joined(separator: "_"))
                let last = Self.key(words[words.count - 2])
                if resolveEntity([stem]) == nil, resolveEntity([last]) == nil,
                   reading.proseNouns.contains(stem) || reading.proseNouns.contains(last) {
                    addEntity([reading.proseNouns.contains(stem) ? stem : last], origin: .implied)
                }
            }
        }
    }

    /// "professors, courses and enrollments": a join whose template says who takes part (a student, a learner,
    /// a member) names its person. When the only people listed are those the other tables' templates name
    /// (a course's professor), the first of the join's is added, rather than an enrollment of a professor.
    mutating func createJoinParticipants() {
        let count = entities.count
        func template(_ k: Int) -> EntityTemplate? { DomainCatalogue.template(for: entities[k].key, domain: domain) }
        func isStaff(_ p: Int, besides i: Int) -> Bool {
            entities.indices.contains { t in
                t != i && t != p && template(t)?.columns.contains { slot in slot.split(separator: "|").contains { $0.split(separator: ">")[0] == entities[p].key + "_id" } } == true
            }
        }
        for i in 0..<count where entities[i].origin != .listed {
            guard let template = template(i), template.join else { continue }
            let others = entities.indices.filter { $0 != i && DomainCatalogue.nature(of: entities[$0].key, domain: domain) == .person }
            guard !others.isEmpty, others.allSatisfy({ isStaff($0, besides: i) }) else { continue }
            for slot in template.columns where slot.hasSuffix("_id") || slot.contains("_id|") {
                let people = slot.split(separator: "|").map { String($0.split(separator: ">")[0]) }
                    .filter { $0.hasSuffix("_id") }.map { String($0.dropLast(3)) }
                guard !people.isEmpty, people.allSatisfy({ DomainCatalogue.nature(of: $0, domain: domain) == .person }),
                      !entities.contains(where: { e in people.contains(e.key) }),
                      // A follow's follower is one of the users: a role that lands on a listed table adds none.
                      !people.contains(where: { p in (RoleWords.personRoles[p] ?? []).contains { t in entities.contains { $0.key == t } } })
                else { continue }
                let first = people[0]
                addEntity([Inflector.plural(first)], origin: .implied)
                warnings.append("`\(entities[i].name)` are made by \(Inflector.plural(first)), which the prompt did not list: added `\(entities[entities.count - 1].name)`.")
            }
        }
    }

    /// "each post has one author" when the prompt has users: a person role
    /// played by rows of a people table the prompt has, not a table of its own.
    /// A role that is a table elsewhere (`author`, `driver`) only goes to a
    /// generic people table (users, accounts, profiles); a pure role word
    /// (`assignee`, `reporter`) goes to the first people table it fits.
    func roleTarget(_ words: [String], child: Int?) -> Int? {
        guard words.count == 1, let role = words.first, let targets = RoleWords.personRoles[role] else { return nil }
        let generic: Set<String> = ["user", "account", "profile"]
        let isTableWord = DomainCatalogue.index[Self.key(role)] != nil
        for t in targets where t != Self.key(role) && (!isTableWord || generic.contains(t)) {
            if let j = entities.firstIndex(where: { $0.key == t }), j != child { return j }
        }
        return nil
    }

    /// True when a phrase names entity `e` itself: `staff member` for `staff`, `another employee` for `employees`.
    static func names(_ words: [String], _ e: PlanEntity) -> Bool {
        words.contains { key($0) == e.key || $0 == e.name } || key(Identifier.join(words)) == e.key
    }

    /// A phrase that can name a table: a plural noun that is not about the data itself.
    func isEntityLike(_ words: [String]) -> Bool {
        guard let last = words.last else { return false }
        if Vocabulary.metaNouns.contains(last) || Vocabulary.units[last] != nil || Vocabulary.numberWords[last] != nil { return false }
        return Inflector.isPlural(last)
    }

    mutating func addEntity(_ words: [String], origin: EntityOrigin) {
        var d = EntityDraft(words: words, exact: false, origin: origin)
        d.keepNumber = false
        let name = Self.tableName(d)
        guard !name.isEmpty, !entities.contains(where: { $0.key == Self.key(name) }) else { return }
        entities.append(PlanEntity(draft: d, name: name, key: Self.key(name)))
    }

    /// The two tables a compound name joins (`post_tags` → post, tag), when both are tables or known entities.
    func joinParts(_ key: String, createMissing: Bool) -> [String] {
        let words = key.split(separator: "_").map(String.init)
        guard words.count >= 2 else { return [] }
        for k in 1..<words.count {
            let left = Self.key(words[..<k].joined(separator: "_"))
            let right = Self.key(words[k...].joined(separator: "_"))
            func known(_ s: String) -> Bool {
                entities.contains { $0.key == s } || (createMissing && DomainCatalogue.isKnownEntity(s))
            }
            if known(left) && known(right) { return [left, right] }
        }
        return []
    }

    /// A prompt with no recognizable table still gets one, named from its words if they name an entity.
    mutating func addFallbackEntity() {
        let words = reading.allWords
        if words.isEmpty {
            warnings.append("The prompt is empty; planned a generic table `records`.")
        }
        // A compound the catalogue knows names the table before any of its words does: "customer churn" is a churn
        // table, not customers; "credit card fraud" a table of transactions, not cards.
        let all = reading.descriptor + words
        for n in [3, 2] where all.count >= n {
            for i in 0...(all.count - n) {
                let key = Self.key(all[i..<(i + n)].joined(separator: "_"))
                guard let template = DomainCatalogue.index[key]?.first, let name = template.names.first, name.contains("_") else { continue }
                addEntity(name.split(separator: "_").map(String.init), origin: .named)
                if !words.isEmpty, !entities.isEmpty { warnings.append("No table was named explicitly; planned `\(entities[0].name)` from the prompt's words.") }
                return
            }
        }
        for w in reading.descriptor + words {
            let key = Self.key(w)
            if DomainCatalogue.index[key] != nil, !Vocabulary.metaNouns.contains(w), !Vocabulary.settingNouns.contains(w),
               !Vocabulary.requestWords.contains(w), SettingTables.bySetting[w] == nil {
                addEntity([Inflector.plural(key)], origin: .named)
                if !words.isEmpty { warnings.append("No table was named explicitly; planned `\(entities[0].name)` from the prompt's words.") }
                return
            }
        }
        if let (setting, tables) = SettingTables.tables(for: reading.descriptor + words) {
            for t in tables { addEntity([t], origin: .named) }
            warnings.append("No table was named; planned the usual tables for `\(setting)`: \(tables.joined(separator: ", ")) (name the tables to choose them).")
            return
        }
        var d = EntityDraft(words: ["records"], exact: true, origin: .named)
        d.keepNumber = true
        entities.append(PlanEntity(draft: d, name: "records", key: "record"))
        isFallback = true
        if !words.isEmpty { warnings.append("No table or known entity was recognized; planned a generic table `records`.") }
    }

    /// Finds the template and nature of an entity.
    mutating func classify(_ i: Int) {
        let key = entities[i].key
        // A join table (`film_tags`) is not its last word's entity (`tags`): no template by head word.
        let joinCompound = entities[i].draft.isJoin && !joinParts(key, createMissing: true).isEmpty
        let activity = DomainCatalogue.index[key] == nil && Self.isActivityRecord(key)
        entities[i].template = joinCompound ? DomainCatalogue.index[key]?.first
            : activity ? nil : templateByReferences(key) ?? DomainCatalogue.template(for: key, domain: domain)
        // A tennis or chess player has a ranking, not a shirt number and a team.
        if ["player", "athlete"].contains(key), !entities.contains(where: { ["team", "club", "franchise"].contains($0.head) }),
           reading.allWords.allSatisfy({ !DomainCatalogue.teamSports.contains($0) }),
           // A listed shirt number, position or height (a team player's column) says the sport has teams.
           entities[i].draft.columns.allSatisfy({ c in !Self.teamPlayerColumns(entities[i].template).contains(c.name) }) {
            entities[i].template = DomainCatalogue.individualPlayers
        }
        if let t = settingTemplate(i, key: key) { entities[i].template = t }
        if let t = lifecycleTemplate(i) { entities[i].template = t }
        entities[i].nature = activity ? .event : entities[i].template?.nature ?? DomainCatalogue.nature(of: key, domain: domain)
        if entities[i].template == nil, entities[i].draft.isAgent, entities[i].nature != .event { entities[i].nature = .person }
        // A table of measures (`judge_scores`) records an event: who was scored, for what.
        if entities[i].template == nil, !entities[i].draft.isAgent, Self.measureColumns(entities[i]) != nil { entities[i].nature = .event }
        entities[i].isJoin = entities[i].draft.isJoin || (entities[i].template?.join ?? false)
    }
}
