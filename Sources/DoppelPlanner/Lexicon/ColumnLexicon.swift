import DoppelText
import DoppelEngine

/// The entity a column belongs to, for names whose meaning depends on it
/// (`status` of an order vs. of a ticket, `name` of a person vs. a company).
struct ColumnContext: Sendable {
    /// Singular snake_case entity name (`order`, `time_entry`).
    var entity: String
    var nature: EntityNature
    var domain: Domain?

    static let neutral = ColumnContext(entity: "", nature: .thing, domain: nil)

    /// The entity's last word (`time_entry` → `entry`), which carries its meaning.
    var head: String { entity.split(separator: "_").last.map(String.init) ?? entity }
}

/// Maps column names to types, kinds and realistic options.
///
/// Resolution order: names whose meaning depends on the entity, then the
/// table of known names, then structure (`is_*`, `*_at`, `*_date`,
/// `*_count`, units, money and count words), then the last word alone.
enum ColumnLexicon {
    /// The spec for `name` in `context`, or nil when nothing is known about it.
    static func spec(_ name: String, _ context: ColumnContext) -> ColumnSpec? {
        // cpu_usage, memory_used_mb, a pod metric's bare `cpu`: a computer's load (the resolver asks the same)
        if let load = HostMetrics.spec(column: name, entity: context.entity) { return load }
        // salary_max, min_age, avg_heart_rate: a bound or a summary of a known measure has the measure's values
        // (a trailing `min` after a time, `duration_min`, is minutes).
        // (A bound the table of names knows itself, `max_players`, keeps its own values.)
        if names[name] == nil, let stem = ColumnNames.measureStem(of: name), !(name.hasSuffix("_min") && isTimeStem(stem)),
           let s = spec(stem, context), [.integer, .decimal, .float].contains(s.type) {
            return s
        }
        // pain_score_before, weight_after: a known measure taken before or after something is that measure (not
        // `week_start`, a period's day).
        // (and odometer_start, mileage_out, meter_reading_end: a meter read when a use began or ended; `week_start` and
        // `shift_end` are a period's day or time, not its number)
        for marker in ["_before", "_after", "_start", "_end", "_out", "_in", "_begin"] where name.hasSuffix(marker) {
            let stem = String(name.dropLast(marker.count))
            guard marker == "_before" || marker == "_after" || !periodStems.contains(stem) else { continue }
            if names[name] == nil, !stem.isEmpty, let s = names[stem], [.integer, .decimal, .float].contains(s.type) { return s }
        }
        // cause_of_loss, method_of_payment, date_of_loss, type_of_service: said the other way round, `loss_cause`,
        // `payment_method`, `loss_date`, `service_type` (a cause is not the money lost).
        if names[name] == nil, let inverted = invertedOf(name), contextual(name, context) == nil {
            let head = String(name.prefix { $0 != "_" })
            // (a cause, a type or a method is never a number, whatever it is of)
            let categorical: Set<String> = ["cause", "reason", "type", "kind", "method", "mode", "source", "nature", "category",
                                            "class", "form", "means", "state", "status", "stage", "place", "city", "country", "location", "name"]
            let found = spec(inverted, context)
            if categorical.contains(head), found.map({ [.integer, .decimal, .float].contains($0.type) }) ?? true {
                if ["place", "city", "country", "location"].contains(head) { return spec(head == "place" ? "city" : head, context) }
                return nil
            }
            if let found { return found }
            if ["date", "day", "time"].contains(head), let s = spec(head, context) { return s }
        }
        // fuel_level_on_return, weight_at_pickup, mileage_at_checkout: a known measure taken at a moment is that measure.
        for marker in ["_on_", "_at_", "_after_", "_before_"] {
            if let range = name.range(of: marker), range.lowerBound > name.startIndex, range.upperBound < name.endIndex,
               names[name] == nil, contextual(name, context) == nil, let s = spec(String(name[..<range.lowerBound]), context), [.integer, .decimal, .float].contains(s.type) {
                return s
            }
        }
        return measured(name, lexical(name, context))
    }

    /// Words that head a column named `<word>_of_<thing>` (`cause_of_loss`), whose meaning is `<thing>_<word>`.
    static let ofHeads: Set<String> = ["date", "day", "time", "year", "place", "city", "country", "location", "cause", "reason",
                                       "type", "kind", "method", "mode", "source", "amount", "level", "degree", "rate", "cost",
                                       "price", "value", "length", "duration", "frequency", "nature", "stage", "status", "grade",
                                       "size", "weight", "height", "name", "means", "form", "category", "class", "state"]

    /// `loss_cause` for `cause_of_loss`: one head word, `of`, one or two words (not `date_of_birth`, which the names know).
    static func invertedOf(_ name: String) -> String? {
        let t = name.split(separator: "_").map(String.init)
        guard (3...4).contains(t.count), t[1] == "of", ofHeads.contains(t[0]), !t[2...].contains(where: Vocabulary.isFunctionWord) else { return nil }
        return (t[2...] + [t[0]]).joined(separator: "_")
    }

    /// First words of the year a record belongs to (`school_year`, `fiscal_year`): one of the last few years.
    static let periodYearWords: Set<String> = ["school", "academic", "fiscal", "financial", "tax", "budget", "reporting", "calendar",
                                               "season", "survey", "census", "award", "program", "programme", "cohort", "plan", "policy"]

    /// Stems of a period or a moment, whose `_start` and `_end` are its first and last day or time.
    static let periodStems: Set<String> = ["week", "month", "year", "day", "quarter", "period", "term", "season", "semester", "shift",
                                           "session", "hour", "minute", "time", "date", "trial", "contract", "lease", "fiscal_year",
                                           "billing", "pay_period", "sprint", "phase", "stage", "window", "slot", "event", "class"]

    /// A stem naming a length of time, whose `_min` is minutes.
    static func isTimeStem(_ stem: String) -> Bool {
        let last = stem.split(separator: "_").last.map(String.init) ?? stem
        return durationStems.contains(last) || ["duration", "time", "length", "delay", "runtime", "commute", "break", "lunch", "sleep", "drive", "walk", "ride", "trip", "call", "meeting", "class", "lesson", "workout"].contains(last)
    }

