import Testing
@testable import DoppelEngine
@testable import DoppelPlanner
@testable import DoppelText
import DoppelTestSupport

/// An unknown first column is a table's key only when it is written like an initialism (`ndc`), not when
/// it is an English word (`crop`); and a column a template spells out means the same in any table.
@Suite struct InitialismTests {
    /// The English words of 2–6 letters the engine writes with.
    static let englishWords: [String] = [Words.lorem, Words.adjectives].flatMap { table in
        (0..<table.count).map(table.string).filter { (2...6).contains($0.count) }
    }

    @Test func englishWordsAreNotInitialisms() {
        let flagged = Self.englishWords.filter(Initialism.matches)
        #expect(flagged.isEmpty, "\(flagged)")
    }

    @Test(arguments: [UInt64(71), 72, 73])
    func lettersWithoutAVowelAreInitialisms(seed: UInt64) {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<200 {
            let word = String((0..<rng.int(2...5)).map { _ in rng.pick(Array("bcdfghjklmnpqrstvwxz")) })
            #expect(Initialism.matches(word), "seed \(seed): \(word)")
        }
    }

    @Test(arguments: [UInt64(81), 82, 83, 84])
    func anUnknownWordFirstIsNotTheKey(seed: UInt64) {
        var rng = FuzzRandom(seed: seed)
        let unknown = Self.englishWords.filter { ColumnLexicon.spec($0, .neutral) == nil && !Inflector.isPlural($0) }
        #expect(unknown.count > 20)
        for _ in 0..<6 {
            let word = rng.pick(unknown)
            let table = rng.pick(["harvest logs", "field notes", "daily readings", "batch records"])
            let prompt = "Records with \(table) (\(word), weight_kg, recorded_on)"
            let schema = Planner().plan(prompt).schema
            let keys = schema.entities.flatMap { $0.fields.filter(\.primaryKey).map(\.name) }
            #expect(!keys.contains(word), "seed \(seed): \(prompt) keyed by \(keys)")
        }
    }

    @Test func anInitialismFirstIsTheKey() {
        for code in ["ndc", "gtin", "rxcui"] {
            let schema = Planner().plan("A pharmacy with drug products (\(code), name, price)").schema
            let table = schema.entities.first { $0.fields.contains { $0.name == code } }
            #expect(table?.fields.first { $0.primaryKey }?.name == code, "\(code): \(schema.entities.map(\.name))")
        }
    }

    @Test(arguments: [UInt64(91), 92, 93])
    func aColumnATemplateSpellsOutKeepsItsMeaning(seed: UInt64) {
        var rng = FuzzRandom(seed: seed)
        let names = DomainCatalogue.columnSpecs.keys.sorted().filter {
            ColumnLexicon.spec($0, .neutral) == nil && DomainCatalogue.template(for: Inflector.singular($0), domain: nil) == nil
                && !$0.hasSuffix("_id")
        }
        #expect(names.count > 10)
        for _ in 0..<8 {
            let name = rng.pick(names)
            let prompt = "Field notes with observations (\(name), noted_on)"
            let schema = Planner().plan(prompt).schema
            guard let field = schema.entities.flatMap(\.fields).first(where: { $0.name == name }) else {
                Issue.record("seed \(seed): \(prompt) has no \(name)"); continue
            }
            let written = ColumnSpec(DomainCatalogue.columnSpecs[name] ?? "")
            #expect(field.type == written.type && field.kind == written.kind, "seed \(seed): \(name) is \(field.type) \(field.kind ?? "-"), the template says \(written.type) \(written.kind ?? "-")")
        }
    }
}
