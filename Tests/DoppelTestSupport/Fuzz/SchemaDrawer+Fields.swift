import DoppelText
import DoppelEngine
import DoppelPlanner
import DoppelJSON

extension SchemaDrawer {
    /// Bounds that probe the ends of the number line (overflow, tiny ranges, one value).
    static let bounds: [Double] = [0, 1, -1, 0.5, 3, 100, 1e6, -1e9, 1e12]
    /// Bounds past what a column can write: refused by name (in schemas that may hold mistakes).
    static let extremeBounds: [Double] = [1e15, 9.2e18, -9.2e18, 1e300]
    static let datePairs: [(String, String)] = [("2020-01-01", "2020-12-31"), ("1900-01-01", "2100-12-31"),
                                                ("2024-02-29", "2024-02-29"), ("2024-03-01T08:00:00Z", "2024-03-01T08:00:01Z"),
                                                ("0001-01-01", "9999-12-31")]
    static let timePairs: [(String, String)] = [("09:30", "17:00"), ("00:00", "23:59:59"), ("12:00", "12:00")]

    static let numericTypes: Set<FieldType> = [.integer, .decimal, .float]

    /// A field of a kind drawn from the whole catalogue, in a type that can hold it, with options.
    mutating func drawCatalogueField(in e: Int) -> JSONObject {
        let entry = rng.pick(KindCatalogue.entries)
        let name = entities[e].freeName("c_" + (entry.name.split(separator: ".").last.map(String.init) ?? "x"))
        var o: JSONObject = ["name": .string(name), "kind": .string(entry.name)]
        var type = entry.type
        if mistake(0.1) {
            // A type that cannot hold the kind: refused, naming the field.
            if let wrong = FieldType.allCases.filter({ !entry.accepts($0) }).randomElement(using: &rng) {
                type = wrong
                o.appendUnique("type", .string(wrong.rawValue))
            }
        } else if rng.chance(0.6) {
            type = rng.pick(FieldType.allCases.filter(entry.accepts))
            o.appendUnique("type", .string(type.rawValue))
        }
        if entry.name == "enum" { addEnum(to: &o, type: type) }
        if entry.name == "id.pattern", rng.chance(0.7) {
            o.appendUnique("pattern", .string(rng.pick(["INV-######", "??-%%", "^^^^", "*", "#", "A", "", "%%%%%%%%%%%%%%%%%%%%%%"])))
        }
        if entry.name == "boolean", rng.chance(0.4) { o.appendUnique("probability", rng.pick([0.0, 1.0, 0.3, 0.99])) }
        if Self.numericTypes.contains(entry.type) && rng.chance(0.4) { addBounds(to: &o) }
        if [.date, .datetime].contains(entry.type) && rng.chance(0.3) {
            if rng.chance(0.7) {
                let (lo, hi) = mistake(0.2) ? ("2023-02-30", "2023-03-01") : rng.pick(Self.datePairs)
                o.appendUnique("min", .string(lo)); o.appendUnique("max", .string(hi))
            } else {
                o.appendUnique(rng.pick(["years", "days"]), rng.pick([0, 1, 30, 200]))
            }
        }
        if entry.type == .time && rng.chance(0.3) {
            let (lo, hi) = rng.pick(Self.timePairs)
            o.appendUnique("min", .string(lo)); o.appendUnique("max", .string(hi))
        }
        if (Self.numericTypes.contains(type) || Self.numericTypes.contains(entry.type)) && rng.chance(0.25) {
            o.appendUnique("distribution", .string(rng.pick(["uniform", "normal", "lognormal", "zipf"])))
        }
        if rng.chance(0.1) { o.appendUnique("precision", mistake(0.3) ? 15 : rng.pick([0, 1, 4, 8])) }
        if rng.chance(0.25) { o.appendUnique("nullable", rng.pick([true, 0.0, 0.1, 0.5, 1.0])) }
        // Unique on any kind: a kind that cannot enumerate enough values is refused by name.
        // Rare enough that most draws still reach the generators (the catalogue grows low-capacity kinds).
        if rng.chance(0.015) { o.appendUnique("unique", true) }
        if entry.name == "internet.email", rng.chance(0.2) { o.appendUnique("domain", "example.org") }
        if entry.name == "person.gender", rng.chance(0.3) { o.appendUnique("short", true) }
        return o
    }