    /// The spec from the entity, the table of names and the name's structure, before measures.
    static func lexical(_ name: String, _ context: ColumnContext) -> ColumnSpec? {
        if let s = contextual(name, context) { return s }
        // A `type` or a `category` is its owner's (`EnumLexicon`); the table of names' catch-all tiers and shop departments
        // are for fields with no table to go by.
        if ownerDependent.contains(name), !context.entity.isEmpty { return nil }
        // A `specialty` is a doctor's only in care: a camp counselor's is no Psychiatry.
        if ["specialty", "speciality"].contains(name), !context.entity.isEmpty, context.domain != .healthcare,
           !Set(context.entity.split(separator: "_").map(String.init)).contains(where: medicalPeople.contains) {
            return nil
        }
        if let s = names[name] { return s }
        let tokens = name.split(separator: "_").map(String.init)
        guard !tokens.isEmpty else { return nil }
        // `bike_model`, `car_year`, `room_number`, `house_price`: an attribute named with its owner is
        // that owner's, whatever table holds it (a repair job's `bike_model` is a bicycle's model).
        // (Only a rule about that owner: any table's `number` is a code, which a `license_number` is not.)
        if tokens.count == 2, ownedAttributes.contains(tokens[1]),
           let s = contextual(tokens[1], ColumnContext(entity: tokens[0], nature: .thing, domain: context.domain)), s.kind != "id.pattern" {
            return s
        }
        // `crew_size`, `household_size`, `class_size`: how many people a group holds, a whole number.
        if tokens.count == 2, tokens[1] == "size", let n = Self.groupSizes[tokens[0]] {
            return ColumnSpec("integer number.integer \(n.lowerBound)..\(n.upperBound)")
        }
        // `last_donation`, `last_visit`, `next_service`: the day of an occasion, past or to come.
        if tokens.count == 2, ["last", "latest", "previous", "recent", "next", "upcoming"].contains(tokens[0]),
           DomainCatalogue.eventNouns.contains(tokens[1]) || Self.occasionNouns.contains(tokens[1]) {
            return ColumnSpec(.date, ["next", "upcoming"].contains(tokens[0]) ? "date.future" : "date.past")
        }
        // `hemoglobin_g_dl`, `glucose_mg_dl`: a known measure in the unit after it is that measure.
        // (every word after the measure a unit's: not `total_ink_spent_l`)
        if tokens.count >= 3, tokens.dropFirst().allSatisfy({ ["g", "dl", "l", "ml", "mmol", "mg", "mcg", "kg", "iu", "u", "per"].contains($0) }),
           moneyRange[tokens[0]] == nil, let s = names[tokens[0]], [.integer, .decimal, .float].contains(s.type) {
            return s
        }
        // `water_temp_c`, `air_temp_f`, `body_temp_c`: a temperature of something, in the unit its last word names.
        if tokens.count >= 3, ["temp", "temperature"].contains(tokens[tokens.count - 2]),
           let unit = tokens.last, ["c", "celsius", "f", "fahrenheit"].contains(unit) {
            let celsius = unit == "c" || unit == "celsius"
            let range: ClosedRange<Double> = tokens.contains("body") ? 35.5...39.5 : tokens.contains("water") || tokens.contains("sea") ? 4...30
                : tokens.contains("oven") ? 150...250 : tokens.contains("fridge") || tokens.contains("freezer") ? -20...6 : -10...40
            let r = celsius ? range : (range.lowerBound * 9 / 5 + 32)...(range.upperBound * 9 / 5 + 32)
            return ColumnSpec("decimal number.decimal \(String(format: "%g", r.lowerBound))..\(String(format: "%g", r.upperBound)) normal p1")
        }
        // `cost_to_make`, `fee_for_service`: money named by its first word, whatever the phrase after a preposition
        // says (a cost to make is no car maker). (A price `per` unit has the unit's own range, below.)
        if tokens.count >= 3, moneyRange[tokens[0]] != nil, ["to", "for", "of", "from", "at", "on", "in", "by"].contains(tokens[1]),
           let s = names[tokens[0]] ?? structural([tokens[0]], context) {
            return s
        }
        if let s = structural(tokens, context) { return s }
        // `observer`, `surveyor`, `spotter`: a column that is one noun of a person who does something (-er, -or,
        // -ist, -ian), and nothing above, holds that person's name (not a provider or a lender, which are firms).
        if tokens.count == 1, DomainCatalogue.personNouns.contains(name), !["provider", "lender", "carrier", "broker"].contains(name),
           ["er", "or", "ist", "ian"].contains(where: name.hasSuffix) {
            return ColumnSpec("string person.full_name")
        }
        return nil
    }

    /// How many people a group of its kind holds (`crew_size` 2–8).
    static let groupSizes: [String: ClosedRange<Int>] = [
        "crew": 2...8, "team": 2...12, "party": 1...8, "group": 2...12, "household": 1...6, "family": 2...7, "class": 8...35,
        "squad": 11...30, "cohort": 10...60, "litter": 1...9, "flock": 5...60, "herd": 5...200, "troop": 8...40,
    ]
    /// Occasions a `last_` or `next_` column dates, beside the domain's event nouns.
    static let occasionNouns: Set<String> = ["donation", "visit", "service", "login", "purchase", "order", "payment", "checkup",
                                             "inspection", "contact", "activity", "update", "maintenance", "renewal", "appointment",
                                             "vaccination", "delivery", "audit", "review", "session", "workout", "trip", "stay"]

    /// Attributes whose meaning depends on what owns them, read from a qualifier (`bike_model`).
    static let ownedAttributes: Set<String> = ["model", "year", "number", "price"]

    /// True when the lexicon has a rule for this name (in any entity).
    static func isKnown(_ name: String) -> Bool {
        spec(name, .neutral) != nil
    }

    /// Like `isKnown`, without the fallback that reads any plural noun as a count
    /// (`moves`), so `pickers` or `picks` do not look like columns.
    static func isKnownSpecifically(_ name: String) -> Bool {
        guard isKnown(name) else { return false }
        let last = name.split(separator: "_").last.map(String.init) ?? name
        let genericPlural = !name.contains("_") && Inflector.isPlural(name) && names[name] == nil && !countWords.contains(last)
            && yesNo[name] == nil && moneyRange[name] == nil
        return !genericPlural
    }

    /// The shared table of column names (`ColumnNames`, in the engine).
    static var names: [String: ColumnSpec] { ColumnNames.table }

    // MARK: - Structure

    /// People of medicine and care, whose `specialty` is a medical one.
    static let medicalPeople: Set<String> = ["doctor", "doctors", "physician", "physicians", "nurse", "nurses", "surgeon", "surgeons",
                                             "clinician", "clinicians", "provider", "providers", "practitioner", "practitioners",
                                             "dentist", "dentists", "vet", "vets", "veterinarian", "veterinarians", "therapist",
                                             "therapists", "specialist", "specialists", "consultant", "pharmacist", "resident",
                                             "residents", "staff", "hospital", "clinic", "medic", "medics", "paramedic", "md", "gp"]

