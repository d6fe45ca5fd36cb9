import Testing
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// A word means what its setting makes it mean: a lawyer's specialty is an area of law, a case
/// beside lawyers is called by its parties, a dating app's matches pair users, a lift ticket's type
/// is an admission, a zoo's species are wild; and columns named for a date, a size, a vintage, a
/// grape or an establishment hold one. Drawn settings, tables and column orders.
@Suite struct SettingSenseTests {
    static func fields(_ schema: Schema, _ entity: String) -> [String: Field] {
        Dictionary((schema.entities.first { $0.name == entity }?.fields ?? []).map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
    }

    static func strings(_ f: Field?) -> [String] { f?.values?.compactMap(\.stringValue) ?? [] }

    @Test func aLawyersSpecialtyIsAnAreaOfLawAndTheirRateALawyers() throws {
        var g = PlannerFuzzTests.SplitMix(state: 31)
        for noun in ["attorneys", "lawyers", "solicitors", "barristers", "paralegals"] {
            let columns = ["name", "specialty", "hourly_rate", "email"].shuffled(using: &g)
            let schema = Planner().plan("Law firm with \(noun) (\(columns.joined(separator: ", "))) and clients").schema
            let f = Self.fields(schema, noun)
            let areas = Self.strings(f["specialty"])
            #expect(areas.contains("Family Law") && !areas.contains("Cardiology"), "\(noun): \(areas)")
            #expect((f["hourly_rate"]?.min ?? 0) >= 100, "\(noun): \(String(describing: f["hourly_rate"]?.min))")
        }
        // A doctor's specialty is still medical.
        let clinic = Planner().plan("Clinic with doctors (name, specialty) and patients").schema
        #expect(Self.fields(clinic, "doctors")["specialty"]?.kind == "health.specialty")
    }

    @Test func aCaseBesideLawyersIsCalledByItsParties() throws {
        let areas = ["civil", "criminal", "family", "probate", "immigration", "corporate", "bankruptcy"]
        for (i, lawyers) in ["attorneys", "lawyers", "counsel", "judges"].enumerated() {
            let plan = try TestSupport.plan(#"""
                {"name": "firm", "seed": \#(i + 3), "entities": [
                  {"name": "\#(lawyers)", "rows": 5, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                    {"name": "name", "kind": "person.full_name"}]},
                  {"name": "cases", "rows": 80, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                    {"name": "title", "type": "string", "kind": "text.title"},
                    {"name": "case_type", "type": "string", "kind": "enum", "values": [\#(areas.map { "\"\($0)\"" }.joined(separator: ","))]}]}]}
                """#)
            let rows = TestSupport.table(plan, "cases")
            for row in rows {
                let title = row[1] ?? "", area = row[2] ?? ""
                let parties = title.contains(" v. ") || title.hasPrefix("In re ") || title.hasPrefix("Matter of ")
                #expect(parties, "\(lawyers): \(title)")
                if area == "criminal" { #expect(title.contains(" v. ") && !title.hasPrefix("In re"), "\(title)") }
                if area == "family" { #expect(title.hasPrefix("In re Marriage of "), "\(title)") }
                if area == "probate" { #expect(title.hasPrefix("In re Estate of "), "\(title)") }
                if title.contains(" v. ") {
                    let sides = title.components(separatedBy: " v. ")
                    #expect(sides.count == 2 && sides[0] != sides[1] && !sides[1].isEmpty, "\(title)")
                }
            }
        }
        // With no lawyer in sight a case is a support desk's: its title is a problem.
        let desk = try TestSupport.plan(#"""
            {"name": "helpdesk", "seed": 4, "entities": [{"name": "cases", "rows": 30, "fields": [
              {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
              {"name": "title", "type": "string", "kind": "text.title"}]}]}
            """#)
        for title in TestSupport.column(desk, "cases", "title").compactMap({ $0 }) { #expect(!title.contains(" v. "), "\(title)") }
    }

    @Test func aDatingAppsMatchesPairItsUsers() {
        for prompt in ["Dating app with users (name, age, bio), matches and messages",
                       "Online dating profiles, matches and likes", "A dating site: members, matches, messages"] {
            let schema = Planner().plan(prompt).schema
            let f = Self.fields(schema, "matches")
            #expect(f["home_score"] == nil && f["attendance"] == nil, "\(prompt): \(f.keys.sorted())")
            #expect(f["matched_user_id"]?.references != nil, "\(prompt): \(f.keys.sorted())")
        }
        let league = Self.fields(Planner().plan("Football league with teams, players and matches").schema, "matches")
        #expect(league["home_score"] != nil, "\(league.keys.sorted())")
    }

    @Test func aColumnNamedWithItsTablesNounIsTheTemplatesColumn() {
        for prompt in ["Ski resort: lift tickets (ticket_type, price, valid_from, valid_to), guests and lifts",
                       "Concert venue with concerts and tickets (ticket_type, price, seat)"] {
            let schema = Planner().plan(prompt).schema
            let tickets = schema.entities.first { $0.name.hasSuffix("tickets") }
            let f = Dictionary((tickets?.fields ?? []).map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
            let types = Self.strings(f["ticket_type"])
            #expect(!types.contains("feature_request") && !types.isEmpty, "\(prompt): \(types)")
            if f["valid_to"] != nil { #expect(f["valid_to"]?.type == .date, "\(prompt)") }
        }
    }

    @Test func validityEndsAreDatesOtherToColumnsAreNot() {
        var g = PlannerFuzzTests.SplitMix(state: 5)
        for _ in 0..<20 {
            let word = ColumnLexicon.validityWords.sorted()[Int(g.next() % UInt64(ColumnLexicon.validityWords.count))]
            #expect(ColumnLexicon.spec("\(word)_to", .neutral)?.type == .date, "\(word)_to")
            #expect(ColumnLexicon.spec("\(word)_from", .neutral)?.type == .date, "\(word)_from")
        }
        for name in ["reply_to", "ship_to", "bill_to", "redirect_to"] {
            #expect(ColumnLexicon.spec(name, .neutral)?.type != .date, "\(name)")
        }
        #expect(ColumnLexicon.spec("deadline", .neutral)?.kind == "date.future")
    }

    @Test func sizesVintagesGrapesAndEstablishmentsAreWhatTheySay() throws {
        let schema = Planner().plan("Wine shop with wines (name, winery, grape_variety, vintage, price) and artworks (title, dimensions)").schema
        let wines = Self.fields(schema, "wines"), art = Self.fields(schema, "artworks")
        #expect(wines["vintage"]?.type == .integer && (wines["vintage"]?.max ?? 3000) <= 2025)
        #expect(Self.strings(wines["grape_variety"]).contains("Merlot"))
        let plan = try schema.resolve(ResolveOptions()).get()
        for cell in TestSupport.column(plan, "artworks", "dimensions").compactMap({ $0 }).prefix(50) {
            let parts = cell.split(separator: " ")
            #expect(parts.count == 4 && Int(parts[0]) != nil && parts[1] == "x" && Int(parts[2]) != nil && parts[3] == "cm", "\(cell)")
        }
        #expect(art["dimensions"] != nil)
        // A column named for an establishment holds an establishment's name, in any table.
        var g = PlannerFuzzTests.SplitMix(state: 12)
        let establishments = ["winery", "brewery", "distillery", "vineyard", "ranch", "orchard", "museum", "gym", "salon", "library"]
        for _ in 0..<12 {
            let noun = establishments[Int(g.next() % UInt64(establishments.count))]
            let table = ["products", "visits", "events", "members"][Int(g.next() % 4)]
            let drawn = Planner().plan("\(table) (name, \(noun), price)").schema
            let resolved = try drawn.resolve(ResolveOptions()).get()
            let head = TextPolish.capitalised(noun)
            for cell in TestSupport.column(resolved, table, noun).compactMap({ $0 }).prefix(30) {
                #expect(cell.hasSuffix(" " + head) && RowTitleWriter.placeWords.contains(String(cell.dropLast(head.count + 1))),
                        "\(table).\(noun): \(cell)")
            }
        }
    }

    @Test func aZoosSpeciesAreWildAPetClinicsArePets() {
        for prompt in ["Zoo management with animals (name, species, date_of_birth), enclosures and keepers",
                       "Wildlife sanctuary: animals (name, species), caretakers"] {
            let species = Self.strings(Self.fields(Planner().plan(prompt).schema, "animals")["species"])
            #expect(species.contains("Giraffe") && !species.contains("Dog") && !species.contains("Hamster"), "\(prompt): \(species)")
        }
        let pets = Self.strings(Self.fields(Planner().plan("Vet clinic with owners, pets (name, species) and visits").schema, "pets")["species"])
        #expect(pets.contains("Dog"), "\(pets)")
    }

    @Test func phasesFoodsAndPaymentsFollowTheirTable() {
        let trials = Self.fields(Planner().plan("Clinical trials (title, phase, condition, start_date) and participants").schema, "clinical_trials")
        #expect(Self.strings(trials["phase"]).allSatisfy { $0.hasPrefix("Phase ") } && !Self.strings(trials["phase"]).isEmpty)
        let feeding = Self.fields(Planner().plan("Zoo with animals, keepers and feeding logs (food, quantity_kg, fed_at)").schema, "feeding_logs")
        #expect(Self.strings(feeding["food"]).contains("Hay"), "\(Self.strings(feeding["food"]))")
        for table in ["donations", "invoices", "memberships", "bookings"] {
            let f = Self.fields(Planner().plan("\(table) (amount, payment_method)").schema, table)
            let methods = Self.strings(f["payment_method"])
            #expect(!methods.isEmpty && !methods.contains("cash_on_delivery"), "\(table): \(methods)")
        }
    }

    @Test func aPublicationsIssuesAreEditionsOnItsTopic() throws {
        for (i, publication) in ["newsletters", "magazines", "journals"].enumerated() {
            let prompt = "Publishing platform: \(publication) (name, topic, frequency), subscribers and issues (subject, sent_at, open_rate)"
            let schema = Planner().plan(prompt).schema
            let issues = try #require(schema.entities.first { $0.name == "issues" }, "\(prompt)")
            #expect(issues.fields.contains { $0.references?.entity == publication }, "\(prompt): \(issues.fields.map(\.name))")
            let frequencies = Self.strings(Self.fields(schema, publication)["frequency"])
            #expect(frequencies.contains("weekly") && !frequencies.contains("twice daily"), "\(frequencies)")
            let plan = try schema.resolve(ResolveOptions(seed: UInt64(i))).get()
            let topics = TestSupport.column(plan, publication, "topic").map { $0 ?? "" }
            for name in TestSupport.column(plan, publication, "name").compactMap({ $0 }) {
                #expect(!name.contains("Weekly") && !name.contains("Monthly") && !name.contains("Topic"), "\(name)")
            }
            let e = try #require(plan.entity(named: "issues"))
            let refName = try #require(issues.fields.first { $0.references?.entity == publication }?.name)
            let ref = try #require(e.column(named: refName))
            let subject = try #require(e.column(named: "subject"))
            for row in TestSupport.table(plan, "issues").prefix(80) {
                let topic = topics[(Int(row[ref] ?? "") ?? 1) - 1]
                #expect((row[subject] ?? "").contains(RowTitleWriter.headlineCased(topic)), "\(topic): \(row[subject] ?? "")")
            }
        }
    }

    @Test func roomsFrequenciesAndMeasuresAtAMomentFitTheirTable() {
        for table in ["sections", "classes", "meetings", "exams"] {
            let room = Self.fields(Planner().plan("\(table) (name, room, capacity)").schema, table)["room"]
            #expect(room?.pattern == "Room %##", "\(table): \(String(describing: room?.pattern)) \(Self.strings(room))")
        }
        let home = Self.strings(Self.fields(Planner().plan("Smart home: devices (name, room, status)").schema, "devices")["room"])
        #expect(home.contains("Kitchen"), "\(home)")
        let doses = Self.strings(Self.fields(Planner().plan("prescriptions (drug, dose, frequency)").schema, "prescriptions")["frequency"])
        #expect(doses.contains("twice daily"), "\(doses)")
        var g = PlannerFuzzTests.SplitMix(state: 21)
        for _ in 0..<10 {
            let measure = ["fuel_level", "mileage", "weight_kg", "battery_level", "odometer"][Int(g.next() % 5)]
            let moment = ["on_return", "at_pickup", "at_checkout", "after_trip", "before_service"][Int(g.next() % 5)]
            let spec = ColumnLexicon.spec("\(measure)_\(moment)", .neutral)
            #expect(spec?.type == ColumnLexicon.spec(measure, .neutral)?.type && spec?.type != .string, "\(measure)_\(moment)")
        }
    }

    @Test func beersAndViolationsHoldWhatTheirTableMeans() {
        let beers = Self.fields(Planner().plan("Brewery with beers (name, style, abv, ibu) and batches").schema, "beers")
        #expect(Self.strings(beers["style"]).contains("IPA"))
        #expect(beers["abv"]?.type == .decimal && (beers["abv"]?.max ?? 99) <= 15)
        #expect(beers["ibu"]?.type == .integer)
        for table in ["parking_tickets", "traffic_citations", "parking_fines"] {
            let f = Self.fields(Planner().plan("City enforcement: officers and \(table) (issued_at, violation, fine_amount)").schema, table)
            #expect(Self.strings(f["violation"]).contains("Expired meter"), "\(table): \(Self.strings(f["violation"]))")
        }
        let inspections = Self.fields(Planner().plan("Restaurants and inspections (inspected_on, score, violation)").schema, "inspections")
        #expect(Self.strings(inspections["violation"]).contains("Pest activity"), "\(Self.strings(inspections["violation"]))")
    }
}
