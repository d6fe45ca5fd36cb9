import Testing
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner
import DoppelTestSupport

/// A string column is never a random word: common meanings (skill, hobby, goal) come from the
/// shared table of column names, and a name nobody knows is a neutral label named for it.
@Suite struct UnknownColumnTests {
    static func madeUpName(_ rng: inout FuzzRandom) -> String {
        let onsets = ["bl", "zr", "qu", "fl", "gr", "sn", "v", "k", "dr", "pl"]
        let vowels = ["a", "o", "u", "i", "e"]
        let codas = ["rf", "mp", "x", "nk", "st", "lt", "zz", "g"]
        var name = rng.pick(onsets) + rng.pick(vowels) + rng.pick(codas)
        if rng.chance(0.4) { name += "_" + rng.pick(onsets) + rng.pick(vowels) + rng.pick(codas) }
        return name
    }

    @Test(arguments: [UInt64(91), 92, 93, 94])
    func drawnStringColumnsReadTrue(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let entity = rng.pick(["candidates", "members", "employees", "students", "users", "volunteers"])
        let unknown = (0..<3).map { _ in Self.madeUpName(&rng) }
        let known = ["skill", "hobby", "goal", "mood", "fitness_goal"].filter { _ in rng.chance(0.7) } + ["skill"]
        let columns = Array(Set(unknown + known)).sorted()
        let fields = columns.map { #"{"name": "\#($0)", "type": "string"}"# }.joined(separator: ", ")
        let plan = try TestSupport.plan(#"{"seed": \#(seed), "entities": [{"name": "\#(entity)", "rows": 120, "fields": [{"name": "id", "primary_key": true}, \#(fields)]}]}"#)
        for c in columns {
            let values = TestSupport.column(plan, entity, c).map { $0 ?? "" }
            if let spec = ColumnNames.table[c] {
                // An enum's values, or a skill from the table of skills.
                let allowed = spec.kind == "person.skill" ? Set((0..<ItemLists.skills.count).map(ItemLists.skills.string))
                    : Set((spec.values ?? []).compactMap(\.stringValue))
                #expect(!allowed.isEmpty && values.allSatisfy(allowed.contains), "seed \(seed) \(entity).\(c): \(values.prefix(3))")
            } else {
                let label = LabelKind(column: c).label
                let prefix = String(decoding: label, as: UTF8.self) + " "
                #expect(values.allSatisfy { $0.hasPrefix(prefix) && $0.count == prefix.count + 1 }, "seed \(seed) \(entity).\(c): \(values.prefix(3))")
            }
        }
        // The planner asks the same table: a planned skill or goal is one of its values (or the table's kind).
        let planned = Planner().plan("A register of \(entity) (\(known.joined(separator: ", ")))").schema
        let table = try #require(planned.entities.first { $0.name == entity }, "\(planned.entities.map(\.name))")
        for c in known {
            let f = table.field(named: c)
            #expect(f?.values?.isEmpty == false || (f?.kind != nil && f?.kind == ColumnNames.table[c]?.kind),
                    "\(entity).\(c): \(String(describing: f?.kind))")
        }
    }

    @Test func aFundraisersGoalIsMoney() {
        for prompt in ["A charity with donors and campaigns (name, goal)", "Crowdfunding site with creators and fundraisers (title, goal)"] {
            let goal = Planner().plan(prompt).schema.entities.compactMap { $0.field(named: "goal") }.first
            #expect(goal?.type == .decimal, "\(prompt): \(String(describing: goal?.type))")
        }
    }
}