    /// Names whose values only their owner decides (`EnumLexicon.type`, `.category`).
    static let ownerDependent: Set<String> = ["type", "kind", "category", "categories"]

    /// Participles that say which one was chosen, before what it was chosen from.
    static let choiceQualifiers: Set<String> = ["intended", "preferred", "desired", "proposed", "chosen", "declared", "requested",
                                                "favorite", "favourite", "selected", "nominated"]
    static let booleanPrefixes: Set<String> = ["in", "is", "has", "can", "was", "should", "allows", "needs", "requires", "did", "does", "uses", "accepts", "had", "will", "were", "are", "have", "would", "could", "might", "may", "must", "wants", "likes", "opted", "includes", "supports", "offers", "contains", "allow", "include"]
    static let futureWords: Set<String> = ["due", "expires", "expiry", "expiration", "expected", "scheduled", "renews", "renewal", "next", "planned", "target", "deadline", "estimated", "eta", "maturity", "trial_ends", "ends"]
    /// Words before `_from` and `_to` that bound a time when something holds (`valid_to`, `available_to`).
    static let validityWords: Set<String> = ["valid", "effective", "active", "available", "date", "period", "booked", "covered",
                                             "open", "rented", "leased", "insured", "employed", "enrolled", "good", "runs", "offer"]
    static let durationStems: Set<String> = ["lead", "response", "resolution", "prep", "cook", "cooking", "travel", "wait", "waiting", "run", "running", "screen", "down", "up", "processing", "handling", "transit", "turnaround", "idle", "play", "watch", "listen", "total", "average", "avg", "mean", "cycle", "setup", "service", "talk", "hold", "dwell", "reaction", "load", "build", "compile", "session"]
    static let uuidStems: Set<String> = ["session", "request", "trace", "correlation", "external", "stripe", "idempotency", "message", "visitor", "anonymous", "cookie", "span", "transaction_ref", "device_uuid", "event", "click", "impression", "tracking", "click_id", "request_uuid"]

    /// Units that name a column by themselves (`kg`, `litres`): never one letter or a word with another meaning.
    static let bareUnits: Set<String> = ["kg", "kilograms", "kilos", "lbs", "grams", "tons", "tonnes", "liters", "litres", "ml",
                                         "gallons", "km", "kilometers", "kilometres", "meters", "metres", "acres", "hectares",
                                         "kwh", "sqft", "sqm", "cm", "mm"]

