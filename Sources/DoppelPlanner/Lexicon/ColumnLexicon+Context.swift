import DoppelText
import DoppelEngine

extension ColumnLexicon {
    /// Names whose meaning depends on the entity: `name`, `title`, `status`,
    /// `type`, `position`, `rating`, `capacity`, … Nil for every other name,
    /// and for these names when there is no entity to go by.
    /// True when the table is named after a field of activity whose records are
    /// about people (`insurance`, `healthcare`, `payroll`, `banking`: "an insurance
    /// dataset with the columns (name, amount)"), so its `name` is the person's.
    static func namesAPeopleField(_ entity: String) -> Bool {
        let people: Set<Domain> = [.healthcare, .finance, .hr, .education, .social, .sports, .travel]
        guard (Domain.keywordIndex[entity] ?? []).contains(where: { people.contains($0) }) else { return false }
        // A field's name is a mass noun (`insurance`, `banking`, `education`,
        // `healthcare`, `payroll`), not a countable thing (`gym`, `card`, `flight`).
        return Domain(rawValue: entity) != nil || DomainCatalogue.looksLikeEvent(entity)
            || entity.hasSuffix("care") || entity.hasSuffix("roll")
    }

    /// A parcel's weight and sides: a few kilograms and tens of centimetres, not a sofa; nil for anything else.
    static func parcelMeasure(_ name: String, _ isOne: (Set<String>) -> Bool) -> ColumnSpec? {
        guard isOne(["parcel", "package", "shipment_item", "consignment", "envelope", "shipment"]) else { return nil }
        if name.hasSuffix("_cm") { return ColumnSpec("decimal number.decimal 10..80 p0") }
        return name.hasSuffix("lbs") || name.hasSuffix("lb") ? ColumnSpec("decimal number.decimal 0.3..60 lognormal p2")
            : ColumnSpec("decimal number.decimal 0.1..30 lognormal p2")
    }

    /// Names of mobile apps.
    static let appNames = "string enum values=PocketBudget|FitPulse|NoteNest|SnapRecipe|TaskFlow|SleepWell|LinguaLeap|PhotoMagic|"
        + "Trailhead|CalmCove|ParkPal|MealMate|StudyBuddy|ShiftSwap|PlantPal|RunLog|CoinKeeper|TripTrack"

    /// Breeds by the animal a table keeps.
    static let livestockBreeds: [(tables: Set<String>, values: String)] = [
        (["horse", "pony", "mare", "stallion", "gelding", "foal", "equine"],
         "Thoroughbred:4|Quarter~Horse:4|Arabian:2|Appaloosa:1.5|Paint:1.5|Morgan:1|Warmblood:2|Connemara:1|Welsh~Pony:1|Friesian:0.5|Clydesdale:0.5"),
        (["cow", "cattle", "bull", "heifer", "steer", "calf", "herd_animal"], "Angus:5|Holstein:4|Hereford:3|Jersey:2|Charolais:1.5|Simmental:1|Highland:0.5"),
        (["sheep", "ewe", "ram", "lamb"], "Merino:4|Suffolk:3|Dorset:2|Texel:2|Romney:1|Jacob:1"),
        (["goat", "doe", "buck", "kid_goat"], "Nubian:4|Boer:3|Alpine:2|LaMancha:1.5|Saanen:1.5|Nigerian~Dwarf:2"),
        (["pig", "hog", "sow", "boar", "piglet"], "Yorkshire:4|Duroc:3|Hampshire:2|Berkshire:2|Landrace:2"),
        (["chicken", "hen", "rooster", "poultry", "bird_flock"], "Rhode~Island~Red:4|Leghorn:3|Plymouth~Rock:2|Orpington:2|Sussex:1.5|Silkie:1"),
    ]

    /// Tables of people at work, whose `level` is a step of a career (Junior, Senior), not a skill.
    static let workPersons: Set<String> = ["employee", "staff", "staff_member", "worker", "engineer", "developer", "consultant",
                                           "contractor", "candidate", "applicant", "hire", "agent", "analyst", "manager", "designer",
                                           "programmer", "associate", "recruit", "teammate", "team_member", "technician", "specialist",
                                           "freelancer", "intern", "user", "account", "seller", "representative", "rep", "salesperson"]

    /// Tables of marks one judge, reviewer or assessor gives: their unnamed columns are marks out of ten.
    static let scoreTables: Set<String> = ["score", "scoring", "evaluation", "assessment", "judging", "judgement", "judgment",
                                           "scorecard", "score_sheet", "scoresheet", "marking", "appraisal", "rubric_score"]

    /// Tables of pieces of music: their `key` is C major or A minor.
    static let musicPieces: Set<String> = ["track", "song", "piece", "composition", "tune", "recording", "loop", "beat", "single",
                                           "setlist_item", "chart", "arrangement", "stem", "sample"]

    /// What happens in a match, minute by minute.
    static let matchEventTypes = "string enum values=goal:3|assist:2|yellow_card:3|red_card:0.3|substitution:4|penalty:0.5|injury:0.7|own_goal:0.2"

    /// What a record's `result` or `outcome` can be, by what the record is: a game is won or lost, a call
    /// resolved or sent to voicemail, a claim approved or rejected. Other records take the general name's
    /// values (succeeded or failed).
    static let outcomes: [(things: Set<String>, values: String)] = [
        (["game", "bout", "fight", "duel", "contest", "round", "heat", "chess_game", "battle", "showdown", "race_result"],
         "win:4|loss:4|draw:2"),
        (["call", "phone_call", "call_log", "contact", "outreach", "follow_up", "callback", "dial"],
         "resolved:5|callback_scheduled:2|escalated:1|voicemail:2|no_answer:2"),
        (["lead", "opportunity", "deal", "pitch", "proposal", "bid", "tender", "quote", "negotiation"], "won:3|lost:4|open:3"),
        (["application", "claim", "appeal", "request", "permit", "submission", "loan_application", "refund_request",
          "visa_application", "grant_application"], "approved:6|rejected:3|pending:2"),
        (["treatment", "surgery", "procedure", "admission", "hospitalization", "therapy", "therapy_session", "encounter",
          "episode", "operation"], "improved:5|recovered:4|stable:3|referred:1|worsened:1"),
        (["case", "lawsuit", "trial", "hearing", "dispute", "litigation", "court_case", "arbitration"],
         "settled:4|dismissed:2|won:2|lost:2|pending:2"),
        (["exam", "quiz", "assessment", "audition", "certification", "driving_test", "evaluation", "attempt_exam"], "pass:8|fail:2"),
        (["login", "login_attempt", "sign_in", "signin", "authentication", "auth_event", "attempt", "payment_attempt"],
         "success:9|failure:1"),
        (["interview", "screening_call"], "advance:4|reject:4|hold:1"),
    ]

    /// How far one outing on foot or in the water goes, by the table: a hike or a walk 2–30 km, a run 2–42
    /// (a marathon at most), a swim 0.2–5; in miles where the column says so. Nil for other tables (a drive's
    /// or a trip's distance is the general one) and other columns.
    static func outingDistance(_ name: String, _ c: ColumnContext) -> ColumnSpec? {
        let tokens = name.split(separator: "_").map(String.init)
        guard tokens.contains("distance") || ["km", "miles", "distance_km", "distance_miles", "distance_mi"].contains(name) else { return nil }
        let words = Set(c.entity.split(separator: "_").map { Inflector.singular(String($0)) })
        let km: ClosedRange<Double>
        if !words.isDisjoint(with: ["hike", "hiking", "walk", "walking", "trek", "trekking", "ramble", "stroll"]) {
            km = 2...30
        } else if !words.isDisjoint(with: ["run", "running", "jog", "jogging"]) {
            km = 2...42
        } else if !words.isDisjoint(with: ["swim", "swimming"]) {
            km = 0.2...5
        } else if !words.isDisjoint(with: ["ride", "rideshare", "cab", "taxi"]) {
            // a ride across town: a couple of kilometres to an airport run
            km = 1...40
        } else {
            return nil
        }
        let perKm = DistanceUnits.inMiles(name) ? DistanceUnits.milesPerKilometre : 1
        let range = (km.lowerBound * perKm)...(km.upperBound * perKm)
        return ColumnSpec("decimal number.decimal \(String(format: "%g", (range.lowerBound * 10).rounded() / 10))..\(String(format: "%g", (range.upperBound * 10).rounded() / 10)) lognormal p1")
    }

    /// Heads of a table of one player's line in one game (`player_stats`, `box_scores`, `appearances`).
    static let statLineHeads: Set<String> = ["stat", "stats", "statistic", "statistics", "box_score", "boxscore", "appearance",
                                             "lineup", "performance"]
    /// What one player does in one game: a goal or two, a card at most twice, not 126 goals in a match.
    static let perGameCounts: [String: String] = [
        "goals": "0..3", "assists": "0..3", "yellow_cards": "0..2", "red_cards": "0..1", "shots": "0..8", "shots_on_target": "0..5",
        "saves": "0..10", "fouls": "0..5", "tackles": "0..10", "interceptions": "0..6", "passes": "5..90", "points": "0..40",
        "rebounds": "0..15", "steals": "0..5", "blocks": "0..5", "turnovers": "0..7", "touchdowns": "0..3", "interceptions_thrown": "0..3",
        "yards": "0..200", "rushing_yards": "0..150", "passing_yards": "0..400", "receiving_yards": "0..150", "tackles_made": "0..12",
        "hits": "0..4", "runs": "0..4", "rbis": "0..5", "rbi": "0..5", "home_runs": "0..2", "strikeouts": "0..12", "walks": "0..4",
        "kills": "0..25", "deaths": "0..15", "aces": "0..20", "double_faults": "0..10", "birdies": "0..8", "bogeys": "0..8",
    ]

    /// A count in one player's line of one game (not a season's or a career's): its few per game, mostly none.
    static func gameStat(_ name: String, _ c: ColumnContext) -> ColumnSpec? {
        // (a match's player row, `match_players` or `game_participants`, is one player's line in one game)
        let words = Set(c.entity.split(separator: "_").map(String.init))
        let playerInGame = !words.isDisjoint(with: ["match", "game", "fixture", "round", "bout"])
            && !words.isDisjoint(with: ["player", "players", "participant", "participants", "competitor", "competitors", "gamer", "gamers"])
        guard let range = perGameCounts[name], statLineHeads.contains(c.head) || statLineHeads.contains(c.entity) || playerInGame,
              !c.entity.split(separator: "_").contains(where: { ["season", "career", "total", "totals", "annual", "yearly"].contains(String($0)) })
        else { return nil }
        let fromZero = range.hasPrefix("0..")
        return ColumnSpec("integer number.integer \(range)\(fromZero ? " zipf" : "")")
    }

