import Testing
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// People's ages fit what the table says they are (pupils are children,
/// students young, employees of working age, retirees old), and a row's age
/// agrees with its birth date. Tables, column sets and seeds are drawn from a
/// seeded generator; a failure prints the draw.
@Suite struct LifeStageTests {
    /// The stages written out again here, so a wrong table in `LifeStage` fails.
    static let tables: [(String, ClosedRange<Int>)] = [
        ("pupils", 6...17), ("school_children", 6...17), ("students", 18...29), ("university_students", 18...29),
        ("retirees", 65...95), ("pensioners", 65...95), ("employees", 21...67), ("nurses", 21...67),
        ("players", 17...38), ("customers", 18...80), ("members", 18...80),
    ]

    @Test func agesFitTheTableAndAgreeWithTheBirthDate() throws {
        var draw = TextRNG(seed: 0xA6E5)
        for _ in 0..<10 {
            let seed = draw.next() % 1_000_000
            let (table, years) = Self.tables[draw.below(Self.tables.count)]
            let withBirth = draw.chance(0.6)
            let birth = withBirth ? #", {"name": "date_of_birth", "type": "date", "kind": "person.birth_date"}"# : ""
            let schema = """
            {"name": "people", "seed": \(seed), "entities": [{"name": "\(table)", "rows": 4000, "fields": [
              {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
              {"name": "first_name", "type": "string", "kind": "person.first_name"},
              {"name": "age", "type": "integer", "kind": "person.age"}\(birth)]}]}
            """
            let rows = TestSupport.table(try TestSupport.plan(schema), table)
            #expect(rows.count == 4000)
            var outside = 0, first = ""
            var anchorYears: Set<Int> = []
            for row in rows {
                guard let ageText = row[2], let age = Int(ageText) else { continue }
                if !years.contains(age) {
                    outside += 1
                    if first.isEmpty { first = "age \(age)" }
                }
                if withBirth, let b = row[3], let year = Int(b.prefix(4)) { anchorYears.insert(year + age) }
            }
            #expect(outside == 0, "seed \(seed) \(table): \(outside) ages outside \(years), first \(first)")
            // Born in year Y and aged A on the anchor date: Y + A is the anchor's year or the one before.
            if withBirth {
                #expect(anchorYears.count <= 2 && (anchorYears.max() ?? 0) - (anchorYears.min() ?? 0) <= 1,
                        "seed \(seed) \(table): birth year + age spans \(anchorYears.sorted())")
            }
        }
    }

    /// The planner's `age` column follows the table too (no fixed 18–90 range of its own).
    @Test func aPlannedAgeFollowsTheTable() throws {
        let schema = Planner().plan("A primary school with pupils (first_name, last_name, age) and teachers (first_name, age)").schema
        let plan = try schema.resolve().get()
        for (table, years) in [("pupils", 6...17), ("teachers", 21...67)] {
            let column = schema.entity(named: table)?.fields.firstIndex { $0.name == "age" }
            let ages = TestSupport.table(plan, table).compactMap { row in column.flatMap { row[$0] }.flatMap { Int($0) } }
            #expect(!ages.isEmpty && ages.allSatisfy(years.contains), "\(table): \(ages.prefix(10))")
        }
    }
}
