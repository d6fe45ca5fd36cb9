import DoppelText

extension SchemaResolver {
    /// The names a parent gives the count of a child's ordinal: `floors`, `num_floors`, `floor_count`,
    /// `number_of_floors`, `total_floors` for a unit's `floor` (and for a `floor_number`).
    static func countNames(of ordinal: String) -> [String] {
        // `track_number` counts tracks: an album's `track_count`.
        for suffix in ["_number", "_no", "_num"] where ordinal.hasSuffix(suffix) && ordinal.count > suffix.count {
            return countNames(of: String(ordinal.dropLast(suffix.count)))
        }
        let plural = Inflector.plural(ordinal)
        return [plural, "num_" + plural, ordinal + "_count", "number_of_" + plural, "total_" + plural]
    }

    /// An integer child column that names one of its parent's counted parts (`floor` of a building with
    /// `floors`) is drawn from 1 to that count: no unit on the 10th floor of a two-storey building.
    func applyUpToParentCount(_ entity: Entity, _ sources: inout [FieldSource?], planIndex: [String: Int]) {
        let fields = entity.fields
        for (c, f) in fields.enumerated() where f.type == .integer {
            guard f.references == nil, !f.unique, !f.primaryKey, case let .kind(own, .random)? = sources[c] else { continue }
            let names = Set(Self.countNames(of: f.name.lowercased()))
            if let plan = upToParentCount(entity, counting: names, fallback: own, planIndex: planIndex) { sources[c] = .upToParentCount(plan) }
        }
        applyPartOfParentLength(entity, &sources, planIndex: planIndex)
        applyHeadcountWithinCapacity(entity, &sources, planIndex: planIndex)
    }

    /// How many people a child brings, and how many its parent holds.
    static let headcountNames: Set<String> = ["passengers", "num_passengers", "passenger_count", "guests", "num_guests", "guest_count",
                                              "party_size", "attendees", "attendee_count", "num_attendees", "participants",
                                              "num_participants", "riders", "people", "num_people", "headcount", "group_size", "occupants",
                                              "votes", "vote_count", "votes_received", "votes_cast", "ballots", "ballots_cast",
                                              "players", "num_players", "player_count", "team_size", "group_count"]
    static let capacityNames: Set<String> = ["capacity", "max_capacity", "passenger_capacity", "max_passengers", "seats", "seat_count",
                                             "seating_capacity", "max_guests", "max_occupancy", "max_participants", "max_attendees",
                                             "registered_voters", "eligible_voters", "voters", "max_players", "max_team_size",
                                             "max_group_size", "max_party_size"]

    /// A booking's or a trip's headcount fits what it books: a charter's `passengers` are 1 up to its boat's
    /// `capacity`, a reservation's `party_size` up to its table's `seats`, a result's `vote_count` up to its
    /// precinct's `registered_voters`.
    func applyHeadcountWithinCapacity(_ entity: Entity, _ sources: inout [FieldSource?], planIndex: [String: Int]) {
        let fields = entity.fields
        for (c, f) in fields.enumerated() where f.type == .integer && Self.headcountNames.contains(f.name.lowercased()) {
            guard f.references == nil, !f.unique, !f.primaryKey, case let .kind(own, .random)? = sources[c] else { continue }
            guard let plan = upToParentCount(entity, counting: Self.capacityNames, fallback: own, planIndex: planIndex) else { continue }
            // A headcount whose own bounds are far below what the parent holds (a lounge visitor's 1–6 guests, a
            // lounge of 500) counts its own party, not the parent's: it keeps its draw.
            // (its bounds are its `max`, or its listed values' largest: a party of 1, 2, 4 or 6)
            if let mine = f.max ?? f.values?.compactMap(\.doubleValue).max(),
               let parent = fields[plan.referenceColumn].references.flatMap({ schema.entity(named: $0.entity) }),
               let theirs = parent.fields[plan.parentColumn].max, theirs > 2 * mine { continue }
            sources[c] = .upToParentCount(plan)
        }
    }

    /// 1 up to the first referenced parent's own integer column named one of `names`; nil when no parent has one.
    func upToParentCount(_ entity: Entity, counting names: Set<String>, fallback: any KindGenerator,
                         planIndex: [String: Int]) -> UpToParentCountPlan? {
        for (rc, rf) in entity.fields.enumerated() {
            guard let ref = rf.references, ref.entity != entity.name, let p = planIndex[ref.entity],
                  let parent = schema.entity(named: ref.entity),
                  let pc = parent.fields.firstIndex(where: { names.contains($0.name.lowercased()) && $0.type == .integer && $0.references == nil })
            else { continue }
            return UpToParentCountPlan(referenceColumn: rc, parentEntity: p, parentColumn: pc, fallback: fallback)
        }
        return nil
    }

    /// Words of a child measure that says how much of the parent's length was used (`seconds_played`).
    static let consumedWords: Set<String> = ["played", "watched", "listened", "read", "viewed", "streamed", "completed", "heard"]
    /// Units a length is counted in.
    static let consumedUnits: Set<String> = ["seconds", "secs", "sec", "minutes", "mins", "min", "pages", "ms", "milliseconds"]
    /// Words of a parent column that holds the whole length (`duration_seconds`, `runtime_minutes`, `page_count`).
    static let wholeLengthWords: Set<String> = ["duration", "length", "runtime", "count", "total", "num", "number"]

    /// A child's measure of how much of its parent it used (`seconds_played` of a track, `pages_read` of a
    /// book, `minutes_watched` of an episode) is at most the parent's length in the same unit
    /// (`duration_seconds`, `pages`, `runtime_minutes`): half the plays run to the end, the rest stop
    /// somewhere before it.
    func applyPartOfParentLength(_ entity: Entity, _ sources: inout [FieldSource?], planIndex: [String: Int]) {
        let fields = entity.fields
        // (a play with a `completed` flag runs by the flag: `applyPlayedShare`)
        let flagged = Self.column(named: Self.completedFlags, in: fields, where: { $0.type == .boolean && $0.references == nil }) != nil
        let played = Set(Self.playedSeconds + Self.playedMinutes)
        for (c, f) in fields.enumerated() where f.type == .integer {
            guard f.references == nil, !f.unique, !f.primaryKey, case let .kind(own, .random)? = sources[c],
                  !(flagged && played.contains(f.name.lowercased())) else { continue }
            let tokens = Set(KindInference.tokens(f.name))
            guard !tokens.isDisjoint(with: Self.consumedWords), let unit = tokens.intersection(Self.consumedUnits).first else { continue }
            for (rc, rf) in fields.enumerated() {
                guard let ref = rf.references, ref.entity != entity.name, let p = planIndex[ref.entity],
                      let parent = schema.entity(named: ref.entity),
                      let pc = parent.fields.firstIndex(where: { pf in
                          let pt = KindInference.tokens(pf.name)
                          return Self.numeric.contains(pf.type) && pf.references == nil
                              && pt.contains { Inflector.singular($0) == Inflector.singular(unit) }
                              && (pt.count == 1 || !Set(pt).isDisjoint(with: Self.wholeLengthWords))
                      })
                else { continue }
                var plan = UpToParentCountPlan(referenceColumn: rc, parentEntity: p, parentColumn: pc, fallback: own)
                plan.wholeShare = 0.5
                sources[c] = .upToParentCount(plan)
                break
            }
        }
    }
}
