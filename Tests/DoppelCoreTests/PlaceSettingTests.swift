import Testing
@testable import DoppelEngine
@testable import DoppelPlanner
import DoppelTestSupport

/// Strangers' prompts took a dance studio's classes for a college's (with GPAs), a zoo's animals for pets (an owner,
/// a breed, neutered), a tattoo parlour's artists for bands, a newsroom's sections for class sections and a fishing
/// fleet's trips for ride-hailing fares. The setting decides (`SchemaAssembler.placeTemplate`), over drawn phrasings.
@Suite struct PlaceSettingTests {
    static func table(_ prompt: String, _ name: String) throws -> Entity {
        let schema = Planner().plan(prompt).schema
        #expect(PlanInvariants.problems(schema).isEmpty, "\(prompt): \(PlanInvariants.problems(schema))")
        return try #require(schema.entities.first { $0.name == name }, "\(prompt): \(schema.entities.map(\.name))")
    }

    static func columns(_ e: Entity) -> Set<String> { Set(e.fields.map(\.name)) }

    @Test(arguments: [UInt64(0x1E1), 0x1E2, 0x1E3])
    func aDanceStudiosClassesStudentsAndInstructorsAreDancers(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<3 {
            let studio = rng.pick(["Dance studio", "Ballet school studio", "Salsa dance club", "A dance academy"])
            let prompt = "\(studio) with \(rng.pick(["instructors", "teachers"])), classes and students"
            let classes = Self.columns(try Self.table(prompt, "classes"))
            #expect(classes.contains("level") && classes.contains("starts_at") && !classes.contains("semester"), "\(prompt): \(classes)")
            let students = Self.columns(try Self.table(prompt, "students"))
            #expect(!students.contains("gpa") && !students.contains("major"), "\(prompt): \(students)")
        }
        // A university keeps its sections, semesters and GPAs.
        let classes = Self.columns(try Self.table("University with instructors, classes and students", "classes"))
        #expect(classes.contains("semester"), "\(classes)")
    }

    @Test func aZoosAnimalsAreNotPets() throws {
        for prompt in ["Zoo animals, enclosures and keepers", "Wildlife sanctuary with animals and keepers", "City zoo: animals, keepers"] {
            let name = Planner().plan(prompt).schema.entities.first { $0.name.hasSuffix("animals") }?.name ?? "animals"
            let animals = Self.columns(try Self.table(prompt, name))
            #expect(animals.contains("species") && animals.contains("sex"), "\(prompt): \(animals)")
            #expect(animals.isDisjoint(with: ["owner_name", "owner_id", "breed", "is_neutered"]), "\(prompt): \(animals)")
        }
        // A vet's animals are still pets with owners.
        let pets = Self.columns(try Self.table("Vet clinic with owners and animals", "animals"))
        #expect(pets.contains("breed"), "\(pets)")
    }

    @Test func aTattooParloursArtistsAppointmentsAndDeposits() throws {
        let prompt = "Tattoo parlor artists, clients, appointments and deposits"
        let artists = Self.columns(try Self.table(prompt, "tattoo_parlor_artists"))
        #expect(artists.contains("specialty") && !artists.contains("genre") && !artists.contains("debut_year"), "\(artists)")
        let appointments = Self.columns(try Self.table(prompt, "appointments"))
        #expect(appointments.contains("placement") && !appointments.contains("reason"), "\(appointments)")
        let deposits = Self.columns(try Self.table(prompt, "deposits"))
        #expect(deposits.contains("appointment_id") && !deposits.contains("channel"), "\(deposits)")
        // A bank's deposits stay a bank's.
        let bank = Self.columns(try Self.table("Bank with customers, accounts, deposits and withdrawals", "deposits"))
        #expect(bank.contains("account_id") && !bank.contains("appointment_id"), "\(bank)")
    }

    @Test func aNewsroomsSectionsAreDesks() throws {
        let sections = try Self.table("Newsroom: articles, editors, reporters, sections and corrections", "sections")
        #expect(!Self.columns(sections).contains("semester") && !Self.columns(sections).contains("room_number"), "\(Self.columns(sections))")
        let plan = try Planner().plan("Newsroom: articles, editors, sections").schema.resolve(ResolveOptions(seed: 3)).get()
        let names = TestSupport.column(plan, "sections", "name").compactMap { $0 }
        let desks: Set<String> = ["News", "Politics", "Business", "Sports", "Opinion", "Local", "Culture", "Science"]
        #expect(!names.isEmpty && names.allSatisfy(desks.contains), "\(names)")
    }

