import Testing
import DoppelTestSupport
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's research lab had an "HR Specialist" in "Field A", grants of $13,654 from "Funder C" and
/// papers called "Vertex Publication" in "Journal E". Drawn settings, tables and columns.
@Suite struct ResearchLabTests {
    @Test(arguments: 1...4) func aLabsPeoplePapersAndGrantsAreResearch(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let setting = rng.pick(["university research lab", "research group", "neuroscience laboratory", "physics faculty"])
        let people = rng.pick(["researchers", "scientists", "lab_members", "investigators"])
        let (post, field) = rng.pick([("title", "field"), ("position", "research_area"), ("academic_rank", "discipline")])
        let papers = rng.pick(["publications", "preprints", "theses"])
        let prompt = "A \(setting) with \(people) (name, \(post), \(field)), grants (\(Inflector.singular(people))_id, funder, amount, "
            + "start_date, end_date) and \(papers) (\(Inflector.singular(people))_id, title, journal, published_on, citations)"
        let schema = Planner().plan(prompt).schema
        let posts = schema.entity(named: people)?.field(named: post)?.values?.compactMap(\.stringValue) ?? []
        #expect(posts.contains("Postdoctoral Researcher") && !posts.contains("HR Specialist"), "\(setting) \(people).\(post): \(posts)")
        let fields = schema.entity(named: people)?.field(named: field)?.values?.compactMap(\.stringValue) ?? []
        #expect(fields.contains("Neuroscience"), "\(people).\(field): \(fields)")
        let funders = schema.entity(named: "grants")?.field(named: "funder")?.values?.compactMap(\.stringValue) ?? []
        #expect(funders.contains("National Science Foundation"), "grants.funder: \(funders)")
        #expect((schema.entity(named: "grants")?.field(named: "amount")?.min ?? 0) >= 25_000)
        let journals = schema.entity(named: papers)?.field(named: "journal")?.values?.compactMap(\.stringValue) ?? []
        #expect(journals.contains("Nature"), "\(papers).journal: \(journals)")
        let plan = try schema.resolve(ResolveOptions(seed: seed)).get()
        let problems = Set(PaperTitles.fields.flatMap(\.problems))
        for title in TestSupport.column(plan, papers, "title") {
            let t = try #require(title)
            #expect(problems.contains { t.contains($0) }, "\(papers).title \(t)")
        }
    }
}
