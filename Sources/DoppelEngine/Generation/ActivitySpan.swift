import DoppelText

/// How long an activity lasts between its start and its end, by what the
/// entity is: a trip or a shift takes hours, a loan or a rental weeks, a
/// project or a lease months. Used where an end column follows its start
/// partner (`started_at` → `ended_at`); other later events keep the
/// general span.
struct ActivitySpan: Sendable, Equatable {
    /// Bounds for datetime ends, in seconds after the start (drawn log-uniformly).
    var seconds: ClosedRange<Double>
    /// Bounds for date-only ends, in whole days after the start day.
    var days: ClosedRange<Int64>
    /// The row's length column (`duration_minutes`, `nights`), -1 for none: the end is then the start plus
    /// that many `lengthUnit` seconds (`SchemaResolver.applySpanLength`), and the span is only the fallback
    /// for a NULL length.
    var lengthColumn = -1
    var lengthUnit: Double = 0
    /// How far a row's own rate strays from `lengthUnit`, as a fraction either way (0: every row at the same
    /// rate): a ride at its own pace, not every ride at exactly the same speed.
    var lengthJitter: Double = 0
    /// Lengths in whole steps of this many seconds, 0 for any length: a court is booked by the half hour,
    /// so a booking that starts on a quarter hour ends on one.
    var step: Double = 0
    /// Terms in whole calendar months, drawn from this list, empty for none: a policy runs six or twelve months
    /// and ends the day before the same date (2024-09-08 to 2025-09-07), not after 547 days.
    var termMonths: [Int] = []
    /// The latest an end may be (seconds), nil for no bound: a customer churns months after signing up, but not
    /// after now.
    var notAfter: Int64? = nil
    /// With `notAfter`: the end lies anywhere between the start and the bound, most of them near the bound
    /// (when a user was last seen: lately, for most).
    var nearBound = false

