import Testing
@testable import DoppelPlanner
import DoppelEngine
import DoppelText
import DoppelTestSupport
import DoppelJSON

/// "products like sourdough, croissants and custom cakes" planned a table of products_like_sourdoughs, a table of
/// croissants that were people and one of custom cakes; "prosthesis type e.g. crown, bridge, denture" three columns.
/// Examples after `like`, `such as`, `e.g.` or `for example` are values of the thing before them. Drawn settings,
/// tables, markers, examples, list shapes and seeds.
@Suite struct ExampleListTests {
    static let tables: [(table: String, column: String, examples: [String])] = [
        ("products", "product_type", ["sourdough", "custom cakes", "rye loaf", "bagels"]),
        ("classes", "class_type", ["yoga", "spin", "pilates", "boxing"]),
        ("vehicles", "vehicle_type", ["cars", "trucks", "vans", "buses"]),
        ("genres", "name", ["jazz", "soul", "punk", "folk"]),
        ("tags", "name", ["travel", "food", "tech", "sport"]),
    ]
    static let markers = ["like", "such as", "e.g.", "for example"]

    static func list(_ items: [String], _ rng: inout FuzzRandom) -> String {
        let conjunction = rng.pick([" and ", " or ", ", and "])
        return items.dropLast().joined(separator: ", ") + conjunction + items[items.count - 1]
    }

