import Testing
import Foundation
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// A newspaper's sections were course names ("History of Philosophy"), its beats "Beat D", its headlines blog
/// listicles and its corrections "This is a correction, issued on …"; a coffee roaster's lots were "Variety A",
/// "Process D" weighing "Kg C", roasted at level 27 losing 83 %, for cafés called "Vertex Order". Drawn wordings.
@Suite struct NewsroomAndRoasterTests {
    @Test(arguments: [UInt64(1), 2, 3])
    func aNewspapersArticlesAreNewsOfTheirSection(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let prompt = "\(rng.pick(["A newspaper", "A local newsroom", "A city magazine"])) with reporters (name, beat, hired_on), "
            + "articles (reporter_id, headline, section, published_at, word_count) and corrections (article_id, issued_at, description)"
        let schema = Planner().plan(prompt).schema
        #expect(PlanInvariants.problems(schema).isEmpty, "\(PlanInvariants.problems(schema))")
        let plan = try schema.resolve(ResolveOptions(seed: seed, rows: 80)).get()
        let beats = Set(TestSupport.column(plan, "reporters", "beat").compactMap { $0 })
        #expect(!beats.isEmpty && beats.allSatisfy { !$0.hasPrefix("Beat ") }, "\(prompt): \(beats)")
        let articles = TestSupport.table(plan, "articles")
        let h = try #require(plan.entity(named: "articles")?.column(named: "headline"))
        let s = try #require(plan.entity(named: "articles")?.column(named: "section"))
        let all = Set(NewsHeadlines.bySection.flatMap(\.lines).map { $0.replacingOccurrences(of: #"\{[a-z]+\}"#, with: "", options: .regularExpression) })
        for row in articles {
            let section = row[s] ?? "", headline = row[h] ?? ""
            #expect(!section.contains(" 1") && !section.contains(" 2") && !section.contains(" 3"), "\(prompt): section \(section)")
            let stripped = headline.filter { !$0.isNumber }
            #expect(all.contains(stripped), "\(prompt): \(headline)")
        }
        for text in TestSupport.column(plan, "corrections", "description").compactMap({ $0 }) {
            #expect(text.contains("version of this article") || text.hasPrefix("This article has been updated"), "\(prompt): \(text)")
        }
    }

    /// A news site's story was a blog post ("This post on this topic started as notes for myself") under a headline
    /// with "Turnout Reaches 350%": the story now opens with what its headline reports, numbers within reason.
    @Test(arguments: [UInt64(1), 2, 3, 4])
    func aNewsSitesStoryTellsItsHeadline(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let prompt = "\(rng.pick(["news site", "A local news website", "A news app"])) with authors, "
            + "articles (headline, \(rng.pick(["body", "content"])), section, published_at) and comments"
        let schema = Planner().plan(prompt).schema
        #expect(PlanInvariants.problems(schema).isEmpty, "\(PlanInvariants.problems(schema))")
        let plan = try schema.resolve(ResolveOptions(seed: seed, rows: 80)).get()
        let e = try #require(plan.entity(named: "articles"))
        let h = try #require(e.column(named: "headline")), b = try #require(e.column(named: "body") ?? e.column(named: "content"))
        for row in TestSupport.table(plan, "articles") {
            guard let headline = row[h], let body = row[b] else { continue }
            let lede = try #require(NewsHeadlines.lede(forHeadline: headline), "\(prompt): \(headline) is no news headline")
            #expect(body == lede, "\(headline): \(body)")
            if headline.contains("%") {
                let n = Int(headline.split(separator: " ").first { $0.hasSuffix("%") }?.dropLast() ?? "") ?? 0
                #expect(n > 0 && n < 70, "\(headline)")
            }
        }
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func aRoastersLotsAndRoastsAreCoffee(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let prompt = "\(rng.pick(["A coffee roaster", "A specialty coffee roastery", "A small coffee roasting business"])) with "
            + "green_coffee_lots (origin_country, variety, process, arrived_on, kg), roasts (lot_id, roasted_at, roast_level, batch_kg, loss_pct) "
            + "and wholesale_orders (\(rng.pick(["cafe_name", "coffee_shop_name", "restaurant_name"])), roast_id, bags, ordered_on)"
        let schema = Planner().plan(prompt).schema
        #expect(PlanInvariants.problems(schema).isEmpty, "\(PlanInvariants.problems(schema))")
        #expect(schema.entity(named: "green_coffee_lots")?.field(named: "kg")?.type == .decimal)
        let plan = try schema.resolve(ResolveOptions(seed: seed, rows: 60)).get()
        let lots = TestSupport.table(plan, "green_coffee_lots")
        for row in lots {
            #expect(!(row[2] ?? "").hasPrefix("Variety") && !(row[3] ?? "").hasPrefix("Process"), "\(prompt): \(row)")
            #expect(row[5].flatMap(Double.init) != nil, "\(prompt): kg \(row[5] ?? "NULL")")
        }
        for row in TestSupport.table(plan, "roasts") {
            #expect(["Light", "Medium-Light", "Medium", "Medium-Dark", "Dark"].contains(row[3] ?? ""), "\(prompt): \(row[3] ?? "")")
            #expect((12...20).contains(Double(row[5] ?? "") ?? -1), "\(prompt): loss \(row[5] ?? "")")
        }
        for name in TestSupport.table(plan, "wholesale_orders").compactMap({ $0[1] }) {
            #expect(!name.hasSuffix(" Order"), "\(prompt): \(name)")
        }
    }
}
