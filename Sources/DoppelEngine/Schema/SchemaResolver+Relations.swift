import DoppelText

extension SchemaResolver {
    /// Checks every reference's target and gives the referencing field the
    /// target's type and kind. Chains (a key that is itself a reference) are
    /// followed, so fields are resolved in rounds.
    mutating func resolveReferences() {
        var pending: [(Int, Int)] = []
        for e in schema.entities.indices {
            let entity = schema.entities[e]
            for i in entity.fields.indices {
                guard let ref = entity.fields[i].references else { continue }
                let f = entity.fields[i]
                guard let target = schema.entity(named: ref.entity) else {
                    let names = schema.entities.map(\.name).joined(separator: ", ")
                    problem(entity.name, f.name, "references: no entity named \"\(ref.entity)\" (entities: \(names))")
                    continue
                }
                guard let tf = target.field(named: ref.field) else {
                    let names = target.fields.map(\.name).joined(separator: ", ")
                    problem(entity.name, f.name, "references: \(ref.entity) has no field \"\(ref.field)\" (fields: \(names))")
                    continue
                }
                let pkCount = target.fields.filter(\.primaryKey).count
                if !(tf.unique || (tf.primaryKey && pkCount == 1)) {
                    problem(entity.name, f.name, "references: \(ref) is neither the primary key nor unique, so a child could not name one parent; mark it unique or reference the key")
                    continue
                }
                if tf.nullable != nil {
                    problem(entity.name, f.name, "references: \(ref) is nullable, so some parents would have no key to point to; make it NOT NULL")
                    continue
                }
                pending.append((e, i))
            }
        }
        // Rounds: a reference resolves once its target has a kind.
        var rounds = 0
        while !pending.isEmpty && rounds <= schema.entities.count + 1 {
            rounds += 1
            pending = pending.filter { (e, i) in
                let f = schema.entities[e].fields[i]
                guard let ref = f.references, let target = schema.entity(named: ref.entity),
                      let tf = target.field(named: ref.field) else { return false }
                if tf.references != nil && tf.kind == nil { return true }  // wait for the target
                var g = f
                g.kind = tf.kind
                if !g.typeIsExplicit { g.type = tf.type } else if !Self.sameKeyType(g.type, tf.type) {
                    problem(schema.entities[e].name, f.name, "type: \(f.type.rawValue) does not match the referenced \(ref) (\(tf.type.rawValue))")
                }
                schema.entities[e].fields[i] = g
                return false
            }
        }
        for (e, i) in pending {
            problem(schema.entities[e].name, schema.entities[e].fields[i].name, "references: the chain of references never reaches a generated key")
        }
    }

    static func sameKeyType(_ a: FieldType, _ b: FieldType) -> Bool {
        if a == b { return true }
        let textual: Set<FieldType> = [.string, .text, .uuid]
        return textual.contains(a) && textual.contains(b)
    }

    /// Orders entities parents first; reports reference cycles and required self-references.
    mutating func orderEntities() {
        let names = schema.entities.map(\.name)
        var parents: [[Int]] = Array(repeating: [], count: names.count)
        for (e, entity) in schema.entities.enumerated() {
            for f in entity.fields {
                guard let ref = f.references, let p = names.firstIndex(of: ref.entity) else { continue }
                if p == e {
                    if f.nullable == nil {
                        problem(entity.name, f.name, "references: a required self-reference forms a cycle (the first row has no earlier row to point to); make it nullable")
                    }
                    continue
                }
                parents[e].append(p)
                if schema.entities[p].rows == 0 && entity.rows > 0 && f.nullable == nil {
                    problem(entity.name, f.name, "references: \(ref.entity) has 0 rows, so \(entity.rows) required references have nothing to point to")
                }
                // A reference that is the whole primary key is one-to-one just as a unique one is.
                let oneToOne = f.unique || (f.primaryKey && entity.fields.filter(\.primaryKey).count == 1)
                if oneToOne && schema.entities[p].rows < entity.rows {
                    problem(entity.name, f.name, "unique: \(entity.rows) rows each need a different \(ref.entity) but it has only \(schema.entities[p].rows)")
                }
            }
        }
        // Depth-first topological sort in declaration order, reporting each cycle once.
        var state = Array(repeating: 0, count: names.count)  // 0 new, 1 visiting, 2 done
        var stack: [Int] = []
        var reported = false
        func visit(_ e: Int, _ resolver: inout SchemaResolver) {
            if state[e] == 2 { return }
            if state[e] == 1 {
                if !reported, let s = stack.firstIndex(of: e) {
                    let cycle = (stack[s...] + [e]).map { names[$0] }.joined(separator: " → ")
                    resolver.problem(names[e], nil, "references form a cycle (\(cycle)); Doppel generates parents before children, so one of these references must go")
                    reported = true
                }
                return
            }
            state[e] = 1
            stack.append(e)
            for p in parents[e] { visit(p, &resolver) }
            stack.removeLast()
            state[e] = 2
            resolver.order.append(e)
        }
        for e in names.indices { visit(e, &self) }
    }
}

