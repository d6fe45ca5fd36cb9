import DoppelText
import DoppelEngine

extension SchemaAssembler {
    /// The prompt's columns, then (for entities the prompt did not spell
    /// out) the template's or generic attributes.
    mutating func buildColumns(_ i: Int) {
        let e = entities[i]
        var fields: [PlanField] = []
        // A column the prompt names that the entity's template also has holds what the template
        // says it holds there (a fitness class's `name` is Yoga or Spin, not a course title).
        let templateSpecs = Dictionary((e.template?.columns ?? []).filter { !Self.isReferenceToken($0) }.compactMap { token -> (String, ColumnSpec)? in
            let (name, spec) = Self.attribute(token)
            return spec.map { (name, $0) }
        }, uniquingKeysWith: { first, _ in first })
        // A column named with its table's own noun first (a lift ticket's `ticket_type`) is the template's
        // column of the rest of the name (the ticket's `type`: adult or student, not a support ticket's).
        // So is one named with the table's noun as a past participle after it (a claim's `amount_claimed`).
        let ownPrefix = e.head + "_"
        let ownSuffix = "_" + (e.head.hasSuffix("e") ? e.head + "d" : e.head + "ed")
        // A plain `type` or `category` is the template's one column named so after another word (a leave request's
        // `type` is its `leave_type`: vacation or sick, not a product tier).
        let templateColumns = (e.template?.columns ?? []).filter { !Self.isReferenceToken($0) }.map { Self.attribute($0).0 }
        func qualified(_ name: String) -> ColumnSpec? {
            guard ["type", "category", "kind"].contains(name) else { return nil }
            let matches = templateColumns.filter { $0.hasSuffix("_" + name) }
            guard matches.count == 1 else { return nil }
            return templateSpecs[matches[0]] ?? ColumnLexicon.spec(matches[0], context(e))
        }
        /// The template's own column `name`, as the template spells it.
        func templateField(_ name: String) -> PlanField {
            var f = PlanField(name: name, spec: templateSpecs[name])
            f.fromTemplate = true
            return f
        }
        func templateSpec(_ name: String) -> ColumnSpec? {
            templateSpecs[name] ?? (name.hasPrefix(ownPrefix) ? templateSpecs[String(name.dropFirst(ownPrefix.count))] : nil)
                ?? (name.hasSuffix(ownSuffix) ? templateSpecs[String(name.dropLast(ownSuffix.count))] : nil) ?? qualified(name)
        }
        func add(_ c: ColumnDraft) {
            // "orders with status and timestamps": the moments of the record's life, not a number named `timestamps`
            if c.name == "timestamps" {
                for name in Self.timestampColumns(head: e.head) { add(ColumnDraft(name: name, fromProse: c.fromProse)) }
                return
            }
            guard !c.name.isEmpty, !fields.contains(where: { $0.name == c.name }) else { return }
            fields.append(PlanField(name: c.name, draft: c, spec: c.target == nil ? templateSpec(c.name) : nil))
        }
        // "enrollments with grades": the template's `grade`, not a second column named `grades`.
        let templateNames = Set((e.template?.columns ?? []).filter { !Self.isReferenceToken($0) }.map { Self.attribute($0).0 })
        func proseName(_ name: String) -> String {
            // "animals such as lions and zebras": the kinds of a table's rows go in its template's column for them.
            if name == e.head + "_type", !templateNames.contains(name),
               let own = ["category", "type", "species", "kind", "breed", "genre", "style", "cuisine"].first(where: templateNames.contains) {
                return own
            }
            let singular = Inflector.singular(name)
            return !templateNames.contains(name) && templateNames.contains(singular) ? singular : name
        }
        if e.draft.columnsExplicit { e.draft.columns.forEach(add) }
        for var c in e.draft.described {
            if c.target == nil { c.name = proseName(c.name) }
            add(c)
        }
        for o in e.draft.objects where resolveEntity(o) == nil {
            add(ColumnDraft(name: proseName(Identifier.join(o)), fromProse: true))
        }
        // "sales by region": a singular phrase that names no table is a column. A place or state after a
        // listed table ("bottles in storage (rack, quantity)", "cars on the lot (…)") only says where its rows
        // are: its columns are the ones listed.
        let placeWords: Set<String> = ["in", "on", "at"]
        for r in e.draft.relations where resolveEntity(r.words) == nil && !isEntityLike(r.words)
            && !(e.draft.columnsExplicit && r.preposition.map(placeWords.contains) == true)
            // "transactions for fraud detection": what the data is for, not a column.
            && !(r.preposition == "for" && r.words.last.map(Vocabulary.purposeNouns.contains) == true) {
            let name = proseName(Identifier.join(r.words))
            if ColumnLexicon.isKnown(name) { add(ColumnDraft(name: name, fromProse: true)) }
        }
        let attributes = fields.filter { !Identifier.words($0.name).contains("id") }.count
        if !e.draft.columnsExplicit, attributes < 2, e.template != nil || !e.isJoin {
            let columns = e.template?.columns ?? Self.measureColumns(e) ?? DomainCatalogue.equipmentColumns(e.key)
                ?? (isSoldUnknownThing(i) ? DomainCatalogue.soldThingColumns
                    : e.nature == .thing ? DomainCatalogue.unknownThingColumns(e.key) : DomainCatalogue.genericColumns(e.nature))
            if e.template == nil, !isFallback {
                let shown = columns.map { Self.attribute($0).0 }.joined(separator: ", ")
                warnings.append("`\(e.name)` is not in the planner's domain knowledge; gave it generic columns (\(shown)).")
            }
            let hasDate = fields.contains { f in
                let s = ColumnLexicon.spec(f.name, context(e))
                return s?.type == .date || s?.type == .datetime
            }
            for token in columns where !Self.isReferenceToken(token) {
                let (name, spec) = Self.attribute(token)
                guard !fields.contains(where: { $0.name == name }) else { continue }
                let typed = spec ?? ColumnLexicon.spec(name, context(e))
                if hasDate, attributes > 0, typed?.type == .date || typed?.type == .datetime { continue }
                var f = PlanField(name: name, spec: spec)
                f.fromTemplate = true
                fields.append(f)
            }
        }
        // "restaurants with cuisine and rating": a table its prose describes keeps its template's name (a restaurant
        // is called something); a list in parentheses is exact
        if !e.draft.columnsExplicit, !fields.isEmpty, let own = ["name", "title"].first(where: { templateNames.contains($0) }),
           !fields.contains(where: { ["name", "title", "full_name", "first_name", "username"].contains($0.name) || $0.name.hasSuffix("_name") }) {
            fields.insert(templateField(own), at: 0)
        }
        // "transactions with merchant and category": an event its prose describes keeps when it happened and, when its
        // template has one, what it was worth (a transaction is an amount at a moment).
        if !e.draft.columnsExplicit, !fields.isEmpty, e.nature == .event, e.template != nil {
            func spec(_ name: String) -> ColumnSpec? { templateSpecs[name] ?? ColumnLexicon.spec(name, context(e)) }
            func isTime(_ name: String) -> Bool { spec(name).map { $0.type == .date || $0.type == .datetime } ?? false }
            if Self.moneyHeads.contains(e.head),
               !fields.contains(where: { Self.amountNames.contains($0.name) || Identifier.words($0.name).contains("amount") }),
               let a = templateColumns.first(where: Self.amountNames.contains) {
                fields.append(templateField(a))
            }
            if !fields.contains(where: { isTime($0.name) }), let t = templateColumns.first(where: isTime) {
                fields.append(templateField(t))
            }
        }
        // "pod metrics (cpu, memory)", "readings (temperature, humidity)": a measurement is taken at a moment, which its
        // listed columns may leave out.
        if e.draft.columnsExplicit, Self.measurementHeads.contains(e.head) || Identifier.words(e.key).contains("metric"),
           !fields.contains(where: { f in
               let s = f.spec ?? ColumnLexicon.spec(f.name, context(e))
               return [.date, .datetime, .time].contains(s?.type) || Identifier.words(f.name).contains { ["at", "time", "date", "timestamp", "ts"].contains($0) }
           }) {
            var f = PlanField(name: "recorded_at", spec: ColumnSpec("datetime datetime.past"))
            f.fromTemplate = true
            fields.append(f)
        }
        entities[i].fields = fields
    }

