import Testing
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner
import DoppelTestSupport

/// "enrollments with grades": a prose column named in the plural is the entity's own
/// column of that name, not a second, made-up one beside it. Over drawn entities and
/// the columns their templates hold.
@Suite struct ProseColumnTests {
    @Test(arguments: [UInt64(101), 102, 103, 104, 105, 106])
    func aPluralProseColumnIsTheTemplatesColumn(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let entities = ["enrollments", "employees", "products", "orders", "patients", "books", "invoices", "vehicles"]
        let entity = rng.pick(entities)
        let template = try #require(DomainCatalogue.template(for: Inflector.singular(entity), domain: nil))
        let columns = template.columns.filter { !SchemaAssembler.isReferenceToken($0) }.map { SchemaAssembler.attribute($0).0 }
            .filter { !$0.contains("_") && Inflector.plural($0) != $0 && Inflector.singular(Inflector.plural($0)) == $0 }
        guard !columns.isEmpty else { return }
        let column = rng.pick(columns)
        let prompt = "A small business with customers and \(entity) with \(Inflector.plural(column))"
        let schema = Planner().plan(prompt).schema
        let e = try #require(schema.entities.first { $0.name == entity }, "\(prompt): \(schema.entities.map(\.name))")
        let names = e.fields.map(\.name)
        #expect(names.contains(column), "\(prompt): \(names)")
        #expect(!names.contains(Inflector.plural(column)), "\(prompt): \(names)")
    }
}
