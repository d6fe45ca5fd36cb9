import DoppelText

extension SchemaResolver {
    /// Words of a video game played online (singular), whose matches last minutes.
    static let onlineGameWords: Set<String> = ["esport", "multiplayer", "videogame", "video_game", "gaming", "gamer", "fps", "shooter",
                                               "mmo", "mmorpg", "moba", "matchmaking"]
    static let totalNames: Set<String> = ["total", "total_price", "total_amount", "line_total", "amount", "subtotal",
                                          "extended_price", "line_amount", "order_total"]
    static let priceNames = ["unit_price", "price", "item_price", "unit_cost"]
    static let quantityNames = ["quantity", "qty", "units"]
    /// Heads of tables of journeys a traveller takes, which run days when their ends are whole dates.
    static let journeyHeads: Set<String> = ["trip", "journey", "tour", "voyage", "cruise", "excursion", "expedition", "holiday", "vacation",
                                            "itinerary", "getaway", "safari", "trek"]
    /// What a seller pays, always below what the same row sells for.
    /// What something pledged or mortgaged is worth, and what is lent against it.
    static let securedValueNames = ["appraised_value", "appraisal_value", "appraisal", "collateral_value", "estimated_value",
                                    "item_value", "property_value", "home_value", "market_value"]
    static let securedLoanNames: Set<String> = ["loan_amount", "loan", "amount_lent", "advance", "advance_amount", "principal",
                                                "loan_principal", "amount_loaned"]
    static let costNames: Set<String> = ["cost", "unit_cost", "cost_price", "wholesale_price", "purchase_price"]
    static let sellingNames = ["price", "unit_price", "list_price", "retail_price", "sale_price", "selling_price"]

