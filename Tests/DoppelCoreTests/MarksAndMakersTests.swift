import Testing
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// A science fair's judges gave "Creativity F" and a total of 283.78; a bike by Brompton was a "Giant Escape 3"; a
/// Chemistry project was titled as a paper towel test; an incident's type was "premium". Drawn names and seeds.
@Suite struct MarksAndMakersTests {
    @Test(arguments: [UInt64(1), 2, 3, 4])
    func aJudgesMarksAreOutOfTenAndTheTotalIsTheirSum(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let table = rng.pick(["scores", "evaluations", "assessments", "scorecards", "judging"])
        let marks = Array(["creativity", "clarity", "technique", "originality", "musicality", "stagecraft"].shuffled(using: &rng).prefix(rng.int(2...4)))
        let total = rng.pick(["total", "total_score", "overall_score"])
        let prompt = "A competition with entries (title, entrant_name), judges (name) and \(table) (entry_id, judge_id, \(marks.joined(separator: ", ")), \(total))"
        let schema = Planner().plan(prompt).schema
        #expect(PlanInvariants.problems(schema).isEmpty, "\(PlanInvariants.problems(schema))")
        let plan = try schema.resolve(ResolveOptions(seed: seed, rows: 60)).get()
        let e = try #require(plan.entity(named: table), "\(prompt)")
        let cols = try marks.map { try #require(e.column(named: $0), "no \($0)") }
        let t = try #require(e.column(named: total))
        for row in TestSupport.table(plan, table) {
            let values = cols.compactMap { row[$0].flatMap(Int.init) }
            #expect(values.count == marks.count && values.allSatisfy { (1...10).contains($0) }, "\(prompt): \(values)")
            #expect(row[t].flatMap(Int.init) == values.reduce(0, +), "\(prompt): total \(row[t] ?? "-") of \(values)")
        }
    }

    @Test func anOrdersMoneyTotalIsNoSumOfItsCounts() throws {
        let schema = Planner().plan("A shop with orders (customer_name, items, boxes, total)").schema
        let plan = try schema.resolve(ResolveOptions(seed: 3, rows: 40)).get()
        let e = try #require(plan.entity(named: "orders"))
        let i = try #require(e.column(named: "items")), b = try #require(e.column(named: "boxes")), t = try #require(e.column(named: "total"))
        let rows = TestSupport.table(plan, "orders")
        let summed = rows.filter { r in
            guard let x = r[i].flatMap(Double.init), let y = r[b].flatMap(Double.init), let z = r[t].flatMap(Double.init) else { return false }
            return abs(x + y - z) < 0.001
        }
        #expect(summed.count < rows.count / 2)
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func aModelIsItsMakers(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let brands = ["Acme", "Zenith", "Orbit", "Nova"]
        let models = brands.flatMap { b in ["\(b) One", "\(b) Pro", "\(b) Max"] }
        let brandName = rng.pick(["brand", "make", "manufacturer"]), modelName = rng.pick(["model", "model_name"])
        func list(_ xs: [String]) -> String { xs.map { "\"\($0)\"" }.joined(separator: ", ") }
        let json = #"{"name": "t", "entities": [{"name": "things", "rows": 200, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true}, {"name": "\#(brandName)", "type": "string", "kind": "enum", "values": [\#(list(brands))]}, {"name": "\#(modelName)", "type": "string", "kind": "enum", "values": [\#(list(models.shuffled(using: &rng)))]}]}]}"#
        let plan = try Schema.decode(text: json).get().resolve(ResolveOptions(seed: seed)).get()
        let e = try #require(plan.entity(named: "things"))
        let b = try #require(e.column(named: brandName)), m = try #require(e.column(named: modelName))
        for row in TestSupport.table(plan, "things") {
            let brand = try #require(row[b]), model = try #require(row[m])
            #expect(model.hasPrefix(brand + " "), "a \(brand) that is a \(model)")
        }
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func aScienceProjectsTitleIsInItsField(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let prompt = "A \(rng.pick(["school science fair", "science fair", "regional science fair"])) with projects (title, category, grade_level, student_name), "
            + "judges (name, expertise) and scores (project_id, judge_id, creativity, method, total)"
        let plan = try Planner().plan(prompt).schema.resolve(ResolveOptions(seed: seed, rows: 80)).get()
        let e = try #require(plan.entity(named: "projects"))
        let t = try #require(e.column(named: "title")), c = try #require(e.column(named: "category"))
        for row in TestSupport.table(plan, "projects") {
            let category = try #require(row[c]), title = try #require(row[t])
            let own = try #require(ScienceProjects.titles[category.lowercased()], "\(category) is no science")
            #expect(own.contains(title), "\(category): \(title)")
        }
        let j = try #require(plan.entity(named: "judges"))
        let x = try #require(j.column(named: "expertise"))
        #expect(TestSupport.table(plan, "judges").allSatisfy { !($0[x] ?? "").hasPrefix("Expertise") })
    }

    @Test func typesAndCategoriesKnowTheirOwners() throws {
        func ctx(_ e: String) -> ColumnContext { ColumnContext(entity: e, nature: .thing, domain: nil) }
        // Tiers for what is sold or subscribed to; nothing made up for anything else.
        #expect(EnumLexicon.type("bundle", ctx("bundle"))?.values?.contains(.string("premium")) == true)
        #expect(EnumLexicon.type("mystery", ctx("widget_log")) == nil)
        #expect(EnumLexicon.type("premiere", ctx("film"))?.values?.contains(.string("World Premiere")) == true)
        #expect(EnumLexicon.type("incident", ctx("callout"))?.values?.contains(.string("premium")) == false)
        #expect(EnumLexicon.category("", ctx("product"))?.kind == "commerce.category")
        #expect(EnumLexicon.category("", ctx("sensor_reading")) == nil)
        #expect(ColumnLexicon.spec("year_written", ctx("document"))?.type == .integer)
        #expect(ColumnLexicon.spec("seeing_arcsec", ctx("observation"))?.type == .decimal)
    }
}
