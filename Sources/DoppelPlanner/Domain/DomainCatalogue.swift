import DoppelText
import DoppelEngine

/// The planner's knowledge of common entities across domains: default
/// columns, natures and sizes. Unknown entities get a nature from English
/// morphology (`-ist`, `-ee`, `-tion`, …) and generic columns for it.
enum DomainCatalogue {
    static let templates: [EntityTemplate] =
        commerce + healthcare + finance + hr + education + saas + logistics + travel + realEstate + social + iot
        + manufacturing + media + sports + general + salon + [ticketTypes, heartRateSamples, damageReports, ads, adImpressions, adClicks, boats]

    /// Templates by the singular of each of their names.
    static let index: [String: [EntityTemplate]] = {
        var d: [String: [EntityTemplate]] = [:]
        for t in templates {
            for n in t.names { d[Inflector.singular(n), default: []].append(t) }
        }
        return d
    }()

    /// The spec the templates write out for a column name (`crop:string enum values=Wheat|Corn|…`), for a
    /// listed column that no rule knows. A name counts only when every template that spells it out agrees,
    /// and a table's own `name` or `title` is left to its table.
    static let columnSpecs: [String: String] = {
        var seen: [String: Set<String>] = [:]
        for t in templates {
            for token in t.columns {
                guard let colon = token.firstIndex(of: ":") else { continue }
                let name = String(token[..<colon])
                guard !name.contains("|"), !name.contains(">"), name != "name", name != "title" else { continue }
                seen[name, default: []].insert(String(token[token.index(after: colon)...]))
            }
        }
        return seen.compactMapValues { $0.count == 1 ? $0.first : nil }
    }()

    /// True when the planner knows this entity (by its singular name).
    static func isKnownEntity(_ singular: String) -> Bool {
        index[singular] != nil || personNouns.contains(singular)
    }

    /// The template for an entity: by full name, then by its last word
    /// (`class_bookings` → bookings), preferring one made for `domain`.
    static func template(for singular: String, domain: Domain?) -> EntityTemplate? {
        let words = singular.split(separator: "_")
        // A compound made for other settings only (an airline's `crew_members`) is not an ambulance's.
        if let t = pick(index[singular], domain),
           words.count == 1 || t.domains.isEmpty || domain.map(t.domains.contains) ?? true { return t }
        // By its last word only when the template fits the setting: an airline's `crew_assignments` are
        // not a school's homework, and with no setting known, a pantry's `pantry_items` are not a
        // library's items.
        // A lift, concert or train ticket is an admission, whatever the setting: not a support desk's case.
        if words.count > 1, words.last == "ticket", !Set(words.dropLast().map(String.init)).isDisjoint(with: admissionWords),
           let admission = admissionTickets {
            return admission
        }
        // A crew's, a band's or a board's members are its people, not a club's members with a membership.
        if words.count > 1, words.last == "member", let group = words.dropLast().last,
           ["crew", "band", "cast", "board", "faculty", "family", "household", "committee", "council", "party", "squad",
            "staff", "team", "panel", "jury"].contains(String(group)) { return nil }
        // A transaction or a record of something the catalogue knows as an event is that event: `sales_transactions` are
        // sales. Of anything else, a log is a web app's only for a web word (`audit_logs`, not a bus's `daily_trip_logs`),
        // and a transaction money's only for a word of money (`card_transactions`, not `inventory_transactions`).
        if words.count > 1, let head = words.last.map(String.init), recordHeads.contains(head), let modifier = words.dropLast().last.map(String.init) {
            // (not a log's: a bus's `trip_logs` are no travel agency's trips)
            if head != "log", let t = pick(index[Inflector.singular(modifier)], domain), t.nature == .event, !recordHeads.contains(Inflector.singular(modifier)) {
                return t
            }
            let before = Set(words.dropLast().map(String.init))
            if head == "log", before.isDisjoint(with: webLogWords) { return nil }
            if head == "transaction", before.isDisjoint(with: moneyWords) { return nil }
        }
        if words.count > 1, let head = words.last, let t = pick(index[String(head)], domain),
           t.domains.isEmpty || domain.map(t.domains.contains) ?? false {
            // A site's page visits are a web visitor's; a car wash's `wash_visits` are not.
            if t.columns.contains("page_url"), Set(words.dropLast().map(String.init)).isDisjoint(with: webVisitWords) { return nil }
            return t
        }
        return nil
    }

    /// Nouns of a record of events of some kind (`sales_transactions`, `trip_logs`).
    static let recordHeads: Set<String> = ["log", "transaction", "record", "entry"]
    /// Words of a log kept by software (an audit log, an access log, an app's event log).
    static let webLogWords: Set<String> = ["audit", "access", "activity", "event", "user", "api", "login", "security", "system", "error",
                                           "app", "web", "server", "request", "admin", "change", "debug", "application", "click", "session"]
    /// Words of money moving (a card's or an account's transactions).
    static let moneyWords: Set<String> = ["bank", "card", "credit", "debit", "account", "payment", "wallet", "crypto", "financial",
                                          "finance", "money", "cash", "fraud", "merchant", "atm", "transfer", "ledger", "customer"]