    /// Tables of measurements taken over time.
    static let measurementHeads: Set<String> = ["reading", "measurement", "metric", "sample", "observation", "telemetry", "snapshot"]

    /// What an event of money changing hands is worth, by the template's names for it.
    static let amountNames = ["amount", "total_amount", "total", "total_price", "price"]
    /// Events of money changing hands (a trip's fare is no part of a fleet's trip).
    static let moneyHeads: Set<String> = ["transaction", "payment", "purchase", "order", "donation", "sale", "charge", "refund", "invoice",
                                          "expense", "deposit", "withdrawal", "transfer", "bill", "contribution", "payout", "tip"]

    /// The timestamps a record keeps, by what it is: an order's placing and delivery, a ticket's opening and
    /// resolution, anything else's creation and last update.
    static func timestampColumns(head: String) -> [String] {
        switch head {
        case "order", "delivery", "shipment", "purchase": return ["placed_at", "delivered_at"]
        case "ticket", "issue", "request", "case", "incident", "complaint", "bug": return ["created_at", "resolved_at"]
        default: return ["created_at", "updated_at"]
        }
    }

    /// An unknown table named for a measure (`judge_scores`, `vote_tallies`, `peer_ratings`) records that measure
    /// and when: `score`, `created_at`, not a title and a description.
    static func measureColumns(_ e: PlanEntity) -> [String]? {
        let head = e.head
        // A count kept of something (`vote_tallies`, `download_stats`, `daily_performance_stats`): how many, and when.
        if DomainCatalogue.tallyNouns.contains(head) {
            return ["count:integer number.integer 0..5000 lognormal", "recorded_at:datetime datetime.past"]
        }
        guard let spec = ColumnLexicon.spec(head, .neutral), [.integer, .decimal, .float].contains(spec.type),
              !ColumnLexicon.countWords.contains(head) else { return nil }
        return [head, "created_at"]
    }