    /// Rewrites sources so the row agrees with itself and its parents: ends after
    /// starts, later events after the record's creation, a child's creation after
    /// its parent's, `total = price × quantity`, `cost` below `price`.
    func applyCoherence(_ entity: Entity, _ sources: inout [FieldSource?], _ generators: [(any KindGenerator)?],
                        planIndex: [String: Int]) {
        let fields = entity.fields
        func column(_ name: String) -> Int? { fields.firstIndex { $0.name == name } }
        // The column's kind as the rules so far left it (a start moved into the waking day stays there).
        func timeGen(_ c: Int) -> (any TimeRangeGenerator)? {
            guard fields[c].references == nil, case let .kind(g, .random)? = sources[c] else { return nil }
            return (g as? any TimeRangeGenerator) ?? generators[c] as? any TimeRangeGenerator
        }
        func isTemporal(_ c: Int) -> Bool { fields[c].type == .date || fields[c].type == .datetime }
        func reaches(_ from: Int, _ target: Int) -> Bool { Self.reaches(from, target, in: sources) }

        // 1. Ends after starts (a service's outage within hours, whatever its table is called).
        let outage = incidentFamily(entity) == .service
        // An order or a check at a restaurant's table lasts the meal, not days.
        // (and a court's or a meeting room's booking, hours)
        var span = outage ? ActivitySpan.brief : atDiningTable(entity) ? .meal : isMealOrder(entity) ? .mealDelivery : bookedByTheHour(entity) ? .slot
            : ActivitySpan.of(entity: entity.name)
        // A session with people (a tutor and a student) or charged by the hour (a studio's) is an appointment of
        // hours, not a web session of seconds.
        if span == .brief, !outage, isPeopleSession(entity) { span = .hours }
        // An online game's match or round lasts minutes, not a football match's afternoon.
        if !datasetWords.isDisjoint(with: Self.onlineGameWords),
           ["match", "game", "round", "lobby"].contains(Inflector.singular(KindInference.head(ofEntity: entity.name))) { span = .onlineMatch }
        // A law firm's case or matter runs months to years, not a support case's days.
        if !datasetWords.isDisjoint(with: RowTitleWriter.legalWords),
           ["case", "matter", "lawsuit"].contains(Inflector.singular(KindInference.head(ofEntity: entity.name))) { span = .months }
        for c in fields.indices where isTemporal(c) {
            guard let gen = timeGen(c), let partner = TimeRoles.startPartner(of: fields[c].name, in: fields, entity: entity.name),
                  let s = column(partner), s != c, isTemporal(s), !reaches(s, c) else { continue }
            // A death ends a life, not an activity (`applyAfterBirth`).
            if Self.isDeathName(KindInference.tokens(fields[c].name)) { continue }
            var pairSpan = ActivitySpan.atStop(end: fields[c].name, start: partner, entity: entity.name)
                ?? ActivitySpan.of(end: fields[c].name, start: partner) ?? span
            // A trip or a tour given in whole days (a travel agency's, from 5 to 12 May) lasts days, not a drive's hours.
            if pairSpan == .hours, fields[c].type == .date, fields[s].type == .date,
               Self.journeyHeads.contains(Inflector.singular(KindInference.head(ofEntity: entity.name))) { pairSpan = .days }
            // A meal's legs: made and collected within the hour, then ridden to the door.
            let legWords: Set<String> = ["picked", "pickup", "dispatched", "collected"]
            if span == .mealDelivery, !Set(KindInference.tokens(fields[c].name)).isDisjoint(with: legWords)
                || !Set(KindInference.tokens(partner)).isDisjoint(with: legWords) {
                pairSpan = .mealLeg
            }
            // A start planned ahead (`scheduled_for` as `datetime.future`) that a done end follows (`completed_at`) was
            // planned in the past: work is not completed next year. Its window is mirrored before the anchor, and the
            // end kept at or before it.
            if !Set(KindInference.tokens(fields[c].name)).isDisjoint(with: Self.doneWords),
               case let .kind(g, .random)? = sources[s], let t = g as? TimeKind, t.lo >= anchor, !fields[s].unique,
               fields[s].min == nil, fields[s].max == nil {
                sources[s] = .kind(TimeKind(lo: anchor - (t.hi - anchor), hi: anchor - (t.lo - anchor) - 86_400,
                                            isDateOnly: t.isDateOnly, mode: t.mode), .random)
                pairSpan.notAfter = anchor
            }
            // A start set on the row's day ends within hours of it.
            if case let .onRowDate(_, hours, _)? = sources[s] {
                // (a child dropped off in the morning is collected in the afternoon)
                let schoolDay = hours == Self.schoolArrivalHours && !datasetWords.isDisjoint(with: Self.schoolDayWords)
                sources[c] = .endAfter(start: s, fallback: gen, span: schoolDay ? .schoolDay : pairSpan.withinADay)
            } else {
                sources[c] = .endAfter(start: s, fallback: gen, span: pairSpan)
            }
        }
        // 1b. An activity of hours (an event, a class, an appointment, a show) starts in the waking day.
        applyWakingStarts(entity, &sources, span: span)
        applyHourlyGrain(entity, &sources)
        // 2. Later events after the record's creation (an outage's: when it started).
        let creation = Self.creationColumn(fields, entity: entity.name) ?? (outage ? fields.indices.first { c in
            isTemporal(c) && !Set(KindInference.tokens(fields[c].name)).isDisjoint(with: ["started", "began", "start"]) } : nil)
        if let cr = creation {
            for c in fields.indices where c != cr && isTemporal(c) {
                guard let gen = timeGen(c), let k = fields[c].kind, TimeRoles.isPastEvent(k),
                      !KindInference.tokens(fields[c].name).contains("birth"), !reaches(cr, c) else { continue }
                // (a customer churns months after signing up, not an hour after; a ride requested starts minutes later)
                var later: ActivitySpan = ActivitySpan.of(end: fields[c].name, start: fields[cr].name) ?? .general
                if LifeEnds.names(KindInference.tokens(fields[c].name)) { later = .months; later.notAfter = anchor }
                // (and is last seen anywhere since, mostly lately)
                if LastActivity.names(KindInference.tokens(fields[c].name)) { later = .lastActivity(before: anchor) }
                sources[c] = .endAfter(start: cr, fallback: gen, span: outage ? .brief : span == .mealDelivery ? span : later)
            }
        }
        // 2b. A due date falls a week to two months after the record's creation (payment terms, a task's deadline);
        // a thing lent (a book, a tool: a loan or a rental that references what it lends) is due back in one to four weeks.
        let lendsAThing = span == .weeks && fields.contains { f in
            f.references.map { $0.entity != entity.name && !Self.isPeopleTable($0.entity) } ?? false
        }
        if let cr = creation {
            for c in fields.indices where c != cr && isTemporal(c) && KindInference.tokens(fields[c].name).contains("due") {
                guard let gen = timeGen(c), !reaches(cr, c) else { continue }
                sources[c] = .endAfter(start: cr, fallback: gen, span: lendsAThing ? .lendingPeriod : .terms)
            }
            // An expected or estimated date counts from the record too: a purchase order placed in 2020 is not
            // expected in 2026. An arrival (`expected_delivery`, `eta`) a day to three weeks on, anything else a
            // bill's terms.
            for c in fields.indices where c != cr && isTemporal(c) {
                let tokens = Set(KindInference.tokens(fields[c].name))
                guard !tokens.isDisjoint(with: Self.expectedWords), !tokens.contains("due"), let gen = timeGen(c), !reaches(cr, c) else { continue }
                sources[c] = .endAfter(start: cr, fallback: gen, span: tokens.isDisjoint(with: Self.arrivalWords) ? .terms : .days)
            }
        }
        // 3. A child's creation after its parent's, or after its parent was born (a pet's visit, a patient's appointment).
        // Of several parents with a time, one that itself references another comes after it and is the one to follow:
        // a library fine's loan, not its member, who joined before the loan began. A penalty (a fine, a late fee)
        // follows its parent's due date, the deadline it punishes.
        // A child with no creation column of its own follows its parent from the moment its occasion took place
        // (a vaccination's `administered_on` after its pet's birth, a lab result's `collected_at` after its test was ordered).
        let occasion = creation == nil ? Self.occasionColumn(fields).flatMap { c -> Int? in
            if case .kind(_, .random)? = sources[c] { return c }
            return nil
        } : nil
        if let cr = creation ?? occasion, let gen = timeGen(cr), let k = fields[cr].kind, TimeRoles.isPastEvent(k) {
            let words = Set(KindInference.tokens(entity.name).map(Inflector.singular))
            let penalty = !words.isDisjoint(with: Self.penaltyHeads) || words.contains("fee") && !words.isDisjoint(with: ["late", "overdue"])
            let parents: [(rc: Int, p: Int, parent: Entity, column: Int)] = fields.enumerated().compactMap { rc, f in
                guard let ref = f.references, ref.entity != entity.name, let p = planIndex[ref.entity],
                      let parent = schema.entity(named: ref.entity),
                      let pcr = Self.creationColumn(parent.fields, entity: parent.name) ?? Self.birthColumn(parent.fields)
                        ?? Self.occasionColumn(parent.fields) else { return nil }
                let due = penalty ? parent.fields.indices.first { c in
                    (parent.fields[c].type == .date || parent.fields[c].type == .datetime) && parent.fields[c].references == nil
                        && KindInference.tokens(parent.fields[c].name).contains("due")
                } : nil
                return (rc, p, parent, due ?? pcr)
            }
            let names = Set(parents.map(\.parent.name))
            if let chosen = parents.first(where: { c in
                c.parent.fields.contains { $0.references.map { names.contains($0.entity) && $0.entity != c.parent.name } ?? false }
            }) ?? parents.first {
                if penalty, KindInference.tokens(chosen.parent.fields[chosen.column].name).contains("due") {
                    // A fine is charged within days of the deadline it punishes, not a year on.
                    sources[cr] = .afterParentStart(AfterParentStartPlan(referenceColumn: chosen.rc, parentEntity: chosen.p, parentColumn: chosen.column,
                                                                         parentIsYear: false, time: gen, within: .days))
                } else {
                    sources[cr] = .afterParent(referenceColumn: chosen.rc, parentEntity: chosen.p, parentColumn: chosen.column, time: gen)
                }
            }
        }
        // 3b. A sign-up for an occasion comes before it: a race's registrations before race day.
        applySignUpBeforeOccasion(entity, &sources, generators, planIndex: planIndex)
        // 3c. A booking is made before what it books starts.
        applyCreatedBeforeStart(entity, &sources, generators)
        // 3d. A planned occasion of someone born (a pet's appointment) comes after the birth.
        applyScheduledAfterBirth(entity, &sources, planIndex: planIndex)
        // 4. total = price × quantity.
        if let p = Self.priceNames.compactMap(column).first, let q = Self.quantityNames.compactMap(column).first {
            for c in fields.indices where Self.totalNames.contains(fields[c].name.lowercased()) && c != p && c != q {
                guard fields[c].references == nil, Self.numeric.contains(fields[c].type), Self.numeric.contains(fields[p].type),
                      Self.numeric.contains(fields[q].type), case let .kind(own, .random)? = sources[c] else { continue }
                // A NULL price or quantity has no product: the row keeps the column's own value
                // rather than a NULL its column may not allow.
                sources[c] = .product(p, q, fallback: own)
            }
        }
        // 5. cost below price: 35–80 % of it.
        if let p = Self.sellingNames.compactMap(column).first {
            for c in fields.indices where Self.costNames.contains(fields[c].name.lowercased()) && c != p {
                guard fields[c].references == nil, Self.numeric.contains(fields[c].type), Self.numeric.contains(fields[p].type),
                      case let .kind(own, .random)? = sources[c], !reaches(p, c) else { continue }
                sources[c] = .share(of: p, low: 0.35, high: 0.8, fallback: own)
            }
        }
        // 5b. A loan against something valued lends part of its value: 30–90 % of the appraisal (a pawn, a mortgage).
        if let v = Self.securedValueNames.compactMap(column).first {
            for c in fields.indices where Self.securedLoanNames.contains(fields[c].name.lowercased()) && c != v {
                guard fields[c].references == nil, Self.numeric.contains(fields[c].type), Self.numeric.contains(fields[v].type),
                      case let .kind(own, .random)? = sources[c], !reaches(v, c) else { continue }
                sources[c] = .share(of: v, low: 0.3, high: 0.9, fallback: own)
            }
        }
        // 6. A stay's or a rental's total is its rate times its periods.
        applyRateTimesSpan(fields, entity: entity.name, &sources, isTemporal: isTemporal, planIndex: planIndex)
        applyRateTimesCount(fields, entity: entity.name, &sources, planIndex: planIndex)
    }

