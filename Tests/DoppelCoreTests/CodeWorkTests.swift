import Testing
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// Work on code reads as such: an issue beside repositories is a bug report or a feature request
/// about the software (not a support ticket), a pull request or a commit is a change to it, a
/// repository a slug, a commit's id 40 hex digits, and the `state` of a piece of work is how far
/// along it is, not a US state. Drawn prompts and tables.
@Suite struct CodeWorkTests {
    static let changeVerbs = ["Fix", "Add", "Refactor", "Bump", "Update", "Speed"]

    @Test func issuesBesideCodeAreBugReportsNotTickets() throws {
        var g = PlannerFuzzTests.SplitMix(state: 8)
        let others = ["repositories", "repos", "commits", "pull requests"]
        for round in 0..<8 {
            let issues = ["issues", "bugs"][Int(g.next() % 2)]
            let other = others[Int(g.next() % UInt64(others.count))]
            let prompt = "Open source tracker with \(other) and \(issues) (title, body, state, labels)"
            let schema = Planner().plan(prompt).schema
            let f = Dictionary((schema.entities.first { $0.name == issues }?.fields ?? []).map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
            #expect(f["state"]?.values?.compactMap(\.stringValue).sorted() == ["closed", "open"], "\(prompt)")
            #expect(f["labels"]?.values?.compactMap(\.stringValue).contains("bug") == true, "\(prompt)")
            let plan = try schema.resolve(ResolveOptions(seed: UInt64(round))).get()
            let e = try #require(plan.entity(named: issues))
            let title = try #require(e.column(named: "title")), body = try #require(e.column(named: "body"))
            for row in TestSupport.table(plan, issues).prefix(60) {
                let t = row[title] ?? "", b = row[body] ?? ""
                #expect(!RowTitleWriter.problems.contains(t), "\(prompt): \(t)")
                if t.hasPrefix("Add ") { #expect(b.hasPrefix("It would help to add "), "\(t) / \(b)") }
                else if t.hasPrefix("Docs:") { #expect(b.hasPrefix("The docs do not say "), "\(t) / \(b)") }
                else if t.hasPrefix("Flaky test") { #expect(b.contains("fails about one run in ten"), "\(t) / \(b)") }
                else { #expect(b.contains("instead the " + CodeWork.lowerFirst(t) + "."), "\(t) / \(b)") }
            }
        }
        // Without code in sight an issue is still a support desk's.
        let desk = Planner().plan("Customer support with customers and issues (subject, status)").schema
        #expect(desk.entities.first { $0.name == "issues" }?.fields.contains { $0.name == "labels" } == false)
    }

    @Test func changesCommitsAndRepositoriesReadAsCode() throws {
        let schema = Planner().plan("GitHub-like platform: users, repositories, commits and pull requests").schema
        let plan = try schema.resolve(ResolveOptions(seed: 5)).get()
        for sha in TestSupport.column(plan, "commits", "sha").compactMap({ $0 }) {
            #expect(sha.count == 40 && sha.allSatisfy { $0.isHexDigit && !$0.isUppercase }, "\(sha)")
        }
        for message in TestSupport.column(plan, "commits", "message").compactMap({ $0 }).prefix(200) {
            #expect(Self.changeVerbs.contains { message.hasPrefix($0 + " ") }, "\(message)")
        }
        for title in TestSupport.column(plan, "pull_requests", "title").compactMap({ $0 }).prefix(200) {
            #expect(Self.changeVerbs.contains { title.hasPrefix($0 + " ") }, "\(title)")
        }
        for name in TestSupport.column(plan, "repositories", "name").compactMap({ $0 }).prefix(200) {
            let parts = name.split(separator: "-")
            #expect(parts.count == 2 && name == name.lowercased(), "\(name)")
        }
        let states = schema.entities.first { $0.name == "pull_requests" }?.fields.first { $0.name == "state" }?.values?.compactMap(\.stringValue)
        #expect(states?.contains("merged") == true)
    }

    @Test func aPieceOfWorksStateIsHowFarAlongItIs() {
        var g = PlannerFuzzTests.SplitMix(state: 3)
        let work = ["builds", "pipelines", "machines", "tasks", "jobs", "deployments", "sessions", "devices"]
        for _ in 0..<10 {
            let table = work[Int(g.next() % UInt64(work.count))]
            let f = Planner().plan("\(table) (name, state, created_at)").schema.entities.first { $0.name == table }?.fields.first { $0.name == "state" }
            #expect(f?.kind == "enum" && f?.values?.compactMap(\.stringValue).contains("Texas") != true, "\(table): \(String(describing: f?.kind))")
        }
        let people = Planner().plan("customers (name, city, state, zip)").schema.entities.first?.fields.first { $0.name == "state" }
        #expect(people?.kind == "address.region")
    }
}
