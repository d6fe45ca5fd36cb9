import Testing
import DoppelTestSupport
import DoppelJSON
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// A bracketed list of column names nested in a column list is a table of its
/// own that points at its owner (`nurses (name, shifts (start, end, ward))`),
/// never an enum whose values are the nested field names. Prompts are drawn
/// from a seeded generator of owners, nested tables, columns and sentence
/// shapes; a failure prints its seed and prompt.
@Suite struct PlannerNestedGroupTests {
    static let owners = ["nurses", "students", "drivers", "customers", "projects", "teams", "warehouses", "players", "stores", "courses"]
    static let children = ["shifts", "notes", "visits", "tasks", "payments", "sessions", "deliveries", "readings", "entries", "assignments"]
    static let innerColumns = ["start", "end", "amount", "created_at", "status", "notes", "location", "duration_minutes", "title", "score", "started_at", "due_date"]
    static let outerColumns = ["name", "email", "city", "phone", "created_at", "rating"]

    static func draw(_ rng: inout FuzzRandom) -> (prompt: String, owner: String, child: String, inner: [String]) {
        let owner = rng.pick(owners)
        var child = rng.pick(children)
        while child == owner { child = rng.pick(children) }
        var inner: [String] = []
        while inner.count < rng.int(2...4) {
            let c = rng.pick(innerColumns)
            if !inner.contains(c) { inner.append(c) }
        }
        var outer: [String] = []
        for _ in 0..<rng.int(0...2) {
            let c = rng.pick(outerColumns)
            if !outer.contains(c) { outer.append(c) }
        }
        let nested = "\(child) (\(inner.joined(separator: ", ")))"
        var items = outer
        items.insert(nested, at: rng.int(0...items.count))
        let table = "\(owner) (\(items.joined(separator: ", ")))"
        let prompt = rng.pick(["\(table)", "A dataset of \(table)", "Tracking app with \(table) and reports", "\(table), plus managers"])
        return (prompt, owner, child, inner)
    }

    @Test func aNestedColumnListIsAChildTableThatPointsAtItsOwner() {
        var failures: [String] = []
        for seed in UInt64(1)...200 {
            var rng = FuzzRandom(seed: seed)
            let (prompt, owner, child, inner) = Self.draw(&rng)
            let schema = Planner().plan(prompt).schema
            let say = "seed \(seed): \(prompt.debugDescription)"
            guard let table = schema.entity(named: child) else {
                failures.append("\(say): no table \(child) in \(schema.entities.map(\.name))"); continue
            }
            for c in inner where table.field(named: c) == nil {
                failures.append("\(say): \(child) lacks \(c) (\(table.fields.map(\.name)))")
            }
            if !table.fields.contains(where: { $0.references?.entity == owner }) {
                failures.append("\(say): \(child) does not point at \(owner)")
            }
            for e in schema.entities {
                for f in e.fields where Set((f.values ?? []).compactMap(\.stringValue)).intersection(inner).count >= 2 {
                    failures.append("\(say): \(e.name).\(f.name) is an enum of field names \(f.values ?? [])")
                }
            }
            failures += PlanInvariants.problems(schema).map { "\(say): \($0)" }
        }
        #expect(failures.count == 0, "\(failures.prefix(6).joined(separator: "\n"))")
    }

    @Test func valuesInBracketsAfterAColumnStayAnEnum() {
        let schema = Planner().plan("courses (title, levels (beginner, intermediate, advanced), status (draft, published))").schema
        #expect(schema.entities.map(\.name) == ["courses"], "\(schema.entities.map(\.name))")
        #expect(schema.entity(named: "courses")?.field(named: "status")?.values?.compactMap(\.stringValue) == ["draft", "published"])
    }
}