    /// Whether column `from` reads column `target`, directly or through the columns it reads: making
    /// `target` read `from` would then close a loop. Bounded by the column count.
    static func reaches(_ from: Int, _ target: Int, in sources: [FieldSource?], depth: Int = 0) -> Bool {
        if from == target { return true }
        guard depth < sources.count, let s = sources[from] else { return false }
        return dependencies(s).contains { reaches($0, target, in: sources, depth: depth + 1) }
    }

    /// Tables of penalties, which come after the deadline they punish.
    static let penaltyHeads: Set<String> = ["fine", "penalty", "surcharge"]

    /// The field holding the moment a record was created, if any: a creation name (`created_at`,
    /// `order_date`, …), else the date the entity's own name gives (`offer_date` of an offer, `listed_on`
    /// of a listing, `booked_at` of a booking), else a participle that opens a record's life (`creationVerbs`).
    static func creationColumn(_ fields: [Field], entity: String? = nil) -> Int? {
        let temporal = fields.indices.filter { (fields[$0].type == .date || fields[$0].type == .datetime) && fields[$0].references == nil }
        for name in TimeRoles.creation {
            if let c = temporal.first(where: { KindInference.tokens(fields[$0].name).joined(separator: "_") == name }) { return c }
        }
        func named(_ words: Set<String>) -> Int? { momentColumn(fields, verbs: words) }
        if let entity, let head = KindInference.tokens(entity).last.map(Inflector.singular),
           let c = named([head, Self.pastParticiple(ofNoun: head)]) {
            return c
        }
        if let c = named(Self.creationVerbs) { return c }
        // A bill or a statement is issued when the period it covers ends.
        if let entity, let head = KindInference.tokens(entity).last.map(Inflector.singular), Self.periodDocuments.contains(head) {
            return temporal.first { c in
                let tokens = Set(KindInference.tokens(fields[c].name))
                return tokens.contains("end") && !tokens.isDisjoint(with: ["period", "billing", "cycle", "service"])
            }
        }
        return nil
    }