    /// What names visits to a site or an app (`page_visits`, `web_visits`).
    static let webVisitWords: Set<String> = ["page", "site", "web", "website", "app", "landing", "blog", "store", "shop", "product",
                                             "portal", "online", "user", "unique", "daily"]

    /// The catalogue's tickets that admit someone (with a price), not a support desk's.
    static var admissionTickets: EntityTemplate? { index["ticket"]?.first { $0.domains.contains(.media) } }

    /// What a ticket that admits someone is for: a lift, a concert, a train, a museum.
    static let admissionWords: Set<String> = [
        "lift", "ski", "concert", "movie", "cinema", "film", "theatre", "theater", "show", "event", "festival", "museum",
        "zoo", "park", "game", "match", "train", "rail", "bus", "ferry", "flight", "airline", "season", "admission", "gig",
        "opera", "ballet", "stadium", "exhibition", "gallery", "raffle", "lottery", "entry", "entrance", "boarding",
    ]

    private static func pick(_ candidates: [EntityTemplate]?, _ domain: Domain?) -> EntityTemplate? {
        guard let candidates, !candidates.isEmpty else { return nil }
        if let domain, let t = candidates.first(where: { $0.domains.contains(domain) }) { return t }
        return candidates.first(where: { $0.domains.isEmpty }) ?? candidates.first
    }

    /// What an entity is: from its template, else from the shape of its name.
    static func nature(of singular: String, domain: Domain?) -> EntityNature {
        if let t = template(for: singular, domain: domain) { return t.nature }
        let head = singular.split(separator: "_").last.map(String.init) ?? singular
        if personNouns.contains(head) { return .person }
        if organizationNouns.contains(head) { return .organization }
        // A theatre, a gym or a winery is a place, with an address (not a thing with a stock status).
        if RowTitleWriter.placeNouns.contains(head) { return .place }
        if looksLikePerson(head) { return .person }
        if looksLikeEvent(head) { return .event }
        return .thing
    }

    /// Agent nouns: `-ist`, `-ian`, `-ee`, `-eer`, `-er`, `-or`, `-ant`, `-ent`, `-naut`, minus the many
    /// things that end the same way.
    static func looksLikePerson(_ w: String) -> Bool {
        // Compounds of person and woman: salesperson, spokesperson, chairwoman.
        if (w.hasSuffix("person") || w.hasSuffix("woman")) && w.count > 6 { return true }
        if notPersons.contains(w) || activityNouns.contains(w) || w.hasSuffix("ment") { return false }
        for suffix in ["ist", "ian", "ee", "eer", "er", "or", "ant", "ent", "naut"] where w.hasSuffix(suffix) && w.count > suffix.count + 2 {
            return true
        }
        return false
    }

    /// Things and sums that end like events (`looksLikeEvent`). A field of business, `insurance` or `finance`, is not
    /// one: a dataset named for it holds people.
    static let notEvents: Set<String> = ["ambulance", "appliance", "allowance", "balance", "instance", "substance", "distance",
                                         "province", "fence", "licence", "residence", "sentence", "evidence", "invoice",
                                         "building", "clothing", "bedding", "ceiling", "painting", "drawing", "listing", "setting"]

    /// Things that happen: `-tion`, `-sion`, `-ment`, `-al`, `-ance`, `-ing`.
    static func looksLikeEvent(_ w: String) -> Bool {
        if notEvents.contains(w) { return false }
        for suffix in ["tion", "sion", "ment", "rral", "wal", "val", "ntal", "ance", "ence", "ing", "up", "in", "out"] where w.hasSuffix(suffix) && w.count > suffix.count + 2 {
            return true
        }
        return eventNouns.contains(w) || activityNouns.contains(w) || ["history", "histories", "log", "record", "change", "entry", "update", "snapshot", "audit"].contains(w)
    }

    /// Generic columns for an entity the catalogue does not know.
    static func genericColumns(_ nature: EntityNature) -> [String] {
        switch nature {
        case .person: return ["first_name", "last_name", "email", "phone", "city", "created_at"]
        case .organization: return ["name", "industry", "city", "country", "created_at"]
        case .place: return ["name", "address", "city", "country", "latitude", "longitude"]
        // (no status: a speeding event or a door opening is not "cancelled" or "completed")
        case .event: return ["occurred_at", "notes"]
        case .lookup: return ["name", "description"]
        case .content: return ["title", "body", "created_at"]
        case .account: return ["account_number", "balance", "status", "opened_on"]
        case .device: return ["serial_number", "model", "status", "installed_on"]
        case .document: return ["number", "issued_on", "amount", "status"]
        case .thing: return ["title", "description", "status", "created_at"]
        }
    }

