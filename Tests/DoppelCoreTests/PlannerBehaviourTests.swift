import Testing
import DoppelJSON
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner
import DoppelTestSupport

/// One test per way of asking the issue lists, on wording of its own.
@Suite struct PlannerBehaviourTests {
    func plan(_ prompt: String) -> Schema {
        let s = Planner().plan(prompt).schema
        let problems = PlanInvariants.problems(s)
        #expect(problems.isEmpty, "\(problems)")
        return s
    }

    func ref(_ s: Schema, _ entity: String, _ field: String) -> String? {
        s.entity(named: entity)?.field(named: field)?.references?.description
    }

    @Test func parenthesizedColumnsKeepTheUsersNamesAndKeys() {
        let s = plan("Bike rentals: docks (dock_code, street, slots) and trips (trip_id, dock_code, begun_at, minutes)")
        #expect(s.entity(named: "docks")?.fields.map(\.name) == ["dock_code", "street", "slots"])
        #expect(s.entity(named: "docks")?.primaryKey?.name == "dock_code")
        #expect(s.entity(named: "trips")?.primaryKey?.name == "trip_id")
        #expect(ref(s, "trips", "dock_code") == "docks.dock_code")
        #expect(s.entity(named: "trips")?.field(named: "minutes")?.type == .integer)
    }

    @Test func aTableNamedAfterAFieldOfPeopleHasPersonNames() {
        for prompt in ["insurance dataset with the columns (name, amount)", "banking records with columns (name, balance)",
                       "healthcare data with the columns (name, age)"] {
            let s = plan(prompt)
            #expect(s.entities.first?.field(named: "name")?.kind == "person.full_name", "\(prompt)")
        }
        // Countable things and templates keep their own names.
        #expect(plan("gyms (name, city)").entities.first?.field(named: "name")?.kind != "person.full_name")
        #expect(plan("products (name, price)").entities.first?.field(named: "name")?.kind == "commerce.product_name")
    }

    @Test func naturalListWithSelfReference() {
        let s = plan("staff with staff id, first name, job title, start date, hourly wage and supervisor (another staff member)")
        let staff = s.entities[0]
        #expect(staff.fields.map(\.name) == ["staff_id", "first_name", "job_title", "start_date", "hourly_wage", "supervisor_id"])
        #expect(ref(s, staff.name, "supervisor_id") == "\(staff.name).staff_id")
        #expect(staff.field(named: "supervisor_id")?.nullable != nil)
    }

    @Test func backtickedTablesAndHeaderLines() {
        let s = plan("table `vendors` with columns `vendor_ref`, `region`; table `bills` with columns `id`, `vendor_ref`, `due_on`")
        #expect(ref(s, "bills", "vendor_ref") == "vendors.vendor_ref")
        #expect(s.entity(named: "bills")?.field(named: "due_on")?.type == .date)
        let lines = plan("teams: id, title\nseats: id, team_id, label")
        #expect(ref(lines, "seats", "team_id") == "teams.id")
    }

    @Test func namedEntitiesGetDomainColumnsAndRelations() {
        let s = plan("Dental practice with dentists, patients and appointments")
        #expect(s.entity(named: "appointments").map { $0.fields.count >= 5 } == true)
        #expect(s.entity(named: "appointments")?.fields.contains { $0.references?.entity == "patients" } == true)
        #expect(s.entity(named: "appointments")?.fields.contains { $0.references?.entity == "dentists" } == true)
        #expect(s.entity(named: "appointments")?.field(named: "status")?.values?.isEmpty == false)
    }

    @Test func countsSetRowsAndLookupsStaySmall() {
        let s = plan("Retail with 7 stores, products and sales. Include 9 brands.")
        #expect(s.entity(named: "stores")?.rows == 7)
        #expect(s.entity(named: "brands")?.rows == 9)
        #expect(s.entity(named: "sales")?.rows == Schema.defaultRows)
        let lookups = plan("products and categories")
        #expect((lookups.entity(named: "categories")?.rows ?? 1000) < 100)
        let global = plan("Generate 250 rows of customers and orders")
        #expect(global.entities.allSatisfy { $0.rows == 250 })
    }

    @Test func aMentionedButUnlistedEntityBecomesATable() {
        let s = plan("Webshop: items (id, label, price, brand_id) and baskets (id, item_id, added_at). Include 4 fashion brands.")
        #expect(s.entity(named: "brands")?.rows == 4)
        #expect(ref(s, "items", "brand_id") == "brands.id")
    }

    @Test func keysNamedLikeTheirTables() {
        let s = plan("physicians (npi, name, specialty), prescriptions (id, physician_npi, drug, written_on), cars (vin, make), repairs (id, vin, cost), ledgers (account_number, owner), entries (id, account_number, amount)")
        #expect(ref(s, "prescriptions", "physician_npi") == "physicians.npi")
        #expect(ref(s, "repairs", "vin") == "cars.vin")
        #expect(ref(s, "entries", "account_number") == "ledgers.account_number")
    }