    /// Whether a `sessions`-like table (a brief span by its name) is people meeting: it references a table of
    /// people (tutors, therapists, clients, artists) or charges by the hour (`hourly_rate`).
    func isPeopleSession(_ entity: Entity) -> Bool {
        let head = Inflector.singular(KindInference.head(ofEntity: entity.name))
        guard ["session", "sitting", "consult", "call"].contains(head) else { return false }
        if head == "call", !entity.fields.contains(where: { KindInference.tokens($0.name).contains("hourly") }) { return false }
        return entity.fields.contains { f in
            if let ref = f.references, ref.entity != entity.name {
                return Self.isPeopleTable(ref.entity)
            }
            return KindInference.tokens(f.name).contains("hourly")
        }
    }

    /// Heads of what serves meals to order: an order of one is a meal's, delivered in minutes.
    static let mealSources: Set<String> = ["restaurant", "menu_item", "dish", "meal", "kitchen", "cafe", "eatery", "pizzeria",
                                           "takeaway", "food_truck", "menu"]

    /// An order or a delivery that references a restaurant or a menu item: a meal ordered for delivery.
    func isMealOrder(_ entity: Entity) -> Bool {
        let head = Inflector.singular(KindInference.head(ofEntity: entity.name))
        guard ["order", "delivery", "food_order", "delivery_order"].contains(head) else { return false }
        return entity.fields.contains { f in
            f.references.map { ref in
                // (by its head, `kitchens`, or its whole name, `menu_items`)
                ref.entity != entity.name && (Self.mealSources.contains(Inflector.singular(KindInference.head(ofEntity: ref.entity)))
                    || Self.mealSources.contains(Inflector.singular(ref.entity.lowercased())))
            } ?? false
        }
    }

