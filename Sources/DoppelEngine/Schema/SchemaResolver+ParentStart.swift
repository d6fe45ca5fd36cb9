import DoppelText

extension SchemaResolver {
    /// Words that mark the moment something began: an artist's debut, a company's founding.
    static let startWords: Set<String> = ["debut", "debuted", "founded", "founding", "established", "start", "started",
                                          "opened", "launched", "built", "formed", "incorporated", "since", "joined", "created",
                                          "enrolled", "registered", "signup", "subscribed", "first", "hired", "hire", "join", "joining", "onboarded", "activated", "installed", "install", "installation",
                                          "commissioned", "purchased", "admitted", "issued",
                                          "starts", "effective", "from", "applied", "submitted", "filed",
                                          "release", "released", "published", "premiered", "aired", "listed", "posted",
                                          // An animal taken in by a shelter, an item acquired by a collection.
                                          "intake", "acquired", "rescued", "adopted",
                                          // A sample collected: its tests come after.
                                          "collected", "sampled",
                                          // A production's run begins on its opening night.
                                          "opening", "opens", "premiere",
                                          // Two people matched, paired or connected: what follows (their messages) comes after.
                                          "matched", "paired", "connected"]

    /// A parent's start: a date or time, or an integer year, whose name has a start word
    /// (`debut_year`, `founded_on`, `year_established`); nil when it has none.
    static func startColumn(_ parent: Entity) -> (column: Int, isYear: Bool)? {
        for (k, f) in parent.fields.enumerated() where f.references == nil {
            let tokens = Set(KindInference.tokens(f.name))
            // (a tenant's `move_in_date` starts a tenancy)
            guard !tokens.isDisjoint(with: startWords) || tokens.isSuperset(of: ["move", "in"]) || tokens.isSuperset(of: ["moved", "in"]),
                  !tokens.contains("birth") else { continue }
            if f.type == .date || f.type == .datetime { return (k, false) }
            if Self.numeric.contains(f.type), tokens.contains("year") { return (k, true) }
        }
        return nil
    }

    /// Words of a child's date that happens within its parent's period: a claim's incident within its policy.
    static let withinWords: Set<String> = ["filed", "incident", "occurred", "loss", "accident", "claimed", "claim", "happened"]
    /// Heads of a child table each row of which is one occasion of its parent's run: a production's performances
    /// fall between its opening and closing nights, a course's sessions within its term.
    static let occasionHeads: Set<String> = ["performance", "show", "screening", "session", "match", "game", "fixture", "lecture",
                                             "meeting", "class", "heat", "round", "showing", "concert", "gig"]

    /// Heads of a parent that is open for a while and takes what its children record while it is: a campaign's
    /// donations and pledges, an auction's bids, a sprint's commits fall between its start and its end.
    static let runHeads: Set<String> = ["campaign", "fundraiser", "appeal", "drive", "promotion", "auction", "sprint", "exhibition",
                                        "exhibit", "sale_event", "flash_sale", "festival", "contest", "competition", "hackathon",
                                        // A pass or a permit is used while it is valid: a lift pass's scans.
                                        "pass", "permit", "lift_pass", "season_pass",
                                        // A conversation's or a call's messages are sent while it lasts.
                                        "conversation", "chat", "chat_session", "call", "support_session"]
    /// Heads of a parent that is a stay somewhere, and of what is done during one: an admission's prescriptions,
    /// vitals and procedures fall between its admission and its discharge.
    static let stayHeads: Set<String> = ["admission", "hospitalization", "hospitalisation", "inpatient_stay", "stay", "encounter"]
    static let duringStayHeads: Set<String> = ["prescription", "medication", "medication_order", "administration", "vital",
                                               "vital_sign", "observation", "procedure", "lab_result", "lab_test", "lab_order", "test",
                                               "note", "progress_note", "treatment", "charge", "meal", "consult", "reading", "round",
                                               "assessment", "transfusion", "scan", "imaging", "room_service_order"]

    /// Heads of a child table each row of which is a moment of its parent's window when the parent has a start and an
    /// end: a session's events and page views, an admission's bed assignments, a trip's pings.
    static let momentHeads: Set<String> = ["event", "click", "pageview", "page_view", "view", "action", "ping", "gps_ping", "log",
                                           "log_entry", "entry", "step", "interaction", "message", "reading", "measurement",
                                           "assignment", "transfer", "scan", "alert", "error", "request", "lap", "checkpoint",
                                           "screenshot", "keystroke", "query", "call", "note", "incident", "stop"]

    /// Heads of children that come before their parent's run: sign-ups, registrations, applications.
    static let signUpHeads: Set<String> = ["enrollment", "enrolment", "registration", "signup", "sign_up", "application", "rsvp",
                                           "invitation", "invite", "booking", "reservation", "ticket"]