    @Test func roleNamesPointWhereTheirWordsSay() {
        let s = plan("members (id, handle), follows (follower_id, followee_id), airports (code, city), routes (id, origin, destination), wallets (id, owner), payments (id, from_wallet, to_wallet, amount), depots (id, town), transfers (id, from_depot, to_depot), players (id, name), matches (id, white_player, black_player)")
        #expect(ref(s, "follows", "follower_id") == "members.id")
        #expect(ref(s, "follows", "followee_id") == "members.id")
        #expect(ref(s, "routes", "origin") == "airports.code")
        #expect(ref(s, "routes", "destination") == "airports.code")
        #expect(ref(s, "payments", "from_wallet") == "wallets.id")
        #expect(ref(s, "transfers", "to_depot") == "depots.id")
        #expect(ref(s, "matches", "black_player") == "players.id")
        #expect(s.entity(named: "follows")?.uniqueTogether == [["follower_id", "followee_id"]])
    }

    @Test func relationshipPhrases() {
        let s = plan("Studio with films and directors. Each film has one director. Courses, pupils, and registrations linking pupils to courses. Reviews of films by critics. A film_tags join table. Screenings of films at cinemas by projectionists.")
        #expect(s.entity(named: "films")?.fields.contains { $0.references?.entity == "directors" } == true)
        #expect(s.entity(named: "registrations")?.uniqueTogether.first?.count == 2)
        #expect(s.entity(named: "reviews")?.fields.contains { $0.references?.entity == "critics" } == true)
        #expect(s.entity(named: "film_tags")?.fields.contains { $0.references?.entity == "films" } == true)
        #expect(s.entity(named: "film_tags")?.fields.contains { $0.references?.entity == "tags" } == true)
        let screenings = s.entity(named: "screenings")
        #expect(screenings?.fields.contains { $0.references?.entity == "cinemas" } == true)
        #expect(screenings?.fields.contains { $0.references?.entity == "projectionists" } == true)
    }

    @Test func multiWordAndIrregularNames() {
        let s = plan("Lab: research people, time entries logging hours against experiments, and experiments (id, title)")
        #expect(s.entity(named: "research_people") != nil)
        #expect(s.entity(named: "time_entries")?.fields.contains { $0.references?.entity == "experiments" } == true)
        let mice = plan("mice (id, strain, born_on) and cages (id, mouse_id, room)")
        #expect(ref(mice, "cages", "mouse_id") == "mice.id")
    }

    @Test func lexiconTypesFromNames() {
        let s = plan("accounts with the columns (opened_at, closed_on, is_frozen, overdraft_fee, num_cards, avg_balance, birth_year, pct_saved, audited)")
        let e = s.entities[0]
        let types = e.fields.dropFirst().map { "\($0.name):\($0.type.rawValue)" }
        #expect(types == ["opened_at:datetime", "closed_on:date", "is_frozen:boolean", "overdraft_fee:decimal", "num_cards:integer",
                          "avg_balance:decimal", "birth_year:integer", "pct_saved:decimal", "audited:boolean"])
    }

    @Test func realisticEnums() {
        let s = plan("support tickets (id, priority, status, channel) and orders (id, status, payment_method)")
        #expect(s.entity(named: "support_tickets")?.field(named: "priority")?.values?.contains("urgent") == true)
        #expect(s.entity(named: "orders")?.field(named: "status")?.kind == "commerce.order_status")
    }

    @Test func unknownWordsGiveWarningsNotFailures() {
        let r = Planner().plan("Zorbly network with flimflams (id, wuzzle, glorp_at) and blorks")
        #expect(r.schema.entity(named: "flimflams")?.field(named: "glorp_at")?.type == .datetime)
        #expect(r.warnings.contains { $0.contains("wuzzle") })
        #expect(r.warnings.contains { $0.contains("blorks") })
    }

    @Test func theIssueExample() {
        let r = Planner().plan("E-commerce platform with customers (id, name, email, signup_date), products (id, name, price, category_id), and orders (id, customer_id, product_id, quantity, order_date, status). Include 5 product categories and realistic order patterns.")
        let s = r.schema
        #expect(s.entities.map(\.name) == ["customers", "products", "orders", "categories"])
        #expect(s.entity(named: "categories")?.rows == 5)
        #expect(ref(s, "products", "category_id") == "categories.id")
        #expect(ref(s, "orders", "customer_id") == "customers.id")
        #expect(ref(s, "orders", "product_id") == "products.id")
        #expect(r.namedEntities == ["customers", "products", "orders", "categories"])
        #expect(r.rowsFromPrompt == ["categories"])
    }
}

@Suite struct PlannerOddInputTests {
    @Test(arguments: ["", "   \n\t ", "the and of with a an", "日本語のデータを作って", "🚀🚀🚀", "(((", ")))", "`unterminated", "\"\"", "12345", "; DROP TABLE users; --", "\u{0}\u{1}"])
    func strangePromptsStillPlan(_ prompt: String) {
        let r = Planner().plan(prompt)
        #expect(!r.schema.entities.isEmpty)
        #expect(PlanInvariants.problems(r.schema).isEmpty, "\(PlanInvariants.problems(r.schema))")
    }