    @Test(arguments: [UInt64(0xE1), 0xE2, 0xE3, 0xE4])
    func examplesAreValuesOfTheThingBeforeThem(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<6 {
            let (table, column, pool) = rng.pick(Self.tables)
            let examples = Array(pool.shuffled(using: &rng).prefix(rng.int(2...4)))
            let other = rng.pick(["customers", "members", "staff", "suppliers"])
            let marker = rng.pick(Self.markers)
            let prompt = rng.pick(["A shop with \(other) and ", "", "Data for a small business: \(other), "]) + "\(table) \(marker) "
                + Self.list(examples, &rng) + rng.pick(["", ", and \(other)", ". Include \(other) too."])
            let schema = Planner().plan(prompt).schema
            let names = schema.entities.map(\.name)
            let e = try #require(schema.entities.first { $0.name == table }, "\(prompt): \(names)")
            // (no example is a table, nor a table named for the marker)
            #expect(!names.contains { n in examples.contains { n.hasPrefix($0.split(separator: " ")[0]) } || n.contains("like") || n.contains("such") },
                    "\(prompt): \(names)")
            let field = try #require(e.field(named: column) ?? e.fields.first { $0.values != nil && ["category", "species", "type"].contains($0.name) },
                                     "\(prompt): \(e.fields.map(\.name))")
            let values = field.values?.compactMap(\.stringValue) ?? []
            // (singular when every example is a plural)
            let plural = examples.allSatisfy { $0.hasSuffix("s") && $0 != "bus" }
            let expected = examples.map { plural ? Inflector.singular($0) : $0 }
            #expect(values == expected, "\(prompt): \(values)")
        }
    }

    /// In a column list, the examples end at the conjunction, or before the first name a column has.
    @Test(arguments: [UInt64(0xE5), 0xE6, 0xE7])
    func examplesInAColumnListAreTheColumnsValues(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let cases: [(String, [String])] = [("payment method", ["card", "cash", "voucher"]), ("prosthesis type", ["crown", "bridge", "denture"]),
                                           ("fuel type", ["diesel", "petrol", "electric"])]
        for _ in 0..<4 {
            let (column, examples) = rng.pick(cases)
            let marker = rng.pick(Self.markers)
            // (unclosed, the list ends before the first column's name: "card, cash" stops at `cash`, so only lists
            // with no column's name among them are drawn unclosed)
            let closed = column == "payment method" || rng.int(0...1) == 1
            let list = closed ? Self.list(examples, &rng) : examples.joined(separator: ", ")
            let after = rng.pick(["total", "material", "notes"])
            let prompt = "orders (id, \(column) \(marker) \(list), \(after), created_at)"
            let schema = Planner().plan(prompt).schema
            let e = try #require(schema.entities.first, "\(prompt)")
            let name = column.replacingOccurrences(of: " ", with: "_")
            let field = try #require(e.field(named: name), "\(prompt): \(e.fields.map(\.name))")
            #expect(field.values?.compactMap { $0.stringValue } == examples, "\(prompt): \(String(describing: field.values))")
            #expect(e.fields.map { $0.name } == ["id", name, after, "created_at"], "\(prompt): \(e.fields.map { $0.name })")
        }
    }

    /// `like` after people is a verb: "users like posts" keeps both tables.
    @Test func likeAfterPeopleIsAVerb() {
        for prompt in ["A social network where users like posts and follow other users", "fans like songs, albums and playlists"] {
            let names = Planner().plan(prompt).schema.entities.map(\.name)
            #expect(names.contains("posts") || names.contains("songs"), "\(prompt): \(names)")
        }
    }

    /// The strangers' second round: hyphenated examples (`sci-fi`, `B737-800`), a column's known values before its
    /// neighbours (`priority e.g. low, medium, high, channel`), participles as values (`approved, denied`), a singular
    /// column in a list of columns (`cache_status such as HIT, MISS`), a bracket that only gives its column's examples
    /// (`pop (edge location like FRA, IAD)`), each as the prompt spelled it, and a frequency that is not a table (`metrics every minute`).
    @Test func examplesInTheirOtherShapes() throws {
        func fields(_ prompt: String, _ table: String) throws -> [String: [String]] {
            let schema = Planner().plan(prompt).schema
            let e = try #require(schema.entities.first { $0.name == table }, "\(prompt): \(schema.entities.map(\.name))")
            return Dictionary(uniqueKeysWithValues: e.fields.map { f in (f.name, f.values?.compactMap { $0.stringValue } ?? []) })
        }
        let aircraft = try fields("aircraft (tail number, model for example A320 or B737-800, seats)", "aircraft")
        #expect(aircraft["model"] == ["A320", "B737-800"] && aircraft["seats"] != nil, "\(aircraft)")
        let tickets = try fields("tickets (priority e.g. low, medium, high, channel, opened_at)", "tickets")
        #expect(tickets["priority"] == ["low", "medium", "high"] && tickets["channel"] != nil && tickets["high"] == nil, "\(tickets)")
        let claims = try fields("warranty claims (date of purchase, status e.g. open, approved, denied)", "warranty_claims")
        #expect(claims["status"] == ["open", "approved", "denied"] && claims["denied"] == nil, "\(claims)")
        let logs = try fields("CDN edge logs: timestamp, pop (edge location like FRA, IAD, NRT), client_ip, cache_status such as HIT, MISS, EXPIRED, bytes_sent", "cdn_edge_logs")
        #expect(logs["pop"] == ["FRA", "IAD", "NRT"] && logs["cache_status"] == ["HIT", "MISS", "EXPIRED"] && logs["bytes_sent"] != nil, "\(logs)")
        let library = Planner().plan("a library with members, books in genres like mystery, sci-fi and romance, and loans").schema
        #expect(!library.entities.contains { ["sci_fis", "fis", "romances", "mysteries"].contains($0.name) }, "\(library.entities.map(\.name))")
        // A bracket of examples after a table: its rows' kinds ("objects (e.g. galaxies, nebulae, comets)").
        let sky = Planner().plan("an observatory with telescopes, objects (e.g. galaxies, nebulae, comets) and observations").schema
        #expect(!sky.entities.contains { ["e_g_galaxies", "nebulaes", "comets", "galaxies"].contains($0.name) }, "\(sky.entities.map(\.name))")
        #expect(sky.entities.first { $0.name == "objects" }?.field(named: "object_type")?.values?.compactMap { $0.stringValue }
                    == ["galaxy", "nebulae", "comet"] || sky.entities.first { $0.name == "objects" }?.fields.contains { $0.values?.contains(.string("comets")) == true } == true,
                "\(sky.entities.map { ($0.name, $0.fields.map(\.name)) })")
        let metrics = Planner().plan("kubernetes pod metrics every minute: cluster, namespace, pod, cpu_millicores").schema
        #expect(metrics.entities.map(\.name) == ["kubernetes_pod_metrics"], "\(metrics.entities.map(\.name))")
    }
}
