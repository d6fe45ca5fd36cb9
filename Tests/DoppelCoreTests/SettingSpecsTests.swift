import Testing
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// Columns whose meaning the prompt's setting decides, and names that say what they hold: every
/// `SettingSpecs` entry applies in its setting and table and not outside them; a couple's partners
/// are people, a placement test's level is CEFR, a roof's pitch an angle (not a cover letter), a
/// thing's condition its wear. Drawn settings, tables and columns.
@Suite struct SettingSpecsTests {
    @Test func eachSettingDecidesItsColumnsOnlyInItsSetting() {
        var g = PlannerFuzzTests.SplitMix(state: 77)
        func pick<T>(_ xs: [T]) -> T { xs[Int(g.next() % UInt64(xs.count))] }
        for (index, entry) in SettingSpecs.entries.enumerated() {
            for _ in 0..<3 {
                let setting = pick(entry.settings.sorted()), column = pick(entry.columns.sorted())
                let table = Inflector.plural(entry.tables.isEmpty ? "record" : pick(entry.tables.sorted()))
                // (An earlier entry for the same setting word, column and table decides first: the first match wins.)
                let singular = Inflector.singular(table)
                if SettingSpecs.entries[..<index].contains(where: { e in
                    e.settings.contains(setting) && e.columns.contains(column) && (e.tables.isEmpty || e.tables.contains(singular))
                        && (e.alsoNeeds.isEmpty || e.alsoNeeds.contains(setting) || !e.alsoNeeds.isDisjoint(with: entry.alsoNeeds))
                }) { continue }
                let expected = ColumnSpec(entry.spec)
                // (A plural also-word reads as a table of its own, "for premiums"; a mass noun, "with stock (…)", as a column.)
                let also = entry.alsoNeeds.isEmpty ? "" : " for " + pick(entry.alsoNeeds.sorted().filter { !$0.hasSuffix("s") || $0.hasSuffix("ss") }.nilIfEmpty ?? entry.alsoNeeds.sorted())
                if Inflector.isUncountable(table) { continue }
                let inside = TestSupport.plannedField("A \(setting) business\(also) with \(table) (name, \(column))", table, column)
                #expect(inside?.kind == expected.kind && inside?.values == expected.values && inside?.min == expected.min,
                        "\(setting) \(table).\(column): \(String(describing: inside?.kind)) \(String(describing: inside?.values))")
                // Outside the setting (when the table's own name does not make it), the column is not the setting's.
                guard !SettingSpecs.entries.contains(where: { $0.spec == entry.spec && $0.settings.contains(table) }) else { continue }
                // (Nor when the column's own name names the setting: a `bird_species` is a bird's.)
                guard entry.settings.isDisjoint(with: column.split(separator: "_").map(String.init)), !entry.settings.contains(column) else { continue }
                // (Nor when the table's own name gives the column that meaning anyway: a show's `show_name` is a title.)
                // (in the domain the table's own name gives it: `complications` are a clinic's)
                let outsidePrompt = "A bookkeeping business with \(table) (name, \(column))"
                let words = outsidePrompt.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "_" }).map(String.init)
                let plain = ColumnLexicon.spec(column, ColumnContext(entity: Inflector.singular(table), nature: .thing, domain: Domain.detect(words)))
                guard plain?.kind != expected.kind || plain?.values != expected.values else { continue }
                let outside = TestSupport.plannedField(outsidePrompt, table, column)
                #expect(outside == nil || outside?.kind != expected.kind || outside?.values != expected.values || outside?.min != expected.min,
                        "outside the setting \(table).\(column): \(String(describing: outside?.kind))")
            }
        }
    }

    @Test func namesThatSayWhatTheyHold() {
        #expect(TestSupport.plannedField("Wedding planner: couples (partner_one, partner_two, wedding_date)", "couples", "partner_two")?.kind == "person.full_name")
        let cefr = TestSupport.plannedField("Language school: placement tests (score, cefr_level)", "placement_tests", "cefr_level")
        #expect(cefr?.values?.compactMap(\.stringValue).contains("B2") == true)
        #expect(TestSupport.plannedField("Mobile game: sessions (started_at, level_reached)", "sessions", "level_reached")?.type == .integer)
        #expect(TestSupport.plannedField("Fantasy league: weekly scores (gameweek, points)", "weekly_scores", "gameweek")?.type == .integer)
        let fault = TestSupport.plannedField("Fleet: buses and work orders (bus_id, fault, priority)", "work_orders", "fault")
        #expect(fault?.values?.compactMap(\.stringValue).contains("Oil leak") == true)
        #expect(TestSupport.plannedField("Solar CRM: surveys (roof_pitch, shading)", "surveys", "roof_pitch")?.type == .integer)
        #expect(TestSupport.plannedField("Solar CRM: installations (system_size_kw, panels, cost)", "installations", "cost")?.min ?? 0 >= 1000)
        #expect(TestSupport.plannedField("Fleet: buses (fleet_number, model, year)", "buses", "model")?.values?.compactMap(\.stringValue).contains("Gillig Low Floor") == true)
        for table in ["items", "tools", "books", "listings"] {
            let condition = TestSupport.plannedField("Library of things: \(table) (name, condition)", table, "condition")
            #expect(condition?.values?.compactMap(\.stringValue).contains("good") == true, "\(table)")
        }
        #expect(TestSupport.plannedField("Clinic: patients (name, condition)", "patients", "condition")?.kind == "health.diagnosis")
        #expect(TestSupport.plannedField("Language school: courses (language, weekly_hours)", "courses", "weekly_hours")?.max ?? 99 <= 20)
    }

    @Test func aRoofsPitchIsNotALetter() throws {
        let plan = try TestSupport.plan(#"""
            {"name": "solar", "seed": 3, "entities": [
              {"name": "leads", "rows": 5, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "name", "type": "string", "kind": "person.full_name"}]},
              {"name": "surveys", "rows": 20, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "lead_id", "type": "integer", "references": "leads.id"},
                {"name": "roof_pitch", "type": "text", "kind": "text.sentence"},
                {"name": "sales_pitch", "type": "text", "kind": "text.sentence"}]}]}
            """#)
        for row in TestSupport.table(plan, "surveys") {
            #expect(!(row[2] ?? "").contains("years of experience"), "\(row[2] ?? "")")
            #expect((row[3] ?? "").split(separator: ".").count >= 3, "\(row[3] ?? "")")
        }
    }

    @Test func aTitlesArticleFitsItsNoun() throws {
        let plan = try TestSupport.plan(#"""
            {"name": "m", "seed": 8, "entities": [{"name": "things", "rows": 3000, "fields": [
              {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
              {"name": "title", "type": "string", "kind": "media.title"}]}]}
            """#)
        var checked = 0
        for title in TestSupport.column(plan, "things", "title").compactMap({ $0 }) {
            let words = title.split(separator: " ").map(String.init)
            guard words.count > 1, words[0] == "A" || words[0] == "An" else { continue }
            checked += 1
            #expect((words[0] == "An") == TextPolish.needsAn(Array(words[1])), "\(title)")
        }
        #expect(checked > 300)
    }

    @Test func workspacesGrantsAndAdsHoldTheirOwnValues() throws {
        let desks = Planner().plan("Coworking space: members (name, plan), desks (label, zone, monthly_price) and meeting rooms").schema
        let desk = desks.entities.first { $0.name == "desks" }?.fields ?? []
        #expect(desk.first { $0.name == "label" }?.pattern == "?-%#")
        #expect(desk.first { $0.name == "monthly_price" }?.min ?? 0 >= 100)
        let rooms = desks.entities.first { $0.name == "meeting_rooms" }?.fields.map(\.name) ?? []
        #expect(rooms.contains("hourly_rate") && !rooms.contains("nightly_rate"), "\(rooms)")
        let plans = desks.entities.first { $0.name == "members" }?.fields.first { $0.name == "plan" }?.values?.compactMap(\.stringValue) ?? []
        #expect(plans.contains("hot_desk"), "\(plans)")
        let grants = Planner().plan("Grant management: funders, grants (title, amount, awarded_on, start_date, end_date) and reports").schema
        #expect(grants.entities.first { $0.name == "funders" }?.fields.contains { $0.name == "first_name" } == false)
        let plan = try grants.resolve(ResolveOptions(seed: 2)).get()
        for row in TestSupport.table(plan, "grants") {
            let e = try #require(plan.entity(named: "grants"))
            let awarded = row[try #require(e.column(named: "awarded_on"))] ?? "", start = row[try #require(e.column(named: "start_date"))] ?? ""
            #expect(start >= awarded, "\(awarded) → \(start)")
        }
        #expect(ColumnLexicon.spec("cpm", .neutral)?.max == 45)
        #expect(ColumnLexicon.spec("monthly_downloads", .neutral)?.min == 500)
        let ads = Planner().plan("Ad network: campaigns (budget, cpm), placements (campaign_id, impressions, clicks, spend)").schema
        let placements = ads.entities.first { $0.name == "placements" }?.fields ?? []
        #expect(placements.first { $0.name == "impressions" }?.min ?? 0 >= 1000)
    }

    @Test func cinemasHospitalsMarketsAndBikesHoldTheirOwnValues() {
        func f(_ prompt: String, _ table: String, _ column: String) -> Field? { TestSupport.plannedField(prompt, table, column) }
        func values(_ field: Field?) -> [String] { field?.values?.compactMap(\.stringValue) ?? [] }
        let theater = Planner().plan("Cinema chain: theaters, screens (theater_id, seats, format) and showtimes (movie_title, starts_at, ticket_price)").schema
        let theaters = theater.entities.first { $0.name == "theaters" }?.fields.map(\.name) ?? []
        #expect(theaters.contains("address") && !theaters.contains("status"), "\(theaters)")
        let formats = values(theater.entities.first { $0.name == "screens" }?.fields.first { $0.name == "format" })
        #expect(formats.contains("IMAX"), "\(formats)")
        #expect(theater.entities.first { $0.name == "showtimes" }?.fields.first { $0.name == "ticket_price" }?.max ?? 999 <= 25)
        let nurses = "Hospital staffing: nurses (name, unit, shift_preference, certification), shifts (nurse_id, unit, starts_at, ends_at, overtime) and patient assignments"
        #expect(values(f(nurses, "nurses", "unit")).contains("ICU"), "\(values(f(nurses, "nurses", "unit")))")
        #expect(values(f(nurses, "nurses", "certification")).contains("ACLS"))
        #expect(values(f(nurses, "nurses", "shift_preference")).contains("night"))
        #expect(f(nurses, "shifts", "overtime")?.type == .boolean)
        let assignments = Planner().plan(nurses).schema.entities.first { $0.name == "patient_assignments" }?.fields.map(\.name) ?? []
        #expect(assignments.contains("patient_id") && !assignments.contains("max_points"), "\(assignments)")
        let market = "Farmers market: vendors and market days (date, weather, attendance)"
        #expect(f(market, "market_days", "attendance")?.min ?? 0 >= 200)
        #expect(values(f(market, "market_days", "weather")).contains("sunny"))
        #expect(values(f("Bike sharing: stations and bikes (serial_number, type, battery_level)", "bikes", "type")).contains("electric"))
        let thing = EnumLexicon.status("quest", ColumnContext(entity: "quest", nature: .thing, domain: nil))
        let thingValues: [String] = (thing.values ?? []).compactMap(\.stringValue)
        #expect(!thingValues.isEmpty && !thingValues.contains("out_of_stock"), "\(thingValues)")
        let goods = EnumLexicon.status("product", ColumnContext(entity: "product", nature: .thing, domain: nil))
        let goodsValues: [String] = (goods.values ?? []).compactMap(\.stringValue)
        #expect(goodsValues.contains("out_of_stock"), "\(goodsValues)")
    }

    @Test func groomersArtistsAndPackagesAndReviewsOfUnnamedThings() throws {
        func values(_ field: Field?) -> [String] { field?.values?.compactMap(\.stringValue) ?? [] }
        let grooming = "Dog grooming salon: clients, dogs (name, breed, temperament), appointments (dog_id, service, price, groomer)"
        #expect(values(TestSupport.plannedField(grooming, "appointments", "service")).contains("Nail Trim"))
        #expect(TestSupport.plannedField(grooming, "appointments", "groomer")?.kind == "person.full_name")
        #expect(values(TestSupport.plannedField(grooming, "dogs", "temperament")).contains("calm"))
        let auction = "Art auction house: artists (name, genre), auctions and bids"
        #expect(TestSupport.plannedField(auction, "artists", "name")?.kind == "person.full_name")
        #expect(values(TestSupport.plannedField(auction, "artists", "genre")).contains("Cubism"))
        #expect(TestSupport.plannedField("Music label: artists (name, genre) and albums", "artists", "name")?.kind != "person.full_name"
                || !values(TestSupport.plannedField("Music label: artists (name, genre) and albums", "artists", "genre")).contains("Cubism"))
        let travel = "Travel agency: packages (destination, nights, price, includes_flight), bookings (package_id, travelers)"
        #expect(TestSupport.plannedField(travel, "packages", "includes_flight")?.type == .boolean)
        #expect(TestSupport.plannedField(travel, "packages", "price")?.min ?? 0 >= 400)
        #expect(TestSupport.plannedField(travel, "bookings", "travelers")?.max ?? 99 <= 6)
        #expect(TestSupport.plannedField("Helpdesk: servers (name, service, region)", "servers", "service") != nil)
        // A board-game shop's purchases are its goods, not in-game items.
        let shop = values(TestSupport.plannedField("Board game store: games, customers and purchases (item, price, purchased_at)", "purchases", "item"))
        #expect(!shop.contains("Gem Pack"), "\(shop)")
        let mobile = values(TestSupport.plannedField("Mobile game analytics: players, sessions and purchases (item, price_usd)", "purchases", "item"))
        #expect(mobile.contains("Gem Pack"), "\(mobile)")
        // A review of an unnamed parent talks about that parent, never about "this review".
        var g = PlannerFuzzTests.SplitMix(state: 4)
        for round in 0..<8 {
            let parent = ["appointments", "bookings", "visits", "stays", "orders", "sessions"][Int(g.next() % 6)]
            let child = ["reviews", "customer_reviews", "feedback", "ratings"][Int(g.next() % 4)]
            let plan = try TestSupport.plan(#"""
                {"name": "r", "seed": \#(round), "entities": [
                  {"name": "\#(parent)", "rows": 5, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                    {"name": "price", "type": "decimal", "kind": "commerce.price"}]},
                  {"name": "\#(child)", "rows": 40, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                    {"name": "\#(parent)_id", "type": "integer", "references": "\#(parent).id"},
                    {"name": "rating", "type": "integer", "kind": "number.integer", "min": 1, "max": 5},
                    {"name": "comment", "type": "text", "kind": "text.review"}]}]}
                """#)
            for text in TestSupport.column(plan, child, "comment").compactMap({ $0 }) {
                let lower = text.lowercased()
                #expect(!lower.contains("this review") && !lower.contains("this customer review") && !lower.contains("this feedback")
                        && !lower.contains("this rating") && !lower.contains("booked this booking"), "\(parent)/\(child): \(text)")
            }
        }
    }
}

private extension Array {
    var nilIfEmpty: Self? { isEmpty ? nil : self }
}