    /// Anything not known: 5 minutes to 30 days, or 1–14 days for dates.
    static let general = ActivitySpan(seconds: 300...(30 * 86_400), days: 1...14)
    /// Calls, sessions, plays: seconds to a few hours.
    static let brief = ActivitySpan(seconds: 30...(3 * 3600), days: 0...0)
    /// A machine's cycle (a wash, a drying): twenty minutes to two hours.
    static let machineCycle = ActivitySpan(seconds: 1200...(2 * 3600), days: 0...0)
    /// A performance, a concert, a set, a screening: twenty minutes to four hours.
    static let performance = ActivitySpan(seconds: 1200...(4 * 3600), days: 0...0)
    /// A meal at a restaurant's table, from seating to the bill: twenty minutes to three hours.
    static let meal = ActivitySpan(seconds: 1200...(3 * 3600), days: 0...0)
    /// A meal ordered for delivery, from the order to the door: a quarter of an hour to two hours.
    static let mealDelivery = ActivitySpan(seconds: 900...(2 * 3600), days: 0...0)
    /// A slot booked by the hour (a court, a lane, a meeting room): half an hour to three.
    static let slot = ActivitySpan(seconds: 1800...(3 * 3600), days: 0...0, step: 1800)
    /// Gatherings of an evening or a day (an event, a meetup, a fundraiser, a workshop): one to eight hours.
    static let gathering = ActivitySpan(seconds: 3600...(8 * 3600), days: 0...1)
    /// Trips, shifts, appointments, classes: minutes to half a day.
    static let hours = ActivitySpan(seconds: 600...(14 * 3600), days: 0...1)
    /// A boat out and back (a fishing trip, a voyage): four hours to ten days.
    static let voyage = ActivitySpan(seconds: 4 * 3600...(10 * 86_400), days: 0...10)
    /// Work shifts and duties: four to twelve hours.
    static let shift = ActivitySpan(seconds: 4 * 3600...(12 * 3600), days: 0...1)
    /// A working day clocked in and out (an attendance record, a time card): six and a half to ten hours.
    static let workday = ActivitySpan(seconds: 6 * 3600 + 1800...(10 * 3600), days: 0...0)
    /// Stays, bookings, shipments: a day to three weeks.
    static let days = ActivitySpan(seconds: 86_400...(21 * 86_400), days: 1...21)
    /// Loans, rentals, borrowings: a few days to five weeks.
    static let weeks = ActivitySpan(seconds: 3 * 86_400...(35 * 86_400), days: 3...35)
    /// Payment terms and deadlines (`due_date` after `issued_on`): a week to two months.
    static let terms = ActivitySpan(seconds: 7 * 86_400...(60 * 86_400), days: 7...60)
    /// How long a thing lent (a library book, a hired tool) may be kept: one to four weeks.
    static let lendingPeriod = ActivitySpan(seconds: 7 * 86_400...(28 * 86_400), days: 7...28)
    /// The period a bill or a statement covers: a month.
    static let billingPeriod = ActivitySpan(seconds: 28 * 86_400...(31 * 86_400), days: 28...31)
    /// A crop from sowing to harvest: two to six months.
    static let growingSeason = ActivitySpan(seconds: 60 * 86_400...(180 * 86_400), days: 60...180)
    /// An insurance policy's term: six months or a year.
    static let policyTerm = ActivitySpan(seconds: 180 * 86_400...(366 * 86_400), days: 180...366, termMonths: [6, 12, 12, 12])
    /// A lease's or a tenancy's term: six months to two years, mostly one.
    static let leaseTerm = ActivitySpan(seconds: 180 * 86_400...(731 * 86_400), days: 180...731, termMonths: [6, 12, 12, 12, 24])
    /// A contract's or a warranty's term: one to three years.
    static let contractTerm = ActivitySpan(seconds: 365 * 86_400...(1096 * 86_400), days: 365...1096, termMonths: [12, 12, 24, 36])
    /// A child's day at nursery or school: five to ten hours.
    static let schoolDay = ActivitySpan(seconds: 5 * 3_600...(10 * 3_600), days: 0...0)
    /// A brew from the mash tun to the keg or can: ten days to six weeks.
    static let fermentation = ActivitySpan(seconds: 10 * 86_400...(42 * 86_400), days: 10...42)
    /// What a bakery bakes keeps one to seven days.
    static let shelfLife = ActivitySpan(seconds: 86_400...(7 * 86_400), days: 1...7)
    /// One leg of a meal's delivery (cooked and collected, or ridden to the door): five to forty minutes.
    static let mealLeg = ActivitySpan(seconds: 300...2_400, days: 0...0)
    /// An online game's match: five to forty-five minutes.
    static let onlineMatch = ActivitySpan(seconds: 300...2_700, days: 0...0)
    /// A car arriving for a rider who asked for it: two to twenty-five minutes.
    static let pickupWait = ActivitySpan(seconds: 120...1_500, days: 0...0)
    /// A prescription filled after it is written: the same day to two weeks.
    static let filling = ActivitySpan(seconds: 600...(14 * 86_400), days: 0...14)
    /// A check that recurs (a vaccine's booster, a car's service, an inspection) is next due six months to three
    /// years after it was last done, a year the commonest.
    static let recurrence = ActivitySpan(seconds: 180 * 86_400...(1096 * 86_400), days: 180...1096,
                                         termMonths: [6, 12, 12, 12, 12, 24, 36])
    /// Projects, campaigns, leases, contracts: one month to two years.
    static let responseTime = ActivitySpan(seconds: 180...1_500, days: 0...0)
    static let onScene = ActivitySpan(seconds: 1_200...(4 * 3_600), days: 0...0)
    static let portCall = ActivitySpan(seconds: 8 * 3_600...(4 * 86_400), days: 0...4)
    /// A train or a bus at one stop of its run: it departs half a minute to a quarter of an hour after it arrives.
    static let dwell = ActivitySpan(seconds: 30...900, days: 0...0)
    static let months = ActivitySpan(seconds: 30 * 86_400...(730 * 86_400), days: 30...730)
    /// A record's latest activity, from its beginning up to `anchor` (the schema's now), mostly lately.
    static func lastActivity(before anchor: Int64) -> ActivitySpan {
        var span = ActivitySpan(seconds: 60...(10 * 365 * 86_400), days: 0...3650)
        span.notAfter = anchor
        span.nearBound = true
        return span
    }

    /// The span of the activity an entity records, from the last word of its name that names one.
    /// This span, or `hours` when it could run past a day: the end of a time set on a row's day.
    var withinADay: ActivitySpan { seconds.upperBound > 14 * 3600 && lengthColumn < 0 ? .hours : self }