/// Names that mark the moment a record came to be, and pairs of end/start
/// names; used to keep a row's times in order and children after parents.
enum TimeRoles {
    static let creation: [String] = [
        "created_at", "created", "created_on", "created_date", "creation_date", "create_date", "date_created",
        "createdat", "signup_date", "signup_at", "signed_up_at", "sign_up_date", "registered_at", "registration_date",
        "registered_on", "joined_at", "join_date", "joined_on", "date_joined", "opened_at", "open_date", "order_date",
        "ordered_at", "placed_at", "purchase_date", "purchased_at", "hire_date", "hired_at", "enrolled_at",
        "enrollment_date", "posted_at", "published_at", "submitted_at", "reported_at", "issued_at", "issue_date",
        "invoice_date", "transaction_date", "timestamp", "occurred_at", "event_time", "date",
    ]

    /// (end text, start text) substitutions, tried in order.
    static let endToStart: [(String, String)] = [
        ("check_out", "check_in"), ("checkout", "checkin"), ("checked_out", "checked_in"), ("end", "start"),
        ("ended", "started"), ("ends", "starts"), ("finish", "start"), ("finished", "started"), ("completed", "started"),
        ("closed", "opened"), ("resolved", "opened"), ("return", "pickup"),
        ("return", "departure"), ("returned", "departed"), ("returns", "departs"), ("return", "depart"), ("logout", "login"),
        ("discharge", "admission"), ("discharged", "admitted"), ("returned", "assigned"), ("returned", "issued"), ("returned", "loaned"),
        ("returned", "lent"), ("returned", "checked_out"), ("unassigned", "assigned"), ("discharge", "arrival"), ("discharged", "arrived"), ("returned", "borrowed"), ("returned", "rented"),
        // (the nearest step first: a delivery follows its pickup, when the row has one, not only its order)
        ("delivered", "shipped"), ("delivered", "picked_up"), ("delivered", "dispatched"), ("shipped", "ordered"),
        ("delivered", "ordered"), ("shipped", "placed"), ("delivered", "placed"), ("shipped", "purchased"),
        ("delivered", "purchased"), ("fulfilled", "placed"), ("picked_up", "placed"), ("picked_up", "ordered"), ("delivered", "ship"), ("delivery", "ship"), ("delivery", "shipping"), ("delivered", "collected"),
        ("completed", "received"), ("completed", "requested"), ("collected", "received"), ("repaired", "received"),
        ("resolved", "acknowledged"), ("resolved", "triggered"), ("acknowledged", "triggered"), ("cleared", "triggered"), ("resolved", "raised"), ("resolved", "detected"),
        // (a message is read once it has arrived, when the row says when it did)
        ("read", "received"), ("read", "delivered"),
        ("fulfilled", "ordered"), ("answered", "asked"), ("replied", "sent"), ("read", "sent"), ("received", "sent"), ("delivered", "sent"), ("to", "from"), ("until", "since"),
        // A proof, a quote or a contract sent out is approved, accepted or signed after it was sent.
        ("approved", "sent"), ("accepted", "sent"), ("signed", "sent"), ("opened", "sent"), ("clicked", "sent"),
        ("paid", "invoiced"), ("refunded", "paid"),
        // Opposite verbs and their nouns: leaving after entering, expiry after issue, a fix after the report.
        ("exited", "entered"), ("exit", "entry"), ("exit", "enter"), ("left", "entered"), ("out", "in"),
        ("stopped", "started"), ("stop", "start"), ("ended", "began"), ("end", "begin"), ("close", "open"), ("closing", "opening"),
        ("closes", "opens"), ("closes", "opened"), ("closed", "opens"),
        ("landed", "departed"), ("landing", "takeoff"), ("landing", "launch"), ("landed", "launched"), ("splashdown", "launch"),
        ("return", "launch"), ("expiry", "issue"), ("expiration", "issue"),
        ("harvested", "planted"), ("harvest", "planting"), ("harvested", "sown"), ("harvest", "sowing"), ("harvested", "seeded"),
        // A brew is packaged when it has fermented.
        // An emergency call's steps: dispatched, on scene, cleared (the nearest step first).
        ("cleared", "arrived"), ("cleared", "on_scene"), ("cleared", "dispatched"), ("arrived", "dispatched"), ("on_scene", "dispatched"),
        ("dispatched", "reported"), ("dispatched", "received"),
        ("emptied", "tapped"), ("kicked", "tapped"), ("packaged", "brewed"), ("kegged", "brewed"), ("bottled", "brewed"), ("canned", "brewed"), ("packaged", "brew"),
        ("expires", "issued"), ("expired", "issued"), ("death", "birth"), ("died", "born"), ("termination", "hire"),
        ("terminated", "hired"), ("graduated", "enrolled"), ("graduation", "enrollment"), ("unsubscribed", "subscribed"),
        ("sold", "listed"), ("removed", "installed"), ("decommissioned", "installed"), ("resolved", "reported"),
        ("fixed", "reported"), ("resolved", "onset"), ("closed", "reported"), ("approved", "submitted"), ("rejected", "submitted"),
        ("reviewed", "submitted"), ("approved", "requested"), ("completed", "assigned"), ("hired", "applied"),
        // A report of something comes after it happened: a claim is filed after the incident.
        ("filed", "incident"), ("reported", "incident"), ("submitted", "incident"), ("filed", "occurred"),
        ("reported", "occurred"), ("filed", "accident"), ("reported", "accident"), ("filed", "loss"), ("reported", "loss"),
        ("reported", "happened"), ("filed", "event"), ("reported", "event"),
        ("claim", "incident"), ("claimed", "incident"), ("claim", "accident"), ("claim", "loss"), ("claimed", "loss"),
        // A job is done on or after the day it was booked for; an application decided after it was sent in.
        ("completed", "scheduled"), ("completion", "scheduled"), ("decision", "submitted"), ("decided", "submitted"),
        // A fire is contained or put out after it started.
        ("contained", "start"), ("contained", "started"), ("containment", "start"), ("extinguished", "start"),
        ("extinguished", "started"), ("out", "start"),
        // A pledge is redeemed or forfeited after it was pawned.
        ("redeemed", "pawned"), ("forfeited", "pawned"), ("redeemed", "pledged"), ("redemption", "pawn"),
        ("decision", "applied"), ("decision", "application"),
        // Baked goods expire after they are baked.
        ("expires", "baked"), ("expiry", "baked"), ("expiration", "baked"), ("best_before", "baked"), ("use_by", "baked"),
        ("sell_by", "baked"),
        // A ride is picked up after it is requested; a prescription filled after it is written.
        ("picked_up", "requested"), ("pickup", "requested"), ("picked_up", "booked"), ("filled", "prescribed"),
        ("dispensed", "prescribed"), ("filled", "written"),
        // A check that recurs is next due after it was last done: a vaccine's booster, a car's service.
        ("next_due", "given"), ("next_due", "administered"), ("next_due", "performed"), ("next_due", "done"),
        ("next_due", "serviced"), ("next_due", "inspected"), ("next_due", "vaccinated"), ("next_due", "completed"),
        ("next_due", "last"), ("next_due", "last_done"), ("next_service", "last_service"), ("next_inspection", "last_inspection"),
        ("next_visit", "last_visit"), ("next_checkup", "last_checkup"), ("next_maintenance", "last_maintenance"),
        ("next_vaccination", "last_vaccination"), ("next_review", "last_review"), ("next_exam", "last_exam"),
        ("next_calibration", "last_calibration"),
    ]