    @Test func aFishingFleetsTripsLastHoursToDaysAndItsCatchesAreFish() throws {
        let prompt = "Fishing fleet: boats, trips, catches by species and weight"
        let schema = Planner().plan(prompt).schema
        #expect(!schema.entities.contains { $0.name == "weights" }, "\(schema.entities.map(\.name))")
        let trips = Self.columns(try Self.table(prompt, "trips"))
        #expect(trips.contains("departed_at") && trips.contains("returned_at") && !trips.contains("fare"), "\(trips)")
        let boats = Self.columns(try Self.table(prompt, "boats"))
        #expect(boats.contains("home_port") && !boats.contains("description"), "\(boats)")
        let plan = try schema.resolve(ResolveOptions(seed: 8, rows: 200)).get()
        let e = try #require(plan.entity(named: "trips"))
        let rows = TestSupport.table(plan, "trips")
        let out = try #require(e.column(named: "departed_at")), back = try #require(e.column(named: "returned_at"))
        for r in rows {
            guard let a = r[out].flatMap(TestSupport.instant), let b = r[back].flatMap(TestSupport.instant) else { continue }
            #expect(b - a >= 4 * 3600 && b - a <= 10 * 86_400 + 60, "\(r[out] ?? "") → \(r[back] ?? "")")
        }
    }

