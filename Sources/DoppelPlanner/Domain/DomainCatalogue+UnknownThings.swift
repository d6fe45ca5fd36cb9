import DoppelEngine

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
        /// An idea rather than an object: a language pair, a skill, a criterion.
        case abstract
        /// Something offered as it is put together: a box of the month, a kit, a hamper.
        case offered
        /// An object kept on a register: an artifact, a locomotive, a barrel.
        case object
    }

    static func unknownThing(_ singular: String) -> UnknownThing {
        let words = singular.split(separator: "_").map(String.init)
        let head = words.last ?? singular
        if RowTitleWriter.positionNouns.contains(head) { return .position }
        if slotNouns.contains(head) || head == "time" && words.count > 1 { return .slot }
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
        case .abstract:
            return genericColumns(.lookup)
        // What it is called, what is in it and what it costs.
        case .offered:
            return ["title", "description", "price:decimal number.decimal 15..150 p2"]
        // What it is called, the state it is in and since when it is kept: no status a record has (`archived`).
        case .object:
            return ["name", "condition:string enum values=excellent:2|good:5|fair:2|poor:1", "acquired_on:date date.past"]
        }
    }

    /// Heads of things offered as they are put together.
    static let offeredNouns: Set<String> = ["box", "kit", "bundle", "hamper", "basket", "pack", "crate", "combo"]

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
        "discharge", "departure", "exit", "upgrade", "downgrade", "handover", "handoff", "refill", "fill", "dropoff", "ping",
        "read", "toggle", "bounce", "breach", "fault", "failure", "redemption", "accrual", "earning", "outing",
    ]
}
