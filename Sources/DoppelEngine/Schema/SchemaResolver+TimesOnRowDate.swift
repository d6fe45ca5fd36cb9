import DoppelText

extension SchemaResolver {
    /// Date names that are not the day a row happens on: when it was made, changed or is due, or a birthday.
    static let notTheRowsDay: Set<String> = ["birth", "dob", "created", "updated", "modified", "due", "expiry", "expiration",
                                             "expires", "deadline", "hired", "hire", "joined", "signup", "registered", "deleted"]
    /// Names of the moment someone arrives that a day's record keeps beside its date (a child's `check_in` on
    /// the attendance `date`).
    static let arrivalMoments: Set<String> = ["check_in", "checked_in", "clock_in", "clocked_in", "sign_in", "signed_in", "time_in",
                                              "arrived", "arrival"]
    /// A name (as tokens) of the moment someone arrives: `check_in`, `checked_in_at`, `check_in_time`.
    static func isArrivalMoment(_ t: [String]) -> Bool {
        arrivalMoments.contains(t.joined(separator: "_"))
            || ["at", "time"].contains(t.last ?? "") && arrivalMoments.contains(t.dropLast().joined(separator: "_"))
    }
    /// The hours a child is dropped off at nursery or school (a start in them ends a school day, `ActivitySpan.schoolDay`).
    static let schoolArrivalHours = 7...8
    /// Words of a dataset of children's days at a nursery or a school (singular): dropped off in the morning,
    /// collected five to ten hours later.
    static let schoolDayWords: Set<String> = ["kindergarten", "preschool", "nursery", "daycare", "childcare", "creche", "montessori",
                                              "school", "pupil", "afterschool"]
    /// Words of a time that is in the evening: a curtain, a show's doors, a dinner.
    static let eveningWords: Set<String> = ["curtain", "show", "showtime", "doors", "concert", "gig", "dinner", "screening", "evening"]

    /// A row that has its day in a date column and its times in datetime columns named `…_time` or for an
    /// arrival (a shift's `shift_date` and `start_time`, a performance's `performance_date` and `curtain_time`,
    /// an attendance record's `date` and `check_in`, a desk booking's `date` and `checked_in_at`) holds those times on that day, at a quarter hour from
    /// 07:00 to 20:45 (an evening time from 17:00 to 21:45). The time's day is the date column named like it
    /// (`start_date` for `start_time`), else the row's only date column that is not a creation, birth or due
    /// date. An end time that has its start in the row keeps following its start, within hours
    /// (`ActivitySpan.withinADay`), and any later time on the same day follows the one named before it (a
    /// charter's `return_time` its `departure_time`).
    func applyTimesOnRowDate(_ entity: Entity, _ sources: inout [FieldSource?], _ generators: [(any KindGenerator)?]) {
        let fields = entity.fields
        let days = fields.indices.filter { c in
            let t = KindInference.tokens(fields[c].name)
            guard fields[c].type == .date, fields[c].references == nil, Self.notTheRowsDay.isDisjoint(with: t) else { return false }
            return t.contains("date") || t.contains("day") || t.last == "on"
        }
        guard !days.isEmpty else { return }
        // A later time of the same day follows the one named before it (a charter's `return_time` its `departure_time`).
        var earlier: [Int: Int] = [:]
        for (c, f) in fields.enumerated() where f.type == .datetime && f.references == nil {
            let t = KindInference.tokens(f.name)
            // (`arrival` alone is an arrival's moment too.)
            // (`checked_in_at` beside a desk booking's `date` too)
            let arrival = Self.isArrivalMoment(t)
            guard t.count >= 2 && t.last == "time" || arrival,
                  case .kind(_, .random)? = sources[c], let time = generators[c] as? any TimeRangeGenerator,
                  let k = f.kind, TimeRoles.isPastEvent(k) || k.hasSuffix(".future"),
                  TimeRoles.startPartner(of: f.name, in: fields, entity: entity.name) == nil else { continue }
            let stem = t.dropLast().joined(separator: "_")
            let named = days.first { KindInference.tokens(fields[$0].name).dropLast().joined(separator: "_") == stem }
            guard let day = named ?? (days.count == 1 ? days[0] : nil), !Self.reaches(day, c, in: sources) else { continue }
            if let previous = earlier[day] {
                sources[c] = .endAfter(start: previous, fallback: time, span: ActivitySpan.of(entity: entity.name).withinADay)
                continue
            }
            let evening = t.contains { Self.eveningWords.contains($0) }
            // A child arrives at nursery or school in the morning.
            let schoolDay = arrival && !datasetWords.isDisjoint(with: Self.schoolDayWords)
            sources[c] = .onRowDate(date: day, hours: evening ? 17...21 : schoolDay ? Self.schoolArrivalHours : 7...20, time: time)
            earlier[day] = c
        }
    }
}
