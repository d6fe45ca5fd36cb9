import Testing
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// Fifteen strangers' prompts (a brewery, a dog daycare, a film festival, a theatre, a climbing gym, a
/// community garden, a print shop, a marina, an orchestra, …) showed musicians named "The Neon Tigers"
/// sitting in "Political Science 274", film awards for "Jewelry", routes graded "C-", a dog picked up
/// before it was dropped off and a play starting at 05:59. Each is a rule about a kind of thing.
@Suite struct HobbyAndVenueTests {
    static func values(_ prompt: String, _ table: String, _ column: String) -> Set<String> {
        let f = Planner().plan(prompt).schema.entities.first { $0.name == table }?.fields.first { $0.name == column }
        return Set(f?.values?.compactMap(\.stringValue) ?? [])
    }

    @Test(arguments: ["Orchestra", "Youth symphony", "Chamber ensemble"]) func aMusicianSitsInTheirInstrumentsSection(setting: String) throws {
        let schema = Planner().plan("\(setting): musicians (name, instrument, section, joined_on) and concerts (title, performed_on, conductor)").schema
        let musicians = try #require(schema.entities.first { $0.name == "musicians" })
        #expect(musicians.fields.first { $0.name == "name" }?.kind == "person.full_name")
        let plan = try schema.resolve(ResolveOptions(seed: 2, rows: 200)).get()
        for row in TestSupport.table(plan, "musicians") {
            let instrument = try #require(row[2]), section = try #require(row[3])
            #expect(Instruments.sections[instrument.lowercased()] == section, "\(instrument) in \(section)")
        }
    }

    @Test func settingsNameTheirThings() {
        #expect(Self.values("Film festival: films (title, director), awards (film_id, category, won)", "awards", "category").contains("Best Director"))
        let climb = "Climbing gym: routes (name, grade, wall, setter), climbers (name), ascents (route_id, climber_id, climbed_at, style)"
        #expect(Self.values(climb, "routes", "grade").contains("5.10a") && Self.values(climb, "routes", "wall").contains("The Cave"))
        #expect(Self.values(climb, "ascents", "style").contains("Redpoint"))
        #expect(TestSupport.plannedField(climb, "routes", "setter")?.kind == "person.full_name")
        let garden = "Community garden: plots (plot_number, size_sqm, sun_exposure), gardeners (name), assignments (plot_id, gardener_id, crop_planned)"
        #expect(Self.values(garden, "plots", "sun_exposure").contains("Partial Shade"))
        #expect((TestSupport.plannedField(garden, "plots", "size_sqm")?.max ?? 999) <= 60)
        #expect(Self.values(garden, "assignments", "crop_planned").contains("Tomatoes"))
        let print = "Print shop: orders (customer_name, product, quantity, paper_type, color_mode, total)"
        #expect(Self.values(print, "orders", "product").contains("Business Cards") && Self.values(print, "orders", "color_mode").contains("Full Color"))
        #expect(Self.values("Marina: boats (name, length_ft, boat_type), slips (number, monthly_rate)", "boats", "boat_type").contains("Sailboat"))
        let premium = TestSupport.plannedField("Pet insurance: pets (name, species), policies (pet_id, plan, monthly_premium)", "policies", "monthly_premium")
        #expect((premium?.max ?? 999) <= 90)
        #expect(Self.values("Cooking class: attendees (name, dietary_restriction)", "attendees", "dietary_restriction").contains("Vegetarian"))
        #expect(TestSupport.plannedField("Brewery: batches (beer_id, brewed_on, brewer), tastings (batch_id, taster, score)", "tastings", "taster")?.kind == "person.full_name")
    }