    /// An enum's values (strings, integers, numbers, booleans, mixed, many), sometimes with weights.
    mutating func addEnum(to o: inout JSONObject, type: FieldType) {
        let count = mistake(0.1) ? 0 : rng.pick([1, 2, 3, 5, 50])
        let values: [JSON]
        switch rng.int(0...4) {
        case 0: values = (0..<count).map { .int($0 * 7 - 3) }
        case 1: values = (0..<count).map { .double(Double($0) + 0.25) }
        case 2: values = Array([JSON.bool(true), .bool(false)].prefix(count))
        case 3: values = (0..<count).map { $0 % 2 == 0 ? .string("v\($0)") : .int($0) }
        default: values = (0..<count).map { .string(["plain", "has, comma", "has \"quote\"", "two\nlines", "it's", "back\\slash", "ünï"][$0 % 7] + "\($0)") }
        }
        o.appendUnique("values", .array(values))
        if rng.chance(0.4) {
            // All zero only by mistake; a zero among others is fine.
            let w = values.indices.map { i in i == 0 && !mistake(0.5) ? 1 : rng.pick([0, 0.1, 1, 5]) }
            o.appendUnique("weights", .array(w.map(JSON.double)))
        }
    }

    mutating func addBounds(to o: inout JSONObject) {
        let pool = mistake(0.3) ? Self.bounds + Self.extremeBounds : Self.bounds
        var lo = rng.pick(pool), hi = rng.pick(pool)
        if lo > hi && !mistake(0.3) { swap(&lo, &hi) }
        if rng.chance(0.8) { o.appendUnique("min", .double(lo)) }
        if rng.chance(0.8) { o.appendUnique("max", .double(hi)) }
    }

    static let inferredNames = ["email", "username", "first_name", "last_name", "gender", "age", "birth_date", "phone",
                                "address", "city", "state", "zip", "country", "latitude", "longitude", "company", "price",
                                "quantity", "amount", "balance", "rating", "description", "bio", "notes", "status",
                                "is_active", "has_paid", "job_title", "product_name", "name", "iban", "card_number",
                                "airport_code", "flight_number", "vin", "isbn", "metadata", "due_date", "expires_at",
                                "tracking_number", "order_status", "sender_email", "sender_name", "recipient_name"]

    /// Names the row-text rules read (titles, topics, bodies, letters, notes), which may read each other.
    static let textNames = ["title", "name", "subject", "topic", "category", "genre", "type", "summary", "description", "body",
                            "comment", "review", "notes", "message", "cover_letter", "tasting_notes", "headline", "resolution",
                            "reason", "severity", "case_type", "grape_variety"]
    static let textKinds = ["text.title", "text.words", "text.sentence", "text.paragraph", "text.description", "text.comment", "text.review"]

    /// Two to four text columns with names the row-text rules read, with text kinds or none.
    mutating func addTextColumns(to e: Int) {
        for _ in 0..<rng.int(2...4) {
            var o: JSONObject = ["name": .string(entities[e].freeName(rng.pick(Self.textNames)))]
            if rng.chance(0.8) { o.appendUnique("kind", .string(rng.pick(Self.textKinds))) }
            entities[e].fields.append(o)
        }
    }

    /// A field with no kind, named so inference picks one (and sometimes typed against it).
    mutating func drawInferredField(in e: Int) -> JSONObject {
        var o: JSONObject = ["name": .string(entities[e].freeName(rng.pick(Self.inferredNames)))]
        if mistake(0.3) { o.appendUnique("type", .string(rng.pick(FieldType.allCases).rawValue)) }
        if rng.chance(0.15) { o.appendUnique("nullable", 0.2) }
        return o
    }

    static let laterNames = ["updated_at", "resolved_at", "last_login_at", "modified_at", "deleted_at", "paid_at"]

