import Testing
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// A row's skill level agrees with the tier its own name announces:
/// "Introduction to Python" is never advanced, "Advanced Spanish" never for
/// beginners. Schemas (the name's kind, the level's value set, seeds) are drawn
/// from a seeded generator; a failure prints the draw.
@Suite struct LevelCoherenceTests {
    /// Value sets as people write them, lowest tier first, each with its tiers written out again here.
    static let valueSets: [[(String, Int)]] = [
        [("beginner", 0), ("intermediate", 1), ("advanced", 2)],
        [("Novice", 0), ("Intermediate", 1), ("Expert", 2)],
        [("basic", 0), ("advanced", 2)],
        [("easy", 0), ("medium", 1), ("hard", 2)],
        [("all_levels", -1), ("beginner", 0), ("advanced", 2)],
    ]

    /// The tier a name's opening words announce, written out again here so a wrong table in `SkillLevel` fails.
    static func announced(_ name: String) -> Int? {
        let n = name.lowercased()
        if n.hasPrefix("introduction") || n.hasPrefix("intro ") || n.hasPrefix("beginner") || n.contains("fundamentals") || n.contains("basics") { return 0 }
        if n.hasPrefix("intermediate") { return 1 }
        if n.hasPrefix("advanced") || n.hasPrefix("mastering") { return 2 }
        return nil
    }

    @Test func levelFollowsTheTierTheNameAnnounces() throws {
        var draw = TextRNG(seed: 0x1E7E1)
        var checked = 0
        for _ in 0..<6 {
            let seed = draw.next() % 1_000_000
            let values = Self.valueSets[draw.below(Self.valueSets.count)]
            let kind = ["education.course_name", "text.title"][draw.below(2)]
            let nameColumn = ["name", "title", "course_name"][draw.below(3)]
            let list = values.map { "\"\($0.0)\"" }.joined(separator: ", ")
            let schema = """
            {"name": "school", "seed": \(seed), "entities": [{"name": "courses", "rows": 20000, "fields": [
              {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
              {"name": "\(nameColumn)", "type": "string", "kind": "\(kind)", "nullable": 0.02},
              {"name": "level", "type": "string", "kind": "enum", "values": [\(list)]}]}]}
            """
            let rows = TestSupport.table(try TestSupport.plan(schema), "courses")
            #expect(rows.count == 20_000)
            var broken = 0, first = ""
            for row in rows {
                guard let name = row[1], let tier = Self.announced(name), values.contains(where: { $0.1 == tier }) else { continue }
                checked += 1
                let got = values.first { $0.0 == row[2] }?.1
                if got != tier {
                    broken += 1
                    if first.isEmpty { first = "\(name) → \(row[2] ?? "NULL")" }
                }
            }
            #expect(broken == 0, "seed \(seed) \(kind) \(nameColumn) \(values.map(\.0)): \(broken) rows, first \(first)")
        }
        #expect(checked > 1000, "only \(checked) names announced a tier")
    }

    /// Names that announce no tier keep the level's own spread of values.
    @Test func namesWithoutATierKeepEveryLevel() throws {
        let rows = TestSupport.table(try TestSupport.plan("""
        {"name": "gym", "seed": 3, "entities": [{"name": "classes", "rows": 3000, "fields": [
          {"name": "name", "type": "string", "kind": "enum", "values": ["Yoga", "Spin", "Pilates"]},
          {"name": "level", "type": "string", "kind": "enum", "values": ["beginner", "intermediate", "advanced"]}]}]}
        """), "classes")
        #expect(Set(rows.compactMap { $0[1] }) == ["beginner", "intermediate", "advanced"])
    }
}