    /// Tables of a film's showings, whose seats cost what a cinema ticket does.
    static let filmShowings: Set<String> = ["showtime", "screening", "movie_showing", "movie", "film", "show"]
    /// Tables of machines with a maker, a model and running hours.
    /// Tables of plant and installed equipment, whose models are makers' codes.
    static let plantTables: Set<String> = ["turbine", "wind_turbine", "generator", "compressor", "pump", "boiler", "chiller", "elevator",
                                           "lift", "transformer", "inverter", "robot", "furnace", "kiln", "crane", "press", "cnc_machine",
                                           "heat_pump", "hvac_unit", "air_handler", "engine", "motor", "valve", "panel", "solar_panel",
                                           "battery", "charger", "ev_charger", "charging_station", "tank", "fermenter", "fermentation_tank",
                                           "silo", "vat", "conveyor", "forklift", "reactor", "oven", "mixer", "centrifuge", "dryer",
                                           "excavator", "bulldozer", "drill", "rig", "hoist", "gondola", "chairlift", "ski_lift",
                                           "escalator", "freezer", "refrigerator", "pump_station", "substation", "water_heater"]
    static let machineTables: Set<String> = ["equipment", "machine", "machinery", "tractor", "combine", "harvester", "implement"]

    static let servingSizes = "string enum values=Small:3|Medium:4|Large:3"

    /// A restaurant's tables: two to eight seats, in the dining room, by the window or on the patio.
    static let diningTables = DiningTables.nouns

    /// What an award is for: a film festival's Best Film, Best Director, …; any other's a field of merit.
    static func awardCategories(_ c: ColumnContext) -> ColumnSpec {
        if c.domain == .media {
            return ColumnSpec("string enum values=Best~Film:1|Best~Director:1|Best~Actress:1|Best~Actor:1|Best~Screenplay:1|"
                              + "Best~Documentary:1|Audience~Award:1|Best~Cinematography:1")
        }
        return ColumnSpec("string enum values=Innovation:1|Leadership:1|Customer~Service:1|Teamwork:1|Rising~Star:1|Lifetime~Achievement:0.5")
    }

    /// A sponsorship's, grant's or partnership's amount: thousands to tens of thousands, not a shop's basket.
    static func sponsorshipAmount(_ isOne: (Set<String>) -> Bool) -> ColumnSpec? {
        isOne(["sponsorship", "sponsorship_deal", "endorsement", "grant", "sponsorship_contract", "partnership"])
            ? ColumnSpec("decimal finance.amount 1000..100000 lognormal p2") : nil
    }

    /// Things numbered 1, 2, 3, … where they stand: a bowling alley's lanes, a marina's slips, a garden's plots.
    static let numberedPlaces: Set<String> = ["lane", "slip", "bay", "berth", "pump", "dock", "gate", "platform", "locker", "stall", "booth",
                                              "hole", "court", "pitch", "plot", "bed", "desk", "cabin", "tent", "campsite", "kennel", "cage",
                                              "tank", "station", "spot", "space", "stand", "mooring"]

    /// People a platform's customers rate after a job: drivers, hosts, tutors, sitters, tradespeople.
    static let serviceProviders: Set<String> = ["driver", "courier", "host", "tutor", "freelancer", "contractor", "cleaner", "sitter",
                                                "walker", "dog_walker", "pet_sitter", "babysitter", "nanny", "caregiver", "guide",
                                                "tour_guide", "instructor", "trainer", "coach", "therapist", "handyman", "technician",
                                                "mechanic", "plumber", "electrician", "tasker", "seller", "provider", "stylist"]
    /// Tables of an ad's creatives, and of its showings.
    static let adCreatives: Set<String> = ["ad", "advert", "advertisement", "creative", "ad_creative", "banner", "ad_variant"]
    static let adImpressions: Set<String> = ["impression", "ad_impression", "ad_view", "ad_event", "ad_serve"]
    /// Work done for a client that is a business: a project's, a contract's or an invoice's client is a company.
    static let clientWork: Set<String> = ["project", "engagement", "contract", "proposal", "campaign", "invoice", "deal", "retainer",
                                          "deliverable", "statement_of_work", "sow", "account", "job", "tender", "bid"]

    /// Tables of a sensor's readings.
    static let sensorReadingTables: Set<String> = ["reading", "measurement", "sensor_reading", "telemetry", "sensor_log",
                                                   "device_reading", "sensor_data", "sensor_event", "observation"]