    func context(_ e: PlanEntity) -> ColumnContext {
        ColumnContext(entity: e.key, nature: e.nature, domain: domain)
    }

    /// `customer_id|user_id`, `author_id>author`, `manager_id`: template tokens that reference a table.
    static func isReferenceToken(_ token: String) -> Bool {
        let head = token.split(separator: ":", maxSplits: 1).first.map(String.init) ?? token  // not the inline spec's `a|b` values
        let refs = head.split(separator: ">").first.map(String.init) ?? head
        if refs.contains("|") || token.contains(">") { return true }
        return refs.hasSuffix("_id") && !token.contains(":")
    }

    /// `name:string media.genre` → (`name`, spec); `order_date` → (`order_date`, nil).
    static func attribute(_ token: String) -> (String, ColumnSpec?) {
        guard let colon = token.firstIndex(of: ":") else { return (token, nil) }
        return (String(token[..<colon]), ColumnSpec(String(token[token.index(after: colon)...])))
    }

    // MARK: - Keys

    /// Keeps the user's key column (`id`, `station_id`, `merchant_code`, `code`, `vin` for vehicles);
    /// adds `id` only when the entity has none.
    mutating func choosePrimaryKey(_ i: Int) {
        let e = entities[i]
        // Only the prompt's own columns can be keys; template columns (a patient's `mrn`) stay plain unique columns.
        let names = e.fields.map { $0.draft == nil ? "" : $0.name }
        var pk: Int?
        // A listed join table (`task_assignees (task_id, assignee_id)`) is keyed by its pair.
        if e.origin == .listed, e.fields.count >= 2, !e.fields.contains(where: { $0.name == "id" || $0.draft?.primaryKey == true }), e.isJoin || isCompositeJoin(e) {
            return
        }
        if let k = e.fields.firstIndex(where: { $0.draft?.primaryKey == true }) {
            pk = k
        } else if let k = e.fields.firstIndex(where: { $0.name == "id" }) {
            pk = k
        } else {
            // Another table refers to the row by an id (`rentals.car_id`, `flights.origin_airport_id`): then a natural key
            // (a plate, a flight number, an IATA code) stays a unique column and the row gets an `id`.
            let referredToById = entities.contains { other in
                other.fields.contains { f in
                    [e.key, e.head].contains { f.name == $0 + "_id" || f.name.hasSuffix("_" + $0 + "_id") }
                }
            }
            let words = [e.key, e.head, Self.key(e.name)]
            outer: for w in words {
                for suffix in ["_id", "_code", "_number", "_no", "_key", "_uuid", "_uid", "_guid", "_num", "_ref"] {
                    if referredToById, suffix != "_id" { continue }
                    // A position within a parent (`track_number` 1..20 on an album) is not the row's identity.
                    if let k = names.firstIndex(of: w + suffix), !Self.isOrdinal(e.fields[k]) { pk = k; break outer }
                }
            }
            // (A song's `key` is its scale, not its identity.)
            let musical = ColumnLexicon.musicPieces.contains(e.key) || ColumnLexicon.musicPieces.contains(e.head)
            if pk == nil, !referredToById,
               let k = names.firstIndex(where: { ["code", "key", "uuid", "guid"].contains($0) && !($0 == "key" && musical) }) {
                pk = k
            }
            // (a natural key: a car's plate, a book's ISBN)
            if pk == nil, !referredToById,
               let k = names.firstIndex(where: { RoleWords.naturalKeyOwners[$0].map { $0.contains(e.key) || $0.contains(e.head) } ?? false }) {
                pk = k
            }
            // (Not a column the template says is something else: a player's `jersey_number` is 1–99.)
            if pk == nil, e.origin == .listed, !e.isJoin, let first = e.fields.first, first.draft != nil, first.draft?.target == nil,
               !(referredToById && RoleWords.naturalKeyOwners[first.name] != nil),
               first.spec.map({ $0.kind == "id.pattern" || $0.type == .uuid || $0.unique }) ?? true,
               Self.looksLikeKey(first.name, context(e)), referenceTarget(first.name, in: i, draft: first.draft) == nil,
               !Self.namesAnotherEntity(first.name, e) {
                // The first column, when it reads as an identifier (`txn_id`, `emp_no`, `ndc`), is the key.
                pk = 0
            }
        }
        if let k = pk {
            entities[i].fields[k].primaryKey = true
            entities[i].fields[k].spec = keySpec(entities[i].fields[k], in: e)
            return
        }
        if e.origin == .listed, e.fields.count >= 2, e.isJoin || isCompositeJoin(e) { return }
        var id = PlanField(name: "id", spec: ColumnSpec("integer id.sequence"))
        id.primaryKey = true
        entities[i].fields.insert(id, at: 0)
    }

