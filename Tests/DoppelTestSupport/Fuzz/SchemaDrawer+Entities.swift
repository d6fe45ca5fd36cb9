import DoppelText
import DoppelEngine
import DoppelJSON

extension SchemaDrawer {
    static let entityNames = ["accounts", "users", "tickets", "orders", "customers", "products", "items", "events", "posts",
                              "comments", "tags", "categories", "employees", "departments", "projects", "tasks", "invoices",
                              "payments", "shipments", "students", "courses", "flights", "devices", "readings", "quizzes", "cases",
                              "issues", "newsletters", "incidents", "wines", "reviews", "proposals", "bills", "leases"]
    /// Names every SQL dialect must quote: reserved words, spaces, quotes, non-ASCII, a leading digit.
    static let oddNames = ["order", "select", "group by", "Mixed Case", "quote\"d", "it's", "ünïcödé", "日本", "a-b", "1st",
                           "back`tick", "semi;colon", "percent%", "tab\there"]
    static let roles = ["sender", "recipient", "author", "reviewer", "owner", "assignee", "buyer", "seller"]
    static let locales = ["en_US", "de_DE", "fr_FR", "es_ES", "pt_BR", "ja_JP"]
    static let anchors = ["2020-02-29", "1970-01-01T00:00:00Z", "2099-12-31", "2025-06-15T12:30:00Z"]

    /// A new entity with a drawn name and row count, and (by default) a key; returns its index.
    mutating func newEntity(key: Bool = true) -> Int {
        var name = rng.chance(0.06) ? rng.pick(Self.oddNames) : rng.pick(Self.entityNames)
        // Entity names are distinct without regard to case: SQL compares table names that way.
        let taken = Set(entities.map { $0.name.lowercased() })
        if taken.contains(name.lowercased()) {
            var i = 2
            while taken.contains("\(name)_\(i)".lowercased()) { i += 1 }
            name = "\(name)_\(i)"
        }
        entities.append(EntityDraft(name: name, rows: drawRows()))
        let index = entities.count - 1
        if key { addKey(to: index) }
        return index
    }

    /// 0, 1, 2, small, medium and (rarely) large.
    mutating func drawRows() -> Int {
        let r = Double.random(in: 0..<1, using: &rng)
        switch r {
        case ..<0.07: return 0
        case ..<0.16: return 1
        case ..<0.25: return 2
        case ..<0.62: return rng.int(3...20)
        case ..<0.97: return rng.int(21...120)
        default: return rng.int(300...1200)
        }
    }

