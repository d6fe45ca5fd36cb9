import Testing
@testable import DoppelEngine
@testable import DoppelPlanner
@testable import DoppelText
import DoppelTestSupport

/// "Solar installations (…) with daily readings (…)": after a table's own column list, `with` joins the next
/// listed (or counted) table. It once read the first table as the prompt's preamble and dropped its columns.
@Suite struct PlannerListedWithTests {
    static let parents: [(String, [String])] = [
        ("solar installations", ["customer_name", "address", "panel_count"]), ("stores", ["name", "city"]),
        ("warehouses", ["code", "region", "capacity"]), ("gym members", ["full_name", "joined_on"]),
        ("fishing boats", ["boat_name", "length_ft"]), ("clinics", ["clinic_name", "phone"]),
    ]
    static let children: [(String, [String])] = [
        ("daily energy readings", ["reading_date", "kwh"]), ("sales", ["sold_on", "amount"]),
        ("weekly inspections", ["inspected_on", "passed"]), ("visits", ["visited_at", "notes"]),
    ]

    static func key(_ parent: String) -> String {
        Inflector.singular(parent.split(separator: " ").last.map(String.init) ?? parent) + "_id"
    }

    @Test(arguments: [UInt64(1), 2, 3, 4])
    func bothListedTablesKeepTheirColumns(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<6 {
            let (parent, own) = rng.pick(Self.parents)
            let (child, childOwn) = rng.pick(Self.children)
            let joiner = rng.pick(["with", "with their", "with many"])
            let prompt = "\(parent.prefix(1).uppercased() + parent.dropFirst()) (\(own.joined(separator: ", "))) \(joiner) \(child) (\(Self.key(parent)), \(childOwn.joined(separator: ", ")))"
            let schema = Planner().plan(prompt).schema
            let parentName = parent.replacingOccurrences(of: " ", with: "_")
            let first = try #require(schema.entities.first { $0.name == parentName || parentName.hasSuffix("_" + $0.name) }, "\(prompt) plans \(schema.entities.map(\.name))")
            #expect(first.fields.map(\.name).filter { $0 != "id" } == own, "\(prompt): \(first.fields.map(\.name))")
            let second = try #require(schema.entities.first { $0.fields.contains { $0.name == Self.key(parent) } }, "\(prompt)")
            #expect(second.fields.first { $0.name == Self.key(parent) }?.references?.entity == first.name, "\(prompt)")
            #expect(Set(second.fields.map(\.name)).isSuperset(of: childOwn), "\(prompt): \(second.fields.map(\.name))")
            #expect(schema.entities.count == 2, "\(prompt) plans \(schema.entities.map(\.name))")
        }
    }

    /// A list of values after `with` is still a column's values, never a table.
    @Test(arguments: [("orders (id, total) with status (pending, shipped, delivered)", "orders", "status"),
                      ("users (name, email) with roles (admin, editor, viewer)", "users", "roles")])
    func aValueListAfterWithIsNoTable(prompt: String, table: String, column: String) throws {
        let schema = Planner().plan(prompt).schema
        #expect(schema.entities.count == 1, "\(prompt) plans \(schema.entities.map(\.name))")
        let values = schema.entity(named: table)?.fields.first { $0.name == column }?.values
        #expect(values?.count == 3, "\(prompt): \(String(describing: values))")
    }

    @Test func aCountedTableAfterAListIsATable() throws {
        let schema = Planner().plan("Products (name, price) with 5 categories").schema
        let products = try #require(schema.entities.first { $0.name == "products" })
        #expect(products.fields.map(\.name) == ["id", "name", "price", "category_id"])
        #expect(schema.entities.first { $0.name == "categories" }?.rows == 5)
    }
}
