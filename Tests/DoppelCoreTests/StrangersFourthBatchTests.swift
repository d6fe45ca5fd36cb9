import Testing
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// A fourth batch of strangers' prompts (a re-check of the first fixes): market days and rest periods with a
/// "condition", vote tallies with no count, invoice line items with no amount, flag rules that lost their flag, fills
/// of a prescriber, ambulances as events, an ambulance crew with an airline's base airport, and posts that lost their
/// author beside likes.
@Suite struct StrangersFourthBatchTests {
    static func table(_ prompt: String, _ name: String) throws -> Entity {
        let schema = Planner().plan(prompt).schema
        #expect(PlanInvariants.problems(schema).isEmpty, "\(prompt)")
        return try #require(schema.entities.first { $0.name == name }, "\(prompt): \(schema.entities.map(\.name))")
    }

    @Test(arguments: [UInt64(0xC1), 0xC2, 0xC3])
    func daysPeriodsTalliesAndLinesHoldWhatTheyAre(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let setting = rng.pick(["A farmers market with", "Tables:", "Data for a zorblat league with"])
        for (phrase, name, expected) in [("market days", "market_days", "date"), ("rest periods", "rest_periods", "ends_at"),
                                         ("vote tallies", "vote_tallies", "count"), ("download stats", "download_stats", "count")] {
            let e = try Self.table("\(setting) members, \(phrase) and zorblats", name)
            let names = e.fields.map(\.name)
            #expect(names.contains(expected) && !names.contains("condition"), "\(phrase): \(names)")
        }
        let lines = try Self.table("\(setting) clients, invoices and invoice line items", "invoice_line_items")
        #expect(lines.fields.contains { $0.name == "quantity" } && lines.fields.contains { $0.references?.entity == "invoices" },
                "\(lines.fields.map(\.name))")
    }

    @Test func rulesAndFillsBelongToWhatTheyAreFor() throws {
        let rules = try Self.table("Feature flags service: projects, environments, flags, flag rules and an audit log", "flag_rules")
        #expect(rules.fields.contains { $0.references?.entity == "flags" }, "\(rules.fields.map(\.name))")
        let fills = try Self.table("Pharmacy: patients, prescribers, medications, prescriptions (dosage, refills remaining) and fills", "fills")
        #expect(fills.fields.contains { $0.references?.entity == "prescriptions" }, "\(fills.fields.map(\.name))")
        #expect(!fills.fields.contains { $0.references?.entity == "prescribers" }, "\(fills.fields.map(\.name))")
        // A product's types stay the parent of its products.
        let types = try Self.table("products and product types", "product_types")
        #expect(!types.fields.contains { $0.references?.entity == "products" }, "\(types.fields.map(\.name))")
    }

    @Test func anAmbulanceIsAThingAndItsCrewNoAirlines() throws {
        let prompt = "Ambulance dispatch: stations, ambulances, crew members (role: paramedic, EMT, driver) and dispatches"
        let ambulances = try Self.table(prompt, "ambulances")
        #expect(!ambulances.fields.contains { $0.name == "occurred_at" }, "\(ambulances.fields.map(\.name))")
        let crew = try Self.table(prompt, "crew_members")
        #expect(!crew.fields.contains { $0.name == "base_airport" || $0.name == "membership_type" }, "\(crew.fields.map(\.name))")
        let airline = try Self.table("Airline crew rostering: crew members, flights and pairings", "crew_members")
        #expect(airline.fields.contains { $0.name == "base_airport" }, "\(airline.fields.map(\.name))")
    }

    @Test(arguments: ["likes", "favorites", "bookmarks"])
    func aPostKeepsItsAuthorBesideItsLikes(join: String) throws {
        let posts = try Self.table("users, posts and \(join)", "posts")
        #expect(posts.fields.contains { $0.references?.entity == "users" }, "\(join): \(posts.fields.map(\.name))")
        // A pure pairing still drops the reference it replaces.
        let books = try Self.table("books, authors and book_authors", "books")
        #expect(!books.fields.contains { $0.references?.entity == "authors" }, "\(books.fields.map(\.name))")
    }

    /// A count kept of something is an event of that count (it points at what it counts), and a paper that travels with
    /// goods has a number and a day issued; neither has a condition.
    @Test(arguments: [UInt64(0xD1), 0xD2])
    func talliesCountAndPapersAreIssued(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<3 {
            let (owner, tally) = rng.pick([("ads", "daily performance stats"), ("candidates", "vote tallies"), ("episodes", "download stats")])
            let prompt = rng.pick(["", "Tables: ", "A zorblat agency with "]) + "clients, \(owner) and \(tally)"
            let e = try Self.table(prompt, tally.replacingOccurrences(of: " ", with: "_"))
            #expect(e.fields.contains { $0.name == "count" } && !e.fields.contains { $0.name == "condition" }, "\(prompt): \(e.fields.map(\.name))")
            #expect(e.fields.contains { $0.references != nil }, "\(prompt): \(e.fields.map(\.name))")
        }
        let waybills = try Self.table("Rail freight: shipments, railcars and waybills", "waybills")
        #expect(waybills.fields.contains { $0.name == "issued_on" } && !waybills.fields.contains { $0.name == "condition" },
                "\(waybills.fields.map(\.name))")
    }

    /// An unknown object listed right after a place is kept there (an apiary's hives); a ferry's or a festival's
    /// tickets admit someone, a support desk's stay cases.
    @Test(arguments: [UInt64(0xE1), 0xE2, 0xE3])
    func objectsAtTheirPlaceAndTicketsThatAdmit(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let (place, thing) = rng.pick([("apiaries", "hives"), ("greenhouses", "zorblats"), ("barns", "saddles"), ("depots", "locomotives")])
        let kept = try Self.table("\(rng.pick(["A farm with", "Tables:", ""])) \(place), \(thing) and visitors", thing)
        #expect(kept.fields.contains { $0.references?.entity == place }, "\(kept.fields.map(\.name))")
        let setting = rng.pick(["Ferry operator", "Music festival", "Museum", "Ski resort"])
        let tickets = try Self.table("\(setting): customers, tickets and \(rng.pick(["sailings", "gates", "visits"]))", "tickets")
        #expect(tickets.fields.contains { $0.name == "price" } && !tickets.fields.contains { $0.name == "subject" }, "\(setting): \(tickets.fields.map(\.name))")
        let support = try Self.table("\(rng.pick(["Support desk", "IT help desk"])): agents, customers and tickets", "tickets")
        #expect(support.fields.contains { $0.name == "subject" }, "\(support.fields.map(\.name))")
    }
}
