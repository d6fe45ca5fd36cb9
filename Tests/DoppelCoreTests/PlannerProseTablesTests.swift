import Testing
@testable import DoppelEngine
@testable import DoppelText
@testable import DoppelPlanner
import DoppelTestSupport

/// "Mock data for a veterinary practice that sees pets brought in by their owners; each visit has a
/// diagnosis and a cost": the things the prose names beside the one described table are its other tables.
@Suite struct PlannerProseTablesTests {
    @Test(arguments: [UInt64(1701), 1702, 1703, 1704])
    func proseNamesTheOtherTables(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<4 {
            let (setting, a, b, event) = rng.pick([
                ("a veterinary practice that sees pets brought in by their owners", "pets", "owners", "visit"),
                ("a library that lends books to its members", "books", "members", "loan"),
                ("a garage that repairs vehicles for their customers", "vehicles", "customers", "repair"),
                ("a school where teachers teach students", "teachers", "students", "lesson"),
            ])
            let lead = rng.pick(["Create mock data for", "Generate data for", "I need test data for"])
            let columns = rng.pick(["a date and a cost", "a date, a duration and a cost", "a date and notes"])
            let prompt = "\(lead) \(setting); each \(event) has \(columns)."
            let names = Planner().plan(prompt).schema.entities.map(\.name)
            #expect(names.contains(a) && names.contains(b) && names.contains(Inflector.plural(event)), "seed \(seed): \(prompt) plans \(names)")
        }
    }

    /// One described table and nothing else in the prose stays one table.
    @Test func aLoneTableStaysAlone() {
        let names = Planner().plan("Generate 500 rows of customers with name, email and signup date").schema.entities.map(\.name)
        #expect(names == ["customers"], "\(names)")
    }
}