    /// A record that references one of a restaurant's tables (an order, a check, a tab).
    func atDiningTable(_ entity: Entity) -> Bool {
        entity.fields.contains { f in
            guard let ref = f.references, ref.entity != entity.name else { return false }
            return DiningTables.nouns.contains(Inflector.singular(ref.entity.lowercased()))
        }
    }

    /// Records issued for a period of time: their period's end is their creation.
    static let periodDocuments: Set<String> = ["bill", "invoice", "statement", "payslip", "paystub", "paycheck"]

    /// Participles that open a record's life (`issued_on`, `filed_at`, `logged_at`).
    static let creationVerbs: Set<String> = ["created", "issued", "opened", "registered", "joined", "placed", "ordered", "received",
                                             "submitted", "posted", "published", "reported", "enrolled", "hired", "filed",
                                             "logged", "recorded", "raised", "requested", "hailed", "booked", "listed", "added",
                                             "installed", "activated", "acquired", "purchased", "commissioned", "planted", "sown",
                                             "launched", "founded", "established", "borrowed", "loaned", "lent", "rented", "leased", "signed",
                                             "awarded", "granted", "detected", "occurred",
                                             // (a fine or a fee is charged, assessed, imposed or levied)
                                             "charged", "assessed", "imposed", "levied"]

    /// The second word of a column named for a moment by its verb (`created_at`, `played_on`, `ordered_date`).
    static let momentWords: Set<String> = ["date", "at", "on", "time", "timestamp", "day"]

    /// Verbs for the moment a record's occasion took place, when it has no creation column: a dose
    /// `administered_on`, a sample `collected_at`, a match `played_at`. Each is done by then; nothing
    /// planned (`scheduled`, `due`) is one.
    static let occasionVerbs: Set<String> = ["administered", "collected", "performed", "played", "held", "conducted",
                                             "measured", "sampled", "tested", "inspected", "visited", "treated", "caught",
                                             "harvested", "observed", "screened", "scanned", "taken", "given", "examined",
                                             "vaccinated", "diagnosed", "prescribed", "dispensed", "filled", "captured"]

