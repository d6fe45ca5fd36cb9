import Testing
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// Prompts written as a stranger would, without column lists: "A marketplace where freelancers offer gigs, clients
/// place orders and leave reviews" planned a table `marketplace_where_freelancers` and lost the reviews; "card
/// transactions with merchants" counted merchants beside the merchant; a yearly performance review was titled "An
/// okay purchase"; ticket tiers were a SaaS plan's. Drawn places, verbs and seeds.
@Suite struct FreeFormPromptsTests {
    @Test(arguments: [UInt64(1), 2, 3, 4, 5])
    func aPlaceWhereThingsHappenIsNoTable(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let place = rng.pick(["A marketplace", "A platform", "An app", "A website", "A community"])
        let (a, b, c) = rng.pick([("freelancers", "offer", "gigs"), ("sellers", "list", "products"), ("hosts", "publish", "listings"),
                                  ("authors", "write", "posts"), ("teachers", "create", "courses")])
        let (d, e, f) = rng.pick([("clients", "place", "orders"), ("buyers", "place", "orders"), ("customers", "make", "bookings"),
                                  ("readers", "write", "comments"), ("students", "submit", "assignments")])
        let last = rng.pick(["leave reviews", "write reviews", "send messages"])
        let prompt = "\(place) where \(a) \(b) \(c), \(d) \(e) \(f) and \(last)"
        let schema = Planner().plan(prompt).schema
        #expect(PlanInvariants.problems(schema).isEmpty, "\(PlanInvariants.problems(schema))")
        let names = schema.entities.map(\.name)
        #expect(!names.contains { $0.contains("where") }, "\(prompt): \(names)")
        for table in [a, c, d, f, String(last.split(separator: " ").last!)] {
            #expect(names.contains(table), "\(prompt): no \(table) in \(names)")
        }
        // The subject of the second verb is the one before it: reviews are written by the clients.
        let lastTable = try #require(schema.entity(named: String(last.split(separator: " ").last!)))
        #expect(lastTable.fields.contains { $0.references?.entity == d }, "\(prompt): \(lastTable.fields.map(\.name))")
    }