    static func structural(_ t: [String], _ context: ColumnContext) -> ColumnSpec? {
        guard let last = t.last, let first = t.first else { return nil }
        let stem = t.dropLast().joined(separator: "_")
        // in_service_since, in_stock_from: a moment, not a yes/no.
        if t.count >= 3, first == "in", ["since", "from", "until", "at", "on", "date"].contains(last) {
            return ColumnSpec(.date, last == "until" ? "date.future" : "date.past")
        }
        if t.count >= 2, booleanPrefixes.contains(first), last != "id" {
            var s = ColumnSpec(.boolean, "boolean")
            s.probability = yesNo[t.dropFirst().joined(separator: "_")] ?? yesNo[last]
            return s
        }
        // intended_major, preferred_language, requested_room_type: the choice is of what the rest names (not a yes/no).
        if t.count >= 2, choiceQualifiers.contains(first), let rest = spec(t.dropFirst().joined(separator: "_"), context), rest.type != .boolean {
            var r = rest
            r.unique = false
            return r
        }
        if t.count >= 2, last == "id" || last == "fk" {
            if uuidStems.contains(stem) { return ColumnSpec(.uuid, "id.uuid") }
            return ColumnSpec("integer number.integer 1..100000")
        }
        if last == "uuid" || last == "guid" { return ColumnSpec(.uuid, "id.uuid") }
        if t.count >= 2, last == "key" { return ColumnSpec(.uuid, "id.uuid") }
        // churned_at, cancelled_on, deleted_at: the end of a customer's, a member's or a record's life, which most rows
        // have not reached (empty for them).
        // (A ship's or a flight's `departed_at` is part of every call, not the end of a member's life.)
        if ["departed", "left"].contains(first), t.count == 2, movementHeads.contains(context.head) {
            return ColumnSpec(last == "on" || last == "date" ? .date : .datetime, last == "on" || last == "date" ? "date.past" : "datetime.past")
        }
        if LifeEnds.names(t), let share = LifeEnds.shares[first] {
            var spec = ColumnSpec(last == "on" || last == "date" ? .date : .datetime, last == "on" || last == "date" ? "date.past" : "datetime.past")
            spec.nullable = 1 - share
            return spec
        }
        if t.count >= 2, ["at", "timestamp", "ts", "datetime", "dt"].contains(last) {
            return ColumnSpec(.datetime, t.contains(where: { futureWords.contains($0) }) ? "datetime.future" : "datetime.past")
        }
        // booked_for, scheduled_for, reserved_for: the time an occasion is set for.
        if t.count == 2, last == "for", ["booked", "scheduled", "reserved", "planned", "slated", "arranged"].contains(first) {
            return ColumnSpec(.datetime, futureWords.contains(first) ? "datetime.future" : "datetime.past")
        }
        if t.count >= 2, last == "time" || last == "times" {
            if durationStems.contains(t[t.count - 2]) { return ColumnSpec("integer number.integer 1..240 lognormal") }
            return ColumnSpec(.datetime, t.contains(where: { futureWords.contains($0) }) ? "datetime.future" : "datetime.past")
        }
        // `kg`, `litres`, `acres`: a column named only by a unit is an amount in it, not a label ("Kg C").
        if t.count == 1, Self.bareUnits.contains(first) { return ColumnSpec("decimal number.decimal 1..1000 lognormal p2") }
        // pages_viewed, items_sold, refills_left, units_remaining: a count of things.
        if t.count == 2, Inflector.isPlural(first), !Inflector.isUncountable(first),
           !["allowed", "permitted", "included", "required", "enabled", "disabled", "accepted", "welcome", "provided", "supported", "banned", "prohibited", "verified"].contains(last),
           isParticipleFlag(last) || Vocabulary.isPastParticiple(last) || ["left", "remaining", "available", "used", "due", "total", "pending"].contains(last) {
            if ["hours", "kilometers", "km", "liters", "litres", "gallons", "kilograms", "kg", "pounds"].contains(first) { return ColumnSpec("decimal number.decimal 0..500 p2") }
            // A sale's `items_sold` counts what made it a sale: at least one.
            if isLine(context), ["sold", "bought", "purchased", "ordered"].contains(last) {
                return ColumnSpec("integer number.integer 1..200 zipf")
            }
            return ColumnSpec("integer number.integer 0..1000 zipf")
        }
        // session_start, week_start, period_end
        if ["start", "end", "begin", "finish", "started", "ended", "finished"].contains(last) {
            let dayLike: Set<String> = ["week", "month", "year", "period", "term", "fiscal", "quarter", "season", "semester", "pay", "billing", "contract", "lease", "trial",
                                        "tenancy", "tenure", "employment", "membership", "subscription", "enrollment", "enrolment", "residency"]
            return t.contains(where: dayLike.contains) ? ColumnSpec(.date, "date.past") : ColumnSpec(.datetime, "datetime.past")
        }
        // ignition_on, lights_on: a switch, not a date; first_donation_on, last_visit_on: the day of an event.
        if t.count >= 2, last == "on", !datedOn(t[t.count - 2]),
           !(t.count >= 3 && ["first", "last", "latest", "next", "previous", "recent", "initial", "final"].contains(first)),
           !DomainCatalogue.eventNouns.contains(t[t.count - 2]) {
            return ColumnSpec(.boolean, "boolean")
        }
        // opening_night, race_day, launch_day: the day of an occasion (a price `per_night` is not one).
        if t.count >= 2, last == "date" || last == "dates" || last == "on" || last == "night" && !t.contains("per")
            || last == "day" && t.count == 2 && ["birth", "start", "end", "due", "pay", "delivery", "move", "closing", "release", "opening",
                                                 "launch", "race", "game", "match", "wedding", "premiere", "election", "graduation",
                                                 "moving", "event", "show", "market", "open", "sale"].contains(first) {
            if first == "birth" { return ColumnSpec(.date, "person.birth_date") }
            return ColumnSpec(.date, t.contains(where: { futureWords.contains($0) }) ? "date.future" : "date.past")
        }
        // date_made, date_sold, time_arrived: the day or moment something was done, the participle after it.
        if t.count == 2, first == "date" || first == "time", Vocabulary.isPastParticiple(last) || last.hasSuffix("ed") {
            return first == "date" ? ColumnSpec(.date, "date.past") : ColumnSpec(.datetime, "datetime.past")
        }
        // year_written, year_built, year_painted: the year something was made or done.
        if t.count == 2, first == "year", Vocabulary.isPastParticiple(last) || last.hasSuffix("ed") {
            return ColumnSpec("integer number.integer 1900..2024")
        }
        if t.count >= 2, last == "year" || last == "yr" {
            // A record's school, fiscal or tax year is one of the last few, not 1990.
            if periodYearWords.contains(first) { return ColumnSpec("integer number.integer 2018..2024") }
            return first == "birth" ? ColumnSpec("integer number.integer 1940..2006") : ColumnSpec("integer number.integer 1990..2024")
        }
        if t.count >= 2, last == "month" { return ColumnSpec("integer number.integer 1..12") }
        if t.count >= 2, last == "count" || last == "cnt" || first == "num" || first == "n" || first == "no" && t.count >= 2 || first == "number" && t.count >= 3 && t[1] == "of" {
            return ColumnSpec("integer number.integer 0..1000 zipf")
        }
        // pct_saved, share_mobile, percent_complete
        if t.count >= 2, ["pct", "percent", "percentage", "share", "ratio"].contains(first) {
            return ColumnSpec("decimal number.percentage 0..100 p2")
        }
        if t.count >= 2, first == "total", Inflector.isPlural(last), moneyRange[last] == nil {
            return ColumnSpec("integer number.integer 0..1000 zipf")
        }
        if t.count >= 2, let unit = Vocabulary.units[last] {
            return unitSpec(base: stem, unit: unit, context)
        }
        if t.count >= 2, t.contains("per") {
            let before = t[..<(t.firstIndex(of: "per") ?? t.count)]
            if let b = before.last, countWords.contains(b) || b == "capacity" { return ColumnSpec("integer number.integer 1..500") }
            // servings_per_meal, portions_per_box: a few people eat from one.
            if let b = before.last, ["servings", "portions", "people", "persons", "guests", "diners"].contains(b) {
                return ColumnSpec("integer number.integer 1..6")
            }
            // price_per_pint, cost_per_night, rate_per_hour: what one unit of that costs.
            if let p = t.firstIndex(of: "per"), p + 1 < t.count, before.contains(where: { ["price", "cost", "fee", "rate", "charge"].contains($0) }),
               let range = unitPrices[Inflector.singular(t[p + 1])] {
                return ColumnSpec("decimal number.decimal \(range) p2")
            }
            return ColumnSpec("decimal number.decimal 1..500 lognormal p2")
        }
        if t.count == 1, let p = yesNo[last] {
            var s = ColumnSpec(.boolean, "boolean")
            s.probability = p
            return s
        }
        // days_to_return, hours_until_close: a duration.
        if t.count >= 3, ["days", "hours", "minutes", "weeks", "months", "years", "seconds"].contains(first),
           ["to", "until", "since", "before", "after", "in", "of", "till", "at", "on", "with", "per"].contains(t[1]) {
            return first == "hours" ? ColumnSpec("decimal number.decimal 0..200 p1") : ColumnSpec("integer number.integer 0..365 lognormal")
        }
        // available_from, valid_until: a date.
        if t.count >= 2, ["from", "until", "till", "since", "through", "thru"].contains(last) {
            return ColumnSpec(.date, last == "from" || last == "since" ? "date.past" : "date.future")
        }
        // valid_to, effective_to, date_to: the end of what a `_from` starts (not `reply_to` or `ship_to`).
        if t.count == 2, last == "to", validityWords.contains(first) { return ColumnSpec(.date, "date.future") }
        if let range = moneyRange[last] {
            if t.count >= 2, ["hourly", "daily", "nightly", "weekly"].contains(first), last == "rate" || last == "wage" { return ColumnSpec("decimal number.decimal 15..300 lognormal p2") }
            var s = ColumnSpec("decimal number.decimal lognormal p2")
            s.min = range.0
            s.max = range.1
            if last == "amount" || last == "spend" { s.kind = "finance.amount" }
            if last == "price" { s.kind = "commerce.price" }
            return s
        }
        // premium_monthly, rent_weekly, fee_annual: money named before how often it is paid.
        if t.count == 2, let range = moneyRange[first], ["monthly", "weekly", "annual", "annually", "yearly", "daily", "quarterly"].contains(last) {
            var s = ColumnSpec("decimal number.decimal lognormal p2")
            s.min = range.0
            s.max = range.1
            return s
        }
        // tax_withheld, fee_charged, rent_paid: money named before what was done with it.
        if t.count == 2, let range = moneyRange[first], last.hasSuffix("ed") || Vocabulary.isPastParticiple(last) || ["paid", "spent", "owed", "due", "withheld"].contains(last) {
            var s = ColumnSpec("decimal number.decimal lognormal p2")
            s.min = range.0
            s.max = range.1
            return s
        }
        // quantity_baked, qty_returned, units_produced: a count named before what was done with it (not a yes/no).
        if t.count == 2, ["quantity", "qty", "units"].contains(first),
           last.hasSuffix("ed") || Vocabulary.isPastParticiple(last) || ["sold", "made", "built", "grown", "kept", "lost", "won"].contains(last),
           let s = names["quantity"] {
            return s
        }
        if percentWords.contains(last) {
            if last == "rate", t.count >= 2, ["hourly", "daily", "nightly", "weekly", "monthly", "room", "base", "pay", "billing"].contains(t[t.count - 2]) {
                return ColumnSpec("decimal number.decimal 15..300 lognormal p2")
            }
            if last == "rate", t.count >= 2, t[t.count - 2] == "exchange" { return ColumnSpec("decimal number.decimal 0.5..150 p4") }
            return ColumnSpec("decimal number.percentage 0..100 p2")
        }
        // cholesterol_level, glucose_reading, temperature_value: the measure before the generic word.
        if t.count >= 2, ["level", "value", "reading", "measurement", "score", "index", "amount", "rate"].contains(last),
           let s = names[stem], [.integer, .decimal, .float].contains(s.type) {
            return s
        }
        switch last {
        case "email", "emails": return ColumnSpec("string internet.email")
        case "phone", "mobile", "tel", "fax", "telephone": return ColumnSpec("string phone.number")
        case "url", "link", "uri", "website", "homepage", "href": return ColumnSpec("string internet.url")
        case "address", "addr":
            switch stem {
            case "ip": return ColumnSpec("string internet.ipv4")
            case "email": return ColumnSpec("string internet.email")
            case "mac": return ColumnSpec("string internet.mac_address")
            case "wallet", "crypto": return ColumnSpec("string id.pattern pattern=0x########################################")
            default: return ColumnSpec("string address.full")
            }
        case "city", "town": return ColumnSpec("string address.city")
        case "country": return ColumnSpec("string address.country")
        case "state", "region", "province": return ColumnSpec("string address.region")
        case "zip", "zipcode", "postcode": return ColumnSpec("string address.postal_code")
        case "street": return ColumnSpec("string address.street")
        case "lat", "latitude": return ColumnSpec("decimal address.latitude p6")
        case "lon", "lng", "longitude": return ColumnSpec("decimal address.longitude p6")
        case "name": return nameSpec(stem: stem, context)
        case "code": return codeSpec(stem: stem)
        case "number", "no", "num", "reference", "nr": return numberSpec(stem: stem, context)
        case "status": return EnumLexicon.status(stem.isEmpty ? context.entity : stem, context)
        case "type", "kind":
            return EnumLexicon.type(stem.isEmpty ? context.entity : stem, context)
        case "category", "categories": return EnumLexicon.category(stem, context)
        case "title": return nameSpec(stem: stem, context)
        case "description", "desc", "details", "instructions": return ColumnSpec("text text.description")
        case "notes", "note", "remarks", "memo", "summary", "reason", "caption", "message", "explanation", "justification",
             "findings", "observations", "recommendations", "conclusions":
            return ColumnSpec("text text.sentence")
        case "comment", "comments": return ColumnSpec("text text.comment")
        case "text", "body", "content", "transcript", "html", "markdown": return ColumnSpec("text text.paragraph")
        case "review", "feedback", "testimonial": return ColumnSpec("text text.review")
        case "score", "points": return ColumnSpec("integer number.integer 0..100 normal")
        case "rating", "ratings": return ColumnSpec("decimal commerce.rating 1..5 p1")
        case "percentile": return ColumnSpec("integer number.integer 1..99")
        case "level" where t.count >= 2: return ColumnSpec("integer number.integer 0..100")
        default: break
        }
        if countWords.contains(last) {
            // (an order line's `boxes` or `tickets`: what was bought, one or more)
            if t.count == 1, Inflector.isPlural(last), isLine(context), let q = names["quantity"] { return q }
            return ColumnSpec("integer number.integer 0..1000 zipf")
        }
        if let m = Measures.byHead[last] { return ColumnSpec(m) }
        // kwh_used, litres_consumed, hours_billed: an amount of a unit, not a yes or no.
        if t.count == 2, let unit = Vocabulary.units[first], isParticipleFlag(last) || ["used", "spent", "left", "remaining"].contains(last) {
            return unitSpec(base: last, unit: unit, context)
        }
        // certification_expiry, passport_expiration: the day something runs out (a card's is its month and year).
        if t.count >= 2, ["expiry", "expiration", "expires"].contains(last), !t.contains("card") {
            return ColumnSpec(.date, "date.future")
        }
        if t.count >= 2, booleanSuffixes.contains(last) || isParticipleFlag(last) && !["last", "date", "time", "first"].contains(first) {
            var s = ColumnSpec(.boolean, "boolean")
            s.probability = yesNo[last]
            return s
        }
        // registered_voters, enrolled_students, failed_logins: a count of the people or things so described.
        if t.count == 2, isParticipleFlag(first), Inflector.isPlural(last), !Inflector.isUncountable(last), !setNouns.contains(last) {
            return ColumnSpec("integer number.integer 0..5000 lognormal")
        }
        // passed_qc, completed_onboarding, verified_email, opted_in
        if t.count == 2, isParticipleFlag(first) || yesNo[first] != nil, !["at", "on", "by", "date", "time", "to", "from", "for", "with", "count", "amount", "price"].contains(last) {
            var s = ColumnSpec(.boolean, "boolean")
            s.probability = yesNo[first]
            return s
        }
        if t.count == 1 {
            if let p = yesNo[last] {
                var s = ColumnSpec(.boolean, "boolean")
                s.probability = p
                return s
            }
            if isParticipleFlag(last) { return ColumnSpec(.boolean, "boolean") }
            if Inflector.isPlural(last), !setNouns.contains(last) {
                // An order line's `bottles` or a sale's `tickets` is how many were bought: one or more.
                return isLine(context) ? names["quantity"] : ColumnSpec("integer number.integer 0..1000 zipf")
            }
            return nil
        }
        // Qualifiers: avg_rating, max_speed, monthly_revenue, home_score: mean what the rest means.
        if qualifiers.contains(first), let rest = spec(t.dropFirst().joined(separator: "_"), context) {
            var r = rest
            r.unique = false
            if ["avg", "average", "mean", "median"].contains(first), r.type == .integer { r.type = .decimal; r.precision = 2 }
            return r
        }
        // A measure at a moment: balance_after, weight_before, stock_prior mean what the rest means.
        if t.count >= 2, ["after", "before", "prior", "post", "pre", "new", "old", "current", "previous", "initial", "final"].contains(last),
           let rest = spec(t.dropLast().joined(separator: "_"), context), [.integer, .decimal, .float].contains(rest.type) {
            var r = rest
            r.unique = false
            return r
        }
        // The last word alone: customer_rating → rating, monthly_charges → charges.
        if !ownerDependent.contains(last) || context.entity.isEmpty, var r = names[last] ?? structural([last], context) {
            r.unique = false
            return r
        }
        return nil
    }