    static func contextual(_ name: String, _ c: ColumnContext) -> ColumnSpec? {
        guard !c.entity.isEmpty else { return nil }
        let e = c.entity
        let head = c.head
        func isOne(_ words: Set<String>) -> Bool { words.contains(e) || words.contains(head) }
        // A plot's own `plot_number`, a lane's `lane_number`: numbered 1, 2, 3, … as a plain `number` is.
        if name == head + "_number" || name == head + "_no", numberedPlaces.contains(head) { return ColumnSpec("integer id.sequence") }
        if let body = BodyMeasures.spec(column: name, entity: e) { return body }
        if let lab = LabLexicon.spec(column: name, c) { return lab }
        if let way = outingDistance(name, c) { return way }
        if let stat = gameStat(name, c) { return stat }
        if let web = webRequest(name, c) { return web }
        switch name {
        case _ where name == "heart_rate" || ColumnNames.measureStem(of: name) == "heart_rate" || ["avg_hr", "avg_bpm"].contains(name):
            // A workout's heart rate (or its average, median or top) is an exercising one, not a resting pulse.
            return isOne(["workout", "run", "ride", "activity", "exercise", "training", "training_session", "session", "hike",
                          "swim", "class", "race", "cardio_session"]) ? ColumnSpec("integer number.integer 100..175 normal") : nil
        case "date", "attendance_date", "class_date", "school_date", "day_date":
            // A day at school, nursery or work is a weekday.
            return isOne(["attendance", "attendance_record", "roll_call", "class_attendance", "school_attendance", "daily_attendance"])
                ? ColumnSpec(.date, "date.weekday") : nil
        case "objective", "campaign_objective", "optimization_goal":
            // What an ad campaign is bought for.
            return isOne(["campaign", "ad_campaign", "ad_set", "adset", "ad_group", "ad"])
                ? ColumnSpec("string enum values=conversions:3|traffic:3|awareness:2|leads:2|engagement:1.5|app_installs:1") : nil
        case "client", "client_company", "client_organization", "client_org":
            return isOne(clientWork) ? ColumnSpec("string company.name") : nil
        case "check_in", "checkin", "check_out", "checkout":
            // A hotel stay checks in on a day; a child at daycare, a gym visit or a shift checks in at a moment.
            if isOne(["attendance", "visit", "shift", "timesheet", "time_entry", "entry", "log", "session", "class", "appointment",
                      "swipe", "access", "badge", "checkin", "check_in", "sign_in", "record", "day"]) {
                return ColumnSpec(.datetime, "datetime.past")
            }
            return nil
        case "name":
            // A mobile app is called what app stores list, not a web domain.
            if isOne(["app", "mobile_app", "android_app", "ios_app", "smartphone_app"]) { return ColumnSpec(Self.appNames) }
            let template = DomainCatalogue.template(for: e, domain: c.domain)
            if let spec = template?.nameSpec { return ColumnSpec(spec) }
            if template == nil, namesAPeopleField(e) { return ColumnSpec("string person.full_name") }
            if isOne(["pet", "animal", "dog", "cat", "horse", "puppy", "kitten"]) { return ColumnSpec("string animal.name") }
            return ColumnSpec(DomainCatalogue.nameSpec(c.nature))
        case "department", "dept", "department_name":
            // A person's department is one of the departments an organisation in this field has:
            // a nurse's is clinical, a gym instructor's a fitness programme (the departments table's knowledge).
            guard !isOne(["department", "division", "dept"]) else { return nil }
            return DomainCatalogue.template(for: "department", domain: c.domain)?.nameSpec.map { ColumnSpec($0) }
        case "title":
            // a professor's title is an academic rank, not a company's job title ("Economics Analyst")
            if isOne(["professor", "faculty", "faculty_member", "lecturer", "academic"]) {
                return ColumnSpec("string enum values=Professor:3|Associate~Professor:3|Assistant~Professor:3|Senior~Lecturer:1|Lecturer:2")
            }
            if c.nature == .person || isOne(["job", "position", "opening", "job_posting", "vacancy", "role"]) { return ColumnSpec("string company.job_title") }
            if isOne(["course", "class", "lesson", "module"]) { return ColumnSpec("string education.course_name") }
            if isOne(mediaTitled) { return ColumnSpec("string media.title") }
            return ColumnSpec("string text.title")
        case "status":
            return EnumLexicon.status(e, c)
        case "type", "kind":
            return EnumLexicon.type(e, c)
        case "category":
            // A gym's classes are grouped by how they run, not by school subjects (and not by a kind
            // of exercise, which a class's own name says and an independent draw could contradict).
            if c.domain == .sports, isOne(["class", "fitness_class", "session", "workout", "program", "programme"]) {
                return ColumnSpec("string enum values=group:5|small-group:3|beginner:2|drop-in:2")
            }
            // An award's or a nomination's category is what it honours, not a shop's department.
            if isOne(["award", "prize", "nomination", "nominee", "winner", "honor", "honour", "accolade"]) { return Self.awardCategories(c) }
            return EnumLexicon.category(e, c)
        case "finish_time_seconds", "finish_seconds", "chip_time_seconds", "net_time_seconds", "gun_time_seconds", "time_seconds":
            // A race finisher's time: a fast 5 km to a slow marathon, not a few seconds.
            if isOne(["result", "race_result", "finish", "finisher", "entry", "race_entry", "run", "split"]) {
                return ColumnSpec("integer number.integer 900..21600 lognormal")
            }
            return nil
        case "place", "finish_place", "finishing_place", "placing":
            // Where an entrant finished, in a table of results: 1st, 2nd, … (not a location).
            if isOne(["result", "race_result", "finish", "finisher", "standing", "entry", "race_entry", "placing", "leaderboard_entry"]) {
                return ColumnSpec("integer number.integer 1..500 zipf")
            }
            return nil
        case "position":
            if isOne(["player", "athlete", "footballer", "squad_member"]) {
                return ColumnSpec("string enum values=Goalkeeper:1|Defender:4|Midfielder:4|Forward:3")
            }
            if c.nature == .person { return ColumnSpec("string company.job_title") }
            // (a crew member's place on a flight is a crew role: `SettingSpecs`, by the prompt's airline words)
            return ColumnSpec("integer number.integer 1..100")
        case "rating":
            if isOne(["review", "rating", "feedback", "survey_response", "response", "trip", "ride", "delivery", "interview"]) {
                return ColumnSpec("integer number.integer 1..5")
            }
            if isOne(["player", "chess_player"]) { return ColumnSpec("integer number.integer 800..2800 normal") }
            // A provider's average from its customers' stars: platforms keep few below four.
            if isOne(serviceProviders) { return ColumnSpec("decimal number.decimal 4..5 p1 normal") }
            // A business's average from its reviews: mostly three and a half to five.
            if isOne(["restaurant", "cafe", "bar", "hotel", "listing", "store", "shop", "merchant", "vendor", "app", "salon", "clinic"]) {
                return ColumnSpec("decimal number.decimal 3.5..5 p1 normal")
            }
            if isOne(["movie", "film", "show", "series", "game"]) { return ColumnSpec("decimal number.decimal 1..10 p1 normal") }
            return nil
        case "total", "total_score", "overall_score", "total_points":
            // A judge's or an evaluation's total is points, the sum of the row's marks (the engine's rule), not money.
            if isOne(scoreTables) { return ColumnSpec("integer number.integer 3..50") }
            return nil
        case "app_name", "app", "application_name":
            // (an app store review's `app` is an app, not "App E")
            return ColumnSpec(Self.appNames)
        case "device_model", "phone_model", "handset", "handset_model":
            // An app's installs and sessions run on phones, not on air-quality sensors.
            if isOne(["install", "installation", "session", "crash", "app_session", "download", "app_user", "event", "app_event",
                      "user", "login", "device", "phone", "handset", "visit", "pageview"]) || c.domain == .saas {
                return ColumnSpec("string enum values=iPhone~15:4|iPhone~14:4|iPhone~13:3|Samsung~Galaxy~S24:3|Samsung~Galaxy~A54:3|Google~Pixel~8:2|Google~Pixel~7a:1.5|OnePlus~12:1|Xiaomi~Redmi~Note~13:2|Motorola~Moto~G:1.5")
            }
            return nil
        case "key", "scale":
            // A track's or a song's key is the scale it is in, not its identity.
            if isOne(musicPieces) { return names["musical_key"] }
            return nil
        case "result", "outcome", "decision":
            // The table's own name first: a driving test is an exam, not a lab test.
            if let own = outcomes.first(where: { $0.things.contains(e) }) { return ColumnSpec("string enum values=" + own.values) }
            if isOne(["test", "lab_result", "lab_test", "result", "screening", "covid_test"]) { return ColumnSpec("string enum values=negative:85|positive:12|inconclusive:3") }
            if isOne(["inspection", "check", "quality_check", "qc_check", "audit"]) { return ColumnSpec("string enum values=pass:90|fail:7|rework:3") }
            if isOne(["match", "fixture"]) { return ColumnSpec("string enum values=home_win:45|away_win:30|draw:25") }
            return outcomes.first { isOne($0.things) }.map { ColumnSpec("string enum values=" + $0.values) }
        case "level":
            // A log line's level, mostly routine.
            if isOne(["log", "log_entry", "syslog", "trace", "error", "log_line", "app_log"]) {
                return ColumnSpec("string enum values=INFO:60|WARN:20|ERROR:12|DEBUG:8")
            }
            // A worker's level is a career step; anyone else's (a rider, a swimmer, a climber, a club member) a skill level.
            if c.nature == .person && isOne(Self.workPersons) { return ColumnSpec("string enum values=Junior:3|Mid:4|Senior:3|Lead:1|Principal:0.5") }
            if c.nature == .person && !isOne(["student", "learner"]) {
                return ColumnSpec("string enum values=Beginner:4|Intermediate:4|Advanced:2.5|Expert:1")
            }
            return nil
        case "role":
            if isOne(["employee", "staff", "worker", "crew_member"]) { return ColumnSpec("string company.job_title") }
            if isOne(["movie_actor", "cast", "cast_member", "film_actor", "appearance", "credit"]) { return ColumnSpec("string person.first_name") }
            return nil
        case "tier":
            // A person's tier outside SaaS is a loyalty level; an account's is its plan (the table of names).
            if c.nature == .person, c.domain != .saas || isOne(["member", "shopper", "guest", "patron", "passenger", "traveler", "loyalty_member"]) {
                return ColumnSpec("string enum values=bronze:5|silver:3|gold:1.5|platinum:0.5")
            }
            return nil
        case "contract_type", "contract", "contract_term", "contract_length":
            // A person's contract with an employer is employment; a customer's is a subscription term (churn data).
            if isOne(["employee", "staff", "worker", "contractor", "job", "position", "hire", "candidate", "applicant",
                      "employment", "job_posting", "vacancy", "role"]) {
                return ColumnSpec("string enum values=full_time:7|part_time:2|contract:1.5|intern:0.5")
            }
            return ColumnSpec("string enum values=month-to-month:5|one-year:2.5|two-year:2.5")
        case "stage":
            if isOne(["application", "candidate", "applicant", "interview", "hire", "job_application"]) {
                return ColumnSpec("string enum values=applied:5|screening:3|interview:2|offer:1|hired:0.5|rejected:4")
            }
            return nil
        case "origin", "destination":
            // A flight's ends are airports (both the same way: no JFK → Denver).
            if isOne(["flight", "route", "leg", "flight_leg", "segment", "itinerary", "airline_route", "departure"]) {
                return ColumnSpec("string travel.airport_code")
            }
            return ColumnSpec("string address.city")
        case "offer_amount", "offered_salary", "salary_offered", "offer_salary", "offer":
            // A job offer is a year's pay (a bid on a house is the real-estate template's `amount`).
            if isOne(["application", "candidate", "applicant", "job_application", "hire", "offer", "job_offer"]),
               c.domain == .hr || !isOne(["application"]) {
                return ColumnSpec("decimal number.decimal 30000..250000 lognormal p0")
            }
            return nil
        case "premium":
            if isOne(["policy", "insurance_policy", "quote", "coverage", "plan"]) { return ColumnSpec("decimal number.decimal 20..2000 lognormal p2") }
            return nil
        case "plan", "plan_name", "plan_type", "coverage_type", "coverage_level":
            // An insurance policy's plan is its cover, not a software tier.
            if isOne(["policy", "insurance_policy", "coverage", "insurance", "pet_policy", "health_plan"]) {
                return ColumnSpec("string enum values=Basic:3|Standard:4|Premium:2|Comprehensive:1")
            }
            return nil
        case "subscription", "subscription_type", "subscription_tier", "subscription_plan", "subscription_level":
            // what someone subscribes to: a member's term, a listener's or a user's tier ("Premium"), never "Subscription D"
            if isOne(["member", "gym_member", "club_member", "membership"]) { return ColumnSpec("string enum values=monthly:5|annual:3|student:1|family:1") }
            if isOne(["listener", "viewer", "user", "account", "subscriber", "player", "reader", "customer", "profile", "fan"]) {
                return ColumnSpec("string enum values=Free:5|Premium:4|Family:2|Student:1")
            }
            return ColumnSpec("string enum values=Basic:4|Standard:3|Premium:2")
        case "card_number", "card_no", "library_card", "library_card_number", "membership_card", "member_card_number":
            // A member's card is the membership's (a library card's 14-digit barcode), not a payment card.
            if isOne(["member", "patron", "borrower", "library_member", "reader", "cardholder", "library_user", "gym_member"])
                || name != "card_number" && name != "card_no" {
                return ColumnSpec("string id.pattern pattern=2#############")
            }
            return nil
        case "table_number", "table_no", "table_num":
            // A restaurant's tables are numbered 1, 2, 3, …
            if isOne(Self.diningTables) { return ColumnSpec("integer id.sequence") }
            return nil
        case "cup_size", "portion_size", "drink_size":
            return ColumnSpec(Self.servingSizes)
        case "period", "class_period":
            // A school day's class meets in one of its numbered periods.
            if isOne(["class", "section", "lesson", "course", "schedule", "timetable", "homeroom"]) { return ColumnSpec("integer number.integer 1..8") }
            return nil
        case "language", "lang", "primary_language", "main_language":
            // A repository's or a software project's language is the one its code is written in, not English.
            let code: Set<String> = ["repo", "repository", "codebase", "package", "library", "snippet", "gist", "kata", "submission", "sdk"]
            if isOne(code) || c.domain == .saas && isOne(["project", "service", "microservice", "module", "app", "application"]) {
                return ColumnNames.table["programming_language"]
            }
            return nil
        case "code":
            if isOne(["airport"]) { return ColumnSpec("string travel.airport_code") }
            return ColumnSpec("string id.pattern pattern=\(patternPrefix(e))-#####")
        case "number":
            if isOne(["player", "athlete"]) { return ColumnSpec("integer number.integer 1..99") }
            if isOne(["room", "unit", "apartment"]) { return ColumnSpec("integer number.integer 100..999") }
            // A tooth by its number in the universal system (1–32).
            if isOne(["tooth", "teeth"]) { return ColumnSpec("integer number.integer 1..32") }
            // A restaurant's tables are numbered 1, 2, 3, … (as `table_number` is).
            if isOne(Self.diningTables) { return ColumnSpec("integer id.sequence") }
            // So are a bowling alley's lanes, a marina's slips, a garage's bays, a garden's plots: 1, 2, 3, …
            if isOne(Self.numberedPlaces) { return ColumnSpec("integer id.sequence") }
            return ColumnSpec("string id.pattern pattern=\(patternPrefix(e))-######")
        case "model":
            // A bicycle's model is a bike maker's, not a car's (no "Camry" for a bike).
            if isOne(["bike", "bicycle", "ebike", "e_bike", "cycle"]) {
                return ColumnSpec("string enum values=Trek~FX~3:3|Giant~Escape~3:3|Specialized~Rockhopper:2|Cannondale~Quick~4:2|Brompton~C~Line:2|Specialized~Allez:2|Trek~Marlin~5:2|Giant~Defy~Advanced:1|Canyon~Grail:1|Cannondale~Topstone:1|Raleigh~Motus:1|Scott~Scale~970:1|Bianchi~Via~Nirone:1|Orbea~Orca:1|Cube~Aim:1|Santa~Cruz~Hightower:1")
            }
            if isOne(["vehicle", "car", "truck", "van", "motorcycle"]) { return ColumnSpec("string vehicle.model") }
            // A machine's model is its maker's (a farm's tractors: `VehicleKind.fleet`), not a shop's product.
            if isOne(Self.machineTables) { return ColumnSpec("string vehicle.model") }
            // A turbine's, a pump's or a lift's model is its maker's code ("KT-450"), not a shop's product.
            if isOne(Self.plantTables) { return ColumnSpec("string id.pattern pattern=??-%##0") }
            // A bus or a coach is one of the makers' transit models, not a shop's product.
            if isOne(["bus", "coach", "transit_vehicle", "shuttle"]) {
                return ColumnSpec("string enum values=New~Flyer~Xcelsior:4|Gillig~Low~Floor:3|Nova~Bus~LFS:2|Proterra~ZX5:1|MCI~D4500:1|Volvo~7900:1|Mercedes-Benz~Citaro:1")
            }
            // A sensor's or a smart device's model is a device maker's, not a shop's product ("Modern Shirt").
            if isOne(["sensor", "device", "iot_device", "meter", "smart_meter", "thermostat", "gateway", "detector", "tracker", "beacon",
                      "controller", "node", "probe"]) {
                var spec = ColumnSpec(.string, "enum")
                spec.values = SensorModels.all.map { .string($0) }
                return spec
            }
            return nil
        case "year":
            if isOne(["vehicle", "car", "truck", "van", "motorcycle", "bus", "coach"]) { return ColumnSpec("integer vehicle.year") }
            return nil
        case "price", "list_price", "sale_price", "asking_price":
            if c.domain == .realEstate || isOne(["property", "listing", "home", "house", "condo", "real_estate"]) {
                return ColumnSpec("decimal number.decimal 80000..2000000 lognormal p0")
            }
            if isOne(["vehicle", "car", "truck"]) { return ColumnSpec("decimal number.decimal 3000..90000 lognormal p0") }
            // A nursery's plant: a few dollars for a seedling, a hundred or so for a tree.
            if isOne(["plant", "flower", "seedling", "shrub", "tree", "houseplant", "succulent", "cactus", "herb", "bulb", "perennial"]) {
                return ColumnSpec("decimal number.decimal 4..120 lognormal p2")
            }
            // What a course or a seat on a flight costs: no $4.88 course, no $13 flight.
            if isOne(["course", "class", "workshop", "bootcamp", "training", "program", "programme"]) {
                return ColumnSpec("decimal number.decimal 19..1500 lognormal p2")
            }
            if c.domain == .travel, isOne(["booking", "ticket", "reservation", "flight", "flight_booking", "seat"]) {
                return ColumnSpec("decimal number.decimal 59..1800 lognormal p2")
            }
            // A seat at a film costs what a film ticket does; one at a concert or a play what those do.
            if isOne(Self.filmShowings) { return ColumnSpec("decimal number.decimal 8..22 p2") }
            if isOne(["ticket", "admission", "event_ticket", "concert", "gig", "performance", "recital"]) {
                return ColumnSpec("decimal number.decimal 15..250 lognormal p2")
            }
            // An antique's or a used thing's asking price is a shop's, not a house's (the table of names' sense).
            if name == "asking_price", c.domain != .realEstate { return ColumnSpec("decimal commerce.price 10..5000 lognormal p2") }
            return nil
        case "commission_rate", "commission_pct", "commission_percent", "commission_percentage":
            // An estate agent's commission is a few percent of the price, not a salesperson's 15.
            if c.domain == .realEstate || isOne(["agent", "realtor", "broker", "listing_agent", "real_estate_agent", "estate_agent"]) {
                return ColumnSpec("decimal number.decimal 1.5..6 p2")
            }
            return nil
        case "fare", "ticket_price", "airfare":
            // A cinema seat costs what a film ticket does.
            if isOne(Self.filmShowings) { return ColumnSpec("decimal number.decimal 8..22 p2") }
            if c.domain == .travel || isOne(["flight", "booking", "flight_booking", "ticket", "seat"]) {
                return ColumnSpec("decimal number.decimal 59..1800 lognormal p2")
            }
            return nil
        case "temperature", "temp", "body_temperature":
            // A body near 37 °C, a few feverish (a normal draw centres the range: 37.1, most within 36.4–37.8).
            if c.nature == .person || c.domain == .healthcare { return ColumnSpec("decimal number.decimal 36.0..38.2 p1 normal") }
            return nil
        case "unit":
            if isOne(["lab_test", "lab_result", "test", "result"]) { return ColumnSpec("string enum values=mg/dL|mmol/L|g/dL|%|U/L|ng/mL") }
            // A nurse's or a shift's unit is a hospital ward, not a unit of measure.
            if isOne(["nurse", "shift", "staff", "bed", "admission", "caregiver", "doctor", "physician", "staff_member"]) {
                return DomainCatalogue.template(for: "ward", domain: .healthcare)?.namesSpec.map { ColumnSpec($0) }
            }
            if isOne(["ingredient", "recipe_ingredient", "recipe_item"]) { return ColumnSpec("string enum values=g|kg|ml|l|cup|tbsp|tsp|pcs") }
            if c.nature == .device || isOne(["reading", "measurement", "metric", "telemetry", "observation"]) {
                return ColumnSpec("string enum values=celsius|percent|hPa|ppm|lux|kWh|V|A|dB|g|deg/s|mm/s")
            }
            return nil
        case "metric", "metric_name", "measurement_type", "reading_type":
            // What a sensor reading measures, not a SaaS plan's metered usage (api_calls, seats): the engine reads
            // the value's range from it (SensorUnits).
            if c.nature == .device || c.domain == .iot || isOne(Self.sensorReadingTables) || e.split(separator: "_").contains("sensor") {
                return ColumnSpec("string enum values=temperature:4|humidity:3|co2:2|pressure:1.5|illuminance:1.5|noise:1|power:1.5|voltage:1")
            }
            return nil
        case "capacity":
            if let range = capacityRange[head] ?? capacityRange[e] { return ColumnSpec("integer number.integer \(range)") }
            return nil
        case "capacity_pallets", "pallet_capacity", "capacity_units", "unit_capacity", "capacity_people", "capacity_persons",
             "capacity_seats", "seat_capacity", "capacity_guests", "guest_capacity", "max_capacity":
            // A capacity counted in things or people holds what `capacity` does: a warehouse thousands of pallets, not one.
            return contextual("capacity", c)
        case "km_driven", "kilometers_driven", "kilometres_driven", "miles_driven", "distance_driven":
            // What one rental or trip drove, not a car's whole odometer: tens to a few thousand kilometres.
            if isOne(["rental", "car_rental", "hire", "booking", "reservation", "trip", "journey", "ride", "delivery", "lease_return"]) {
                return DistanceUnits.inMiles(name) ? ColumnSpec("integer number.integer 10..1500 lognormal") : ColumnSpec("integer number.integer 20..2500 lognormal")
            }
            return nil
        case "mode", "transport_mode", "shipping_mode", "mode_of_transport", "transport_type":
            // How goods travel: by road, air, sea or rail, not "Mode E".
            if isOne(["carrier", "shipment", "freight", "transport", "delivery", "lane", "route", "consignment", "load", "shipping"])
                || c.domain == .logistics {
                return ColumnSpec("string enum values=Road:5|Air:2|Ocean:2|Rail:1.5|Courier:3")
            }
            return nil
        case "length_ft", "length_feet", "loa", "loa_ft", "length_m", "length_meters", "length":
            // A boat's length overall: a dinghy to a large yacht.
            if isOne(["boat", "yacht", "sailboat", "charter_boat", "vessel", "catamaran"]) {
                return name.hasSuffix("_m") || name.hasSuffix("meters") ? ColumnSpec("decimal number.decimal 5..30 p1")
                    : ColumnSpec("decimal number.decimal 16..90 p1")
            }
            return nil
        case "seats":
            // A restaurant's table seats two to eight.
            if isOne(Self.diningTables) { return ColumnSpec("integer enum values=2:4|4:5|6:2|8:1") }
            if c.nature == .account || c.nature == .organization || isOne(["subscription", "plan", "license", "workspace"]) {
                return ColumnSpec("integer number.integer 1..200 lognormal")
            }
            if isOne(handsOnClasses) { return ColumnSpec("integer number.integer 6..30") }
            return nil
        case "resolution", "resolution_notes", "resolution_summary":
            // A ticket's resolution is what was done about it, not a screen's (a work order's or a repair's too).
            if isOne(["ticket", "support_ticket", "incident", "issue", "case", "request", "service_request", "complaint",
                      "inquiry", "enquiry", "bug", "problem", "support_request", "work_order", "order", "repair", "job",
                      "maintenance", "service_call", "callout", "fault", "defect", "breakdown", "claim", "dispute"]) {
                return ColumnSpec("string text.sentence")
            }
            return nil
        case "disposition", "call_disposition", "call_outcome", "wrap_up_code":
            // How a call ended, not a hospital discharge.
            if e.split(separator: "_").contains("call") || isOne(["contact", "interaction", "dial", "conversation", "inbound", "outbound"]) {
                return ColumnSpec("string enum values=Resolved:5|Escalated:1.5|Callback~scheduled:1|Transferred:1|Voicemail:0.8|Abandoned:0.7")
            }
            return nil
        case "term_years", "loan_term_years", "term_in_years":
            // A loan's term in years: a car's or a personal loan's few (a mortgage's, `SettingSpecs`, 10–30).
            if isOne(["loan", "application", "loan_application", "lease", "financing", "credit", "agreement"]) {
                return ColumnSpec("integer enum values=1:1|2:2|3:3|5:4|7:2|10:1")
            }
            return nil
        case "ltv", "ltv_ratio", "loan_to_value", "loan_to_value_ratio":
            // A loan against a property: its loan-to-value in percent, not a customer's lifetime value.
            if isOne(["mortgage", "application", "mortgage_application", "loan", "loan_application", "home_loan", "property", "lien"]) {
                return ColumnSpec("decimal number.decimal 40..97 p1 normal")
            }
            return nil
        case "platform", "platform_number", "platform_no":
            // A train stops at a station's platform 1, 2, 3, not on Android.
            let rail: Set<String> = ["train", "rail", "railway", "station", "stop", "departure", "arrival", "timetable", "tram", "metro", "subway"]
            if !rail.isDisjoint(with: e.split(separator: "_").map(String.init)) || isOne(["scheduled_stop", "stop_time", "service"]) && c.domain == .logistics {
                return ColumnSpec("integer number.integer 1..12 lognormal")
            }
            return nil
        case "subject":
            if c.domain == .education || isOne(["course", "class", "teacher", "tutor", "session", "lesson", "exam", "grade", "quiz", "test",
                                                "flashcard", "deck", "worksheet", "homework", "assignment"]) {
                return ColumnSpec("string education.subject")
            }
            return nil
        case "steps", "method", "directions", "instructions", "preparation":
            // A recipe's steps are its method, written out (not a step count, not a payment method).
            if isOne(["recipe", "dish", "meal"]) { return ColumnSpec("text text.description") }
            // How a payment was made.
            if name == "method", isOne(["payment", "rent_payment", "transaction", "charge", "refund", "payout", "installment", "repayment"]) {
                return e.split(separator: "_").contains("rent") ? ColumnSpec("string enum values=bank_transfer:4|credit_card:2|debit_card:2|check:1.5|cash:0.5")
                    : ColumnSpec("string commerce.payment_method")
            }
            return nil
        case "display_name", "full_display_name", "public_name":
            // A person's display name is their name (the same person as the row's username and bio).
            if c.nature == .person { return ColumnSpec("string person.full_name") }
            return nil
        case "event_type", "type_of_event":
            // What happens in a match (a league's `events` beside its matches), not a website's page views.
            if isOne(["match_event", "game_event", "fixture_event"]) || (c.domain == .sports && isOne(["event", "incident"])) {
                return ColumnSpec(Self.matchEventTypes)
            }
            return nil
        case "score":
            if isOne(["game", "match", "fixture"]) { return ColumnSpec("integer number.integer 0..6 zipf") }
            if isOne(["credit_report", "credit_check"]) { return ColumnSpec("integer number.integer 300..850 normal") }
            return nil
        case "size":
            // A drink or a dish comes small, medium or large, not in a shirt's sizes.
            if isOne(["menu_item", "drink", "beverage", "coffee", "pizza", "smoothie", "tea", "meal", "dish", "menu"]) {
                return ColumnSpec(Self.servingSizes)
            }
            // A crew, a squad or a work team counts its people, not a company's headcount band ("11-50").
            if isOne(["crew", "squad", "work_crew", "moving_crew", "gang", "patrol", "unit_crew"]) { return ColumnSpec("integer number.integer 2..8") }
            if c.nature == .organization { return ColumnSpec("string enum values=1-10:3|11-50:3|51-200:2|201-1000:1|1000+:0.5") }
            if isOne(["file", "document", "attachment", "upload", "image", "photo"]) { return ColumnSpec("integer number.integer 1000..10000000 lognormal") }
            if c.nature == .place || isOne(["property", "home", "house", "apartment", "unit"]) { return ColumnSpec("integer number.integer 400..5000 normal") }
            return nil
        case "duration", "duration_minutes", "duration_mins", "duration_min", "length_minutes":
            // a booked slot runs a round number of minutes, never 3
            if isOne(["appointment", "consultation", "lesson", "session", "treatment", "visit", "interview", "meeting", "grooming"]) {
                return ColumnSpec("integer enum values=15:1|30:4|45:2|60:4|90:2|120:1")
            }
            // an episode or a podcast runs 15 minutes to two hours, mostly under one; a film an hour and a quarter to three
            if isOne(["episode", "podcast", "podcast_episode"]) { return ColumnSpec("integer number.integer 15..120 lognormal") }
            if isOne(["movie", "film", "feature"]) { return ColumnSpec("integer number.integer 75..180") }
            if isOne(["course", "class", "trip", "ride", "flight", "workout", "shift", "tour", "training"]) {
                return ColumnSpec("integer number.integer 10..180")
            }
            return nil
        case "duration_hours", "length_hours", "duration_hrs", "course_hours", "total_hours", "content_hours", "video_hours", "hours_long":
            // Hours, not the seconds-sized range of a plain duration: a course of 1–60 hours of content, anything else
            // half an hour to a day (a flight, a shift, a job).
            if isOne(["course", "online_course", "class", "program", "programme", "module", "training", "workshop", "curriculum"]) {
                return ColumnSpec("integer number.integer 1..60 lognormal")
            }
            // an appointment, a session or a lesson someone sits through: half an hour to a working day
            if isOne(["appointment", "session", "lesson", "booking", "consultation", "visit", "sitting", "treatment", "job"]) {
                return ColumnSpec("decimal number.decimal 0.5..8 lognormal p1")
            }
            return ColumnSpec("decimal number.decimal 0.5..24 lognormal p1")
        case "building", "building_name":
            // a department's or a class's building is a named building ("Lakeside Building"), not a street
            if isOne(["building", "complex", "property"]) { return nil }
            return ColumnSpec("string text.title")
        case "expertise", "area_of_expertise", "expertise_area", "subject_area", "specialization", "specialisation":
            // A teacher's or a course creator's expertise is a subject they teach (as a course's category is).
            if isOne(["instructor", "teacher", "tutor", "mentor", "lecturer", "professor", "educator", "course_creator", "creator", "coach"]) {
                return ColumnSpec("string education.subject")
            }
            return nil
        case "completed_at", "completed_on", "completion_date", "finished_at", "finished_on", "graduated_on":
            // An enrolment or a course's progress is finished by some learners only: a completion is missing for the rest.
            if isOne(["enrollment", "enrolment", "course_enrollment", "course_progress", "progress", "registration", "learner_course",
                      "user_course", "student_course"]) {
                return ColumnSpec(name.hasSuffix("_on") || name.hasSuffix("date") ? "date date.past null=0.55" : "datetime datetime.past null=0.55")
            }
            return nil
        case "age":
            if isOne(["pet", "animal", "dog", "cat", "horse"]) { return ColumnSpec("integer number.integer 0..18") }
            if isOne(["vehicle", "car", "truck", "building", "property", "machine"]) { return ColumnSpec("integer number.integer 0..40") }
            return nil
        case "weight", "weight_kg":
            if let parcel = parcelMeasure(name, isOne) { return parcel }
            if isOne(["horse", "pony", "mare", "stallion", "gelding"]) { return ColumnSpec("decimal number.decimal 350..700 p0") }
            if isOne(["pet", "animal", "dog", "cat"]) { return ColumnSpec("decimal number.decimal 1..60 p1") }
            if c.nature == .person { return ColumnSpec("decimal number.decimal 40..130 p1 normal") }
            return nil
        case "goal":
            // A fundraiser's goal is money; a person's is something they want to do (`ColumnNames`).
            if isOne(["campaign", "fundraiser", "appeal", "drive", "crowdfunding", "fund"]) { return ColumnSpec("decimal number.decimal 1000..100000 lognormal p0") }
            return nil
        case "value":
            if let deal = sponsorshipAmount(isOne) { return deal }
            if isOne(["artwork", "asset", "property", "deal", "opportunity", "collectible", "painting", "contract"]) {
                return ColumnSpec("decimal number.decimal 1000..5000000 lognormal p0")
            }
            return nil
        case "location", "section", "area", "seating_area":
            if isOne(Self.diningTables) { return ColumnSpec("string enum values=Main~dining~room:5|Window:2|Patio:2|Bar~area:1.5|Private~room:0.5") }
            guard name == "location" else { return nil }
            if c.nature == .device { return ColumnSpec("string enum values=Living~Room|Kitchen|Bedroom|Garage|Office|Basement|Warehouse|Roof") }
            return nil
        case "breed", "breed_name":
            // A horse's or a farm animal's breed is its kind's, not a dog's or a cat's.
            if let breeds = Self.livestockBreeds.first(where: { isOne($0.tables) }) { return ColumnSpec("string enum values=" + breeds.values) }
            return nil
        case "capacity_kg", "payload_kg", "max_load_kg", "max_payload_kg", "load_capacity_kg":
            // A truck carries tonnes, a van hundreds of kilograms.
            if isOne(["truck", "lorry", "tipper", "dump_truck", "hauler"]) { return ColumnSpec("decimal number.decimal 3500..26000 lognormal p0") }
            if isOne(["van", "delivery_van", "pickup"]) { return ColumnSpec("decimal number.decimal 600..1500 p0") }
            return nil
        case "weight_lbs", "weight_lb", "length_cm", "width_cm", "height_cm", "depth_cm":
            return parcelMeasure(name, isOne)
        case "specialty", "speciality", "practice_area", "area_of_law", "focus_area":
            // A lawyer's specialty is an area of law, not a doctor's.
            if isOne(legalProfessionals) { return ColumnSpec(Self.practiceAreas) }
            // A photographer's specialty is a kind of shoot, not a doctor's.
            if isOne(["photographer", "videographer", "filmmaker"]) {
                return ColumnSpec("string enum values=Wedding:4|Portrait:3|Product:2|Event:2|Real~Estate:1.5|Newborn:1|Fashion:1|Sports:1")
            }
            // A personal trainer's or a fitness coach's specialty is a kind of training, not a doctor's.
            if isOne(["trainer", "personal_trainer", "fitness_trainer", "fitness_instructor", "coach", "yoga_instructor"])
                || c.domain == .sports && isOne(["instructor"]) {
                return ColumnSpec("string enum values=Strength~Training:4|HIIT:3|Yoga:3|Pilates:2|Weight~Loss:2.5|Boxing:1.5|Mobility:1.5|"
                                  + "Spin:1.5|Sports~Nutrition:1|Injury~Rehabilitation:1")
            }
            // A stylist's or a barber's specialty is a kind of hair work, not a doctor's.
            if isOne(["stylist", "hairstylist", "hair_stylist", "hairdresser", "barber", "colorist", "colourist"]) {
                return ColumnSpec("string enum values=Color:3|Cuts:3|Balayage:2|Highlights:2|Barbering:1.5|Curly~Hair:1.5|Extensions:1|"
                                  + "Bridal~Styling:1|Keratin~Treatments:1")
            }
            // A curator's, a researcher's or a scientist's specialty is a field of study.
            if isOne(["curator", "researcher", "scientist", "scholar", "archivist", "conservator", "professor", "lecturer", "judge", "expert"]) {
                return ColumnSpec("string education.subject")
            }
            // A chef's specialty is a kitchen's, not a doctor's.
            if isOne(["chef", "cook", "baker", "pastry_chef", "instructor", "cooking_instructor", "culinary_instructor"]) {
                return ColumnSpec("string enum values=Pastry:3|Italian:3|French:2|Japanese:1.5|Bread~Baking:2|Vegan:1.5|Butchery:1|Mexican:1.5|Thai:1.5")
            }
            return nil
        case "beds", "bed_count", "number_of_beds", "num_beds", "total_beds", "licensed_beds":
            // A hospital has tens to a thousand beds, a ward tens, a care home a hundred or so (not a hotel room's two).
            if isOne(["hospital", "medical_center"]) { return ColumnSpec("integer number.integer 25..1200 lognormal") }
            if isOne(["ward", "unit", "icu"]) { return ColumnSpec("integer number.integer 8..40") }
            if isOne(["nursing_home", "care_home", "hospice", "shelter", "facility"]) { return ColumnSpec("integer number.integer 20..160") }
            return nil
        case "head", "head_name", "head_of_department", "department_head", "dept_head":
            // A department's or a team's head is a person ("Head C" before); a herd's head is a count of animals.
            if isOne(["herd", "livestock", "cattle", "flock", "pasture", "paddock"]) { return ColumnSpec("integer number.integer 5..400 lognormal") }
            if name != "head" || isOne(["department", "dept", "division", "team", "unit", "school", "office", "ward", "lab", "agency",
                                        "committee", "faculty", "branch", "bureau", "section", "practice", "clinic", "house", "club"]) {
                return ColumnSpec("string person.full_name")
            }
            return nil
        case "pints", "glasses", "pours", "bottles", "cans", "growlers", "cups", "slices", "scoops":
            // What one sale or tab counts: a round of drinks, not 177 pints at once.
            if isOne(["sale", "order", "transaction", "tab", "purchase", "taproom_sale", "bar_tab"]) || e.hasSuffix("_sale") || e.hasSuffix("_order") {
                return ColumnSpec("integer enum values=1:6|2:5|3:2|4:1.5|5:0.5|6:0.5")
            }
            return nil
        case "max_students", "class_size":
            // A hands-on class or workshop takes a kitchen's or a studio's worth of people, not an arena's.
            if isOne(handsOnClasses) { return ColumnSpec("integer number.integer 6..30") }
            return nil
        case "day_rate", "daily_fee", "rate_per_day":
            // What a freelancer charges for a day's work: hundreds to a few thousand.
            if isOne(["photographer", "videographer", "freelancer", "contractor", "consultant", "crew_member", "cameraman",
                      "editor", "designer", "stylist", "makeup_artist", "translator", "interpreter"]) {
                return ColumnSpec("decimal number.decimal 250..2500 lognormal p0")
            }
            return nil
        case "relationship", "relation", "relationship_to_child", "relationship_to_student", "relationship_to_patient":
            // A guardian is a parent or a relative; an emergency contact anyone close.
            if isOne(["guardian", "parent", "caregiver", "carer", "family_member", "pickup_person", "authorized_pickup"]) {
                return ColumnSpec("string enum values=mother:4|father:4|grandparent:1.5|legal~guardian:1|aunt:0.5|uncle:0.5")
            }
            if isOne(["emergency_contact", "contact", "next_of_kin", "kin", "beneficiary", "dependent", "dependant"]) {
                return ColumnSpec("string enum values=spouse:4|parent:3|sibling:2|child:2|friend:1.5|partner:2")
            }
            return nil
        case "hourly_rate", "billing_rate", "bill_rate", "rate":
            // What a lawyer bills an hour: hundreds, not a shop assistant's wage.
            if isOne(legalProfessionals) { return ColumnSpec("decimal number.decimal 150..900 lognormal p0") }
            // Hours billed to a client are billed at a professional's rate, not 2.93 an hour.
            if isOne(["billable_hour", "billable", "billing_entry", "time_entry", "timesheet", "timesheet_entry", "billed_hour"]) {
                return ColumnSpec("decimal number.decimal 75..450 lognormal p0")
            }
            return nil
        case "phase", "trial_phase", "study_phase":
            // A clinical trial runs in phases 1 to 4; a project moves through stages of work.
            if isOne(["trial", "clinical_trial", "study", "clinical_study", "drug_trial"]) {
                return ColumnSpec("string enum values=Phase~1:2|Phase~2:3|Phase~3:3|Phase~4:1")
            }
            if isOne(["project", "initiative", "construction", "build", "program", "programme", "job", "engagement"]) {
                return ColumnSpec("string enum values=planning:2|design:2|execution:4|testing:2|closing:1")
            }
            return nil
        case "food", "food_type", "feed", "feed_type", "diet":
            // What a keeper feeds an animal (`feeding_logs`, `animals`), not what a diner orders.
            if isOne(["animal", "pet", "feeding", "feeding_log", "feeding_record", "feeding_schedule", "livestock", "herd", "enclosure"])
                || e.split(separator: "_").contains("feeding") {
                return ColumnSpec("string enum values=Hay:3|Fresh~Fish:2|Raw~Meat:2|Fruit~Mix:2|Leafy~Greens:2|Pellets:3|Insects:1|Seeds:1")
            }
            return nil
        case "opens_at", "opening_time", "open_time", "opens", "opens_time", "closes_at", "closing_time", "close_time", "closes", "closes_time":
            // A place's or a stop's daily hours are times of day: open in the morning, closed in the evening.
            guard isOne(["location", "spot", "schedule", "opening_hour", "hour", "stop", "stand", "store_hour", "business_hour", "branch",
                         "store", "shop", "venue", "stall", "pitch", "slot"]) else { return nil }
            return ColumnSpec(name.hasPrefix("open") ? "time time.schedule 25200..43200" : "time time.schedule 61200..82800")
        case "instrument", "primary_instrument", "main_instrument", "instrument_played":
            // What a musician plays (a fund's instrument is a security, not a violin).
            if c.domain == .finance || isOne(["trade", "position", "holding", "security", "portfolio", "order"]) { return nil }
            return ColumnSpec(Instruments.spec)
        case "section", "orchestra_section", "instrument_section":
            // A musician's section is the instrument's (`applyOrchestraSection` ties the two on the row).
            if isOne(["musician", "player", "orchestra_member", "band_member", "member", "performer"])
                && (c.domain == .media || isOne(["musician", "orchestra_member"])) {
                return ColumnSpec(Instruments.sectionSpec)
            }
            return nil
        case "dietary_restriction", "dietary_restrictions", "dietary_requirement", "dietary_requirements", "dietary_needs",
             "dietary_preference", "food_allergy", "food_allergies":
            // Mostly none; else a diet or an allergy a kitchen plans for.
            return ColumnSpec("string enum values=None:10|Vegetarian:3|Vegan:1.5|Gluten-free:1.5|Nut~allergy:1|Dairy-free:1|Halal:0.8|Kosher:0.5")
        case "award_category", "prize_category":
            return Self.awardCategories(c)
        case "surface", "surface_type", "court_surface", "pitch_surface":
            // A court is hard, clay or grass; a pitch or a field grass or turf.
            if isOne(["court", "tennis_court", "padel_court", "squash_court"]) {
                return ColumnSpec("string enum values=Hard:5|Clay:3|Grass:1|Artificial~Grass:1|Carpet:0.5")
            }
            if isOne(["pitch", "field", "playing_field", "sports_field"]) {
                return ColumnSpec("string enum values=Grass:5|Artificial~Turf:3|Hybrid~Grass:1")
            }
            return nil
        case "skill_level", "ability_level", "experience_level", "playing_level", "proficiency":
            // A person's skill is a level of learning, not a score out of a hundred.
            if c.nature == .person || isOne(["member", "player", "student", "climber", "golfer", "swimmer", "learner", "participant"]) {
                return ColumnSpec("string enum values=Beginner:3|Intermediate:4|Advanced:2|Expert:0.5")
            }
            return nil
        case "amount", "deal_value", "sponsorship_amount":
            return sponsorshipAmount(isOne)
        case "color", "colour", "exterior_color", "exterior_colour", "paint_color", "paint_colour":
            // A car is painted in a car's colours (white, black, grey, silver), not a dress's plum or lavender.
            if isOne(["vehicle", "car", "truck", "van", "suv", "motorcycle", "motorbike", "fleet_vehicle", "rental_car", "taxi", "bus",
                      "lorry", "used_car", "listing_car"]) {
                return ColumnSpec("string enum values=White:5|Black:4|Gray:4|Silver:3|Blue:2|Red:2|Green:0.5|Brown:0.4|Beige:0.4|Orange:0.2|Yellow:0.2")
            }
            return nil
        case "operator", "operated_by", "network_operator":
            // A machine's, a crane's or a shift's operator works it; a station's, a route's, a network's or a
            // site's is the company that runs it.
            if isOne(["machine", "machinery", "equipment", "crane", "forklift", "shift", "production_run", "run", "excavator",
                      "tractor", "drone_flight", "operation", "job", "batch"]) {
                return ColumnSpec("string person.full_name")
            }
            return ColumnSpec("string company.name")
        case "payment_method", "payment_type", "pay_method", "payment_mode":
            // Cash on delivery pays for goods brought to the door: an order, a delivery, a sale (or a shop's payment)
            // offers it; a donation, a fee, a bill, a booking or a charging session is paid otherwise.
            if isOne(["order", "delivery", "shipment", "purchase", "sale", "checkout", "cart", "basket", "order_payment"])
                || c.domain == .commerce && isOne(["payment", "transaction"]) {
                return nil
            }
            return ColumnSpec("string enum values=credit_card:5|debit_card:3|bank_transfer:2|paypal:2|apple_pay:1")
        case "room", "room_name", "classroom":
            // A class, a meeting or an exam is held in a numbered room, not a home's kitchen.
            if isOne(["section", "class", "course", "lecture", "lesson", "session", "meeting", "exam", "seminar", "tutorial",
                      "class_section", "course_section", "booking", "appointment", "interview", "timetable", "schedule"]) {
                return ColumnSpec("string id.pattern pattern=Room~%##")
            }
            // An event, a talk or a workshop is held in one of a venue's named rooms.
            if isOne(["event", "talk", "workshop", "program", "programme", "activity", "presentation", "screening", "performance",
                      "meetup", "panel", "reading", "storytime", "club_meeting"]) {
                return ColumnSpec("string enum values=Main~Hall:3|Meeting~Room~A:2|Meeting~Room~B:2|Auditorium:2|Community~Room:2|Studio:1|Conference~Room:1.5|Garden~Room:0.5")
            }
            return nil
        case "frequency", "publishing_frequency", "send_frequency", "cadence":
            // How often something is published or billed, not a dose.
            if isOne(["newsletter", "magazine", "journal", "podcast", "show", "publication", "digest", "report", "subscription",
                      "plan", "membership", "campaign", "email", "mailing_list", "feed", "column", "blog"]) {
                return ColumnSpec("string enum values=daily:1|weekly:5|biweekly:2|monthly:3|quarterly:0.5")
            }
            return nil
        case "style", "beer_style":
            // A beer's style, not a fashion's.
            if isOne(["beer", "ale", "brew", "craft_beer", "batch", "tap", "keg"]) {
                return ColumnSpec("string enum values=IPA:4|Pale~Ale:3|Lager:3|Stout:2|Porter:1|Pilsner:2|Wheat~Beer:1.5|Sour:1|Saison:1|Amber~Ale:1")
            }
            return nil
        case "violation", "violation_type", "offense", "offence", "infraction":
            // What a parking or traffic ticket is for; what an inspector cites.
            if e.split(separator: "_").contains(where: { ["parking", "traffic", "citation", "ticket", "fine", "penalty"].contains($0) }) {
                return ColumnSpec("string enum values=Expired~meter:5|No~parking~zone:3|Street~cleaning:2|Fire~hydrant:1|Double~parking:1|Blocking~driveway:1|Overtime~parking:2|Disabled~space~without~permit:0.5")
            }
            if isOne(["inspection", "health_inspection", "food_inspection", "audit"]) {
                return ColumnSpec("string enum values=Improper~food~storage~temperature:3|No~hand~washing~sink~access:1|Pest~activity:1|Missing~food~handler~certificate:1|Cross-contamination~risk:2|Unlabeled~containers:2")
            }
            return nil
        case "monthly_fee", "membership_fee", "monthly_dues", "dues":
            // What a member pays a month: a club's or a gym's dues, not a dollar or two.
            if isOne(["member", "membership", "gym_member", "club_member", "subscriber", "subscription", "customer"]) {
                return ColumnSpec("decimal number.decimal 15..120 lognormal p2")
            }
            // A parking permit or a storage unit costs a month's rent for a space.
            if isOne(["permit", "parking_permit", "pass", "space", "spot", "stall", "unit", "storage_unit", "locker"]) {
                return ColumnSpec("decimal number.decimal 40..300 lognormal p2")
            }
            return nil
        case "condition", "item_condition":
            // An archive's or a museum's piece is kept in a condition, from excellent to fragile.
            if c.nature == .document || isOne(["document", "manuscript", "letter", "map", "photograph", "photo", "artifact", "artefact",
                                                 "artwork", "painting", "specimen", "object", "coin", "stamp", "record", "archive_item",
                                                 "collection_item", "antique", "print", "scroll", "book_copy"]) {
                return ColumnSpec("string enum values=excellent:2|good:4|fair:3|poor:1|fragile:1")
            }
            // A thing's condition is its wear; a patient's is a diagnosis (the table of names).
            // (So is the condition a thing is handed over or returned in: an assignment's, a loan's, a return's.)
            if c.nature == .thing || c.nature == .device || isOne(["item", "product", "book", "tool", "equipment", "asset", "vehicle",
                                                                    "car", "listing", "instrument", "bike", "gear", "device", "assignment",
                                                                    "loan", "return", "rental", "checkout", "handover", "trade_in",
                                                                    "inspection", "device_assignment", "asset_assignment"]) {
                return ColumnSpec("string enum values=new:2|like_new:3|good:4|fair:2|poor:0.5")
            }
            return nil
        case "purchase_price", "purchase_cost", "acquisition_cost", "cost_price":
            // What a piece of office equipment or a vehicle cost to buy; a home's price is the table of names'.
            if isOne(["device", "laptop", "computer", "equipment", "asset", "hardware", "monitor", "phone", "tablet", "printer", "tool", "machine"]) {
                return ColumnSpec("decimal number.decimal 150..3000 lognormal p2")
            }
            if isOne(["vehicle", "car", "truck", "van", "fleet_vehicle"]) { return ColumnSpec("decimal number.decimal 8000..90000 lognormal p2") }
            return nil
        case "cost", "total_cost", "quote", "quoted_price", "contract_value":
            // An ad shown once costs a fraction of a cent (a few dollars a thousand); a click a dollar or two.
            if isOne(adImpressions) { return ColumnSpec("decimal number.decimal 0.001..0.05 p4") }
            if isOne(["click", "ad_click"]) { return ColumnSpec("decimal number.decimal 0.2..3.5 p2") }
            // An installation, a renovation or a build costs thousands, not a few dollars.
            if isOne(["installation", "install", "renovation", "remodel", "construction", "build", "project", "roof_replacement",
                      "solar_installation", "extension", "kitchen_remodel"]) {
                return ColumnSpec("decimal number.decimal 2000..60000 lognormal p2")
            }
            // A doctor's visit costs what a consultation, its tests and a procedure do: no $7.61 visit.
            if c.domain == .healthcare, isOne(["visit", "appointment", "encounter", "consultation", "treatment", "procedure", "checkup"]) {
                return ColumnSpec("decimal number.decimal 60..1500 lognormal p2")
            }
            return nil
        case "hours", "engine_hours", "operating_hours", "hours_used", "hour_meter":
            // A machine's hour meter counts its running hours over the years.
            if isOne(Self.machineTables) { return ColumnSpec("integer number.integer 50..9000 lognormal") }
            return nil
        case "weekly_hours", "hours_per_week", "contact_hours":
            // A course meets a few hours a week; a person works a part- or full-time week.
            if isOne(["course", "class", "lesson", "program", "programme", "module", "section", "tutoring"]) {
                return ColumnSpec("integer number.integer 2..20")
            }
            if c.nature == .person { return ColumnSpec("integer number.integer 10..45 normal") }
            return nil
        case "fee", "adoption_fee":
            if let deal = sponsorshipAmount(isOne) { return deal }
            // A shelter's adoption fee covers vaccinations and a chip: tens to a few hundred.
            if isOne(["adoption", "pet_adoption", "animal", "pet", "dog", "cat", "rescue"]) || name == "adoption_fee" {
                return ColumnSpec("decimal number.decimal 50..350 p0")
            }
            // What a performer or a speaker is paid to appear: hundreds to tens of thousands.
            if isOne(["artist", "band", "performer", "act", "musician", "dj", "speaker", "headliner", "comedian", "lineup"]) {
                return ColumnSpec("decimal number.decimal 500..50000 lognormal p0")
            }
            return nil
        case "power_kw", "max_power_kw", "power", "rated_power_kw":
            // A charger's power is one of the standard ratings.
            if isOne(["station", "charger", "charging_station", "charge_point", "connector", "evse"]) {
                return ColumnSpec("decimal enum values=7.4:3|11:3|22:2|50:2|150:1.5|350:1")
            }
            return nil
        case "volume_ml", "volume":
            // A whole-blood donation is about a pint.
            if isOne(["donation", "blood_donation", "plasma_donation"]) { return ColumnSpec("integer number.integer 450..500") }
            return nil
        case "label", "desk_label", "code_label":
            // A desk, a locker or a parking spot is labelled with a letter and a number, not a word.
            if isOne(["desk", "locker", "spot", "space", "parking_spot", "parking_space", "bin", "shelf", "seat", "table", "bay", "dock",
                      "pod", "cabinet", "slot"]) {
                return ColumnSpec("string id.pattern pattern=?-%#")
            }
            return nil
        case "monthly_price", "monthly_rate", "price_per_month":
            // Renting a desk, an office or a space by the month costs hundreds.
            if isOne(["desk", "office", "space", "private_office", "studio", "parking_space", "parking_spot", "storage_unit", "locker"]) {
                return ColumnSpec("decimal number.decimal 150..900 lognormal p2")
            }
            return nil
        case "impressions", "views", "clicks":
            // An ad is seen thousands of times and clicked a few per cent of them.
            if isOne(["ad", "placement", "ad_placement", "campaign", "ad_campaign", "creative", "ad_group", "ad_impression", "banner", "sponsorship"]) {
                return name == "clicks" ? ColumnSpec("integer number.integer 10..5000 lognormal") : ColumnSpec("integer number.integer 1000..500000 lognormal")
            }
            return nil
        case "format", "ad_format", "creative_type", "creative_format", "ad_type", "placement_type":
            // An ad is a banner, a video or a native post, not a hardcover.
            if isOne(adCreatives) {
                return ColumnSpec("string enum values=banner:3|video:3|native:2|carousel:1.5|story:1|search_text:2")
            }
            if !["format", "screen_format", "projection"].contains(name) { return nil }
            fallthrough
        case "screen_format", "projection":
            // A cinema screen shows 2D, 3D or IMAX; a book's format is the table of names'.
            if isOne(["screen", "auditorium", "showtime", "screening", "theater", "theatre", "cinema", "movie_showing"]) {
                return ColumnSpec("string enum values=2D:6|3D:2|IMAX:1|Dolby~Cinema:1")
            }
            return nil
        case "certification", "certifications", "license_type":
            // A nurse's life-support and specialty certifications.
            if isOne(["nurse", "nurses", "caregiver", "paramedic", "emt"]) {
                return ColumnSpec("string enum values=BLS:4|ACLS:3|PALS:1.5|CCRN:1|CEN:1|CPN:0.5")
            }
            return nil
        case "attendance", "visitors", "visitor_count", "footfall":
            // A market, a fair or a festival day draws hundreds to thousands.
            if isOne(["market_day", "fair", "festival", "event_day", "market", "expo", "show_day", "open_day"]) {
                return ColumnSpec("integer number.integer 200..8000 lognormal")
            }
            return nil
        case "miles", "points", "mileage":
            // A loyalty programme's miles or points moved in one go: whole numbers, hundreds to thousands.
            if e.split(separator: "_").contains(where: { ["mile", "miles", "mileage", "point", "points", "loyalty", "reward", "rewards", "award"].contains($0) }) {
                return ColumnSpec("integer number.integer 100..25000 lognormal")
            }
            return nil
        case "state", "current_state":
            // The state of a piece of work, a run or a machine is how far along it is, not a region.
            if isOne(["issue", "bug", "pull_request", "merge_request", "task", "ticket", "job", "workflow", "workflow_run", "run",
                      "build", "deployment", "pipeline", "machine", "device", "vm", "instance", "container", "server", "session"]) {
                return EnumLexicon.status(e, c)
            }
            return nil
        case "team":
            return nil
        default:
            return nil
        }
    }