    /// A child's dates are not before its parents began: an album is released after
    /// its artist's debut, a store's orders after it opened, a trial subject's visits after enrolment, a pet's
    /// visit after its vet was hired. Each past date or time of the child that no other rule derives (not a birth
    /// date) is drawn at or after the start of the first parent that has one (`startColumn`), and after a second
    /// parent's start or creation too where the row has one; a start year counts from its 1 January.
    func applyAfterParentStart(_ entity: Entity, _ sources: inout [FieldSource?], _ generators: [(any KindGenerator)?],
                               planIndex: [String: Int]) {
        let fields = entity.fields
        // A run the row falls within (a campaign a donation is given to) bounds it before its giver's start does.
        func isRun(_ f: Field) -> Bool {
            f.references.map { Self.runHeads.contains(Inflector.singular(KindInference.head(ofEntity: $0.entity))) } ?? false
        }
        // A window the row is a moment of (a session its page views happen in, an admission its bed assignments
        // happen during) bounds it before any other parent does.
        let childHead = Inflector.singular(KindInference.head(ofEntity: entity.name))
        func isWindow(_ f: Field) -> Bool {
            guard Self.momentHeads.contains(childHead), let ref = f.references, ref.entity != entity.name,
                  let parent = schema.entity(named: ref.entity), let s = Self.startColumn(parent), !s.isYear else { return false }
            let startName = parent.fields[s.column].name
            return parent.fields.contains { ($0.type == .date || $0.type == .datetime) && $0.name != startName
                && TimeRoles.startPartner(of: $0.name, in: parent.fields, entity: parent.name) == startName }
        }
        typealias Started = (column: Int, entity: Int, start: (column: Int, isYear: Bool), via: (column: Int, entity: Int)?)
        let windows = Set(fields.indices.filter { isWindow(fields[$0]) })
        let order = fields.indices.filter { isRun(fields[$0]) } + fields.indices.filter { !isRun(fields[$0]) && windows.contains($0) }
            + fields.indices.filter { !isRun(fields[$0]) && !windows.contains($0) }
        let started: [Started] = order.compactMap { rc in
            guard let ref = fields[rc].references, ref.entity != entity.name, let p = planIndex[ref.entity],
                  let parent = schema.entity(named: ref.entity) else { return nil }
            if let s = Self.startColumn(parent) { return (rc, p, s, nil) }
            // A parent with no start of its own passes on its own parent's: a track has no date, but a play of
            // it comes after its album was released.
            return grandparent(of: parent, below: entity, planIndex: planIndex, Self.startColumn).map { (rc, p, $0.value, ($0.column, $0.entity)) }
        }
        guard let first = started.first, let parent = schema.entity(named: fields[first.column].references?.entity ?? "") else { return }
        let (rc, p, start, via) = first
        // The row's other parent that started, when it is read directly: a pet's visit follows its vet's hiring too, a
        // donation within its campaign its donor's `donor_since` (not a second run).
        let second = started.dropFirst().first { $0.via == nil && !(isRun(fields[rc]) && isRun(fields[$0.column])) }
            .map { ($0.column, $0.entity, $0.start.column, $0.start.isYear) }
        let parentHead = Inflector.singular(KindInference.head(ofEntity: parent.name))
        let occasion = Self.occasionHeads.contains(childHead) || isRun(fields[rc]) && !Self.signUpHeads.contains(childHead)
            || windows.contains(rc)
            || Self.stayHeads.contains(parentHead) && Self.isNamed(entity.name, oneOf: Self.duringStayHeads)
            // (hours billed to a case or logged on a project fall while it is open)
            || Self.isWorkLog(Set(KindInference.tokens(entity.name)))
        for (c, f) in fields.enumerated() where f.type == .date || f.type == .datetime {
            let within = occasion || !Set(KindInference.tokens(f.name)).isDisjoint(with: Self.withinWords)
            // The column's kind as earlier rules left it: a start moved into the waking day stays there.
            var current = generators[c] as? any TimeRangeGenerator
            // After another parent's creation as well: a pet's visit after the pet was born and after its vet was hired.
            var also = second
            switch sources[c] {
            case let .kind(g, .random)?: current = (g as? any TimeRangeGenerator) ?? current
            case let .afterParent(ref, parentEntity, parentColumn, time)?:
                // its creation after this parent's: a period bounds it tighter
                if !within {
                    if ref != rc { also = (ref, parentEntity, parentColumn, false) } else if second == nil { continue }
                }
                current = time
            default: continue
            }
            guard f.references == nil, let time = current,
                  let k = f.kind, TimeRoles.isPastEvent(k), !KindInference.tokens(f.name).contains("birth") else { continue }
            var plan = AfterParentStartPlan(referenceColumn: rc, parentEntity: p, parentColumn: start.column,
                                            parentIsYear: start.isYear, time: time)
            plan.via = via
            plan.alsoAfter = also
            if !start.isYear, within, via == nil {
                let startName = parent.fields[start.column].name
                plan.parentEnd = parent.fields.firstIndex { $0.name != startName && ($0.type == .date || $0.type == .datetime)
                    && TimeRoles.startPartner(of: $0.name, in: parent.fields, entity: parent.name) == startName }
            }
            sources[c] = .afterParentStart(plan)
        }
    }

    /// The first table `parent` references (not itself, not the `child` below it) for which `read` finds something,
    /// with `parent`'s reference column and that table's plan index: where a parent with nothing of its own passes on
    /// its own parent's (a track's album's release, a tenant's unit's rent).
    func grandparent<T>(of parent: Entity, below child: Entity, planIndex: [String: Int],
                        _ read: (Entity) -> T?) -> (column: Int, entity: Int, value: T)? {
        for (gc, gf) in parent.fields.enumerated() {
            guard let g = gf.references, g.entity != parent.name, g.entity != child.name, let gi = planIndex[g.entity],
                  let grand = schema.entity(named: g.entity), let value = read(grand) else { continue }
            return (gc, gi, value)
        }
        return nil
    }
}
