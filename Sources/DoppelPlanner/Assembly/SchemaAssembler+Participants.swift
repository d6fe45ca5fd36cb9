import DoppelText
import DoppelEngine

extension SchemaAssembler {
    /// Generic heads of activity records (`play_events`, `login_logs`, `view_records`).
    static let activityHeads: Set<String> = ["event", "log", "record", "entry", "history", "activity", "action"]

    /// True when a compound name is an activity record of a verb (`play_event`, `click_log`):
    /// it is an event, not the kind of thing its head names alone (a `play_event` is no
    /// conference with an organizer).
    static func isActivityRecord(_ key: String) -> Bool {
        let words = key.split(separator: "_").map(String.init)
        guard words.count >= 2, let head = words.last, activityHeads.contains(head) else { return false }
        let verb = words[words.count - 2]
        // A gerund names the act too: `dispensing_events`, `feeding_log`, `cleaning_records`.
        if verb.hasSuffix("ing"), verb.count > 5, !["tracking", "marketing", "streaming"].contains(verb) { return true }
        return Vocabulary.actionVerbs.contains(verb) || ["click", "login", "logout", "view", "listen", "search", "scroll",
                                                         "signup", "page_view", "pageview", "download", "like", "stream"].contains(verb)
    }

    /// An event or transaction between named entities references both sides: a loan
    /// the member who borrows and the book borrowed, a play the user and the track,
    /// an enrolment the student and the course. Only for events that hang off no
    /// other record (a fine of a loan already reaches its book through the loan)
    /// and that are not the header of line items (an order's products are on its
    /// lines). The person is the nearest listed person, preferring one no thing
    /// points at (users, not the artists albums point at; only such a one when the
    /// event already references a thing: a book's loan is not its author's); the thing likewise
    /// (tracks, not the albums tracks point at). A named occasion (a class, a
    /// concert, a webinar: an event with a `name` or `title` the prompt listed) is
    /// what people take part in, not a transaction between them, and an event that
    /// already names its person in a role column (`instructor`, `driver`) has one.
    mutating func linkParticipants() {
        guard entities.count > 1 else { return }
        let things: Set<EntityNature> = [.thing, .content, .device]
        let attached: Set<EntityNature> = [.event, .account, .document]
        func pointedAtByThing(_ j: Int) -> Bool {
            entities.indices.contains { k in k != j && things.contains(entities[k].nature) && entities[k].references(entities[j].name) }
        }
        /// The nearest listed candidate, preferring those no thing points at (or only those: `strictly`).
        func nearest(_ all: [Int], to i: Int, strictly: Bool = false) -> Int? {
            let free = all.filter { !pointedAtByThing($0) }
            let candidates = free.isEmpty && !strictly ? all : free
            return candidates.filter { $0 < i }.max() ?? candidates.filter { $0 > i }.min()
        }
        for i in entities.indices where entities[i].nature == .event {
            let name = entities[i].name
            let targets = entities[i].fields.compactMap { f in f.references.flatMap { r in entities.firstIndex { $0.name == r.entity } } }
                .filter { $0 != i }
            // A join is complete with its two sides, even when both are the same table (a follow: two users).
            if entities[i].isJoin, targets.count >= 2 { continue }
            if targets.contains(where: { attached.contains(entities[$0].nature) }) { continue }
            if isNamedOccasion(i) { continue }
            // Crops (field_id, crop, planted_on, …): the prompt listed its columns and a reference among them.
            if entities[i].draft.columnsExplicit {
                let listed = Set(entities[i].draft.columns.map(\.name))
                if entities[i].fields.contains(where: { $0.references != nil && listed.contains($0.name) }) { continue }
            }
            // A flight's passengers come through its bookings, its crew through their assignments: a table that
            // points at both the event and a person is how people take part in it.
            if entities.indices.contains(where: { k in
                k != i && entities[k].references(name) && entities[k].fields.contains { f in
                    f.references.flatMap { r in entities.first { $0.name == r.entity } }.map { [.person, .account].contains($0.nature) } ?? false
                }
            }) { continue }
            // A match between two sides (home and away teams) has its participants.
            if entities[i].fields.contains(where: { $0.references != nil && Self.side(of: $0.name) != nil }) { continue }
            let isHeader = entities.indices.contains { k in
                k != i && entities[k].references(name) && entities[k].fields.contains { f in
                    f.references.flatMap { r in entities.first { $0.name == r.entity } }.map { things.contains($0.nature) } ?? false
                }
            }
            var added: [String] = []
            // People a thing points at made or own it (the authors books point at): no one takes part in a loan
            // of a book as its author.
            // (a sale or a booking is a buyer's, never the artist's or the author's whose work it sells)
            let transaction = Self.transactionHeads.contains(Inflector.singular(entities[i].head))
            if !targets.contains(where: { [.person, .account].contains(entities[$0].nature) }), !namesItsPerson(i), !namesAbsentActor(i),
               let p = nearest(entities.indices.filter { $0 != i && [.person, .account].contains(entities[$0].nature) && !entities[$0].references(name)
                                   && !(transaction && Self.creatorHeads.contains(Inflector.singular(entities[$0].head))) }, to: i,
                               strictly: entities.indices.contains { t in targets.contains(t) && things.contains(entities[t].nature) }) {
                addReference(from: i, to: p)
                added.append(entities[p].name)
            }
            // What an event is about is a thing (a book, a track), not a response to something (a review, a comment),
            // and an event at a place it books (a reservation of a room) has its object already.
            let booking = isBooking(i)
            if !isHeader, !targets.contains(where: { things.contains(entities[$0].nature) || entities[$0].nature == .place }),
               // (not a thing that is the event's own: railcars a shipment has many of point at it)
               let t = nearest(entities.indices.filter { $0 != i && things.contains(entities[$0].nature) && !Self.isResponse(entities[$0].name)
                                   && !entities[$0].references(name)
                                   && !(booking && isSoldByTheLine($0, apartFrom: i)) },
                               to: i) {
                addReference(from: i, to: t)
                added.append(entities[t].name)
            }
            if added.count == 2 {
                warnings.append("`\(name)` is an event between `\(added[0])` and `\(added[1])`: added a reference to each.")
            } else if let one = added.first {
                warnings.append("`\(name)` is an event involving `\(one)`: added a reference to it.")
            }
        }
    }