    /// Things that travel: they arrive after they depart. Anyone else (a hotel guest, a visitor) departs after arriving.
    static let journeys: Set<String> = ["flight", "trip", "ride", "journey", "leg", "voyage", "cruise", "train", "bus",
                                        "route", "transfer", "shipment", "delivery", "sailing", "segment", "sector", "run"]

    /// Words of a record of someone left in care (a dog at daycare, a child at a creche, a car with a valet), and of
    /// whom a row leaves there (its `dog_id`, `child_id`): dropped off first and picked up after, where a ride, a
    /// parcel or a rental is picked up first.
    static let careWords: Set<String> = ["daycare", "boarding", "sitting", "care", "childcare", "camp", "valet", "kennel", "creche",
                                         "nursery", "afterschool"]
    static let caredFor: Set<String> = ["dog", "pet", "cat", "puppy", "child", "kid", "baby", "toddler"]

    static func isCare(entity: String, _ fields: [Field]) -> Bool {
        !Set(KindInference.tokens(entity)).isDisjoint(with: careWords)
            || fields.contains { f in KindInference.tokens(f.name).first.map(caredFor.contains) ?? false }
    }

    /// Last words that say a column holds a day or a moment, interchangeable between the two ends of a pair
    /// (`completed_at` after `scheduled_for`).
    static let dateSuffixes: Set<String> = ["on", "date", "at", "time", "dt", "ts", "for"]