    static func of(entity name: String) -> ActivitySpan {
        // A compound that names its own activity: an open house lasts hours, a clinical trial years.
        let whole = Inflector.singular(name.lowercased())
        for (span, words) in compounds where words.contains(whole) { return span }
        // The last word that names an activity: `leave_requests` lasts as a leave does.
        for part in name.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).reversed() {
            let word = Inflector.singular(String(part))
            for (span, words) in table where words.contains(word) { return span }
        }
        return .general
    }

    /// A stop of a timetable's run (`scheduled_stops`, `stop_times`): its departure follows its arrival by a dwell, not days.
    static func atStop(end: String, start: String, entity: String) -> ActivitySpan? {
        let head = Inflector.singular(KindInference.head(ofEntity: entity))
        let whole = Inflector.singular(entity.lowercased())
        let stops: Set<String> = ["stop", "stop_time", "stopover", "station_stop", "timetable", "schedule", "stopping", "scheduled_stop"]
        guard stops.contains(head) || stops.contains(whole) else { return nil }
        let e = Set(KindInference.tokens(end)), s = Set(KindInference.tokens(start))
        guard !e.isDisjoint(with: ["departure", "departed", "departs", "depart", "leaves", "left"]),
              !s.isDisjoint(with: ["arrival", "arrived", "arrives", "arrive"]) else { return nil }
        return .dwell
    }

    /// The span a pair of columns names whatever its table: a harvest follows its sowing by a growing season.
    static func of(end: String, start: String) -> ActivitySpan? {
        let e = Set(KindInference.tokens(end)), s = Set(KindInference.tokens(start))
        if !e.isDisjoint(with: ["harvest", "harvested", "harvesting"]),
           !s.isDisjoint(with: ["plant", "planted", "planting", "sown", "sowed", "sowing", "seeded", "seeding", "transplanted"]) {
            return .growingSeason
        }
        // A beer is packaged when it has fermented and conditioned: ten days to six weeks after brewing.
        if !e.isDisjoint(with: ["packaged", "kegged", "bottled", "canned"]), !s.isDisjoint(with: ["brewed", "brew"]) {
            return .fermentation
        }
        // A boat that departed and returned was out for hours to days, not minutes (`departure`/`return` dates are
        // a traveller's, left to the table's own span).
        if e.contains("returned"), !s.isDisjoint(with: ["departed", "sailed", "launched"]) { return .voyage }
        // A show that opens and closes runs for months, as a production does (a shop's opening and closing times are a day's).
        if e.contains("closing"), s.contains("opening"), e.isDisjoint(with: ["time", "hour", "hours"]), s.isDisjoint(with: ["time", "hour", "hours"]) {
            return .months
        }
        // A ride's pickup minutes after it was requested; a prescription filled within two weeks of being written.
        // (and a ride requested starts when its car arrives: `started_at` after `requested_at`)
        if !e.isDisjoint(with: ["picked", "pickup"]) || !e.isDisjoint(with: ["started", "start", "began", "accepted", "assigned"])
            && !s.isDisjoint(with: ["requested", "hailed", "called"]),
           !s.isDisjoint(with: ["requested", "booked", "ordered", "called", "hailed"]) {
            return .pickupWait
        }
        if !e.isDisjoint(with: ["filled", "dispensed"]), !s.isDisjoint(with: ["prescribed", "written", "issued", "received"]) {
            return .filling
        }
        // An emergency crew is on scene minutes after it is dispatched, and clears the scene within hours of arriving.
        // (and dispatched minutes after the call is reported)
        if !e.isDisjoint(with: ["arrived", "arrival", "on_scene", "onscene", "scene"]) && !s.isDisjoint(with: ["dispatched", "dispatch", "alerted", "paged"])
            || !e.isDisjoint(with: ["dispatched", "dispatch"]) && !s.isDisjoint(with: ["reported", "received"]) {
            return .responseTime
        }
        if !e.isDisjoint(with: ["cleared", "clear", "released"]), !s.isDisjoint(with: ["arrived", "arrival", "scene", "dispatched", "dispatch"]) {
            return .onScene
        }
        // Someone who moves in stays months or years before moving out.
        if e.contains("out"), !e.isDisjoint(with: ["move", "moved"]), s.contains("in"), !s.isDisjoint(with: ["move", "moved"]) {
            return .months
        }
        // Bread and cakes keep a few days from the oven.
        if !e.isDisjoint(with: ["expires", "expiry", "expiration", "best", "use", "sell"]), !s.isDisjoint(with: ["baked", "bake", "baking"]) {
            return .shelfLife
        }
        // `next_due_on` after `given_on`, `next_service_date` after `last_service_date`.
        if e.contains("next"), !e.isDisjoint(with: ["due", "service", "inspection", "checkup", "visit", "maintenance", "vaccination",
                                                     "booster", "review", "exam", "test", "calibration", "renewal"]) {
            return .recurrence
        }
        return nil
    }

    static let compounds: [(ActivitySpan, Set<String>)] = [
        (.hours, ["open_house", "house_showing", "property_viewing", "home_showing", "parking_session", "parking_event", "parking",
                  "check_in", "checkin", "gym_visit", "gym_check_in"]),
        // A machine's run: a wash or a drying cycle takes under two hours, not days.
        (.machineCycle, ["wash_cycle", "washing_cycle", "dry_cycle", "drying_cycle", "dryer_cycle", "laundry_cycle", "machine_cycle", "wash",
                           "cycle"]),
        (.months, ["clinical_trial", "drug_trial", "study_trial"]),
        // A boat's outing for divers or sightseers: an hour to most of a day.
        (.gathering, ["dive_trip", "diving_trip", "snorkel_trip", "snorkeling_trip", "boat_trip", "whale_watching_trip", "boat_tour"]),
        // A clocked working day whatever the record is called (an entry, a log).
        (.workday, ["time_clock_entry", "time_clock_record", "time_clock_log", "clock_entry", "clock_record", "attendance_entry",
                    "attendance_log", "timecard_entry", "time_card_entry", "punch_record"]),
        // A ship's call at a port: unloaded and loaded over half a day to a few days, not a phone call's minutes.
        (.portCall, ["port_call", "vessel_call", "ship_call", "berthing", "port_visit"]),
        // A time someone books: a tee time starts on a quarter hour of the waking day.
        (.slot, ["tee_time", "time_slot", "booking_slot", "appointment_slot", "delivery_window", "pickup_window"]),
    ]

    static let table: [(ActivitySpan, Set<String>)] = [
        (.brief, ["call", "session", "play", "stream", "view", "login", "chat", "pageview", "listen", "attempt", "download",
                  "conversation", "connection", "charge", "charging"]),
        (.shift, ["shift", "duty", "rota"]),
        (.slot, ["slot", "timeslot"]),
        (.workday, ["attendance", "time_clock", "timeclock", "punch", "timecard", "time_card", "clock_in", "clocking"]),
        (.performance, ["performance", "concert", "gig", "screening", "show", "recital"]),
        (.hours, ["showing", "viewing", "trip", "ride", "journey", "drive", "flight", "appointment", "visit", "meeting", "workout", "match",
                  "game", "class", "lesson", "tour", "run", "delivery", "consultation", "interview", "exam", "surgery",
                  "procedure", "lecture", "training", "lap", "race", "leg", "hike", "walk", "swim", "trek", "climb", "excursion",
                  "operation", "job", "task_run", "run_log", "timesheet", "time_entry", "entry", "break"]),
        // (not a fundraiser: as often a campaign of weeks as an evening's gala)
        (.gathering, ["event", "meetup", "party", "gala", "webinar", "workshop", "seminar", "ceremony", "rehearsal"]),
        (.days, ["keg", "cask", "stay", "booking", "reservation", "admission", "hospitalization", "shipment", "transfer", "repair",
                 "maintenance", "ticket", "incident", "case", "order", "fulfillment", "treatment", "vacation",
                 "leave", "absence", "trial", "sprint", "claim", "complaint", "refund", "reimbursement", "festival",
                 "conference", "convention", "fair", "retreat"]),
        (.billingPeriod, ["bill", "invoice", "statement", "payslip", "paystub", "paycheck", "billing_period", "billing_cycle"]),
        (.weeks, ["loan", "rental", "borrowing", "checkout", "hire", "hold", "assignment", "engagement", "listing"]),
        (.growingSeason, ["crop", "planting", "sowing", "harvest", "cultivation", "growing_season"]),
        (.policyTerm, ["policy", "insurance_policy"]),
        (.leaseTerm, ["lease", "tenancy", "rental_agreement"]),
        (.contractTerm, ["contract", "warranty", "service_contract"]),
        (.months, ["project", "campaign", "contract", "lease", "subscription", "membership", "program", "programme",
                   "course", "term", "semester", "employment", "policy", "warranty", "tenancy", "mortgage", "season",
                   "construction", "study", "grant", "enrollment", "enrolment", "internship", "residency", "plan",
                   "exhibition", "exhibit", "permit", "production", "run_of_show", "residency_run"]),
    ]
}