    /// A blood bank's donors have a blood type, and what they give keeps it; a charity's donors give money.
    @Test func aBloodBanksDonorsHaveABloodTypeTheirDonationsKeep() throws {
        let prompt = "Blood bank with donors, donations (blood_type, volume_ml, collected_at) and hospital requests"
        let schema = Planner().plan(prompt).schema
        let donors = Self.columns(try Self.table(prompt, "donors"))
        #expect(donors.contains("blood_type") && !donors.contains("is_recurring"), "\(donors)")
        let plan = try schema.resolve(ResolveOptions(seed: 6, rows: 300)).get()
        let d = try #require(plan.entity(named: "donors")), g = try #require(plan.entity(named: "donations"))
        let types = TestSupport.table(plan, "donors").map { $0[try! #require(d.column(named: "blood_type"))] }
        let (ref, bt) = (try #require(g.column(named: "donor_id")), try #require(g.column(named: "blood_type")))
        for r in TestSupport.table(plan, "donations") {
            guard let id = r[ref].flatMap(Int.init), let given = r[bt] else { continue }
            #expect(types[id - 1] == given, "donor \(id): \(types[id - 1] ?? "nil") vs \(given)")
        }
        let charity = Self.columns(try Self.table("Charity with donors, campaigns and donations", "donors"))
        #expect(!charity.contains("blood_type"), "\(charity)")
    }

    /// With nothing shipped, a package is a tier a business sells; with couriers it is a parcel. A business's visits are
    /// a customer's, a clinic's a patient's. A heading before a dash names the list after it.
    @Test func packagesVisitsAndAHeadingBeforeADash() throws {
        let prompt = "car wash loyalty program - customers, vehicles, wash packages, visits"
        let schema = Planner().plan(prompt).schema
        #expect(schema.entities.contains { $0.name == "customers" } && !schema.entities.contains { $0.name.contains("program") },
                "\(schema.entities.map(\.name))")
        let packages = Self.columns(try Self.table(prompt, "wash_packages"))
        #expect(packages.contains("price") && !packages.contains("tracking_number"), "\(packages)")
        let visits = Self.columns(try Self.table(prompt, "visits"))
        #expect(!visits.contains("diagnosis") && !visits.contains("reason"), "\(visits)")
        let parcels = Self.columns(try Self.table("Courier service with packages and drivers", "packages"))
        #expect(parcels.contains("tracking_number"), "\(parcels)")
        let clinic = Self.columns(try Self.table("Clinic with patients, doctors and visits", "visits"))
        #expect(clinic.contains("diagnosis"), "\(clinic)")
    }

    /// A theatre's shows run for weeks and its seats are in rows; an escape room's rooms, bookings, groups and results
    /// are a game's; a kindergarten's children and teachers are a kindergarten's and attend; a hackathon's teams,
    /// participants, projects and scores are a hackathon's.
    @Test func theatresEscapeRoomsKindergartensAndHackathons() throws {
        let theatre = "Theatre box office: shows, performances, seats, and ticket sales"
        let shows = Self.columns(try Self.table(theatre, "shows"))
        #expect(shows.contains("opening_date") && !shows.contains("host_name"), "\(shows)")
        #expect(Self.columns(try Self.table(theatre, "seats")).isSuperset(of: ["section", "row_label", "seat_number"]))
        let plan = try Planner().plan(theatre).schema.resolve(ResolveOptions(seed: 2, rows: 100)).get()
        let e = try #require(plan.entity(named: "shows"))
        let (o, c) = (try #require(e.column(named: "opening_date")), try #require(e.column(named: "closing_date")))
        for r in TestSupport.table(plan, "shows") {
            guard let a = r[o].flatMap(TestSupport.instant), let b = r[c].flatMap(TestSupport.instant) else { continue }
            #expect(b - a >= 29 * 86_400 && b - a <= 731 * 86_400, "\(r[o] ?? "") → \(r[c] ?? "")")
        }

        let escape = "escape room business with rooms, bookings, groups and game results (escaped, time_taken_minutes, hints_used)"
        #expect(Self.columns(try Self.table(escape, "rooms")).contains("difficulty"))
        #expect(!Self.columns(try Self.table(escape, "bookings")).contains("check_in"))
        #expect(!Self.columns(try Self.table(escape, "groups")).contains("is_private"))
        let results = try Self.table(escape, "results")
        let hints = try #require(results.fields.first { $0.name == "hints_used" })
        #expect((hints.max ?? 1000) <= 10, "\(hints.max ?? -1)")

        let kindergarten = "Kindergarten with classrooms, teachers, children, guardians and daily attendance"
        let children = Self.columns(try Self.table(kindergarten, "children"))
        #expect(children.contains("date_of_birth") && !children.contains("email"), "\(children)")
        #expect(Self.columns(try Self.table(kindergarten, "teachers")).contains("qualification"))
        #expect(Self.columns(try Self.table(kindergarten, "daily_attendance")).contains("child_id"))

        let hackathon = "Hackathon with participants, teams, projects, judges and scores"
        #expect(Self.columns(try Self.table(hackathon, "teams")).contains("track"))
        #expect(Self.columns(try Self.table(hackathon, "participants")).contains("team_id"))
        #expect(!Self.columns(try Self.table(hackathon, "projects")).contains("budget"))
        #expect(Self.columns(try Self.table(hackathon, "scores")).contains("innovation"))
    }

    /// A driving school's lessons, a rink's sessions, a drone's flights, a bowler's games, a dive trip, a tailor's
    /// measurements and a caterer's staff assignments are their own, not an online course's videos, a website's visits,
    /// an airliner's routes, a football match, business travel, a sensor's readings or homework.
    @Test func lessonsSessionsFlightsGamesTripsMeasurementsAndAssignments() throws {
        #expect(!Self.columns(try Self.table("Driving school with instructors, students and lessons", "lessons")).contains("video_url"))
        #expect(Self.columns(try Self.table("Online course platform with courses and lessons", "lessons")).contains("video_url"))
        #expect(!Self.columns(try Self.table("Roller rink with skate rentals and sessions", "sessions")).contains("page_views"))
        #expect(Self.columns(try Self.table("Website analytics with users and sessions", "sessions")).contains("page_views"))
        let flights = Self.columns(try Self.table("Courier drone fleet with drones, pilots and flights", "flights"))
        #expect(flights.contains("max_altitude_m") && !flights.contains("airline"), "\(flights)")
        let games = Self.columns(try Self.table("Bowling alley with lanes, bowlers and games", "games"))
        #expect(games.contains("score") && !games.contains("home_score"), "\(games)")
        let tailor = try Self.table("Tailoring shop with customers, body measurements and garment orders", "body_measurements")
        #expect(tailor.fields.first { $0.name == "waist_cm" }?.max ?? 1000 <= 130 && !Self.columns(tailor).contains("unit"))
        let staff = Self.columns(try Self.table("Catering company with events, staff and staff assignments", "staff_assignments"))
        #expect(staff.contains("role") && !staff.contains("max_points"), "\(staff)")

        let dive = "Scuba diving center with divers, dive trips and equipment rentals"
        let plan = try Planner().plan(dive).schema.resolve(ResolveOptions(seed: 3, rows: 100)).get()
        let e = try #require(plan.entity(named: "dive_trips"))
        let (out, back) = (try #require(e.column(named: "departs_at")), try #require(e.column(named: "returns_at")))
        for r in TestSupport.table(plan, "dive_trips") {
            guard let a = r[out].flatMap(TestSupport.instant), let b = r[back].flatMap(TestSupport.instant) else { continue }
            #expect(b - a >= 3600 - 1 && b - a <= 8 * 3600 + 1, "\(r[out] ?? "") → \(r[back] ?? "")")
        }
    }

    /// A child's parents and guardians say how they are related (a mother is a woman), and the children point at them;
    /// a holding company's parents are not guardians.
    @Test func parentsAndGuardiansOfChildren() throws {
        let prompt = "School district with schools, students, parents and teachers"
        let parents = Self.columns(try Self.table(prompt, "parents"))
        #expect(parents.contains("relationship") && !parents.contains("created_at"), "\(parents)")
        #expect(Self.columns(try Self.table(prompt, "students")).contains("parent_id"))
        #expect(Self.columns(try Self.table("Kindergarten with children, guardians and classrooms", "guardians")).contains("relationship"))
        #expect(!Self.columns(try Self.table("Holding company with parents and subsidiaries", "parents")).contains("relationship"))
        let plan = try Planner().plan(prompt).schema.resolve(ResolveOptions(seed: 5, rows: 200)).get()
        let e = try #require(plan.entity(named: "parents"))
        let (first, relation) = (try #require(e.column(named: "first_name")), try #require(e.column(named: "relationship")))
        let women = Set((0..<LocaleData.enUS.femaleFirst.count).map(LocaleData.enUS.femaleFirst.string)), men = Set((0..<LocaleData.enUS.maleFirst.count).map(LocaleData.enUS.maleFirst.string))
        for r in TestSupport.table(plan, "parents") {
            guard let name = r[first], let rel = r[relation] else { continue }
            if ["Mother", "Grandmother"].contains(rel) { #expect(!men.contains(name) || women.contains(name), "\(name) \(rel)") }
            if ["Father", "Grandfather"].contains(rel) { #expect(!women.contains(name) || men.contains(name), "\(name) \(rel)") }
        }
    }
}
