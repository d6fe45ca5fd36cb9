/// A sign-up comes before what it signs up for (protocol/SCHEMA.md, *Rows that agree*): a race's
/// registrations before race day, a conference's tickets before it opens, a course's enrolments
/// before it starts.
extension SchemaResolver {
    /// Words that name the moment someone signed up for something.
    static let signUpWords: Set<String> = ["registered", "registration", "booked", "booking", "purchased", "rsvp", "rsvped",
                                           "signup", "signed", "reserved", "enrolled", "enrollment", "enrolment",
                                           // an order of entries to an occasion (tickets to a show) is placed before it
                                           "ordered"]
    /// Words that name when an occasion takes place (`starts_at`, `start_date`, `held_on`).
    static let occasionWords: Set<String> = ["start", "starts", "held", "scheduled", "begins", "departs", "departure", "departing",
                                             "departed"]
    /// Things that take place on a day people sign up for: their own date (`race_date`, `event_date`) is when
    /// they happen, not when they were recorded.
    static let occasionNouns: Set<String> = ["race", "event", "match", "game", "tournament", "concert", "show", "session", "class",
                                             "conference", "festival", "performance", "screening", "party", "meetup", "webinar",
                                             "workshop", "tour", "flight", "departure", "exam", "gala", "marathon", "course",
                                             "wedding", "ceremony", "reception", "celebration", "funeral", "graduation"]
    static let notOccasionWords: Set<String> = ["created", "updated", "birth", "end", "ends", "founded", "registered", "due",
                                                "published", "release", "released", "joined", "hire", "signup"]

    /// The occasion's time column: a date or time named for when it takes place.
    static func occasionColumn(_ parent: Entity) -> Int? {
        parent.fields.firstIndex { f in
            guard f.references == nil, f.type == .date || f.type == .datetime else { return false }
            let tokens = Set(KindInference.tokens(f.name))
            guard tokens.isDisjoint(with: notOccasionWords) else { return false }
            return !tokens.isDisjoint(with: occasionWords)
                || !tokens.isDisjoint(with: ["date", "on", "at", "time"]) && !tokens.isDisjoint(with: occasionNouns)
                // (an event's plain `date` or `day` is the day it takes place)
                || tokens == ["date"] || tokens == ["day"]
        }
    }

    /// The occasion one step beyond `parent`, which has none of its own: its reference column, the occasion's table and
    /// that table's occasion column (a ticket type's event and its `starts_at`).
    func occasionBeyond(_ parent: Entity, planIndex: [String: Int]) -> (column: Int, entity: Int, occasion: Int)? {
        for (k, f) in parent.fields.enumerated() {
            guard let ref = f.references, ref.entity != parent.name, let g = planIndex[ref.entity],
                  let grand = schema.entity(named: ref.entity), let oc = Self.occasionColumn(grand) else { continue }
            return (k, g, oc)
        }
        return nil
    }

    /// Words of a table of entries to an occasion: tickets, seats, passes, admissions.
    static let entryWords: Set<String> = ["ticket", "tickets", "seat", "seats", "pass", "passes", "admission", "admissions"]

    /// Tables of what gets an occasion ready (a concert's rehearsals, a mission's briefings, a play's auditions):
    /// when they happen is before the occasion they prepare.
    static let preparationWords: Set<String> = ["rehearsal", "rehearsals", "soundcheck", "soundchecks", "briefing", "briefings",
                                                "audition", "auditions", "tryout", "tryouts", "walkthrough", "walkthroughs",
                                                "preparation", "preparations", "prep", "preps"]

    /// Words of a child's date that names the occasion itself (`travel_date`, `event_date`, `show_date`).
    static let occasionDayWords: Set<String> = ["travel", "departure", "flight", "event", "show", "match", "race", "session",
                                                "performance", "concert", "screening", "game", "trip", "tour",
                                                // a vendor booked for a wedding serves on the day
                                                "service", "wedding", "ceremony", "celebration"]

    func applySignUpBeforeOccasion(_ entity: Entity, _ sources: inout [FieldSource?], _ generators: [(any KindGenerator)?],
                                   planIndex: [String: Int]) {
        let fields = entity.fields
        // The occasion's own day, written on the row that books it: a booking's travel date is its flight's departure.
        for (c, f) in fields.enumerated() where f.type == .date || f.type == .datetime {
            // (drawn, or after the row's own creation: a vendor's service date follows its booking only by being the day)
            switch sources[c] {
            case .kind(_, .random)?, .endAfter?, .afterParent?: break
            default: continue
            }
            guard f.references == nil, let time = generators[c] as? any TimeRangeGenerator,
                  !Set(KindInference.tokens(f.name)).isDisjoint(with: Self.occasionDayWords),
                  Set(KindInference.tokens(f.name)).isDisjoint(with: Self.signUpWords) else { continue }
            for (rc, rf) in fields.enumerated() {
                guard let ref = rf.references, ref.entity != entity.name, let p = planIndex[ref.entity],
                      let parent = schema.entity(named: ref.entity), let oc = Self.occasionColumn(parent) else { continue }
                sources[c] = .atParent(referenceColumn: rc, parentEntity: p, parentColumn: oc, time: time)
                break
            }
        }
        // (a ticket's sale is a sign-up too: sold before the show, not after it; merchandise sells at the concert)
        let entityTokens = Set(KindInference.tokens(entity.name))
        let sellsEntry = !entityTokens.isDisjoint(with: Self.entryWords)
        let prepares = !entityTokens.isDisjoint(with: Self.preparationWords)
        // (a rehearsal's own moment, its first one: an end follows it)
        let preparationMoment = prepares ? fields.firstIndex { f in
            guard f.references == nil, f.type == .date || f.type == .datetime else { return false }
            let tokens = Set(KindInference.tokens(f.name))
            return tokens.isDisjoint(with: Self.notOccasionWords) && tokens.isDisjoint(with: ["modified", "deleted"])
        } : nil
        for (c, f) in fields.enumerated() where f.type == .date || f.type == .datetime {
            // (a task for an occasion is due before it too: a couple's tasks before their wedding)
            let tokens = Set(KindInference.tokens(f.name))
            guard f.references == nil, !tokens.isDisjoint(with: Self.signUpWords) || tokens.contains("due")
                    || sellsEntry && !tokens.isDisjoint(with: ["sold", "sale", "bought"]) || c == preparationMoment,
                  let time = generators[c] as? any TimeRangeGenerator else { continue }
            switch sources[c] {
            case .kind(_, .random)?, .afterParent?, .afterParentStart?: break
            default: continue
            }
            // (a sign-up is recorded, so never after the data's now; a rehearsal for a coming concert is coming too)
            let latest = c == preparationMoment ? Int64.max : anchor
            for (rc, rf) in fields.enumerated() {
                guard let ref = rf.references, ref.entity != entity.name, let p = planIndex[ref.entity],
                      let parent = schema.entity(named: ref.entity) else { continue }
                if let oc = Self.occasionColumn(parent) {
                    sources[c] = .beforeParent(referenceColumn: rc, parentEntity: p, parentColumn: oc, time: time, anchor: latest, via: nil)
                    break
                }
                // An order of a ticket type: before the event the type is for.
                if let (hop, g, oc) = occasionBeyond(parent, planIndex: planIndex) {
                    sources[c] = .beforeParent(referenceColumn: rc, parentEntity: p, parentColumn: oc, time: time, anchor: latest, via: (hop, g))
                    break
                }
            }
        }
    }
}