    /// Heads of events that sell or book something, and of people who make what is sold: a ticket sale is a buyer's.
    static let transactionHeads: Set<String> = ["sale", "purchase", "order", "booking", "payment", "donation", "pledge",
                                                "reservation", "subscription", "rental"]
    /// Heads of events that hold something for later: a table, a room, a seat, a slot.
    static let bookingHeads: Set<String> = ["reservation", "booking", "appointment", "hold"]

    func isBooking(_ i: Int) -> Bool { Self.bookingHeads.contains(Inflector.singular(entities[i].head)) }

    /// True when a table other than `i` holds the lines of another event that sells thing `t` (order items of an
    /// order, pointing at the menu item). A booking holds a table, a room or a slot, not such a thing: a restaurant's
    /// reservation is no menu item's; its orders' lines are.
    func isSoldByTheLine(_ t: Int, apartFrom i: Int) -> Bool {
        entities.indices.contains { k in
            k != i && k != t && entities[k].references(entities[t].name) && entities.indices.contains { h in
                h != i && h != k && h != t && entities[h].nature == .event && entities[k].references(entities[h].name)
            }
        }
    }
    static let creatorHeads: Set<String> = ["artist", "band", "author", "speaker", "performer", "musician", "actor", "director",
                                            "composer", "singer", "writer", "photographer", "designer", "creator", "host"]

    /// Heads of tables of what people say about something: no event is about one of them.
    static let responseHeads: Set<String> = ["review", "rating", "comment", "feedback", "testimonial", "reply", "answer", "reaction", "message",
                                             "complaint", "survey_response", "response"]

    static func isResponse(_ table: String) -> Bool {
        responseHeads.contains(Inflector.singular(table.split(separator: "_").last.map(String.init) ?? table))
    }

    /// An event the prompt listed with a `name` or `title`: an occasion people take part in.
    /// So is an event whose template names it and dates it as an occasion (a tournament's `start_date`, a
    /// race's `race_date`): a tournament has many players, a campaign many leads, not one each. A named
    /// treatment `performed_on` a day is done to one patient.
    func isNamedOccasion(_ i: Int) -> Bool {
        // A flight, a sailing or a cruise carries many passengers, each on many: never one passenger's.
        if entities[i].nature == .event, ["flight", "sailing", "voyage", "cruise"].contains(Inflector.singular(entities[i].head)) { return true }
        if entities[i].draft.columnsExplicit { return entities[i].draft.columns.contains { ["name", "title"].contains($0.name) } }
        guard entities[i].nature == .event, let columns = entities[i].template?.columns.map({ String($0.split(separator: ":")[0]) }),
              columns.contains("name") else { return false }
        let names = Set((entities[i].template?.names ?? []).map(Inflector.singular)).union([entities[i].head])
        return columns.contains { c in
            let words = c.split(separator: "_").map(String.init)
            return words.contains("start") || words.contains("starts") || words.count == 2 && words[1] == "date" && names.contains(words[0])
        }
    }