    /// The first date or time column named `<occasion verb>_<at|on|date|time|…>`, nil when none is.
    static func occasionColumn(_ fields: [Field]) -> Int? { momentColumn(fields, verbs: occasionVerbs) }

    /// The first date or time column of the row's own (no reference) named `<verb>_<moment word>`, for a verb
    /// of `verbs`: `placed_at`, `administered_on`.
    static func momentColumn(_ fields: [Field], verbs: Set<String>) -> Int? {
        fields.indices.first { c in
            let tokens = KindInference.tokens(fields[c].name)
            guard (fields[c].type == .date || fields[c].type == .datetime) && fields[c].references == nil,
                  tokens.count == 2, let first = tokens.first, let last = tokens.last else { return false }
            return verbs.contains(first) && momentWords.contains(last)
        }
    }

    /// The verb a record's noun is made from, as a participle: listing → listed, booking → booked,
    /// reservation → reserved, offer → offered, sale → saled (no column is named so; harmless).
    static func pastParticiple(ofNoun noun: String) -> String {
        if noun.hasSuffix("ing"), noun.count > 5 { return String(noun.dropLast(3)) + "ed" }
        if noun.hasSuffix("ation"), noun.count > 7 { return String(noun.dropLast(5)) + "ed" }
        if noun.hasSuffix("e") { return noun + "d" }
        return noun + "ed"
    }
}

/// Which person and which address each field of an entity draws from.
///
/// One person per row unless a person kind repeats (`sender_name` and
/// `recipient_name`): then each name prefix is its own person, and fields
/// without a prefix (or prefixed with the entity's own name) share the main one.
struct Roles {
    static let personKinds: Set<String> = ["person.first_name", "person.last_name", "person.full_name", "person.middle_name",
                                           "person.gender", "person.title", "person.age", "person.birth_date",
                                           "internet.email", "internet.username", "text.bio"]
    static let addressKinds: Set<String> = ["address.street", "address.street_name", "address.building_number",
                                            "address.secondary", "address.city", "address.region", "address.region_code",
                                            "address.postal_code", "address.latitude", "address.longitude", "address.full",
                                            "address.timezone"]
    static let roleWords: Set<String> = ["first", "last", "full", "middle", "name", "email", "mail", "address", "username",
                                         "user", "login", "gender", "sex", "title", "age", "birth", "date", "dob", "birthday",
                                         "bio", "city", "state", "region", "code", "zip", "postal", "postcode", "street", "line1",
                                         "line2", "latitude", "longitude", "lat", "lng", "lon", "timezone", "tz", "secondary",
                                         "building", "number", "province", "county", "of", "at", "given", "family", "surname"]

    var personRole: [String: String] = [:]
    var addressRole: [String: String] = [:]

    init(entity: Entity) {
        let singular = entity.name.lowercased().hasSuffix("s") ? String(entity.name.lowercased().dropLast()) : entity.name.lowercased()
        func prefix(_ name: String) -> String {
            var t = KindInference.tokens(name)
            while let l = t.last, Self.roleWords.contains(l) { t.removeLast() }
            let p = t.joined(separator: "_")
            return p == singular || p == entity.name.lowercased() ? "" : p
        }
        func assign(_ kinds: Set<String>) -> [String: String] {
            let members = entity.fields.filter { kinds.contains($0.kind ?? "") }
            let repeats = Dictionary(grouping: members, by: { $0.kind ?? "" }).values.contains { $0.count > 1 }
            var out: [String: String] = [:]
            for f in members { out[f.name] = repeats ? prefix(f.name) : "" }
            // With every name qualified (`partner_one`, `partner_two`), a plain `email` is the first one's, not a
            // third person's.
            // (what names a role: a person's name, an address's street)
            let names: Set<String> = ["person.first_name", "person.last_name", "person.full_name", "address.street", "address.full"]
            if repeats, !members.contains(where: { names.contains($0.kind ?? "") && out[$0.name] == "" }),
               let first = members.first(where: { names.contains($0.kind ?? "") }).flatMap({ out[$0.name] }) {
                for f in members where out[f.name] == "" { out[f.name] = first }
            }
            return out
        }
        personRole = assign(Self.personKinds)
        addressRole = assign(Self.addressKinds)
    }