    /// People who practise law.
    static let legalProfessionals: Set<String> = ["attorney", "lawyer", "solicitor", "barrister", "counsel", "paralegal", "advocate",
                                                  "legal_counsel", "associate_attorney", "partner_attorney"]
    static let practiceAreas = "string enum values=Corporate~Law:3|Litigation:3|Family~Law:2|Criminal~Defense:2|Real~Estate~Law:2|"
        + "Employment~Law:2|Intellectual~Property:1.5|Immigration~Law:1|Personal~Injury:2|Tax~Law:1|Estate~Planning:1.5"

    static let mediaTitled: Set<String> = [
        "book", "movie", "film", "song", "track", "album", "episode", "show", "podcast", "series", "game", "video", "artwork",
        "painting", "novel", "playlist", "exhibition", "performance", "concert", "play", "title",
        // What someone watched or played, in a history of it.
        "watch_history", "viewing_history", "viewing", "watch_event", "view_event", "watchlist", "watch_log", "play_history",
        "listening_history", "stream",
    ]

    /// Classes taught hands-on, to a room's worth of people.
    static let handsOnClasses: Set<String> = ["class", "cooking_class", "workshop", "lesson", "course_session", "tasting", "masterclass"]

    static let capacityRange: [String: String] = [
        "warehouse": "1000..100000", "depot": "500..20000", "station": "10..40", "dock": "10..40", "room": "1..6",
        "venue": "50..5000", "vehicle": "1..60", "bus": "20..80", "class": "6..30", "cooking_class": "6..30", "workshop": "6..30", "course": "10..200", "session": "5..40",
        "restaurant": "20..200", "hotel": "20..500", "flight": "50..350", "aircraft": "50..350", "stadium": "5000..90000",
        "arena": "2000..25000", "stage": "300..20000", "parking_lot": "20..1000", "classroom": "10..120", "theater": "50..2000", "event": "50..5000",
        "school": "200..3000", "hospital": "50..1500", "ward": "10..60", "office": "20..800", "gym": "50..500",
        "bin": "10..500", "tank": "100..50000", "server": "10..1000", "line": "50..2000", "production_line": "50..2000",
        "plant": "1000..100000", "factory": "1000..100000", "ship": "100..20000", "vessel": "100..20000", "truck": "1..40",
        // People aboard a small boat; a ferry carries hundreds.
        "boat": "2..30", "yacht": "4..40", "sailboat": "2..12", "charter_boat": "4..30", "ferry": "100..1500", "kayak": "1..2", "canoe": "1..3",
    ]