    /// A measure with a unit: `ram_gb`, `weight_kg`, `duration_minutes`, `price_usd`.
    static func unitSpec(base: String, unit: String, _ context: ColumnContext) -> ColumnSpec {
        if let s = scaledUnitSpec(base: base, unit: unit, context) { return s }
        // A measure in another unit than its own (`mileage_m`, `tonnage_lb`) is in that unit's range, not its own.
        if let own = base.split(separator: "_").last.flatMap({ MeasureLexicon.quantities[String($0)] }), own != unit,
           let u = MeasureLexicon.units[unit] {
            return MeasureLexicon.spec(u)
        }
        let integerUnits: Set<String> = ["seconds", "minutes", "days", "weeks", "months", "years", "ms", "cents", "gb", "mb", "tb", "kb", "bytes", "sqft", "sqm", "bpm", "rpm", "ppm", "dbm"]
        if let known = names[base], known.type == .integer || known.type == .decimal || known.type == .float {
            var s = known
            s.unique = false
            if !integerUnits.contains(unit), s.type == .integer, !["days", "weeks", "months", "years", "hours"].contains(unit) {
                s.type = .decimal  // output_kwh, weight_lb: a measure
                s.precision = 2
                if s.kind == "number.integer" { s.kind = "number.decimal" }
            }
            if integerUnits.contains(unit) {
                s.type = .integer
                s.precision = nil
                if s.kind == "number.decimal" || s.kind == "number.float" { s.kind = "number.integer" }
            }
            return s
        }
        switch unit {
        case "usd", "eur", "gbp", "jpy": return ColumnSpec("decimal number.decimal 1..1000 lognormal p2")
        case "pct": return ColumnSpec("decimal number.percentage 0..100 p2")
        case "hours": return ColumnSpec("decimal number.decimal 0.25..40 p2")
        case "seconds": return ColumnSpec("integer number.integer 1..3600 lognormal")
        case "minutes": return ColumnSpec("integer number.integer 1..240 lognormal")
        case "ms": return ColumnSpec("integer number.integer 1..5000 lognormal")
        case "days": return ColumnSpec("integer number.integer 0..365 lognormal")
        case "weeks": return ColumnSpec("integer number.integer 1..52")
        case "months": return ColumnSpec("integer number.integer 1..72")
        case "years": return ColumnSpec("integer number.integer 0..40")
        case "cents": return ColumnSpec("integer number.integer 100..100000 lognormal")
        case "gb", "mb", "tb", "kb", "bytes": return ColumnSpec("integer number.integer 1..1024 lognormal")
        case "cm", "mm": return ColumnSpec("decimal number.decimal 0..300 p1")
        default: return ColumnSpec("decimal number.decimal 0..1000 p2")
        }
    }

