import DoppelText

/// A row's stated length is the time between its start and its end (protocol/SCHEMA.md, *Rows that
/// agree*): a trip's `ended_at` is its `started_at` plus its `duration_minutes`, a stay's `check_out`
/// its `check_in` plus its `nights`. The length keeps its own values; the end follows from it.
extension SchemaResolver {
    /// Seconds in the unit a length column names by one of its words.
    static let lengthUnits: [String: Double] = [
        "seconds": 1, "second": 1, "secs": 1, "sec": 1, "minutes": 60, "minute": 60, "mins": 60, "min": 60,
        "hours": 3_600, "hour": 3_600, "hrs": 3_600, "days": 86_400, "day": 86_400, "nights": 86_400, "night": 86_400,
        "weeks": 604_800, "week": 604_800,
    ]
    /// Words that, beside a unit, say the column is the whole length (`duration_minutes`, `hours_worked`);
    /// others make it a part or a different time (`delay_minutes`, `break_minutes`, `response_time_minutes`).
    static let lengthWords: Set<String> = ["duration", "length", "elapsed", "runtime", "total", "worked", "long", "time",
                                           "num", "number", "of", "requested", "taken", "booked", "logged", "spent", "volunteered",
                                           "clocked"]
    /// Whole names that are a length in nights.
    static let stayLengths: Set<String> = ["length_of_stay", "los", "stay_length", "number_of_nights", "num_nights"]

    /// Seconds per unit of `name` when it is a row's whole length, nil otherwise. The entity's own
    /// word may stand beside the unit (`trip_minutes` of trips, `rental_days` of rentals).
    static func lengthUnit(of name: String, entity: String) -> Double? {
        let tokens = KindInference.tokens(name)
        if stayLengths.contains(tokens.joined(separator: "_")) { return 86_400 }
        let units = tokens.compactMap { lengthUnits[$0] }
        guard units.count == 1 else { return nil }
        let head = KindInference.head(ofEntity: entity)
        let rest = tokens.filter { lengthUnits[$0] == nil }
        guard rest.allSatisfy({ lengthWords.contains($0) || $0 == head }) else { return nil }
        // A unit alone is a length only in the plural (`minutes`, `nights`); `day` and `hour` are a date's parts.
        if rest.isEmpty, !(tokens[0].hasSuffix("s")) { return nil }
        return units[0]
    }

    /// Ties the end of each start–end pair ("Ends after starts") to the row's length column, when it has one.
    func applySpanLength(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        guard let length = fields.indices.first(where: {
            Self.numeric.contains(fields[$0].type) && fields[$0].references == nil && !fields[$0].primaryKey
                && Self.lengthUnit(of: fields[$0].name, entity: entity.name) != nil
        }), case .kind(_, .random)? = sources[length], let unit = Self.lengthUnit(of: fields[length].name, entity: entity.name) else { return }
        for c in fields.indices {
            guard case let .endAfter(start, fallback, span)? = sources[c], !Self.reaches(length, c, in: sources),
                  TimeRoles.startPartner(of: fields[c].name, in: fields, entity: entity.name) == fields[start].name else { continue }
            var tied = span
            tied.lengthColumn = length
            tied.lengthUnit = unit
            sources[c] = .endAfter(start: start, fallback: fallback, span: tied)
            return
        }
    }
}

/// A showing of something that lasts a stated time ends when it does: a screening of a 134-minute film
/// ends 134 minutes after it starts, plus the trailers (`ParentLengthEndPlan`).
extension SchemaResolver {
    func applyParentLengthEnd(_ entity: Entity, _ sources: inout [FieldSource?], planIndex: [String: Int]) {
        let fields = entity.fields
        for c in fields.indices {
            guard case let .endAfter(start, fallback, span)? = sources[c], span.lengthColumn < 0,
                  TimeRoles.startPartner(of: fields[c].name, in: fields, entity: entity.name) == fields[start].name else { continue }
            for (rc, rf) in fields.enumerated() {
                guard let ref = rf.references, ref.entity != entity.name, let p = planIndex[ref.entity],
                      let parent = schema.entity(named: ref.entity),
                      let lc = parent.fields.indices.first(where: { Self.isOwnNumber(parent.fields[$0])
                          && Self.lengthUnit(of: parent.fields[$0].name, entity: parent.name).map { $0 <= 3_600 } == true }),
                      let unit = Self.lengthUnit(of: parent.fields[lc].name, entity: parent.name) else { continue }
                // A film's screening begins with a quarter of an hour of trailers; a show or a class starts on time.
                let lead = Self.filmHeads.contains(Inflector.singular(KindInference.head(ofEntity: parent.name))) ? 600.0...1_500.0 : 0.0...0.0
                sources[c] = .parentLengthEnd(ParentLengthEndPlan(start: start, referenceColumn: rc, parentEntity: p, parentColumn: lc,
                                                                  unit: unit, lead: lead, fallback: fallback, span: span))
                break
            }
        }
    }

    static let filmHeads: Set<String> = ["movie", "film", "feature", "picture"]
}

/// An order expected after its supplier's lead time is expected then (protocol/SCHEMA.md, *Rows that agree*): a
/// purchase order placed with a supplier of 20 days' lead time is expected about 20 days after it was placed.
extension SchemaResolver {
    /// Names of a lead time in days (or weeks: `lead_time_weeks`).
    static let leadTimeNames: [(String, Double)] = [("lead_time_days", 86_400), ("lead_days", 86_400), ("lead_time", 86_400),
                                                    ("delivery_days", 86_400), ("delivery_time_days", 86_400), ("shipping_days", 86_400),
                                                    ("transit_days", 86_400), ("lead_time_weeks", 7 * 86_400)]

    /// An expected date (`expected_at`, `expected_delivery`, `eta`) drawn after the record's creation follows it by
    /// the row's own lead time, or by the lead time of the record it references, give or take a day or three.
    func applyLeadTimes(_ entity: Entity, _ sources: inout [FieldSource?], planIndex: [String: Int]) {
        let fields = entity.fields
        for c in fields.indices {
            let tokens = Set(KindInference.tokens(fields[c].name))
            guard !tokens.isDisjoint(with: Self.expectedWords), case let .endAfter(start, fallback, span)? = sources[c], span.lengthColumn < 0
            else { continue }
            if let (lc, unit) = Self.column(named: Self.leadTimeNames, in: fields, where: Self.isOwnNumber), lc != c {
                var own = span
                own.lengthColumn = lc
                own.lengthUnit = unit
                own.lengthJitter = 0.1
                sources[c] = .endAfter(start: start, fallback: fallback, span: own)
                continue
            }
            for (rc, rf) in fields.enumerated() {
                guard let ref = rf.references, ref.entity != entity.name, let p = planIndex[ref.entity], let parent = schema.entity(named: ref.entity),
                      let (lc, unit) = Self.column(named: Self.leadTimeNames, in: parent.fields, where: Self.isOwnNumber) else { continue }
                sources[c] = .parentLengthEnd(ParentLengthEndPlan(start: start, referenceColumn: rc, parentEntity: p, parentColumn: lc,
                                                                  unit: unit, lead: -86_400...(3 * 86_400), fallback: fallback, span: span))
                break
            }
        }
    }
}