    func person(_ f: Field) -> String { personRole[f.name] ?? "" }
    func address(_ f: Field) -> String { addressRole[f.name] ?? "" }
}

extension SchemaResolver {
    /// Words of a start someone planned (`starts_at`, `scheduled_at`, `appointment_time`; a game's `played_at`,
    /// `kickoff`), set on a quarter hour.
    static let plannedStartWords: Set<String> = ["scheduled", "starts", "start", "begins", "appointment", "slot", "played", "kickoff",
                                                 "tipoff", "tee"]
    /// Words of an end that says the thing was done: it cannot lie ahead of the anchor.
    static let doneWords: Set<String> = ["completed", "completion", "closed", "resolved", "finished", "done", "fulfilled",
                                         "delivered", "returned", "performed", "serviced"]
    /// Words of a start that happened (`started_at`, `began_at`), at any minute.
    static let actualStartWords: Set<String> = ["started", "began"]
    /// Words a meal's start goes by too (`opened_at`, `seated_at`: a check opened when the table sat down).
    static let mealStartWords: Set<String> = ["opened", "seated", "arrived", "ordered"]

    /// Words of a date someone expects, not one that happened: `expected_delivery`, `estimated_arrival`, `eta`.
    /// (Not `est`, which may be a year established.)
    static let expectedWords: Set<String> = ["expected", "estimated", "promised", "planned", "projected", "eta", "anticipated"]
    /// Words of an arrival: what is expected a day to three weeks after the record, not a bill's month.
    static let arrivalWords: Set<String> = ["delivery", "arrival", "arrive", "ship", "shipping", "shipment", "dispatch", "eta",
                                            "receipt", "received", "delivered"]

    /// Heads of a table of sales rung up at a shop's counter.
    static let counterSaleHeads: Set<String> = ["sale", "sales_transaction", "sale_transaction", "pos_transaction", "transaction", "purchase"]

    /// Heads of a table of visits someone pays in person during opening hours: a clinic's visits, a salon's
    /// appointments, a school's lessons, a house's viewings.
    static let inPersonVisitHeads: Set<String> = ["visit", "appointment", "consultation", "checkup", "check_up", "exam",
                                                  "examination", "lesson", "viewing", "showing", "tour", "treatment",
                                                  "inspection", "tasting", "fitting", "haircut", "grooming", "massage",
                                                  "therapy", "vaccination"]

    /// Whether `column` is the moment of the visit its in-person table records (`visited_at`, `lesson_time`,
    /// `date_time`, `held_at`); never on a table of web visits (one with a page, a URL, a browser).
    func namesOwnVisit(_ column: String, of entity: Entity) -> Bool {
        let head = Inflector.singular(KindInference.head(ofEntity: entity.name))
        guard Self.inPersonVisitHeads.contains(head) else { return false }
        let web: Set<String> = ["page", "url", "path", "referrer", "browser", "device", "ip", "user_agent", "session", "landing"]
        guard !entity.fields.contains(where: { !Set(KindInference.tokens($0.name)).isDisjoint(with: web) }) else { return false }
        let tokens = KindInference.tokens(column)
        let own: Set<String> = [head, head + "ed", head + "d", "held", "occurred", "happened", "took"]
        return !Set(tokens).isDisjoint(with: own) || [["date"], ["datetime"], ["date", "time"], ["time"], ["when"]].contains(tokens)
    }