    /// Units whose range depends on what is measured: a turbine's megawatts against a plant's hundreds, a wind speed's
    /// `_ms` (metres a second) against a latency's, a display's refresh rate against any other frequency; nil for a
    /// unit of one range (`unitSpec`'s own table).
    static func scaledUnitSpec(base: String, unit: String, _ context: ColumnContext) -> ColumnSpec? {
        let machines: Set<String> = ["turbine", "generator", "engine", "unit", "inverter", "transformer", "motor", "reactor"]
        let plants: Set<String> = ["plant", "station", "farm", "project", "site", "park", "facility", "dam", "array", "installation"]
        let head = context.head
        let measured = Set(base.split(separator: "_").map(String.init))
        switch unit {
        case "ms":
            // wind_speed_ms, velocity_ms: metres a second, not milliseconds.
            return measured.isDisjoint(with: ["speed", "velocity", "wind", "gust"]) ? nil : ColumnSpec("decimal number.decimal 0..25 lognormal p1")
        case "hz":
            if !measured.isDisjoint(with: ["monitor", "display", "screen", "refresh", "panel"]) {
                return ColumnSpec("integer enum values=60:2|75:1|120:2|144:4|165:2|240:2")
            }
            return ColumnSpec("decimal number.decimal 1..1000 lognormal p1")
        case "mw":
            if machines.contains(head) { return ColumnSpec("decimal number.decimal 1.5..15 p1") }
            if plants.contains(head) { return ColumnSpec("decimal number.decimal 5..1200 lognormal p1") }
            return ColumnSpec("decimal number.decimal 1..200 lognormal p1")
        case "gw": return ColumnSpec("decimal number.decimal 0.1..5 lognormal p2")
        case "mwh": return ColumnSpec("decimal number.decimal 1..5000 lognormal p1")
        case "gwh": return ColumnSpec("decimal number.decimal 1..2000 lognormal p1")
        case "hp": return ColumnSpec("integer number.integer 70..600 lognormal")
        case "mps": return ColumnSpec("decimal number.decimal 0..25 lognormal p1")
        case "knots": return ColumnSpec("decimal number.decimal 0..35 lognormal p1")
        case "arcsec": return ColumnSpec("decimal number.decimal 0.6..3.5 p1")  // the seeing of a night sky
        case "hands": return ColumnSpec("decimal number.decimal 13..17.2 p1")  // a horse's height at the withers

        default: return nil
        }
    }