    /// Letters for a generated code: `merchant` → `MER`, `invoice` → `INV`.
    static func patternPrefix(_ stem: String) -> String {
        if let known = prefixes[stem] { return known }
        let word = stem.split(separator: "_").last.map(String.init) ?? stem
        if let known = prefixes[word] { return known }
        let letters = word.uppercased().filter { $0.isLetter }
        return letters.isEmpty ? "ID" : String(letters.prefix(3))
    }

    static let prefixes: [String: String] = [
        "invoice": "INV", "order": "ORD", "policy": "POL", "claim": "CLM", "ticket": "TKT", "booking": "BKG",
        "confirmation": "CNF", "case": "CASE", "receipt": "RCT", "purchase_order": "PO", "contract": "CTR", "quote": "QTE",
        "member": "MBR", "membership": "MBR", "employee": "EMP", "student": "STU", "patient": "PAT", "badge": "BDG",
        "license": "LIC", "permit": "PMT", "work_order": "WO", "batch": "BAT", "lot": "LOT", "account": "ACC",
        "transaction": "TXN", "shipment": "SHP", "customer": "CUS", "product": "PRD", "merchant": "MER", "station": "STA",
        "warehouse": "WH", "store": "STR", "vehicle": "VEH", "device": "DEV", "sensor": "SNS", "machine": "MCH",
        "part": "PN", "item": "ITM", "asset": "AST", "project": "PRJ", "task": "TSK", "route": "RT", "property": "PROP",
        "listing": "LST", "course": "CRS", "class": "CLS", "reservation": "RSV", "application": "APP", "payment": "PAY",
        "loan": "LN", "card": "CRD", "supplier": "SUP", "vendor": "VND", "carrier": "CAR", "airport": "APT",
    ]

