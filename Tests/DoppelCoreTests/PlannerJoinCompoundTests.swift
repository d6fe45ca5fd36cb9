import Testing
@testable import DoppelEngine
@testable import DoppelPlanner
@testable import DoppelText
import DoppelTestSupport

/// "employees, skills and employee skills": a compound of two listed tables is the table joining them,
/// not another mention of its last word; and a word that can be a verb (`tracks`, `stores`) ends an item
/// as a noun. Over drawn pairs and orders.
@Suite struct PlannerJoinCompoundTests {
    static let pairs: [(String, String)] = [
        ("employee", "skill"), ("post", "tag"), ("playlist", "track"), ("recipe", "ingredient"), ("movie", "actor"),
        ("user", "role"), ("product", "supplier"), ("article", "topic"), ("project", "member"), ("book", "author"),
    ]

    @Test(arguments: [UInt64(141), 142, 143, 144])
    func aCompoundOfTwoListedTablesJoinsThem(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<5 {
            let (left, right) = rng.pick(Self.pairs)
            var tables = [Inflector.plural(left), Inflector.plural(right)]
            if rng.chance(0.5) { tables.reverse() }
            let join = "\(left) \(Inflector.plural(right))"
            let lead = rng.pick(["A small company with", "Build a database of", "An app with", "Data for"])
            let prompt = "\(lead) \(tables[0]), \(tables[1]) and \(join)"
            let schema = Planner().plan(prompt).schema
            let name = join.replacingOccurrences(of: " ", with: "_")
            let table = try #require(schema.entities.first { $0.name == name }, "seed \(seed): \(prompt) plans \(schema.entities.map(\.name))")
            let targets = Set(table.fields.compactMap(\.references?.entity))
            #expect(targets.isSuperset(of: tables), "seed \(seed): \(prompt): \(name) references \(targets)")
        }
    }
}