    static let moneyRange: [String: (Double, Double)] = [
        "price": (1, 500), "prices": (1, 500), "amount": (1, 1000), "cost": (1, 500), "costs": (1, 500), "total": (5, 2000),
        "subtotal": (5, 2000), "balance": (0, 50000), "fee": (1, 100), "fees": (1, 100), "spend": (0, 5000),
        "spending": (0, 5000), "revenue": (100, 100000), "charges": (20, 150), "charge": (1, 500), "salary": (30000, 250000),
        "wage": (12, 80), "wages": (1000, 10000), "income": (20000, 250000), "payment": (10, 2000), "tax": (0, 150),
        "tip": (0, 30), "tips": (0, 30), "fare": (5, 1500), "rent": (500, 5000), "deposit": (100, 5000), "budget": (1000, 1000000),
        "profit": (0, 100000), "payout": (1, 5000), "refund": (1, 500), "credit": (1, 1000), "debit": (1, 1000),
        "debt": (0, 50000), "principal": (1000, 500000), "premium": (20, 2000), "compensation": (30000, 250000),
        "bonus": (0, 20000), "commission": (0, 5000), "earnings": (0, 100000), "expense": (1, 5000), "expenses": (1, 5000),
        "bill": (20, 500), "mrr": (10, 5000), "arr": (120, 60000), "ltv": (50, 10000), "gmv": (1000, 1000000), "aov": (10, 300),
        "arpu": (5, 200), "valuation": (1000000, 1000000000), "capital": (10000, 10000000), "cash": (0, 100000),
        "donation": (5, 1000), "fine": (10, 1000), "penalty": (10, 1000), "worth": (1000, 10000000), "proceeds": (100, 100000),
        "pnl": (-10000, 10000), "dividend": (0.1, 10), "savings": (0, 100000), "tuition": (1000, 60000), "stipend": (500, 5000),
        "allowance": (10, 1000), "msrp": (10000, 90000), "sales": (100, 100000), "value": (10, 100000), "loss": (0, 50000),
        "payroll": (10000, 1000000), "investment": (1000, 1000000), "bid": (1, 1000), "spent": (0, 5000), "paid": (1, 1000),
        "owed": (0, 10000), "due": (0, 5000), "raised": (1000, 10000000), "funding": (10000, 100000000),
        "pay": (500, 10000), "paid_amount": (1, 1000),
    ]

    static let percentWords: Set<String> = ["pct", "percent", "percentage", "rate", "ratio", "share", "margin", "utilization", "occupancy", "conversion", "completion", "retention", "churn_rate", "apr", "apy"]

    static let countWords: Set<String> = [
        "count", "quantity", "qty", "units", "stock", "stars", "capacity", "age", "years", "months", "minutes", "seconds", "days",
        "weeks", "elo", "rank", "floor", "floors", "bedrooms", "bathrooms", "beds", "rooms", "seats", "pages", "moves", "goals",
        "assists", "wins", "losses", "draws", "votes", "likes", "views", "clicks", "impressions", "followers", "shares",
        "downloads", "plays", "streams", "installs", "visits", "sessions", "attempts", "retries", "errors", "steps", "calories",
        "reps", "sets", "laps", "nights", "guests", "passengers", "adults", "children", "kids", "headcount", "population",
        "tenure", "employees", "students", "members", "users", "items", "orders", "transactions", "defects", "incidents",
        "tickets", "messages", "reviews", "photos", "tracks", "episodes", "credits", "doors", "cylinders", "cores", "threads",
        "runs", "hits", "innings", "rebounds", "saves", "touchdowns", "yards", "strikes", "bookings", "purchases", "logins",
        "calls", "texts", "posts", "friends", "connections", "referrals", "dependents", "vehicles", "pets", "siblings",
        "copies", "chapters", "words", "characters", "commits", "bugs", "tasks", "projects", "slots", "spots", "points",
        "upvotes", "downvotes", "replies", "mentions", "retweets", "reposts", "subscribers", "listeners", "viewers",
        "attendees", "participants", "applicants", "hires", "absences", "visitors", "pageviews",
        "returns", "refunds", "stops", "legs", "attendance", "miles_count", "pieces", "packages",
        "boxes", "pallets", "cartons", "parcels", "shipments", "deliveries", "trips", "rides", "jobs", "shifts", "hour",
    ]

    /// A table of one purchase or one line of it (`order_lines`, `line_items`, `sales`).
    static func isLine(_ context: ColumnContext) -> Bool { lineHeads.contains(context.entity) || lineHeads.contains(context.head) }

    /// Heads of tables of a visit or a journey, which arrive and depart.
    static let movementHeads: Set<String> = ["call", "port_call", "flight", "trip", "voyage", "visit", "stay", "journey", "leg", "sailing",
                                             "departure", "arrival", "berthing", "crossing", "run", "transit", "movement", "ride", "tour"]
    /// Heads of tables of one purchase or one line of it, whose counts of things bought start at one.
    static let lineHeads: Set<String> = ["line", "order_line", "line_item", "order_item", "sale", "purchase", "order", "orderline",
                                         "basket_item", "cart_item", "invoice_line", "receipt_line", "transaction_item"]

    /// Plural nouns used as columns that hold a list of words, not a count.
    static let setNouns: Set<String> = ["tags", "skills", "keywords", "labels", "topics", "interests", "amenities", "features", "symptoms", "ingredients", "genres", "categories", "languages", "notes", "comments", "details", "attributes", "hobbies", "allergies", "specialties", "certifications", "permissions", "roles", "colors", "sizes", "materials", "dimensions", "coordinates", "credentials", "preferences", "settings", "metadata", "instructions", "directions", "remarks"]


    static let booleanSuffixes: Set<String> = ["flag", "enabled", "disabled", "verified", "active", "allowed", "required", "included", "opted", "optin", "opt_in", "consent", "eligible", "available", "visible", "approved", "paid", "completed", "cancelled", "canceled", "deleted", "archived", "confirmed", "accepted", "used", "applied", "redeemed", "sent", "seen", "won"]

    static let qualifiers: Set<String> = ["avg", "average", "mean", "median", "min", "max", "minimum", "maximum", "total", "estimated", "actual", "expected", "projected", "target", "planned", "base", "net", "gross", "daily", "weekly", "monthly", "annual", "yearly", "current", "previous", "last", "initial", "final", "peak", "new", "old", "original", "home", "away", "start", "end", "starting", "ending", "opening", "closing", "high", "low", "primary", "secondary", "billing", "shipping", "list", "sale", "unit", "per", "first", "second", "third", "approx", "approximate", "raw", "adjusted", "normalized", "cumulative", "lifetime", "remaining", "available", "used", "allocated", "requested", "approved", "paid", "outstanding"]