    // MARK: - Suffix families

    /// `*_name`: a person's, a company's, a product's… by what comes before.
    static func nameSpec(stem: String, _ c: ColumnContext) -> ColumnSpec {
        let word = stem.split(separator: "_").last.map(String.init) ?? stem
        if stem.isEmpty { return contextual("name", c) ?? ColumnSpec("string text.title") }
        if DomainCatalogue.personNouns.contains(word) && !["artist", "band"].contains(word) { return ColumnSpec("string person.full_name") }
        if DomainCatalogue.index[word] == nil, DomainCatalogue.looksLikePerson(word) { return ColumnSpec("string person.full_name") }
        switch word {
        case "first", "given": return ColumnSpec("string person.first_name")
        case "last", "family", "sur": return ColumnSpec("string person.last_name")
        case "middle": return ColumnSpec("string person.middle_name")
        case "full": return ColumnSpec("string person.full_name")
        case "user", "display", "nick", "screen", "account_user": return ColumnSpec("string internet.username")
        case "company", "business", "merchant", "vendor", "supplier", "org", "organization", "organisation", "legal", "store",
             "shop", "restaurant", "bank", "employer", "publisher", "manufacturer", "agency", "firm", "practice",
             "insurer", "team", "club", "brokerage", "lender", "label", "studio", "network":
            return ColumnSpec("string company.name")
        case "hospital": return ColumnSpec("string health.hospital")
        case "clinic": return ColumnSpec("string health.clinic")
        case "carrier", "courier_company": return ColumnSpec("string logistics.carrier")
        case "airline": return ColumnSpec("string travel.airline")
        case "airport": return ColumnSpec("string travel.airport_name")
        case "hotel": return ColumnSpec("string travel.hotel_name")
        case "school", "university", "college": return ColumnSpec("string education.school")
        case "product", "item", "model", "sku", "part", "component": return ColumnSpec("string commerce.product_name")
        case "category": return ColumnSpec("string commerce.category")
        case "brand": return ColumnSpec("string commerce.brand")
        case "department", "dept": return ColumnSpec("string company.department")
        case "city", "town": return ColumnSpec("string address.city")
        case "country": return ColumnSpec("string address.country")
        case "state", "region", "province": return ColumnSpec("string address.region")
        case "street": return ColumnSpec("string address.street_name")
        case "course", "class": return ColumnSpec("string education.course_name")
        case "subject", "major": return ColumnSpec("string education.subject")
        case "song", "track", "album", "book", "movie", "film", "show", "episode", "podcast", "game", "video", "playlist", "series":
            return ColumnSpec("string media.title")
        case "artist", "band": return ColumnSpec("string media.artist")
        case "genre": return ColumnSpec("string media.genre")
        case "drug", "medication", "medicine": return ColumnSpec("string health.medication")
        case "file": return ColumnSpec("string file.name")
        case "host", "domain": return ColumnSpec("string internet.domain")
        case "job", "role", "position": return ColumnSpec("string company.job_title")
        case "pet", "animal", "dog", "cat": return ColumnSpec("string animal.name")
        case "character": return ColumnSpec("string person.first_name")
        case "tag", "skill", "keyword", "label_tag": return ColumnSpec("string text.word")
        default: return ColumnSpec("string text.title")
        }
    }

