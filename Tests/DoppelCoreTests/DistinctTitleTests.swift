import Testing
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner
import DoppelTestSupport

/// A stranger's ten fermentation tanks had two "Harbor Tank"s and two "Tundra Tank"s, thirty crews four "Lumen Crew"s,
/// and thirty sorting lines only five names. A table's own made-up names are drawn without repeats while the table has
/// no more rows than names (`RowFacts.distinctPick`); past that, any name.
@Suite struct DistinctTitleTests {
    /// Made-up, code-named and family-named entities, at drawn row counts up to the size of their pool.
    @Test(arguments: [UInt64(0xD1), 0xD2, 0xD3, 0xD4])
    func aSmallTableNamesEachRowDifferently(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let syllables = ["gri", "zo", "ban", "tel", "mo", "quix", "ra", "vel", "dun", "pra"]
        let families: [(String, Int)] = [("boats", RowTitleWriter.boatNames.count), ("enclosures", RowTitleWriter.enclosureNames.count),
                                         ("bouquets", RowTitleWriter.bouquetNames.count), ("crews", RowTitleWriter.codeNames.count),
                                         ("fermentation_tanks", RowTitleWriter.codeNames.count),
                                         ("orchards", RowTitleWriter.placeWords.count),
                                         ("surveys", RowTitleWriter.formSubjects.count)]
        for _ in 0..<6 {
            let made = (0..<rng.int(2...3)).map { _ in rng.pick(syllables) }.joined() + "s"
            let (entity, pool) = rng.chance(0.3) ? (made, RowTitleWriter.codeNames.count) : rng.pick(families)
            let rows = rng.int(2...pool)
            let titles = try RowTitleTests.titles(entity, column: rng.pick(["name", "title"]), seed: seed, rows: rows)
            #expect(titles.count == rows)
            #expect(Set(titles).count == rows, "\(entity), \(rows) rows: \(titles)")
        }
    }

    /// Past the pool every name is still one of the entity's, and every one of them is used.
    @Test func aLargerTableUsesEveryNameFirst() throws {
        let pool = RowTitleWriter.codeNames.count
        let titles = try RowTitleTests.titles("lifts", column: "name", seed: 9, rows: pool * 3)
        #expect(Set(titles.prefix(pool)).count == pool)
        #expect(titles.allSatisfy { t in RowTitleWriter.codeNames.contains { t == $0 + " Lift" } }, "\(titles.prefix(5))")
    }

    /// The order of names follows the seed (another seed, another order) and is the same for the same seed.
    @Test func theOrderFollowsTheSeed() throws {
        let a = try RowTitleTests.titles("turbines", column: "name", seed: 1, rows: 12)
        #expect(a == (try RowTitleTests.titles("turbines", column: "name", seed: 1, rows: 12)))
        #expect(a != (try RowTitleTests.titles("turbines", column: "name", seed: 2, rows: 12)))
    }

    /// A plant's lines are numbered in order; a product line is named.
    @Test(arguments: ["sorting_lines", "production_lines", "packing_lines", "bottling_lines", "lines"])
    func aPlantsLinesAreNumbered(entity: String) throws {
        let titles = try RowTitleTests.titles(entity, column: "name", seed: 4, rows: 30)
        #expect(titles == (1...30).map { "Line \($0)" }, "\(titles.prefix(4))")
    }

    @Test func aProductLineIsNotNumbered() throws {
        let titles = try RowTitleTests.titles("product_lines", column: "name", seed: 4, rows: 10)
        #expect(!titles.contains("Line 1"), "\(titles.prefix(4))")
        // And the planner's production lines take those numbers too, not five names for thirty lines.
        let (e, rows) = try TestSupport.planned("Recycling plant with production lines", "production_lines", seed: 3, rows: 30)
        let names = try TestSupport.cells(e, rows, "name")
        #expect(Set(names).count == names.count && names.first == "Line 1", "\(names.prefix(4))")
    }

    /// A report on something no office document covers is one of a numbered series, and is described as a record,
    /// not as the place its name mentions.
    @Test(arguments: ["snow_reports", "ski_resort_daily_snow_reports", "leak_reports", "river_level_reports"])
    func aReportOnAnythingElseIsNumbered(entity: String) throws {
        let titles = try RowTitleTests.titles(entity, column: "title", seed: 6, rows: 8)
        let noun = Inflector.singular(entity).split(separator: "_").map { TextPolish.capitalised(String($0)) }.joined(separator: " ")
        #expect(titles == (1...8).map { "\(noun) #\($0)" }, "\(titles.prefix(3))")
        #expect(SubjectClass(noun: Inflector.singular(entity).replacingOccurrences(of: "_", with: " ")) != .place)
    }

    @Test func anOfficeReportKeepsItsSubject() throws {
        for t in try RowTitleTests.titles("expense_reports", column: "title", seed: 6, rows: 8) {
            #expect(RowTitleWriter.documentSubjects.contains { t.hasPrefix($0 + " ") }, "\(t)")
        }
    }
}

/// A stranger's ski resort's `lifts`, a wind farm's `turbines` and a brewery's `fermentation_tanks` were given a title, a
/// description and an "archived" status. Equipment the catalogue does not know is named, has its maker's model, is in
/// operation or not, and was commissioned on a day.
@Suite struct UnknownEquipmentTests {
    @Test(arguments: [UInt64(0xE1), 0xE2, 0xE3])
    func unknownEquipmentHasAModelAndAnOperatingStatus(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let equipment = ["turbines", "tanks", "lifts", "kilns", "silos", "conveyors", "forklifts", "boilers", "centrifuges"]
        let modifiers = ["", "wind_farm_", "fermentation_", "north_", "backup_"]
        for _ in 0..<4 {
            let table = rng.pick(modifiers) + rng.pick(equipment)
            let others = rng.pick(["technicians", "operators", "sites"])
            let schema = Planner().plan("\(table.replacingOccurrences(of: "_", with: " ")) and \(others)").schema
            let e = try #require(schema.entities.first { $0.name == table }, "\(table): \(schema.entities.map(\.name))")
            let names = e.fields.map(\.name)
            #expect(["name", "model", "status", "commissioned_on"].allSatisfy(names.contains), "\(table): \(names)")
            #expect(!names.contains("description") && !names.contains("title"), "\(table): \(names)")
            let status = try #require(e.fields.first { $0.name == "status" })
            let values = Set(status.values?.compactMap(\.stringValue) ?? [])
            #expect(values.contains("operational") && !values.contains("archived"), "\(table): \(values)")
        }
    }

    /// A lift, concert or train ticket admits someone: a price and a seat or type, not a support case's subject.
    @Test(arguments: ["Ski resort lift tickets and lifts", "Concert tickets and fans", "Zoo day tickets and visitors", "Train tickets and passengers"])
    func anAdmissionTicketIsNotASupportCase(prompt: String) throws {
        let schema = Planner().plan(prompt).schema
        let tickets = try #require(schema.entities.first { $0.name.hasSuffix("tickets") })
        let names = tickets.fields.map(\.name)
        #expect(names.contains("price") && !names.contains("subject") && !names.contains("priority"), "\(prompt): \(names)")
    }

    @Test(arguments: ["Support tickets and agents", "Helpdesk tickets with customers", "Customer support tickets"])
    func aSupportTicketStaysOne(prompt: String) throws {
        let schema = Planner().plan(prompt).schema
        let tickets = try #require(schema.entities.first { $0.name.hasSuffix("tickets") })
        #expect(tickets.fields.contains { $0.name == "subject" }, "\(prompt): \(tickets.fields.map(\.name))")
    }
}