    /// An event with a column naming a person by role (`instructor`, `driver_name`, `host`): its person is there.
    /// Whether the table's name says who acts in it, and the plan has no table of them: a food bank's `client_pickups`
    /// are clients', a blood bank's `hospital_requests` a hospital's, so neither is the donors'.
    func namesAbsentActor(_ i: Int) -> Bool {
        for w in entities[i].keyWords.dropLast().map({ Inflector.singular(String($0)) }) {
            let actor = DomainCatalogue.personNouns.contains(w) || DomainCatalogue.organizationNouns.contains(w)
                || RowTitleWriter.placeNouns.contains(w)
                || DomainCatalogue.isKnownEntity(w) && [.person, .organization, .place].contains(DomainCatalogue.nature(of: w, domain: domain))
            // (one generic party stands for another: a store's `guest_reviews` are its customers')
            let present: (PlanEntity) -> Bool = Self.genericParties.contains(w)
                ? { Self.genericParties.contains(Inflector.singular($0.head)) } : { Inflector.singular($0.head) == w }
            if actor, !entities.contains(where: present) { return true }
        }
        return false
    }

    /// People who stand in for each other as a business's other party.
    static let genericParties: Set<String> = ["user", "customer", "member", "client", "guest", "visitor", "account", "person",
                                              "subscriber", "buyer", "shopper", "patron"]

    func namesItsPerson(_ i: Int) -> Bool {
        entities[i].fields.contains { f in
            guard f.references == nil else { return false }
            var words = Identifier.words(f.name)
            if let last = words.last, ["name", "email", "id"].contains(last), words.count >= 2 { words.removeLast() }
            let role = Identifier.join(words)
            return RoleWords.personRoles[role] != nil || DomainCatalogue.personNouns.contains(role)
        }
    }
}

extension SchemaAssembler {
    /// Of the templates a name has in different domains (a bank's loan, a
    /// library's loan) or for different things (a hotel stay's booking, a
    /// class's), the one whose references name the most tables this plan has or
    /// words of the name itself (`class_bookings`, `table_reservations`); nil
    /// when no template names any (the domain's pick stands).
    func templateByReferences(_ key: String) -> EntityTemplate? {
        let words = key.split(separator: "_").map(String.init)
        let head = words.last ?? key
        guard let candidates = DomainCatalogue.index[key] ?? (words.count > 1 ? DomainCatalogue.index[head] : nil),
              candidates.count > 1 else { return nil }
        // (a table named for this one is its own, not what it belongs to: `ticket_events` make no ticket an event's)
        let others = entities.filter { !$0.key.hasPrefix(key + "_") && !$0.key.hasPrefix(head + "_") }
        let keys = Set(others.map(\.key)).union(others.map(\.head)).union(words.dropLast())
        // What a record is about says more than who it belongs to: a room, a class or a flight tells
        // the bookings apart where the guest or member could be anyone's, so things weigh double.
        func score(_ t: EntityTemplate) -> Int {
            t.columns.filter(Self.isReferenceToken).map { token in
                let refs = token.split(separator: ">").first.map(String.init) ?? token
                let matched = refs.split(separator: "|").map { alt in alt.hasSuffix("_id") ? String(alt.dropLast(3)) : String(alt) }
                    .filter { stem in stem != key && stem != head && keys.contains(stem) }
                guard !matched.isEmpty else { return 0 }
                return matched.allSatisfy { DomainCatalogue.personNouns.contains($0) } ? 1 : 2
            }.reduce(0, +)
        }
        let scored = candidates.map { ($0, score($0)) }
        guard let best = scored.max(by: { $0.1 < $1.1 }), best.1 > 0 else { return nil }
        let tied = scored.filter { $0.1 == best.1 }.map(\.0)
        if tied.count == 1 { return best.0 }
        // A tie (a member could book a room or a class): the one made for the prompt's domain, if any.
        return domain.flatMap { d in tied.first { $0.domains.contains(d) } }
    }

    /// True when the prompt listed a table's columns and none of them points at another
    /// table: the list gives attributes (`loans (borrowed_at, due_at)`), not the whole
    /// table, so the references the table usually has still apply.
    func listsNoReferences(_ i: Int) -> Bool {
        let columns = entities[i].draft.columns
        return !columns.isEmpty && !columns.contains { c in
            let words = Identifier.words(c.name)
            return c.target != nil || words.last == "id" && words.count >= 2 || words.last == "fk"
                || entities[i].fields.contains { $0.name == c.name && $0.references != nil }
        }
    }
}