    /// Words of a table of web requests: an access log, an API's request log, a server's hits.
    static let webRequestWords: Set<String> = ["access", "http", "api", "nginx", "apache", "web", "endpoint", "proxy", "gateway", "cdn"]
    /// What such a table's rows are: requests, or lines of a log of them (not an API's keys nor a web server's hosts).
    static let webRequestHeads: Set<String> = ["log", "request", "hit", "call", "entry", "line", "record"]

    /// A web request's method, status and path (`method` GET or POST, `status` 200 or 404, `path` /login), in a table of
    /// requests; elsewhere a method is paid with and a status is a record's.
    static func webRequest(_ name: String, _ c: ColumnContext) -> ColumnSpec? {
        let words = Set(c.entity.split(separator: "_").map(String.init))
        // (an access log is of requests; access requests are asked for and granted)
        let web = !words.subtracting(["access"]).isDisjoint(with: webRequestWords) || words.contains("access") && c.head != "request"
        guard webRequestHeads.contains(c.head), web, !words.contains("payment") else { return nil }
        switch name {
        case "method", "http_method", "request_method", "verb", "http_verb":
            return ColumnSpec("string enum values=GET:62|POST:24|PUT:5|PATCH:4|DELETE:3|HEAD:1|OPTIONS:1")
        case "status", "http_status", "response_status", "status_code", "response_code":
            return codeSpec(stem: "http")
        case "host", "hostname", "server_name", "vhost", "domain":
            return ColumnSpec("string internet.domain")
        case "bytes", "bytes_sent", "body_bytes_sent", "response_size", "response_bytes", "size", "bytes_out", "content_length":
            // a response's size: a few hundred bytes to a few megabytes, most of them small
            return ColumnSpec("integer number.integer 200..2000000 lognormal")
        case "path", "url_path", "request_path", "uri", "request_uri", "route", "endpoint", "api_endpoint":
            return ColumnSpec("string enum values=/:14|/login:5|/logout:2|/search:6|/cart:4|/checkout:3|/api/v1/orders:8|/api/v1/products:8|/api/v1/users/me:6|/api/v1/auth/token:3|/static/app.js:9|/static/styles.css:7|/images/logo.png:4|/favicon.ico:5|/health:6|/robots.txt:1")
        default:
            return nil
        }
    }