    mutating func addLaterTimes(to e: Int) {
        for _ in 0..<rng.int(1...2) {
            var o: JSONObject = ["name": .string(entities[e].freeName(rng.pick(Self.laterNames)))]
            o.appendUnique("type", .string(rng.pick(["datetime", "datetime", "date", "time", "string"])))
            if rng.chance(0.3) { o.appendUnique("nullable", rng.pick([true, 0.4, 1.0])) }
            entities[e].fields.append(o)
        }
    }

    static let endPairs: [(String, String)] = [
        ("start_date", "end_date"), ("started_at", "ended_at"), ("started_at", "completed_at"), ("check_in", "check_out"),
        ("checkin_date", "checkout_date"), ("pickup_time", "dropoff_time"), ("shipped_at", "delivered_at"),
        ("ordered_at", "shipped_at"), ("valid_from", "valid_to"), ("since", "until"), ("sent_at", "received_at"),
        ("login_at", "logout_at"), ("admitted_at", "discharged_at"), ("borrowed_at", "returned_at"),
        ("opened_at", "closed_at"), ("period_start", "period_end"), ("entered_at", "exited_at"), ("clock_in", "clock_out"),
        ("issue_date", "expiry_date"), ("hire_date", "termination_date"), ("submitted_at", "approved_at"),
        ("reported_at", "resolved_at"), ("installed_on", "removed_on"), ("began_at", "ended_at"), ("entry_time", "exit_time"),
    ]

    /// A start and an end (sometimes only the end, or of two different types).
    mutating func addEndAfterStart(to e: Int) {
        let (start, end) = rng.pick(Self.endPairs)
        let types = ["date", "datetime"]
        let startType = rng.chance(0.05) ? "time" : rng.pick(types)
        let endType = rng.chance(0.8) ? startType : rng.pick(types + ["string"])
        if !rng.chance(0.1) && !entities[e].has(start) {
            var o: JSONObject = ["name": .string(start), "type": .string(startType)]
            if rng.chance(0.2) { o.appendUnique("nullable", 0.3) }
            if rng.chance(0.1) { let (lo, hi) = rng.pick(Self.datePairs); o.appendUnique("min", .string(lo)); o.appendUnique("max", .string(hi)) }
            entities[e].fields.append(o)
        }
        if !entities[e].has(end) {
            var o: JSONObject = ["name": .string(end), "type": .string(endType)]
            if rng.chance(0.2) { o.appendUnique("nullable", rng.pick([true, 0.3])) }
            if rng.chance(0.05) { o.appendUnique("unique", true) }
            entities[e].fields.append(o)
        }
    }

    /// total = price × quantity, with the three names drawn from the rule's synonyms.
    mutating func addDerivedTotal(to e: Int) {
        let price = rng.pick(["price", "unit_price", "item_price", "unit_cost"])
        let quantity = rng.pick(["quantity", "qty", "units"])
        let total = rng.pick(["total", "total_price", "total_amount", "line_total", "amount", "subtotal", "order_total"])
        for name in [price, quantity, total] where !entities[e].has(name) {
            var o: JSONObject = ["name": .string(name)]
            if rng.chance(0.7) { o.appendUnique("type", .string(rng.pick(["decimal", "integer", "float", "decimal", "string"]))) }
            if rng.chance(0.2) { addBounds(to: &o) }
            if rng.chance(0.15) { o.appendUnique("nullable", rng.pick([true, 0.5])) }
            if rng.chance(0.05) { o.appendUnique("unique", true) }
            entities[e].fields.append(o)
        }
    }

    /// cost is 35–80 % of price.
    mutating func addCost(to e: Int) {
        let price = rng.pick(["price", "unit_price", "list_price", "retail_price", "sale_price", "selling_price"])
        let cost = rng.pick(["cost", "unit_cost", "cost_price", "wholesale_price", "purchase_price"])
        for name in rng.chance(0.5) ? [cost, price] : [price, cost] where !entities[e].has(name) {
            var o: JSONObject = ["name": .string(name)]
            if rng.chance(0.7) { o.appendUnique("type", .string(rng.pick(["decimal", "integer", "float"]))) }
            if rng.chance(0.2) { addBounds(to: &o) }
            if rng.chance(0.15) { o.appendUnique("nullable", 0.5) }
            entities[e].fields.append(o)
        }
    }
}