    /// A key children can reference: a sequence, a UUID, a pattern, a unique e-mail, or none at all.
    mutating func addKey(to e: Int) {
        var o = JSONObject()
        let r = Double.random(in: 0..<1, using: &rng)
        switch r {
        case ..<0.55:
            o = ["name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true]
            if rng.chance(0.1) {
                o.appendUnique("start", rng.pick([-1000, 0, 1_000_000_000, 9_223_372_036_854_770_000, -9_223_372_036_854_770_000]))
                o.appendUnique("step", mistakes ? rng.pick([1, 2, 0, -1, 1_000_000, 4_611_686_018_427_387_904]) : rng.pick([1, 2, -1, 1_000]))
            }
        case ..<0.65: o = ["name": "id", "primary_key": true]
        case ..<0.77: o = ["name": "id", "type": rng.pick(["uuid", "string"]), "kind": "id.uuid", "primary_key": true]
        case ..<0.87:
            o = ["name": "code", "kind": "id.pattern", "primary_key": true,
                 "pattern": .string(rng.pick(["INV-######", "??-%%%%", "^^^^^^", "K*****", "#", "FIXED"]))]
        case ..<0.94: o = ["name": "email", "kind": "internet.email", "unique": true]
        default: return
        }
        let name = o["name"]?.stringValue ?? "id"
        entities[e].fields.insert(o, at: 0)
        entities[e].target = "\(entities[e].name).\(name)"
    }

    /// Adds a reference from `child` to `parent`'s key (nothing when the parent has none); returns its name.
    @discardableResult
    mutating func addReference(from child: Int, to parent: Int, name: String? = nil, nullable: JSON? = nil,
                               unique: Bool = false, primaryKey: Bool = false) -> String? {
        guard let target = entities[parent].target else { return nil }
        let base = name ?? (entities[parent].name.lowercased().replacingOccurrences(of: " ", with: "_") + "_id")
        let field = entities[child].freeName(base)
        var o: JSONObject = ["name": .string(field), "references": .string(target)]
        if rng.chance(0.4) { o.appendUnique("fanout", rng.pick(["zipf", "uniform"])) }
        if let nullable { o.appendUnique("nullable", nullable) }
        else if !primaryKey && !unique && rng.chance(0.2) { o.appendUnique("nullable", rng.pick([true, 0.0, 0.3, 1.0])) }
        if unique { o.appendUnique("unique", true) }
        if primaryKey { o.appendUnique("primary_key", true) }
        if mistake(0.1) { o.appendUnique("type", "boolean") }
        entities[child].fields.append(o)
        return field
    }

    static let creationNames = ["created_at", "signup_date", "registered_at", "joined_at", "order_date", "placed_at",
                                "hire_date", "posted_at", "issued_at", "timestamp", "date", "createdAt"]

    mutating func addCreationTime(to e: Int) {
        guard !entities[e].hasCreationTime else { return }
        entities[e].hasCreationTime = true
        var o: JSONObject = ["name": .string(entities[e].freeName(rng.pick(Self.creationNames)))]
        let r = Double.random(in: 0..<1, using: &rng)
        if r < 0.6 { o.appendUnique("type", "datetime") }
        else if r < 0.9 { o.appendUnique("type", "date") }
        else if r < 0.95 { o.appendUnique("type", .string(rng.pick(["string", "time", "text"]))) }
        if rng.chance(0.15) { o.appendUnique("nullable", rng.pick([true, 0.1, 0.5])) }
        if rng.chance(0.08) {
            // An explicit time kind on a creation name: the rules must still hold, or stay out of the way.
            o.appendUnique("kind", .string(rng.pick(["datetime.future", "date.recent", "datetime.between", "datetime.business_hours"])))
        }
        entities[e].fields.append(o)
    }

    mutating func drawLocale() -> String {
        if mistake(0.1) { return rng.pick(["xx_XX", "en-US", ""]) }
        if rng.chance(0.25) { return Array(Self.locales.shuffled(using: &rng).prefix(rng.int(2...4))).joined(separator: ",") }
        return rng.pick(Self.locales)
    }

    /// Catalogue fields and the columns the coherence rules read, then (sometimes) a shuffled column order.
    mutating func addBody(to e: Int) {
        for _ in 0..<rng.int(0...6) { entities[e].fields.append(drawCatalogueField(in: e)) }
        if rng.chance(entities[e].hasCreationTime ? 0.4 : 0.15) { addLaterTimes(to: e) }
        if rng.chance(0.3) { addEndAfterStart(to: e) }
        if rng.chance(0.25) { addDerivedTotal(to: e) }
        if rng.chance(0.2) { addCost(to: e) }
        if rng.chance(0.3) { entities[e].fields.append(drawInferredField(in: e)) }
        if rng.chance(0.25) { addTextColumns(to: e) }
        if entities[e].fields.isEmpty { entities[e].fields.append(drawCatalogueField(in: e)) }
        if rng.chance(0.15) { entities[e].fields.shuffle(using: &rng) }
        if mistake(0.25) { mutateWrongly(e) }
    }

    /// One mistake the resolver must name: an empty enum, `min` above `max`, a duplicate
    /// column, a reference to nowhere, a unique boolean, weights of the wrong length.
    mutating func mutateWrongly(_ e: Int) {
        switch rng.int(0...5) {
        case 0: entities[e].fields.append(["name": "empty_enum", "kind": "enum", "values": []])
        case 1: entities[e].fields.append(["name": "bounded", "type": "integer", "min": 10, "max": 1])
        case 2: if let first = entities[e].fields.first { entities[e].fields.append(first) }
        case 3: entities[e].fields.append(["name": "ghost_id", "references": "nowhere.id"])
        case 4: entities[e].fields.append(["name": "flag", "type": "boolean", "unique": true])
        default: entities[e].fields.append(["name": "tier", "values": ["a", "b"], "weights": [1]])
        }
    }
}