    /// Columns for a plant's fixed equipment the catalogue does not know (`fermentation_tanks`, `turbines`, `lifts`):
    /// what it is called, its maker's model, whether it is in operation and since when, not a title and a description.
    static func equipmentColumns(_ singular: String) -> [String]? {
        let head = singular.split(separator: "_").last.map(String.init) ?? singular
        guard ColumnLexicon.plantTables.contains(singular) || ColumnLexicon.plantTables.contains(head) else { return nil }
        return ["name", "model", "status", "commissioned_on"]
    }

    /// Generic columns for a thing the catalogue does not know that order lines sell (`cakes`, `tools`).
    static let soldThingColumns = ["name", "price", "created_at"]

    /// What a `name` column holds in an entity of this nature.
    static func nameSpec(_ nature: EntityNature) -> String {
        switch nature {
        case .person: return "string person.full_name"
        case .organization: return "string company.name"
        case .lookup: return "string text.word"
        case .place, .thing, .event, .content, .account, .device, .document: return "string text.title"
        }
    }

    /// Parties that are businesses or bodies rather than people: named like companies, not
    /// given titles (`sponsors` of a podcast, `advertisers`, `lenders`).
    static let organizationNouns: Set<String> = [
        "sponsor", "advertiser", "exhibitor", "carrier", "insurer", "wholesaler", "reseller", "distributor",
        "retailer", "manufacturer", "subcontractor", "agency", "institution", "organization",
        "organisation", "charity", "nonprofit", "foundation", "bank", "airline", "brand", "startup", "employer",
        "competitor", "caterer", "partner", "underwriter", "consultancy", "funder", "grantor", "donor_organization",
    ]

    /// Nouns of people; the engine holds them (`PersonNouns`), so both sides agree on what a table of people is.
    static let personNouns = PersonNouns.words

    static let notPersons: Set<String> = [
        "order", "folder", "container", "trailer", "slider", "banner", "filter", "header", "footer", "paper", "letter",
        "number", "server", "router", "printer", "scanner", "computer", "controller", "sensor", "monitor", "motor",
        "vector", "factor", "sector", "error", "door", "floor", "color", "colour", "meter", "center", "centre", "chapter",
        "cluster", "voucher", "poster", "sticker", "tracker", "timer", "counter", "layer", "tower", "river", "power",
        "water", "winter", "summer", "weather", "offer", "transfer", "answer", "register", "ledger", "character",
        "parameter", "quarter", "charter", "corner", "matter", "shelter", "theater", "theatre", "burger", "calendar",
        "binder", "cylinder", "processor", "reactor", "elevator", "generator", "indicator", "detector", "connector",
        "adapter", "charger", "speaker_system", "locker", "drawer", "trigger", "marker", "sticker", "cover", "border",
        "barrier", "carrier", "supplier", "manufacturer", "retailer", "distributor", "provider_org", "restaurant", "plant",
        "variant", "grant", "tenant_unit", "event", "incident", "component", "percent", "accident", "current", "content",
        "segment", "agent_tool", "rodent", "elephant", "pendant", "quadrant", "warrant", "restaurant", "merchant",
        "comment", "payment", "document", "equipment", "statement", "agreement", "department", "apartment", "shipment",
        "transaction", "invoice", "parameter", "vendor", "sponsor", "mirror", "floor", "anchor", "flavor", "flavour",
        "favor", "humor", "rumor", "tumor", "major", "minor", "labor", "neighbor", "harbor", "honor", "mayor_office",
        "cancer", "answer", "tender", "gender", "lender_org", "reminder", "remainder", "wrapper", "scraper", "mapper",
        "hamper", "diaper", "pepper", "butter", "water", "copper", "silver", "paper", "fiber", "rubber", "timber",
        "member_group", "newsletter", "cluster", "quarter", "computer", "identifier", "modifier", "qualifier", "tier",
        "filer", "sticker", "shelter", "batter", "platter", "counter", "letter", "encounter", "trailer", "player_stat",
    ]

    static let eventNouns: Set<String> = [
        "visit", "ride", "trip", "play", "order", "sale", "purchase", "call", "login", "click", "view", "event", "log",
        "entry", "move", "transfer", "match", "game", "race", "flight", "loan", "return", "refund", "claim", "charge",
        "deposit", "delivery", "pickup", "checkout", "checkin", "check_in", "scan", "inspection", "test", "exam", "vote",
        "like", "follow", "share", "stream", "listen", "watch", "session", "shift", "stay", "booking", "rental", "lease",
        "donation", "payment", "interview", "application", "admission", "treatment", "procedure", "surgery", "consultation",
        "appointment", "meeting", "run", "workout", "activity", "attempt", "incident", "outage", "alert", "request",
        "response", "submission", "review", "rating", "reading", "measurement", "observation", "sample", "trade", "swap", "bid",
    ]
}