    /// `*_code`: a known code family, else a generated identifier.
    static func codeSpec(stem: String) -> ColumnSpec {
        let word = stem.split(separator: "_").last.map(String.init) ?? stem
        switch word {
        case "country": return ColumnSpec("string address.country_code")
        case "currency": return ColumnSpec("string finance.currency_code")
        case "airport", "iata", "origin", "destination", "departure", "arrival": return ColumnSpec("string travel.airport_code")
        case "postal", "zip", "post": return ColumnSpec("string address.postal_code")
        case "promo", "coupon", "discount", "voucher", "referral": return ColumnSpec("string commerce.coupon_code")
        case "region", "state", "province": return ColumnSpec("string address.region_code")
        case "language", "lang": return ColumnSpec("string enum values=en:6|es:2|fr:1|de:1|pt:1|ja:0.5|zh:1")
        case "color", "colour": return ColumnSpec("string color.hex")
        case "sku", "product", "item": return ColumnSpec("string commerce.sku")
        case "icd", "icd10", "diagnosis": return ColumnSpec("string health.icd10_code")
        case "course", "class": return ColumnSpec("string id.pattern pattern=CRS-###")
        case "swift", "bic", "bank": return ColumnSpec("string finance.bic")
        case "error", "status", "response", "http": return ColumnSpec("integer enum values=200:80|201:5|400:4|401:2|403:1|404:4|500:3|503:1")
        default: return ColumnSpec("string id.pattern pattern=\(patternPrefix(stem))-#####")
        }
    }

    /// `*_number`, `*_no`, `*_ref`: phone, account, card, tracking, flight… or a generated identifier.
    static func numberSpec(stem: String, _ c: ColumnContext) -> ColumnSpec {
        let word = stem.split(separator: "_").last.map(String.init) ?? stem
        switch word {
        case "phone", "mobile", "contact", "fax", "cell", "telephone", "whatsapp": return ColumnSpec("string phone.number")
        case "account", "acct": return ColumnSpec("string finance.account_number")
        case "card": return ColumnSpec("string finance.card_number")
        case "routing": return ColumnSpec("string finance.routing_number")
        case "tracking": return ColumnSpec("string logistics.tracking_number")
        case "flight": return ColumnSpec("string travel.flight_number")
        case "serial": return ColumnSpec("string iot.serial_number")
        case "seat": return ColumnSpec("string travel.seat")
        case "building", "house", "street": return ColumnSpec("string address.building_number")
        case "room": return ColumnSpec("integer number.integer 100..999")
        case "jersey", "shirt", "squad": return ColumnSpec("integer number.integer 1..99")
        case "apartment", "unit", "suite", "apt": return ColumnSpec("string address.secondary")
        case "license", "licence":
            // A professional's licence on a table of one occupation (nurses, pilots, brokers); else a driving licence.
            let drives = ["driver", "courier", "chauffeur", "trucker", "rider"].contains(c.head)
            if !drives, WorkLexicon.entry(for: [c.head]) != nil { return ColumnSpec("string id.pattern pattern=LIC-########") }
            return ColumnSpec("string id.pattern pattern=DL########")
        case "passport": return ColumnSpec("string id.pattern pattern=P########")
        case "mls": return ColumnSpec("string id.pattern pattern=MLS########")
        case "part": return ColumnSpec("string id.pattern pattern=PN-######")
        case "batch", "lot": return ColumnSpec("string id.pattern pattern=LOT-######")
        case "vat", "tax": return ColumnSpec("string company.ein")
        case "episode", "season", "track", "chapter", "floor", "lane", "platform", "table", "page", "version", "step", "line", "week":
            return ColumnSpec("integer number.integer 1..50")
        default:
            if stem.isEmpty { return contextual("number", c) ?? ColumnSpec("string id.pattern pattern=NO-######") }
            return ColumnSpec("string id.pattern pattern=\(patternPrefix(stem))-######")
        }
    }
}
