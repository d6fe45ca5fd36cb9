import Testing
import DoppelJSON
@testable import DoppelEngine
@testable import DoppelPlanner

/// A laundromat and an escape room, as a stranger tried them: a machine's cycle lasts under two
/// hours, a group is a handful of people, a room takes 4-12 players, a booking is booked for a time.
@Suite struct ShopSettingTests {
    @Test func namesThatSayWhatTheyHold() {
        let context = ColumnContext(entity: "booking", nature: .thing, domain: nil)
        for name in ["booked_for", "reserved_for", "scheduled_for", "planned_for", "slated_for", "arranged_for"] {
            let s = ColumnLexicon.spec(name, context)
            #expect(s?.type == .datetime, "\(name): \(String(describing: s?.type))")
        }
        #expect(ColumnLexicon.spec("scheduled_for", context)?.kind == "datetime.future")
        for name in ["group_size", "team_size", "number_in_party"] {
            let s = ColumnLexicon.spec(name, context)
            #expect(s?.type == .integer && (s?.max ?? 99) <= 8, "\(name)")
        }
        // a bound the table of names knows keeps its own values, not its stem's count (0-1000)
        let players = ColumnLexicon.spec("max_players", ColumnContext(entity: "room", nature: .thing, domain: nil))
        #expect(players?.min == 4 && players?.max == 12)
        // and a bound it does not know still reads its stem (`salary_max` is a salary)
        #expect((ColumnLexicon.spec("salary_max", ColumnContext(entity: "job", nature: .thing, domain: nil))?.min ?? 0) >= 10_000)
    }

    /// Every row of drawn machine-cycle and performance tables ends as long after it starts as
    /// such a thing lasts: a wash 20 minutes to 2 hours, a concert 20 minutes to 4 hours.
    @Test(arguments: [("wash_cycles", 1200.0, 7200.0), ("drying_cycles", 1200, 7200), ("dryer_cycles", 1200, 7200), ("washes", 1200, 7200),
                      ("performances", 1200, 14400), ("concerts", 1200, 14400), ("gigs", 1200, 14400), ("screenings", 1200, 14400),
                      ("shows", 1200, 14400), ("recitals", 1200, 14400)])
    func aRunLastsAsSuchAThingDoes(table: String, shortest: Double, longest: Double) throws {
        let plan = try TestSupport.plan("""
        {"name": "spans", "seed": 4, "entities": [{"name": "\(table)", "rows": 400, "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "started_at", "type": "datetime", "kind": "datetime.past"},
          {"name": "ended_at", "type": "datetime", "kind": "datetime.past"}]}]}
        """)
        for row in TestSupport.table(plan, table) {
            let start = try #require(TestSupport.instant(row[1] ?? "")), end = try #require(TestSupport.instant(row[2] ?? ""))
            #expect(end - start >= shortest && end - start <= longest, "\(table): \(row[1] ?? "") → \(row[2] ?? "")")
        }
    }

    /// A festival and a plant nursery: a ticket sold is an admission, an artist's fee is hundreds
    /// to tens of thousands, a plant costs a few dollars to a hundred and has sun and water needs.
    @Test func aFestivalAndANursery() {
        func field(_ prompt: String, _ table: String, _ column: String) -> Field? {
            Planner().plan(prompt).schema.entities.first { $0.name == table }?.fields.first { $0.name == column }
        }
        for table in ["ticket_sales", "ticket_orders", "ticket_purchases", "sales"] {
            let type = field("Music festival: \(table) (ticket_type, price, sold_at)", table, "ticket_type")
            #expect(type?.values?.compactMap(\.stringValue).contains("vip") == true, "\(table): \(String(describing: type?.values))")
        }
        // a support ticket's own type is still a support ticket's
        let support = field("Help desk: tickets (subject, ticket_type, priority)", "tickets", "ticket_type")
        #expect(support?.values?.compactMap(\.stringValue).contains("vip") != true)
        for owner in ["artists", "bands", "performers", "speakers"] {
            #expect((field("Festival: \(owner) (name, fee)", owner, "fee")?.min ?? 0) >= 500, "\(owner)")
        }
        for owner in ["plants", "trees", "shrubs", "succulents"] {
            #expect((field("Nursery: \(owner) (common_name, price, sun_requirement, water_needs)", owner, "price")?.max ?? 999) <= 120, "\(owner)")
            let sun = field("Nursery: \(owner) (common_name, price, sun_requirement, water_needs)", owner, "sun_requirement")
            #expect(sun?.values?.compactMap(\.stringValue).contains("full sun") == true, "\(owner)")
        }
    }