    @Test func emptyPromptSaysSo() {
        #expect(Planner().plan("").warnings.contains { $0.contains("empty") })
        #expect(Planner().plan("データ").warnings.contains { $0.contains("no Latin spelling") })
    }

    @Test func fiftyEntities() {
        let nouns = ["customers", "orders", "products", "invoices", "payments", "shipments", "warehouses", "suppliers", "employees",
                     "departments", "projects", "tasks", "tickets", "agents", "users", "sessions", "events", "devices", "sensors",
                     "readings", "alerts", "machines", "operators", "batches", "defects", "inspections", "patients", "doctors",
                     "appointments", "prescriptions", "students", "teachers", "courses", "enrollments", "grades", "schools",
                     "flights", "airports", "passengers", "bookings", "hotels", "rooms", "guests", "properties", "leases",
                     "tenants", "posts", "comments", "likes", "tags"]
        let r = Planner().plan("Everything system with " + nouns.dropLast().joined(separator: ", ") + " and " + nouns.last!)
        #expect(r.schema.entities.count == 50)
        #expect(PlanInvariants.problems(r.schema).isEmpty, "\(PlanInvariants.problems(r.schema))")
    }

    @Test func veryLongPromptsAreReadUpToTheLimit() {
        let unit = "customers (id, name, email) and orders (id, customer_id, total). "
        let long = String(repeating: unit, count: Planner.maxPromptCharacters / unit.count + 50)
        let r = Planner().plan(long)
        #expect(r.schema.entities.map(\.name) == ["customers", "orders"])
        #expect(r.warnings.contains { $0.contains("only the start was read") })
    }

    @Test func plansAreDeterministic() {
        let prompt = "Hotel chain with 8 hotels, rooms, guests and reservations of rooms by guests with nights and a total."
        let a = Planner().plan(prompt)
        let b = Planner().plan(prompt)
        #expect(a == b)
        #expect(a.schema.json.serialized() == b.schema.json.serialized())
    }

    @Test func settingsApply() {
        let r = Planner(settings: PlannerSettings(defaultRows: 42, seed: 9, locale: "de_DE")).plan("users and sessions")
        #expect(r.schema.seed == 9)
        #expect(r.schema.locale == "de_DE")
        #expect(r.schema.entities.allSatisfy { $0.rows == 42 })
    }
}

/// Plans are checked with the engine's resolver and repaired (EngineFit, breakCycles).
@Suite struct PlannerEngineFitTests {
    func plan(_ prompt: String) -> Schema {
        let s = Planner().plan(prompt).schema
        let problems = PlanInvariants.problems(s)
        #expect(problems.isEmpty, "\(problems)")
        return s
    }

    func ref(_ s: Schema, _ entity: String, _ field: String) -> String? {
        s.entity(named: entity)?.field(named: field)?.references?.description
    }

    @Test func plansAlwaysResolveInTheEngine() {
        // More airports than real codes: the codes continue in their shape (three capital letters), so neither a
        // default count nor a stated one needs a repair.
        let guessed = Planner().plan("Flights (flight_no, origin, destination) between airports (iata_code, city)")
        #expect(PlanInvariants.problems(guessed.schema).isEmpty)
        #expect(!guessed.warnings.contains { $0.contains("iata_code") }, "\(guessed.warnings)")
        let stated = Planner().plan("Flights (flight_no, origin, destination) and 400 airports (iata_code, city)")
        #expect(stated.schema.entity(named: "airports")?.rows == 400)
        #expect(stated.schema.entity(named: "airports")?.field(named: "iata_code")?.kind == "travel.airport_code")
        #expect(PlanInvariants.problems(stated.schema).isEmpty)
        // A listed kind without a shape at more rows than it lists: a stated count stays, `unique` goes.
        let departments = Planner().plan("40 departments (name unique, budget)")
        #expect(departments.schema.entity(named: "departments")?.rows == 40)
        #expect(departments.schema.entity(named: "departments")?.field(named: "name")?.unique == false)
        #expect(departments.warnings.contains("`departments.name` cannot hold 40 distinct values; it is not unique."), "\(departments.warnings)")
        // Ordinals count within their parent: not unique.
        let s = plan("albums and tracks (id, album_id, track_number, title)")
        #expect(s.entity(named: "tracks")?.field(named: "track_number")?.unique == false)
    }

    @Test func referenceLoopsLoseTheirWeakestLink() {
        // Both listed: the loop is cut and the column stays, plain, with a warning.
        let r = Planner().plan("employees (id, name, department_id) and departments (id, name, head_employee_id)")
        #expect(ref(r.schema, "employees", "department_id") == "departments.id")
        #expect(r.schema.entity(named: "departments")?.field(named: "head_employee_id")?.references == nil)
        #expect(r.warnings.contains { $0.contains("would close a loop") })
        #expect(PlanInvariants.problems(r.schema).isEmpty)
        // Stated beats guessed: "faculties have departments" keeps departments → faculties.
        let u = plan("University: faculties have departments, departments offer courses")
        #expect(ref(u, "departments", "faculty_id") == "faculties.id")
        #expect(ref(u, "courses", "department_id") == "departments.id")
    }
}