    @Test func aSingularPlaceIsTheSettingAndAClauseThatStatesNothingIsPassedOver() throws {
        let cases: [(String, [String], [String])] = [
            ("An online store where customers buy products, write reviews and return items", ["customers", "products", "reviews"], ["online_stores"]),
            ("A hotel where guests book rooms, order room service and leave reviews", ["guests", "rooms", "reviews"], ["hotels"]),
            ("A warehouse where suppliers deliver shipments, workers pick orders and trucks dispatch them",
             ["suppliers", "shipments", "workers", "orders"], ["warehouses", "warehouse_where_suppliers"]),
            ("A gym where members book classes taught by trainers", ["members", "classes", "trainers"], ["gyms"]),
            ("A network of 8 clinics where doctors work at clinics and patients book appointments with doctors", ["clinics", "doctors", "patients"], []),
        ]
        for (prompt, wanted, unwanted) in cases {
            let schema = Planner().plan(prompt).schema
            let names = schema.entities.map(\.name)
            for w in wanted { #expect(names.contains(w), "\(prompt): no \(w) in \(names)") }
            for u in unwanted { #expect(!names.contains(u), "\(prompt): \(u) in \(names)") }
            #expect(!names.contains { $0.contains("where") }, "\(prompt): \(names)")
        }
        // "classes taught by trainers": the classes reference their trainer.
        let gym = Planner().plan("A gym where members book classes taught by trainers").schema
        #expect(gym.entity(named: "classes")?.fields.contains { $0.references?.entity == "trainers" } == true)
    }

    @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6])
    func aDealBetweenPeopleAndThingsIsATableOfItsOwn(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let (people, verb, things, deal) = rng.pick([("guests", "book", "rooms", "bookings"), ("customers", "buy", "products", "purchases"),
                                                     ("members", "borrow", "books", "loans"), ("diners", "order", "dishes", "orders"),
                                                     ("students", "enroll in", "courses", "enrollments"), ("drivers", "rent", "cars", "rentals")])
        let tail = rng.pick(["", " and write reviews", " and leave reviews"])
        let prompt = "\(rng.pick(["", "A service where "]))\(people) \(verb) \(things)\(tail)"
        let schema = Planner().plan(prompt).schema
        #expect(PlanInvariants.problems(schema).isEmpty, "\(PlanInvariants.problems(schema))")
        let d = try #require(schema.entity(named: deal), "\(prompt): \(schema.entities.map(\.name))")
        #expect(d.fields.contains { $0.references?.entity == people } && d.fields.contains { $0.references?.entity == things }, "\(prompt): \(d.fields.map(\.name))")
        let t = try #require(schema.entity(named: things))
        #expect(!t.fields.contains { $0.references?.entity == people }, "\(prompt): \(things) belong to one of the \(people)")
        if !tail.isEmpty {
            let reviews = try #require(schema.entity(named: "reviews"), "\(prompt): no reviews")
            #expect(reviews.fields.contains { $0.references?.entity == people }, "\(prompt): \(reviews.fields.map(\.name))")
        }
        // (what the act itself makes keeps its reference: users write posts, customers place orders)
        let posts = Planner().plan("Users write posts and customers place orders").schema
        #expect(posts.entity(named: "posts")?.fields.contains { $0.references?.entity == "users" } == true)
        #expect(posts.entity(named: "orders")?.fields.contains { $0.references?.entity == "customers" } == true)
        #expect(Planner().plan("Authors write books").schema.entity(named: "bookings") == nil)
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func aReviewOfNothingButItsWriterIsAboutThePlaceTheDataIsFor(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let (place, people) = rng.pick([("hotel", "guests"), ("gym", "members"), ("restaurant", "diners"), ("spa", "clients")])
        let prompt = "A \(place) where \(people) \(rng.pick(["leave reviews", "write reviews"]))"
        let schema = Planner().plan(prompt).schema
        let plan = try schema.resolve(ResolveOptions(seed: seed, rows: 40)).get()
        let e = try #require(plan.entity(named: "reviews"), "\(prompt): \(schema.entities.map(\.name))")
        let b = try #require(e.column(named: "body"))
        for row in TestSupport.table(plan, "reviews") {
            let body = try #require(row[b])
            #expect(!body.contains("this review"), "\(prompt): \(body)")
        }
        // The place is the setting the planner reads: a gym's classes are fitness classes, not Anthropology 470.
        let gym = Planner().plan("A gym where members book classes taught by trainers").schema
        let names = gym.entity(named: "classes")?.fields.first { $0.name == "name" }?.values?.compactMap(\.stringValue) ?? []
        #expect(names.contains("Yoga") || names.contains("Spin"), "\(names)")
    }

    @Test func aPluralBesideItsSingularIsNoCount() throws {
        for prompt in ["Bank customers, accounts, card transactions with merchants, and fraud flags",
                       "Card payments with merchants and customers"] {
            let schema = Planner().plan(prompt).schema
            for e in schema.entities {
                let names = Set(e.fields.map(\.name))
                #expect(!(names.contains("merchants") && (names.contains("merchant") || names.contains("merchant_id"))), "\(prompt): \(e.name) \(names)")
            }
        }
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func aPerformanceReviewsHeadlineFollowsItsRating(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let table = rng.pick(["performance_reviews", "yearly_performance_reviews", "appraisals", "evaluations"])
        let prompt = "Employees (name, department) and \(table) (employee_id, rating, title, body, created_at)"
        let plan = try Planner().plan(prompt).schema.resolve(ResolveOptions(seed: seed, rows: 80)).get()
        let e = try #require(plan.entity(named: table))
        let r = try #require(e.column(named: "rating")), t = try #require(e.column(named: "title"))
        for row in TestSupport.table(plan, table) {
            guard let stars = row[r].flatMap(Double.init), let title = row[t] else { continue }
            #expect(!title.lowercased().contains("purchase") && !title.lowercased().contains("buy"), "\(table): \(title)")
            if stars >= 4 { #expect(!["Below expectations", "Needs improvement", "A difficult year"].contains(title), "\(stars): \(title)") }
            if stars <= 2 { #expect(!["Exceeded expectations", "A strong year", "Outstanding contribution"].contains(title), "\(stars): \(title)") }
        }
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func aSpeedingEventIsOverTheLimitAndAnUnknownEventHasNoStatus(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let events = rng.pick(["speeding_events", "speeding_violations", "speeding_alerts"])
        let prompt = "Fleet telematics: vehicles, drivers, trips with distance and fuel used, and \(events.replacingOccurrences(of: "_", with: " "))"
        let plan = try Planner().plan(prompt).schema.resolve(ResolveOptions(seed: seed, rows: 60)).get()
        let e = try #require(plan.entity(named: events), "\(prompt)")
        let s = try #require(e.column(named: "speed_kmh")), l = try #require(e.column(named: "speed_limit_kmh"))
        for row in TestSupport.table(plan, events) {
            guard let speed = row[s].flatMap(Int.init), let limit = row[l].flatMap(Int.init) else { continue }
            #expect(speed > limit, "\(speed) in a \(limit) zone")
        }
        let unknown = Planner().plan("Doors (name, floor) and door_openings (door_id)").schema
        let openings = try #require(unknown.entity(named: "door_openings"))
        #expect(!openings.fields.contains { $0.name == "status" }, "\(openings.fields.map(\.name))")
    }

    @Test func concertsTicketTiersAndGigsHaveTheirOwnColumns() throws {
        let ticketing = Planner().plan("An event ticketing platform with venues, concerts, ticket tiers and purchases").schema
        let tiers = try #require(ticketing.entity(named: "ticket_tiers"))
        #expect(tiers.fields.contains { $0.name == "price" } && !tiers.fields.contains { $0.name == "max_seats" }, "\(tiers.fields.map(\.name))")
        let concerts = try #require(ticketing.entity(named: "concerts"))
        #expect(concerts.fields.contains { $0.name == "starts_at" } && !concerts.fields.contains { $0.name == "description" })
        let gigs = try #require(Planner().plan("Freelancers offer gigs and clients place orders").schema.entity(named: "gigs"))
        #expect(gigs.fields.contains { $0.name == "price" } && !gigs.fields.contains { $0.name == "description" })
    }
}
