import Testing
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner
import DoppelText

/// Strangers' locomotives, caskets, artifacts, seats and tee times were each a title, a filler description
/// ("Nimbus Seat is a seat, recorded on …"), an `archived` status and a creation time; their climbs and burials too.
/// A table the catalogue does not know now holds what its name says it is. Drawn settings, nouns and seeds.
@Suite struct UnknownThingTests {
    static let settings = ["A heritage society with", "Data for a club with", "A small business with", "", "Tables:"]
    /// Made-up or uncatalogued object nouns: kept on a register with a name, a condition and a date acquired.
    static let objects = ["zorblats", "locomotives", "caskets", "telescopes", "harpsichords", "kayak_paddles"]
    static let positions = ["seats", "berths", "kennels", "lockers", "booths", "grave_plots", "hangars", "cubicles"]
    static let slots = ["tee_times", "delivery_windows", "pickup_slots", "timeslots"]
    static let activities = ["ascents", "burials", "volleys", "rehearsals", "sorties", "hikes", "patrols"]

    static func plan(_ rng: inout FuzzRandom, _ table: String) -> (String, Schema) {
        let prompt = "\(rng.pick(settings)) \(table.replacingOccurrences(of: "_", with: " ")) and members".trimmingSpaces
        return (prompt, Planner().plan(prompt).schema)
    }

    @Test(arguments: [UInt64(0xA1), 0xA2, 0xA3])
    func anObjectHasANameAConditionAndADateAcquired(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<5 {
            let table = rng.pick(Self.objects)
            let (prompt, schema) = Self.plan(&rng, table)
            let e = try #require(schema.entities.first { $0.name == table }, "\(prompt): \(schema.entities.map(\.name))")
            let names = Set(e.fields.map(\.name))
            #expect(names.isSuperset(of: ["name", "condition", "acquired_on"]), "\(prompt): \(names)")
            #expect(!names.contains("description") && !names.contains("status"), "\(prompt): \(names)")
            #expect(PlanInvariants.problems(schema).isEmpty, "\(prompt)")
        }
    }

    @Test(arguments: [UInt64(0xB1), 0xB2, 0xB3])
    func aPositionIsNumberedInASectionTakenOrFree(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<4 {
            let table = rng.pick(Self.positions)
            let (prompt, schema) = Self.plan(&rng, table)
            let e = try #require(schema.entities.first { $0.name == table }, "\(prompt): \(schema.entities.map(\.name))")
            let names = e.fields.map(\.name)
            // (the catalogue knows some positions: a venue's seats have rows and numbers)
            guard names.contains("section"), names.contains("name") else {
                #expect(!names.contains("description"), "\(prompt): \(names)")
                continue
            }
            #expect(e.field(named: "status")?.values?.compactMap(\.stringValue).contains("occupied") == true, "\(prompt): \(names)")
            let rows = rng.int(3...40)
            let plan = try schema.resolve(ResolveOptions(seed: seed, rows: rows)).get()
            let entity = try #require(plan.entity(named: table))
            let column = try #require(entity.column(named: "name"))
            let noun = TextPolish.capitalised(Inflector.singular(String(table.split(separator: "_").last!)))
            let cells = TestSupport.table(plan, table).map { $0[column] }
            #expect(cells == (1...cells.count).map { "\(noun) \($0)" }, "\(prompt): \(cells.prefix(4))")
        }
    }

    @Test(arguments: [UInt64(0xC1), 0xC2])
    func aSlotStartsOnAQuarterHourOfTheWakingDay(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<3 {
            let table = rng.pick(Self.slots)
            let (prompt, schema) = Self.plan(&rng, table)
            #expect(PlanInvariants.problems(schema).isEmpty, "\(prompt)")
            let plan = try schema.resolve(ResolveOptions(seed: seed, rows: 80)).get()
            let entity = try #require(plan.entity(named: table), "\(prompt): \(schema.entities.map(\.name))")
            let starts = try TestSupport.cells(entity, TestSupport.table(plan, table), "starts_at")
            for s in starts {
                // 2026-04-16T20:15:00Z
                let time = s.split(separator: "T")[1]
                let parts = time.dropLast().split(separator: ":").compactMap { Int($0) }
                #expect(parts.count == 3 && parts[1] % 15 == 0 && parts[2] == 0 && (8...21).contains(parts[0]), "\(prompt): \(s)")
            }
        }
    }

    @Test(arguments: [UInt64(0xD1), 0xD2, 0xD3])
    func anActivityHappenedAndIsNoPerson(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<5 {
            let table = rng.pick(Self.activities)
            let (prompt, schema) = Self.plan(&rng, table)
            let e = try #require(schema.entities.first { $0.name == table }, "\(prompt): \(schema.entities.map(\.name))")
            let names = Set(e.fields.map(\.name))
            #expect(!names.contains("first_name") && !names.contains("title"), "\(prompt): \(names)")
            #expect(e.fields.contains { $0.type == .datetime || $0.type == .date }, "\(prompt): \(names)")
        }
    }

    /// An idea (a language pair) has a name and a meaning, not a condition; a kit offered has a price.
    @Test func anIdeaIsNoObjectAndAKitHasAPrice() throws {
        let pairs = try #require(Planner().plan("An interpreting agency with interpreters and language pairs").schema.entities.first { $0.name == "language_pairs" })
        #expect(!pairs.fields.contains { $0.name == "condition" }, "\(pairs.fields.map(\.name))")
        let kits = try #require(Planner().plan("A craft store with starter kits and customers").schema.entities.first { $0.name == "starter_kits" })
        #expect(kits.fields.contains { $0.name == "price" }, "\(kits.fields.map(\.name))")
    }

    /// The plan's warning names the columns, not their specs.
    @Test func theWarningNamesColumnsOnly() {
        let warnings = Planner().plan("members and tee times").warnings
        #expect(warnings.contains { $0.contains("(starts_at, duration_minutes, is_booked)") }, "\(warnings)")
    }
}