    /// A counted position (an integer with a top: `track_number` 1..20), not an identifier.
    static func isOrdinal(_ f: PlanField) -> Bool {
        func counted(_ s: ColumnSpec) -> Bool { [.integer, .decimal, .float].contains(s.type) && s.max != nil }
        return f.spec.map(counted) ?? false || ColumnLexicon.names[f.name].map(counted) ?? false
    }

    /// `user_id` in a table of listens: the id of another known thing (a user, a customer, a device),
    /// which the table records, not its own key, even with no table of them in the prompt; likewise the
    /// number of another thing (`table_number` of an order).
    static func namesAnotherEntity(_ name: String, _ e: PlanEntity) -> Bool {
        let words = Identifier.words(name)
        guard words.count == 2, words[0] != e.key, words[0] != e.head else { return false }
        if words[1] == "id", DomainCatalogue.isKnownEntity(words[0]) { return true }
        // `table_number` of an order, `invoice_no` of a payment: the number of some other thing. A stem that
        // shortens the entity (`emp_no` of employees) or is spelt like an initialism (`txn_no`) is the row's own.
        guard ["number", "no", "num"].contains(words[1]) else { return false }
        let stem = words[0]
        if e.key.hasPrefix(stem) || e.head.hasPrefix(stem) || Initialism.matches(stem) { return false }
        // A number the lexicon knows as an identifier (`account_number` of a ledger) may still key the table.
        if let kind = ColumnLexicon.names[name]?.kind, !kind.hasPrefix("number.") { return false }
        return true
    }

    /// A name that reads as an identifier: `*_id`, `*_no`, a code, or an unknown word written like an
    /// initialism (`ndc`, not `crop`).
    static func looksLikeKey(_ name: String, _ context: ColumnContext) -> Bool {
        let words = Identifier.words(name)
        if let last = words.last, ["id", "no", "num", "code", "key", "uuid", "uid", "guid", "number", "ref"].contains(last) { return true }
        guard let spec = ColumnLexicon.spec(name, context) else { return words.count == 1 && Initialism.matches(name) }
        return spec.kind == "id.pattern" || spec.type == .uuid
    }

    /// A table that ended up with neither a key nor a unique pair gets `id`.
    mutating func ensureKey(_ i: Int) {
        guard entities[i].primaryKey == nil, entities[i].uniqueTogether.isEmpty else { return }
        var id = PlanField(name: entities[i].index(of: "id") == nil ? "id" : "row_id", spec: ColumnSpec("integer id.sequence"))
        id.primaryKey = true
        entities[i].fields.insert(id, at: 0)
    }