    /// The start partner of an end field, if the entity has one.
    static func startPartner(of name: String, in fields: [Field], entity: String = "") -> String? {
        let tokens = KindInference.tokens(name)
        let joined = tokens.joined(separator: "_")
        let head = KindInference.head(ofEntity: entity)
        let travel: [(String, String)] = journeys.contains(head)
            ? [("arrival", "departure"), ("arrives", "departs"), ("arrive", "depart"), ("arrived", "departed")]
            // (a ship's call at a port, a guest's stay: there first, gone after)
            : [("departure", "arrival"), ("departs", "arrives"), ("depart", "arrive"), ("departed", "arrived")]
        let handOver: [(String, String)] = isCare(entity: entity, fields)
            ? [("pickup", "dropoff"), ("pick_up", "drop_off"), ("picked_up", "dropped_off")]
            : [("dropoff", "pickup"), ("drop_off", "pick_up"), ("dropped_off", "picked_up")]
        for (end, start) in endToStart + travel + handOver {
            let endTokens = end.split(separator: "_").map(String.init)
            guard let r = range(of: endTokens, in: tokens) else { continue }
            var t = tokens
            t.replaceSubrange(r, with: start.split(separator: "_").map(String.init))
            let candidate = t.joined(separator: "_")
            if candidate != joined, let f = fields.first(where: { KindInference.tokens($0.name).joined(separator: "_") == candidate }) {
                return f.name
            }
            // The pair may name its day differently: `delivered_on` after `ship_date`.
            if let last = t.last, dateSuffixes.contains(last), t.count >= 2 {
                let stem = t.dropLast().joined(separator: "_")
                if let f = fields.first(where: { g in
                    let u = KindInference.tokens(g.name)
                    return u.count == t.count && u.dropLast().joined(separator: "_") == stem && dateSuffixes.contains(u[u.count - 1])
                        && u.joined(separator: "_") != joined
                }) { return f.name }
            }
            // An end named without a day word (`best_before`, `sell_by`) pairs with its start's day (`baked_on`).
            if let last = tokens.last, !dateSuffixes.contains(last), let f = fields.first(where: { g in
                let u = KindInference.tokens(g.name)
                return u.count == t.count + 1 && Array(u.dropLast()) == t && dateSuffixes.contains(u[u.count - 1])
            }) { return f.name }
        }
        return nil
    }

    static func range(of needle: [String], in hay: [String]) -> Range<Int>? {
        guard needle.count <= hay.count else { return nil }
        for i in 0...(hay.count - needle.count) where Array(hay[i..<(i + needle.count)]) == needle { return i..<(i + needle.count) }
        return nil
    }

    /// Kinds whose values are past events (they can follow a creation time).
    static func isPastEvent(_ kind: String) -> Bool {
        ["date.past", "date.recent", "date.between", "date.weekday", "datetime.past", "datetime.recent",
         "datetime.between", "datetime.business_hours"].contains(kind)
    }
}
