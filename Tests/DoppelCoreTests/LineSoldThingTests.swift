import Testing
@testable import DoppelEngine
@testable import DoppelPlanner
import DoppelText

/// An order's lines point at what they sell, named in the prompt's own words (`cakes`, `tools`, `dishes`), and its
/// header does not point at one of them; a thing the catalogue does not know gets a name and a price.
@Suite struct LineSoldThingTests {
    static let things = ["cakes", "tools", "dishes", "candles", "bikes", "products", "menu items", "lamps", "kites", "soaps"]
    static let lines = [("orders", "order items"), ("orders", "order lines"), ("orders", "order details"), ("sales", "sale items"),
                        ("purchases", "purchase items")]

    static func references(_ e: Entity) -> Set<String> { Set(e.fields.compactMap { $0.references?.entity }) }

    @Test(arguments: 0..<40) func theLinesPointAtWhatTheySell(seed: Int) throws {
        let thing = Self.things[seed % Self.things.count], (header, line) = Self.lines[(seed / 2) % Self.lines.count]
        let people = seed % 3 == 0 ? "customers, " : ""
        let prompt = "Shop with \(people)\(thing), \(header) and \(line)"
        let schema = Planner().plan(prompt).schema
        let names = schema.entities.map(\.name)
        let thingName = thing.replacingOccurrences(of: " ", with: "_")
        let thingTable = try #require(schema.entities.first { $0.name == thingName }, "\(prompt): \(names)")
        let lineTable = try #require(schema.entities.first { $0.name == line.replacingOccurrences(of: " ", with: "_") }, "\(prompt): \(names)")
        #expect(Self.references(lineTable).isSuperset(of: [header, thingName]), "\(prompt): \(Self.references(lineTable))")
        let headerTable = try #require(schema.entities.first { $0.name == header })
        #expect(!Self.references(headerTable).contains(thingName), "\(prompt): \(Self.references(headerTable))")
        // (a thing the catalogue knows keeps its own columns: a bike has a frame size)
        guard DomainCatalogue.index[Inflector.singular(thingName)] == nil else { return }
        let columns = Set(thingTable.fields.map(\.name))
        #expect(columns.contains("price") && (columns.contains("name") || columns.contains("title")), "\(prompt): \(columns)")
        #expect(!columns.contains("status"), "\(prompt): \(columns)")
    }
}