    /// The spec of a key column: a sequence for `*_id`, a UUID, or the lexicon's unique kind (`vin`, `code`).
    func keySpec(_ f: PlanField, in e: PlanEntity) -> ColumnSpec {
        let words = Identifier.words(f.name)
        // "key like PAY-123": the shape the prompt showed (given more digits if the rows need them)
        // ("machine_id like W-01, D-07": examples of one shape are that shape)
        if let p = f.draft?.pattern ?? f.draft?.values.flatMap(ColumnPhraseReader.pattern(ofExamples:)),
           f.draft?.type.map({ $0 == .string || $0 == .text }) ?? true {
            var s = ColumnSpec(.string, "id.pattern")
            s.pattern = p
            return s
        }
        if let t = f.draft?.type {
            switch t {
            case .uuid: return ColumnSpec("uuid id.uuid")
            case .integer: return ColumnSpec("integer id.sequence")
            case .string, .text:
                if f.name == "id" || words.last == "id" { return ColumnSpec("string id.pattern pattern=\(ColumnLexicon.patternPrefix(e.key))-######") }
            default: break
            }
        }
        if f.name == "id" || words.last == "id" || words.last == "key" || words.last == "num" { return ColumnSpec("integer id.sequence") }
        if words.last == "uuid" || words.last == "guid" || words.last == "uid" { return ColumnSpec("uuid id.uuid") }
        // A number the lexicon counts from somewhere (a hotel room's 100–999) counts up from there: rooms 100, 101, …
        if let s = f.spec ?? ColumnLexicon.spec(f.name, context(e)), s.kind == "number.integer", let first = s.min, first >= 0 {
            var key = ColumnSpec("integer id.sequence")
            key.min = first
            return key
        }
        // The template's meaning of the column first (an airline's `iata_code` is an airline code).
        if var s = f.spec ?? ColumnLexicon.spec(f.name, context(e)), s.kind != nil, s.kind != "number.integer", s.type != .boolean {
            s.values = nil
            s.weights = nil
            s.unique = false
            if s.kind == "enum" { return ColumnSpec("string id.pattern pattern=\(ColumnLexicon.patternPrefix(e.key))-#####") }
            return s
        }
        return ColumnSpec("string id.pattern pattern=\(ColumnLexicon.patternPrefix(e.key))-#####")
    }

    /// A listed table whose columns include references to two other tables named in its own name (`post_tags`).
    func isCompositeJoin(_ e: PlanEntity) -> Bool {
        let parts = joinParts(e.key, createMissing: false)
        guard parts.count == 2 else { return false }
        return parts.allSatisfy { p in e.fields.contains { $0.name == p + "_id" } }
    }

    /// The table a `*_id` column's stem names, if any (`customer_id` → customers).
    func stemEntity(_ column: String) -> Int? {
        let words = Identifier.words(column)
        guard words.count >= 2, words.last == "id" else { return nil }
        let stem = Array(words.dropLast())
        for k in 0..<stem.count {
            if let j = entities.firstIndex(where: { $0.key == Self.key(stem[k...].joined(separator: "_")) }) { return j }
        }
        return nil
    }

    // MARK: - Types

    /// A column named for who did something to the row (`created_by`, `handled_by`) or who has it
    /// (`assigned_to`, `owned_by`): a verb's participle with "by", or an assignment "to".
    static func namesAnAgent(_ name: String) -> Bool {
        let words = name.lowercased().split(separator: "_").map(String.init)
        // `needed_by`, `expected_by`: a deadline, not a person.
        let deadlines: Set<String> = ["needed", "required", "expected", "wanted", "promised", "scheduled", "planned", "completed", "finished"]
        guard words.count == 2, let verb = words.first, !deadlines.contains(verb),
              verb.hasSuffix("ed") || Vocabulary.isPastParticiple(verb) else { return false }
        return words[1] == "by" || (words[1] == "to" && ["assigned", "delegated", "referred", "escalated", "allocated"].contains(verb))
    }

    /// Columns of what a visit found.
    static let diagnosisColumns: Set<String> = ["diagnosis", "diagnosis_name", "primary_diagnosis", "condition", "finding"]