    /// A race's results: a place is a finishing position, a pace a few minutes per km or mile, a
    /// finish time a quarter of an hour to six hours; a car sale's financing is how it was paid for.
    @Test func aRacesResultsAndACarsFinancing() {
        for table in ["result", "race_result", "finisher", "entry"] {
            let context = ColumnContext(entity: table, nature: .event, domain: nil)
            #expect(ColumnLexicon.spec("place", context)?.type == .integer, "\(table)")
            #expect((ColumnLexicon.spec("finish_time_seconds", context)?.min ?? 0) >= 900, "\(table)")
            #expect((ColumnLexicon.spec("pace_min_per_km", context)?.max ?? 99) <= 9, "\(table)")
        }
        // an event is held in a venue's room, not a home's kitchen
        for table in ["event", "workshop", "talk", "meetup"] {
            let room = ColumnLexicon.spec("room", ColumnContext(entity: table, nature: .event, domain: nil))
            #expect(room?.values?.compactMap(\.stringValue).contains("Main Hall") == true, "\(table)")
        }
        // a venue's place is still not a number
        #expect(ColumnLexicon.spec("place", ColumnContext(entity: "event", nature: .event, domain: nil))?.type != .integer)
        #expect(ColumnLexicon.spec("financing", ColumnContext(entity: "sale", nature: .event, domain: nil))?.values?
            .compactMap(\.stringValue).contains("lease") == true)
    }

    /// A word that is usually a filler ("lots of orders") is a table when it names its own columns
    /// (a car park's or an auction's `lots (…)`).
    @Test func aFillerThatNamesItsColumnsIsATable() {
        for (prompt, columns) in [("Airport parking: lots (name, terminal, daily_rate, capacity), reservations (lot_id, arrive_at, depart_at, total_price)",
                                   ["name", "terminal", "daily_rate", "capacity"]),
                                  ("An auction house with lots (title, estimate_low, estimate_high) and bids (lot_id, amount, placed_at)",
                                   ["title", "estimate_low", "estimate_high"])] {
            let lots = Planner().plan(prompt).schema.entities.first { $0.name == "lots" }
            #expect(lots.map { Set(columns).isSubset(of: Set($0.fields.map(\.name))) } == true, "\(prompt): \(lots?.fields.map(\.name) ?? [])")
        }
        let filler = Planner().plan("An online shop with lots of orders and customers").schema.entities.map(\.name)
        #expect(!filler.contains("lots") && filler.contains("orders"), "\(filler)")
        let parking = Planner().plan("Airport parking: lots (name, terminal, daily_rate, capacity)").schema.entities.first { $0.name == "lots" }
        #expect((parking?.field(named: "daily_rate")?.max ?? 999) <= 45)
    }

    /// A cooking school and a moving company: a chef's specialty is a kitchen's, a class seats a
    /// room's worth, a crew outside travel is a team of workers, and what a job finally cost is
    /// 90-120 % of its quote on every row.
    @Test func aCookingSchoolAndAMovingCompany() throws {
        func field(_ prompt: String, _ table: String, _ column: String) -> Field? {
            Planner().plan(prompt).schema.entities.first { $0.name == table }?.fields.first { $0.name == column }
        }
        for owner in ["chefs", "cooks", "bakers"] {
            let specialty = field("Cooking school: \(owner) (name, specialty)", owner, "specialty")
            #expect(specialty?.values?.compactMap(\.stringValue).contains("Pastry") == true, "\(owner)")
        }
        for table in ["classes", "workshops", "cooking_classes"] {
            #expect((field("Cooking school: \(table) (title, seats, price)", table, "seats")?.max ?? 999) <= 30, "\(table)")
        }
        #expect(field("Moving company: crews, moves (crew_id, quote)", "crews", "role") == nil)
        #expect(field("Moving company: crews, moves (crew_id, quote)", "crews", "crew_size") != nil)
        for (quote, final) in [("quote", "final_price"), ("estimate", "actual_cost"), ("quoted_price", "amount_charged")] {
            let plan = try TestSupport.plan("""
            {"name": "moves", "seed": 3, "entities": [{"name": "moves", "rows": 800, "fields": [
              {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
              {"name": "\(quote)", "type": "decimal", "min": 100, "max": 5000, "precision": 2},
              {"name": "\(final)", "type": "decimal", "min": 1, "max": 50, "precision": 2}]}]}
            """)
            for row in TestSupport.table(plan, "moves") {
                let q = try #require(Double(row[1] ?? "")), f = try #require(Double(row[2] ?? ""))
                #expect(f >= q * 0.9 - 0.011 && f <= q * 1.2 + 0.011, "\(quote) \(q) → \(final) \(f)")
            }
        }
    }

    /// A photographer and a daycare's guardians: a photographer's specialty is a kind of shoot
    /// and their day rate hundreds, a shoot costs a photographer's price, a guardian is a parent
    /// or a relative and an emergency contact anyone close.
    @Test func aPhotographerAndAGuardian() {
        let photographer = ColumnContext(entity: "photographer", nature: .person, domain: nil)
        #expect(ColumnLexicon.spec("specialty", photographer)?.values?.compactMap(\.stringValue).contains("Wedding") == true)
        #expect((ColumnLexicon.spec("day_rate", photographer)?.min ?? 0) >= 250)
        for entity in ["guardian", "parent", "caregiver"] {
            let r = ColumnLexicon.spec("relationship", ColumnContext(entity: entity, nature: .person, domain: nil))
            #expect(r?.values?.compactMap(\.stringValue).contains("mother") == true, "\(entity)")
        }
        let contact = ColumnLexicon.spec("relationship", ColumnContext(entity: "emergency_contact", nature: .person, domain: nil))
        #expect(contact?.values?.compactMap(\.stringValue).contains("spouse") == true)
        // a doctor's specialty is still medical
        #expect(ColumnLexicon.spec("specialty", ColumnContext(entity: "doctor", nature: .person, domain: .healthcare))?.kind == "health.specialty")
    }
}