    /// A human activity that runs for hours (`ActivitySpan.hours`, `.gathering`, `.performance`, `.meal` or
    /// `.slot`: an event, a class, an appointment, a show, a court booked) starts between 07:00 and 22:00, a planned start on a quarter hour from
    /// 08:00 to 21:00: nobody's class starts at 04:22. So does the moment of a visit paid in person
    /// (`namesOwnVisit`: a vet's `visited_at`) and the placing of a meal ordered for delivery. Calls and streams
    /// (any hour) and shifts (nights too) keep the whole day. Only a datetime start the resolver draws itself is moved.
    func applyWakingStarts(_ entity: Entity, _ sources: inout [FieldSource?], span: ActivitySpan) {
        // A sale over a counter (`sold_at` of a sale) is rung up while the shop is open, 06:30–21:00.
        if Self.counterSaleHeads.contains(Inflector.singular(KindInference.head(ofEntity: entity.name))) {
            for (s, f) in entity.fields.enumerated() where f.type == .datetime && f.references == nil && KindInference.tokens(f.name).contains("sold") {
                if let moved = Self.inHours(sources[s], .daytime(from: 6 * 3600 + 1800, to: 21 * 3600, step: 1)) { sources[s] = moved }
            }
        }
        guard span == .hours || span == .performance || span == .gathering || span == .meal || span == .slot || span == .mealDelivery
                || span == .workday else { return }
        for (s, f) in entity.fields.enumerated() where f.type == .datetime && f.references == nil {
            let tokens = Set(KindInference.tokens(f.name))
            let planned = !tokens.isDisjoint(with: Self.plannedStartWords)
            // A visit's arrival (`checked_in_at`, `check_in_time`) is a start that happened.
            let checkedIn = tokens.contains("in") && !tokens.isDisjoint(with: ["check", "checked", "signed", "sign", "clocked", "clock"])
                || tokens.contains("off") && !tokens.isDisjoint(with: ["drop", "dropped"])
            guard planned || checkedIn || !tokens.isDisjoint(with: Self.actualStartWords) || span == .meal && !tokens.isDisjoint(with: Self.mealStartWords)
                    || namesOwnVisit(f.name, of: entity)
                    // (a meal is ordered in the waking day too: no dinner delivered at 03:32)
                    || span == .mealDelivery && !tokens.isDisjoint(with: ["placed", "ordered", "created", "order"])
            else { continue }
            // A working day is clocked in in the morning, 07:00–10:00.
            let mode: TimeKind.Mode = span == .workday ? .daytime(from: 7 * 3600, to: 10 * 3600, step: 1)
                : planned ? .daytime(from: 8 * 3600, to: 21 * 3600, step: 900) : .daytime(from: 7 * 3600, to: 22 * 3600, step: 1)
            if let moved = Self.inHours(sources[s], mode) { sources[s] = moved }
        }
    }

    /// A table named `hourly_…` (`hourly_power_readings`, `hourly_weather`) records on the hour: its own times at
    /// 00:00, 01:00, … 23:00, not 04:06:23.
    func applyHourlyGrain(_ entity: Entity, _ sources: inout [FieldSource?]) {
        guard KindInference.tokens(entity.name).contains("hourly") else { return }
        for (c, f) in entity.fields.enumerated() where f.type == .datetime && f.references == nil {
            if let moved = Self.inHours(sources[c], .daytime(from: 0, to: 23 * 3600, step: 3600)) { sources[c] = moved }
        }
    }

    /// A datetime source drawn at any hour, drawn instead in `mode`'s hours: on its own, or after its parent (a
    /// performance drawn after its production was created starts in the day all the same); nil for any other source.
    static func inHours(_ source: FieldSource?, _ mode: TimeKind.Mode) -> FieldSource? {
        switch source {
        case let .kind(g, .random)?:
            guard let t = g as? TimeKind, t.mode == .any, !t.isDateOnly else { return nil }
            return .kind(TimeKind(lo: t.lo, hi: t.hi, isDateOnly: false, mode: mode), .random)
        case let .afterParent(rc, p, pc, time)?:
            guard let t = time as? TimeKind, t.mode == .any, !t.isDateOnly else { return nil }
            return .afterParent(referenceColumn: rc, parentEntity: p, parentColumn: pc, time: TimeKind(lo: t.lo, hi: t.hi, isDateOnly: false, mode: mode))
        default:
            return nil
        }
    }
}