    /// "Card transactions with merchants": a plural the prompt put beside a table whose columns already hold the
    /// thing in the singular (`merchant`) says what the rows have, not a count of merchants.
    mutating func dropPluralTwins(_ i: Int) {
        let names = Set(entities[i].fields.map(\.name))
        let dropped = entities[i].fields.filter { f in
            guard f.draft != nil, f.draft?.type == nil, f.references == nil, !f.primaryKey, Inflector.isPlural(f.name) else { return false }
            let one = Inflector.singular(f.name)
            return one != f.name && (names.contains(one) || names.contains(one + "_id") || names.contains(one + "_name"))
        }.map(\.name)
        guard !dropped.isEmpty else { return }
        entities[i].fields.removeAll { dropped.contains($0.name) }
        entities[i].uniqueTogether.removeAll { !Set($0).isDisjoint(with: dropped) }
    }

    /// Types every column that is not a reference, from the lexicon and what the prompt said.
    mutating func typeFields(_ i: Int) {
        dropPluralTwins(i)
        let e = entities[i]
        let ctx = context(e)
        for k in e.fields.indices where e.fields[k].references == nil && !e.fields[k].primaryKey {
            var f = e.fields[k]
            var spec: ColumnSpec
            // A record about an animal: it references a table of animals, or one with a species (a pet's policy).
            let aboutAnimal = e.fields.contains { f in
                guard let ref = f.references else { return false }
                return VeterinaryCare.namesAnimals(ref.entity)
                    || entities.first { $0.name == ref.entity }?.fields.contains { VeterinaryCare.speciesColumns.contains($0.name) } == true
            }
            if let s = f.spec {
                spec = s
            } else if VeterinaryCare.namesCare(f.name), aboutAnimal || e.fields.contains(where: { Self.diagnosisColumns.contains($0.name) }) {
                // An animal's treatment is a vet's, which the engine's rule draws (not a doctor's procedures); beside a
                // diagnosis, the treatment that goes with it (the engine's `applyCareChain`).
                spec = ColumnSpec(.string)
            } else if let s = ColumnLexicon.spec(f.name, ctx) {
                spec = s
            } else if Self.namesAnAgent(f.name) {
                // `approved_by`, `assigned_to`: whoever did it or has it is a person.
                spec = ColumnSpec("string person.full_name")
            } else if let named = DomainCatalogue.template(for: Inflector.singular(f.name), domain: domain)?.namesSpec,
                      !ColumnSpec(named).isGenericText,
                      // An appointment's `service` is what is done, not a server's host name.
                      ColumnSpec(named).kind != "internet.domain" || [.saas, .iot].contains(domain) {
                // A column named after a thing the planner knows (`ward`, `airline`) holds one of its names
                // (when the planner knows what such names are: a generic title would be word salad).
                spec = ColumnSpec(named)
            } else if let written = DomainCatalogue.columnSpecs[f.name] {
                // A column some template spells out (`crop`: Wheat, Corn, …) means the same in any table.
                spec = ColumnSpec(written)
            } else if ColumnLexicon.scoreTables.contains(ctx.head) || ColumnLexicon.scoreTables.contains(ctx.entity) {
                // A judge's `creativity` or `presentation` is a mark out of ten (the row's total sums them).
                spec = ColumnSpec("integer number.integer 1..10 normal")
            } else {
                spec = ColumnSpec(.string)
                // (A setting's own rule, below, is a rule.)
                // (nor are values the prompt gives: `prosthesis type e.g. crown, bridge`)
                if let draft = f.draft, draft.values == nil, SettingSpecs.spec(column: f.name, table: e.key, words: reading.allWords) == nil {
                    warnings.append("No rule for column `\(f.name)` in `\(e.name)`; generated as text (say its type, e.g. `\(f.name) (int)`, to change that).")
                }
            }
            // A dental practice's specialties and procedures are a dentist's, not a hospital's.
            // (a practice by its tables, or by the prompt's words: "a dentist office with appointments")
            if spec.type == .string, DentalCare.isPractice(entities.map(\.name) + reading.allWords), let dental = DentalCare.spec(column: f.name, table: e.key) {
                spec = dental
            }
            // A setting the prompt names decides what some columns hold (a zoo's species, a mobile game's platform).
            if let set = SettingSpecs.spec(column: f.name, table: e.key, words: reading.allWords), f.draft?.values == nil { spec = set }
            // A shop's products come in the shop's own categories (a bakery's Bread, Pastries, Cakes), whose
            // goods the engine then names and describes.
            // (So does a café's menu: a coffee shop's menu items are its coffees and pastries, not mains.)
            let menuCategory = f.name == "category" && e.key.hasPrefix("menu")
            if spec.kind == "commerce.category" || menuCategory, let shop = ShopGoods.shop(forWords: reading.allWords) {
                // A table of them (departments, categories) lists each once.
                let unique = spec.unique || e.nature == .lookup && f.name == "name"
                spec = ColumnSpec.enumeration(shop.categories.map(\.name))
                spec.unique = unique
            }
            if let d = f.draft { apply(d, to: &spec) }
            let naturalKey = RoleWords.naturalKeyOwners[f.name].map { $0.contains(e.key) || $0.contains(e.head) } ?? false
            // A lookup lists distinct things (ingredients, categories): a name its template makes unique stays so.
            if spec.unique && ![.person, .organization, .account, .lookup].contains(e.nature) && !naturalKey { spec.unique = false }
            // `order_number` identifies an order; `track_number` 1..20 counts within an album.
            let ordinal = [.integer, .decimal, .float].contains(spec.type) && spec.max != nil
            if naturalKey || (f.name == e.key + "_number" || f.name == e.head + "_number") && !ordinal { spec.unique = true }
            if f.draft?.unique == true { spec.unique = true }
            f.spec = spec
            entities[i].fields[k] = f
        }
        scheduleWeeklyTimes(i)
    }

