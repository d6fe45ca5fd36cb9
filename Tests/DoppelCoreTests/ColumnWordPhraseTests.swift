import Testing
@testable import DoppelEngine
@testable import DoppelPlanner

/// "events with a json properties column": the last word says the phrase is a column, a type word before
/// its name gives the type; the words "json" and "column" are not part of the name.
@Suite struct ColumnWordPhraseTests {
    static let tables = ["users", "orders", "events", "products", "tickets", "devices"]
    static let names = ["properties", "score", "notes", "metadata", "weight", "rank", "payload", "remarks", "priority"]
    static let types: [(word: String, type: FieldType)] = [("json", .json), ("integer", .integer), ("text", .text),
                                                            ("boolean", .boolean), ("decimal", .decimal), ("jsonb", .json)]

    @Test(arguments: 0..<24) func aTypedColumnPhraseNamesItsColumnAndGivesItsType(seed: Int) throws {
        // Drawn from the seed, so a failure names its prompt and repeats.
        let table = Self.tables[seed % Self.tables.count]
        let first = Self.names[(seed * 7 + 3) % Self.names.count], second = Self.names[(seed * 5 + 1) % Self.names.count]
        let t1 = Self.types[seed % Self.types.count], t2 = Self.types[(seed / 3 + 2) % Self.types.count]
        let article = { (w: String) in "aeiou".contains(w.first!) ? "an" : "a" }
        var prompt = "\(table.capitalized) with \(article(t1.word)) \(t1.word) \(first) column"
        if second != first { prompt += " and \(article(t2.word)) \(t2.word) \(second) column" }
        let schema = Planner().plan(prompt).schema
        let entity = try #require(schema.entities.first { $0.name == table }, "\(prompt): \(schema.entities.map(\.name))")
        let names = entity.fields.map(\.name)
        #expect(!names.contains { $0.contains("column") || $0.hasPrefix("\(t1.word)_") }, "\(prompt): \(names)")
        let f1 = try #require(entity.fields.first { $0.name == first }, "\(prompt): \(names)")
        #expect(f1.type == t1.type, "\(prompt): \(first) is \(String(describing: f1.type))")
        if second != first {
            let f2 = try #require(entity.fields.first { $0.name == second }, "\(prompt): \(names)")
            #expect(f2.type == t2.type, "\(prompt): \(second) is \(String(describing: f2.type))")
        }
    }

    @Test func aNameThatStartsWithATypeWordKeepsIt() {
        // "date", "time" and "number" begin names as often as they give types: only the stricter words are types.
        #expect(TestSupport.plannedField("Patients with a date of birth column", "patients", "date_of_birth") != nil)
        #expect(TestSupport.plannedField("Sessions with a time zone column", "sessions", "time_zone") != nil)
    }
}