    /// Single-word yes/no columns and a realistic rate of `true`.
    /// What one unit of a thing usually costs, for a price named per that unit.
    static let unitPrices: [String: String] = [
        "pint": "4..10", "glass": "6..16", "cup": "2..7", "scoop": "2..6", "slice": "2..7", "shot": "4..12", "bottle": "3..40",
        "can": "2..8", "drink": "5..15", "serving": "3..15", "portion": "3..15", "piece": "1..20", "person": "15..150",
        "guest": "15..150", "head": "15..150", "ticket": "10..120", "seat": "10..120", "hour": "15..150", "night": "60..400",
        "day": "30..300", "week": "150..1500", "month": "10..500", "kg": "1..40", "kilogram": "1..40", "lb": "0.5..20", "pound": "0.5..20",
        "liter": "0.5..15", "litre": "0.5..15", "gallon": "2..12", "mile": "0.5..4", "km": "0.3..3", "word": "0.05..0.3",
        "page": "1..30", "click": "0.1..5", "lesson": "20..90", "class": "10..40", "session": "20..150", "visit": "20..200",
    ]

    static let yesNo: [String: Double] = [
        "active": 0.85, "enabled": 0.8, "disabled": 0.1, "verified": 0.8, "member": 0.6, "vip": 0.1, "smoker": 0.15,
        "subscribed": 0.5, "fraud": 0.02, "fraudulent": 0.02, "flagged": 0.05, "deleted": 0.05, "archived": 0.1, "paid": 0.8,
        "default": 0.1, "defaulted": 0.1, "public": 0.7, "private": 0.3, "visible": 0.9, "available": 0.85, "remote": 0.3,
        "online": 0.8, "offline": 0.2, "churn": 0.25, "churned": 0.25, "returning": 0.4, "recurring": 0.3, "refundable": 0.6,
        "taxable": 0.8, "billable": 0.75, "featured": 0.1, "pinned": 0.05, "read": 0.6, "unread": 0.4, "seen": 0.6,
        "urgent": 0.1, "internal": 0.2, "organic": 0.3, "vegan": 0.1, "vegetarian": 0.2, "insured": 0.85, "employed": 0.75,
        "pregnant": 0.05, "diabetic": 0.1, "veteran": 0.08, "homeowner": 0.6, "international": 0.2, "domestic": 0.8,
        "indoor": 0.6, "outdoor": 0.4, "smoking": 0.1, "parking": 0.6, "pool": 0.2, "garage": 0.5, "balcony": 0.4,
        "elevator": 0.5, "fireplace": 0.3, "basement": 0.3, "waterfront": 0.05, "wifi": 0.9, "breakfast": 0.4,
        "accessible": 0.6, "furnished": 0.4, "explicit": 0.15, "anomaly": 0.05, "alert": 0.05, "success": 0.9,
        "successful": 0.9, "failed": 0.1, "passed": 0.85, "pass": 0.85, "late": 0.15, "overdue": 0.1, "delayed": 0.2,
        "cancelled": 0.1, "canceled": 0.1, "completed": 0.85, "approved": 0.7, "rejected": 0.2, "converted": 0.1,
        "clicked": 0.2, "opened": 0.4, "bounced": 0.05, "unsubscribed": 0.05, "consent": 0.8, "newsletter": 0.4,
        "autopay": 0.5, "trial": 0.2, "sandbox": 0.1, "live": 0.9, "resolved": 0.8, "escalated": 0.1, "refunded": 0.05,
        "returned": 0.08, "damaged": 0.03, "defective": 0.03, "discontinued": 0.1, "refurbished": 0.2, "captured": 0.9,
        "settled": 0.9, "disputed": 0.02, "reversed": 0.02, "chargeback": 0.01, "blocked": 0.02, "banned": 0.01,
        "suspended": 0.03, "locked": 0.02, "admin": 0.05, "bot": 0.05, "spam": 0.05, "shared": 0.3, "favorite": 0.2,
        "bookmarked": 0.1, "starred": 0.1, "primary": 0.3, "neutered": 0.6, "spayed": 0.6, "vaccinated": 0.85,
        "insurance_verified": 0.9, "accepted": 0.7, "delivered": 0.9, "shipped": 0.85, "attended": 0.85, "present": 0.9,
        "absent": 0.1, "abnormal": 0.1, "positive": 0.1, "critical": 0.05, "emergency": 0.1, "premium": 0.2,
        "subscriber": 0.4, "guest": 0.3, "pets_allowed": 0.5, "exempt": 0.1, "fulltime": 0.7, "full_time": 0.7,
        "verified_purchase": 0.8, "in_stock": 0.9, "opt_in": 0.5, "auto_renew": 0.7, "signature_required": 0.2,
        "hazardous": 0.03, "fragile": 0.1, "expedited": 0.15, "insured_shipment": 0.3, "contactless": 0.6,
        "sold": 0.4, "won": 0.5, "lost": 0.2, "done": 0.7, "hidden": 0.1, "broken": 0.05, "stolen": 0.02, "frozen": 0.05,
        "sunny": 0.4, "rainy": 0.25, "windy": 0.2, "cloudy": 0.4, "snowy": 0.05, "foggy": 0.05, "stormy": 0.05,
        "weekend": 0.28, "holiday": 0.03, "used": 0.3, "redeemed": 0.3, "applied": 0.4,
        // irregular participles naming a state (`withdrawn`, `overdrawn`)
        "roaming": 0.1, "charging": 0.3, "trending": 0.05, "idling": 0.2,
        "withdrawn": 0.1, "overdrawn": 0.05, "forgiven": 0.05, "taken": 0.5, "chosen": 0.3, "shown": 0.5, "known": 0.5,
    ]

    /// `played_on`, `due_on`, `effective_on`: the word before `on` makes it a date.
    static func datedOn(_ w: String) -> Bool {
        Vocabulary.isPastParticiple(w) || w.hasSuffix("ed") || ["due", "effective", "starts", "ends", "expires", "renews", "born", "valid", "live", "active", "available",
            // a verb of a time something comes (`closes_on`, `opens_on`), never a switch (`lights_on`)
            "opens", "closes", "begins", "finishes", "launches", "arrives", "departs", "returns", "occurs", "happens", "matures",
            "lapses", "resumes", "reopens", "retires", "leaves", "lands", "premieres", "airs", "releases", "ships", "vests",
            "graduates", "moves", "runs", "falls"].contains(w)
    }

    /// `churned`, `refurbished`, `captured`: a past participle naming a state.
    static func isParticipleFlag(_ w: String) -> Bool {
        guard w.count > 4, w.hasSuffix("ed"), !w.hasSuffix("eed") else { return false }
        return !notParticiples.contains(w)
    }

    static let notParticiples: Set<String> = ["hundred", "kindred", "sacred", "naked", "wicked", "embed", "shred", "created", "updated", "modified", "seed", "speed", "breed", "played", "listed", "based", "related", "expected", "estimated", "planned", "allocated", "requested", "logged", "measured", "observed", "started", "ended", "filed", "opened_date"]
}