    /// A row that repeats each week (a class on its `day_of_week`, a shift pattern on its `weekday`) and has no
    /// date holds its times as times of day, at quarter hours from 06:00 (`time.schedule`), not as instants of
    /// some past year. A time the prompt typed keeps its type.
    mutating func scheduleWeeklyTimes(_ i: Int) {
        let fields = entities[i].fields
        let weekly = fields.contains { ["day_of_week", "weekday", "day", "dow", "week_day", "class_day", "meeting_day"].contains($0.name) }
        guard weekly, !fields.contains(where: { $0.spec?.type == .date && $0.name != "day" }) else { return }
        for k in fields.indices where fields[k].draft?.type == nil && fields[k].spec?.type == .datetime {
            let words = fields[k].name.split(separator: "_")
            guard words.count >= 2, words.last == "time" else { continue }
            entities[i].fields[k].spec = ColumnSpec(.time, "time.schedule")
        }
    }

    /// What the prompt said about a column wins over the lexicon: its type, values, range and nullability.
    func apply(_ d: ColumnDraft, to spec: inout ColumnSpec) {
        if let pattern = d.pattern, d.values == nil {
            spec = ColumnSpec(.string, "id.pattern")
            spec.pattern = pattern
        }
        if let values = d.values, !values.isEmpty {
            let ints = values.compactMap { Int64($0) }
            let doubles = values.compactMap { Double($0) }
            if ints.count == values.count {
                spec = ColumnSpec(.integer, "enum")
                spec.values = ints.map { .int($0) }
            } else if doubles.count == values.count {
                spec = ColumnSpec(.decimal, "enum")
                spec.values = doubles.map { .double($0) }
            } else {
                spec = ColumnSpec.enumeration(values)
            }
        }
        if let t = d.type, t != spec.type {
            let numeric: Set<FieldType> = [.integer, .decimal, .float]
            if numeric.contains(t) && numeric.contains(spec.type) && spec.kind?.hasPrefix("number.") != false {
                spec.kind = t == .integer ? "number.integer" : (t == .float ? "number.float" : "number.decimal")
                if t == .integer { spec.precision = nil }
            } else if (t == .string || t == .text) && (spec.type == .string || spec.type == .text) {
                // same family: keep the kind
            } else {
                spec = ColumnSpec(t, Self.genericKind(t))
            }
            spec.type = t
            if t == .boolean { spec.kind = "boolean" }
        }
        if let lo = d.min { spec.min = lo }
        if let hi = d.max { spec.max = hi }
        if d.centred { spec.distribution = .normal }
        if d.min != nil || d.max != nil, spec.type != .integer && spec.type != .decimal && spec.type != .float {
            spec = ColumnSpec(.integer, "number.integer")
            spec.min = d.min
            spec.max = d.max
        }
        if let n = d.nullable { spec.nullable = n ? 0.1 : nil }
    }

    /// The engine's fallback kind for a type, except `json`: left to inference by name.
    static func genericKind(_ t: FieldType) -> String? {
        t == .json ? nil : KindInference.byType(t)
    }
}