    /// (Left in care by the table's words, or by whom the row leaves: its `dog_id`, `child_id`.)
    @Test(arguments: [("visits", "dog_id"), ("daycare_visits", "owner_id"), ("stays", "child_id"), ("boarding_stays", "owner_id")])
    func aDogIsDroppedOffThenPickedUpInTheDay(table: String, who: String) throws {
        let plan = try TestSupport.plan("""
            {"name": "care", "entities": [{"name": "\(table)", "rows": 300, "fields": [
              {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
              {"name": "\(who)", "type": "integer", "min": 1, "max": 50},
              {"name": "drop_off_at", "type": "datetime"}, {"name": "pick_up_at", "type": "datetime"}]}]}
            """)
        for row in TestSupport.table(plan, table) {
            let a = try #require(row[2].flatMap(TestSupport.instant)), b = try #require(row[3].flatMap(TestSupport.instant))
            #expect(b > a, "picked up at \(row[3] ?? "") before drop-off at \(row[2] ?? "")")
            if table.hasSuffix("visits") { #expect(Int(a.truncatingRemainder(dividingBy: 86_400) / 3_600) >= 7, "dropped off at \(row[2] ?? "")") }
        }
        // a ride still picks up first
        #expect(TimeRoles.startPartner(of: "drop_off_at", in: [Field(name: "pick_up_at", type: .datetime), Field(name: "drop_off_at", type: .datetime)],
                                            entity: "rides") == "pick_up_at")
    }

    @Test func aPerformanceInARunStartsInTheEvening() throws {
        let schema = Planner().plan("Theater company: productions (title, opening_night, closing_night), performances (production_id, starts_at, seats_sold)").schema
        let plan = try schema.resolve(ResolveOptions(seed: 6, rows: 200)).get()
        for start in TestSupport.column(plan, "performances", "starts_at").compactMap({ $0.flatMap(TestSupport.instant) }) {
            let seconds = Int(start.truncatingRemainder(dividingBy: 86_400))
            #expect(seconds >= 8 * 3_600 && seconds <= 21 * 3_600 && seconds % 900 == 0, "starts at \(seconds / 3_600)h")
        }
    }
    /// Seven more: a food truck's hours, a tutor's and a studio's sessions, a diver's water, a bowling alley's
    /// lanes, a wine bar's glasses and a tasting's notes, a beekeeper's hives.
    @Test func moreSettingsNameTheirThings() throws {
        let truck = "Food truck: trucks (name, cuisine), locations (truck_id, spot_name, day_of_week, opens_at, closes_at)"
        #expect(TestSupport.plannedField(truck, "locations", "opens_at")?.type == .time && TestSupport.plannedField(truck, "locations", "closes_at")?.type == .time)
        #expect(ColumnLexicon.spec("water_temp_c", .neutral)?.max == 30 && ColumnLexicon.spec("body_temp_f", .neutral)?.min ?? 0 > 90)
        let bowling = "Bowling alley: lanes (number, status), games (lane_id, player_name, started_at, score, strikes)"
        #expect(TestSupport.plannedField(bowling, "lanes", "number")?.kind == "id.sequence" && (TestSupport.plannedField(bowling, "games", "strikes")?.max ?? 99) <= 12)
        #expect(TestSupport.plannedField("Garden: plots (plot_number, size_sqm)", "plots", "plot_number")?.kind == "id.sequence")
        let wine = "Wine bar: wines (name, region, grape, glass_price, bottle_price), tastings (wine_id, guest_name, rating, notes)"
        #expect((TestSupport.plannedField(wine, "wines", "glass_price")?.max ?? 99) <= 22 && (TestSupport.plannedField(wine, "wines", "bottle_price")?.min ?? 0) >= 28)
        #expect(Self.values(wine, "wines", "region").contains("Napa Valley"))
        #expect(Self.values("Scuba dive shop: divers (name, certification_level)", "divers", "certification_level").contains("Open Water"))
        #expect((TestSupport.plannedField("Beekeeping: hives (name, frames), inspections (hive_id, honey_kg)", "inspections", "honey_kg")?.max ?? 999) <= 30)
        let plan = try Planner().plan(wine).schema.resolve(ResolveOptions(seed: 3, rows: 40)).get()
        for note in TestSupport.column(plan, "tastings", "notes").compactMap({ $0 }) {
            #expect(!note.contains("Paperwork") && !note.contains("Record updated"), "\(note)")
        }
    }

    /// A session with people (a tutor and a student) or charged by the hour (a studio) lasts as an appointment,
    /// in the day; a web session with no people stays brief.
    @Test(arguments: [("tutors", "students"), ("therapists", "clients"), ("artists", "engineers")])
    func aSessionWithPeopleIsAnAppointment(a: String, b: String) throws {
        let schema = Planner().plan("Agency: \(a) (name), \(b) (name), sessions (\(Inflector.singular(a))_id, \(Inflector.singular(b))_id, starts_at, ends_at)").schema
        let plan = try schema.resolve(ResolveOptions(seed: 5, rows: 200)).get()
        let e = try #require(plan.entity(named: "sessions"))
        let s = try #require(e.column(named: "starts_at")), t = try #require(e.column(named: "ends_at"))
        var long = 0
        for row in TestSupport.table(plan, "sessions") {
            let x = try #require(row[s].flatMap(TestSupport.instant)), y = try #require(row[t].flatMap(TestSupport.instant))
            let hour = Int(x.truncatingRemainder(dividingBy: 86_400) / 3_600)
            #expect(hour >= 8 && hour <= 21, "a session at \(hour)h")
            if y - x > 3 * 3_600 { long += 1 }
        }
        #expect(long > 0)
    }
    /// Six more: a lounge visitor's guests are their own party (not up to the lounge's capacity), a crew is a
    /// handful of people, a last donation is a day, a hemoglobin in g/dL is a hemoglobin, a move fills a truck.
    @Test func groupsDaysAndMeasuresByTheirNames() throws {
        let lounge = "Airport lounge: lounges (name, terminal, capacity), visits (lounge_id, passenger_name, entered_at, left_at, guests)"
        let plan = try Planner().plan(lounge).schema.resolve(ResolveOptions(seed: 2, rows: 100)).get()
        let guests = TestSupport.column(plan, "visits", "guests").compactMap { $0.flatMap(Int.init) }
        #expect(!guests.isEmpty && guests.allSatisfy { $0 <= 6 }, "\(guests.max() ?? 0)")
        for (name, range) in [("crew_size", 2...8), ("household_size", 1...6), ("class_size", 8...35)] {
            let s = ColumnLexicon.spec(name, .neutral)
            #expect(s?.type == .integer && s?.min == Double(range.lowerBound) && s?.max == Double(range.upperBound), "\(name)")
        }
        #expect(ColumnLexicon.spec("last_donation", .neutral)?.type == .date && ColumnLexicon.spec("next_service", .neutral)?.kind == "date.future")
        #expect(ColumnLexicon.spec("hemoglobin_g_dl", .neutral)?.min == 11.5)
        let moving = "Moving company: jobs (customer_name, from_city, to_city, volume_cubic_m, crew_size, quote), trucks (plate, capacity_cubic_m)"
        #expect((TestSupport.plannedField(moving, "jobs", "volume_cubic_m")?.max ?? 999) <= 90 && (TestSupport.plannedField(moving, "trucks", "capacity_cubic_m")?.max ?? 999) <= 100)
    }
}
