import DoppelEngine
import DoppelText

/// What a table of things the catalogue does not know holds, by what its name says the thing is. Before these, every
/// such table was a title, a filler description ("Nimbus Seat is a seat, recorded on …"), an `archived` status and a
/// creation time.
extension DomainCatalogue {
    /// What an unknown thing's name says it is.
    enum UnknownThing: Equatable {
        /// A numbered place someone takes or is given: a seat, a desk, a berth, a kennel, a grave plot.
        case position
        /// A bookable time: a tee time, a delivery window, a slot.
        case slot
        /// A paper: a waybill, a manifest, a certificate.
        case document
        /// A day something happens on: a market day, a race day.
        case day
        /// A stretch of time: a rest period, a blackout window, a break.
        case period
        /// A line of a document: an invoice's line items.
        case line
        /// An idea rather than an object: a language pair, a skill, a criterion.
        case abstract
        /// Something offered as it is put together: a box of the month, a kit, a hamper.
        case offered
        /// What a job used, a payment paid or a sale sold, named by a participle after its noun (`parts_used`).
        case usage(ParticipleUse, noun: String)
        /// An object kept on a register: an artifact, a locomotive, a barrel.
        case object
    }

    static func unknownThing(_ singular: String) -> UnknownThing {
        let words = singular.split(separator: "_").map(String.init)
        let head = words.last ?? singular
        if words.count >= 2, let use = participleUse(head) { return .usage(use, noun: Inflector.singular(words[words.count - 2])) }
        if RowTitleWriter.positionNouns.contains(head) { return .position }
        if slotNouns.contains(head) || head == "time" && words.count > 1 { return .slot }
        if documentNouns.contains(head) { return .document }
        if dayNouns.contains(head) { return .day }
        if periodNouns.contains(head) { return .period }
        // (`invoice_line_items`, `order_lines`)
        if head == "line" && words.count >= 2 || words.suffix(2) == ["line", "item"] { return .line }
        if abstractNouns.contains(head) { return .abstract }
        if offeredNouns.contains(head) { return .offered }
        return .object
    }

    /// Columns for a thing the catalogue does not know.
    static func unknownThingColumns(_ singular: String) -> [String] {
        switch unknownThing(singular) {
        // Its name is its number ("Seat 14", `RowTitleWriter`), in a section, taken or free.
        case .position:
            return ["name", "section:string enum values=A:3|B:3|C:2|D:2|E:1",
                    "status:string enum values=available:5|occupied:3|reserved:2|out_of_service:0.5"]
        case .slot:
            // (on a quarter hour of the waking day: `ActivitySpan.slot`)
            return ["starts_at:datetime datetime.future", "duration_minutes:integer enum values=10:2|15:3|20:2|30:3|60:2",
                    "is_booked:boolean boolean"]
        case .document:
            return genericColumns(.document)
        case .day:
            return ["date:date date.past"]
        case .period:
            return ["starts_at:datetime datetime.past", "ends_at:datetime datetime.past"]
        case .line:
            return ["quantity:integer number.integer 1..10 zipf", "unit_price:decimal number.decimal 5..500 lognormal p2", "total"]
        case .abstract:
            return genericColumns(.lookup)
        // What it is called, what is in it and what it costs.
        case .offered:
            return ["title", "description", "price:decimal number.decimal 15..150 p2"]
        case let .usage(use, noun):
            switch use {
            case .used:
                let number = ["part", "component", "item", "spare"].contains(noun) ? [noun + "_number"] : []
                return number + ["quantity:integer number.integer 1..6 zipf", "unit_cost:decimal number.decimal 5..400 lognormal p2"]
            case .paid: return ["amount:decimal number.decimal 10..500 lognormal p2", "paid_on:date date.past"]
            case .sold: return ["quantity:integer number.integer 1..10 zipf", "unit_price:decimal number.decimal 2..200 lognormal p2"]
            }
        // What it is called, the state it is in and since when it is kept: no status a record has (`archived`).
        case .object:
            return ["name", "condition:string enum values=excellent:2|good:5|fair:2|poor:1", "acquired_on:date date.past"]
        }
    }

    /// What a participle after a plural noun says the rows are (`parts used`, `fees paid`, `items sold`).
    enum ParticipleUse: Equatable { case used, paid, sold }

    static func participleUse(_ word: String) -> ParticipleUse? {
        switch word {
        case "used", "consumed", "installed", "replaced", "fitted", "applied", "issued": return .used
        case "paid", "charged", "collected", "received", "refunded": return .paid
        case "sold", "ordered", "purchased", "bought": return .sold
        default: return nil
        }
    }

    /// Heads of things offered as they are put together.
    static let offeredNouns: Set<String> = ["box", "kit", "bundle", "hamper", "basket", "pack", "crate", "combo"]

    static let dayNouns: Set<String> = ["day", "date", "night", "evening", "weekend"]
    static let periodNouns: Set<String> = ["period", "interval", "spell", "break", "blackout", "outage_window", "downtime"]
    /// Heads of a count kept of something (`SchemaAssembler.measureColumns`: an event of a count and when).
    static let tallyNouns: Set<String> = ["tally", "total", "count", "stat", "statistic", "figure", "point"]
    /// Heads of papers that travel with goods or permissions: a number, a day issued, an amount, a status.
    static let documentNouns: Set<String> = ["waybill", "manifest", "receipt", "voucher", "certificate", "license", "licence",
                                             "permit", "bill", "ticket_stub", "coupon", "warrant", "deed", "lading"]

    /// Heads of bookable times (`tee_times`, `delivery_windows`, `pickup_slots`).
    static let slotNouns: Set<String> = ["slot", "timeslot", "window", "availability", "opening"]

    /// Heads of ideas rather than objects: what has a name and a meaning, not a condition.
    static let abstractNouns: Set<String> = [
        "pair", "type", "kind", "level", "skill", "topic", "theme", "criterion", "criteria", "rule", "requirement", "metric",
        "term", "trait", "specialty", "speciality", "competency", "principle", "standard", "method", "technique", "approach",
        "strategy", "factor", "dimension", "attribute", "feature", "preference", "permission", "area", "field", "subject",
        "style", "genre", "mode", "stage", "step", "value", "belief", "concept", "idea", "motif", "pattern", "keyword",
    ]

    /// Things that happen, named without an event's suffix (`climbs`, `burials`, `volleys`): they happened when, and
    /// someone noted something of them. (`looksLikeEvent` reads the suffixes.)
    static let activityNouns: Set<String> = [
        "round", "climb", "ascent", "descent", "burial", "launch", "jump", "dive", "hike", "lap", "bout", "voyage",
        "tour", "excursion", "expedition", "patrol", "rehearsal", "recital", "trial", "harvest", "haul", "volley", "shot",
        "throw", "swim", "walk", "sail", "takeoff", "sortie", "raid", "hunt", "rescue", "escape", "breakdown", "crash",
        "spill", "leak", "sighting", "visitation", "ceremony", "burn", "sweep", "drill", "shoot", "landing", "arrest",
        "discharge", "departure", "exit", "upgrade", "downgrade", "handover", "handoff", "refill", "fill", "dropoff", "ping", "cycle",
        "read", "toggle", "bounce", "breach", "fault", "failure", "redemption", "accrual", "earning", "outing",
    ]
}
