import Testing
@testable import DoppelText
@testable import DoppelEngine
import DoppelTestSupport

/// A `text.title` name or title is written for its entity, never random words: numbered
/// sprints, surveys named for what they ask, goals as a change to a measure, and a code
/// name with the row's noun for entities nobody described. Over drawn entity names.
@Suite struct RowTitleTests {
    static func titles(_ entity: String, column: String, seed: UInt64, rows: Int = 60) throws -> [String] {
        let plan = try TestSupport.plan(#"{"seed": \#(seed), "entities": [{"name": "\#(entity)", "rows": \#(rows), "fields": [{"name": "id", "primary_key": true}, {"name": "\#(column)", "kind": "text.title"}, {"name": "status", "values": ["active", "archived"]}]}]}"#)
        return try TestSupport.column(plan, entity, column).map { try #require($0) }
    }

    /// Made-up nouns, as a user's own domain would have: two words, a code name and the noun.
    @Test(arguments: [UInt64(71), 72, 73, 74])
    func anUnknownEntityGetsACodeNameAndItsNoun(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let syllables = ["gri", "zo", "ban", "tel", "mo", "quix", "ra", "vel", "dun", "pra", "ko", "lin"]
        for _ in 0..<5 {
            let noun = (0..<rng.int(2...3)).map { _ in rng.pick(syllables) }.joined()
            let entity = rng.chance(0.5) ? noun + "s" : "team_" + noun + "s"
            for title in try Self.titles(entity, column: rng.pick(["title", "name"]), seed: seed) {
                let words = title.split(separator: " ").map(String.init)
                #expect(words.count == 2, "\(entity): \(title)")
                #expect(RowTitleWriter.codeNames.contains(words[0]), "\(entity): \(title)")
                // The noun as the engine reads the table's name (made-up words singularise oddly).
                #expect(words.last == TextPolish.capitalised(Inflector.singular(noun + "s")), "\(entity): \(title)")
            }
        }
    }

    @Test(arguments: ["sprints", "iterations", "project_phases", "cohorts", "seasons"])
    func aSequenceIsNumberedInOrder(entity: String) throws {
        let head = TextPolish.capitalised(Inflector.singular(entity.split(separator: "_").last.map(String.init) ?? entity))
        let titles = try Self.titles(entity, column: "name", seed: 5)
        #expect(titles == (1...titles.count).map { "\(head) \($0)" }, "\(titles.prefix(3))")
    }

    @Test(arguments: [UInt64(81), 82, 83])
    func formsGoalsMilestonesAndPlaylistsFitTheirKind(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let survey = rng.pick(["surveys", "customer_surveys", "polls", "questionnaires"])
        for t in try Self.titles(survey, column: "title", seed: seed) {
            #expect(RowTitleWriter.formSubjects.contains { t.hasPrefix($0 + " ") }, "\(t)")
        }
        let goal = rng.pick(["goals", "objectives", "okrs", "team_goals"])
        for t in try Self.titles(goal, column: "title", seed: seed) {
            let verb = t.split(separator: " ").first.map(String.init) ?? ""
            let rising = ["Increase", "Grow", "Improve", "Raise"].contains(verb)
            let falling = ["Reduce", "Cut", "Lower"].contains(verb)
            let measures = rising ? RowTitleWriter.risingMeasures : falling ? RowTitleWriter.fallingMeasures : []
            #expect(measures.contains { t.hasPrefix(verb + " " + $0) }, "\(t)")
        }
        for t in try Self.titles(rng.pick(["milestones", "project_milestones", "deliverables"]), column: "title", seed: seed) {
            #expect(RowTitleWriter.milestones.contains(t), "\(t)")
        }
        for t in try Self.titles(rng.pick(["playlists", "user_playlists"]), column: "name", seed: seed) {
            #expect(RowTitleWriter.playlistMoods.contains { t.hasPrefix($0 + " ") }
                    && RowTitleWriter.playlistStyles.contains { t.hasSuffix(" " + $0) }, "\(t)")
        }
    }

    /// Names that are facts of the world are not made up.
    @Test func aFactualEntityKeepsItsKind() throws {
        for entity in ["currencies", "languages", "countries"] {
            for t in try Self.titles(entity, column: "name", seed: 3, rows: 20) {
                #expect(!RowTitleWriter.codeNames.contains { t.hasPrefix($0 + " ") }, "\(entity): \(t)")
            }
        }
    }

    /// A lower-case category written into a title is headline-cased ("personal finance" → "Personal Finance").
    @Test(arguments: [UInt64(211), 212])
    func aCategoryInATitleIsHeadlineCased(seed: UInt64) throws {
        let topics = ["sports", "personal finance", "home and garden", "health", "world news"]
        let values = topics.map { "\"\($0)\"" }.joined(separator: ", ")
        let entity = seed == 211 ? "articles" : "courses"
        let plan = try TestSupport.plan(#"{"seed": \#(seed), "entities": [{"name": "\#(entity)", "rows": 100, "fields": [{"name": "id", "primary_key": true}, {"name": "title", "kind": "text.title"}, {"name": "category", "values": [\#(values)]}]}]}"#)
        for (title, category) in zip(TestSupport.column(plan, entity, "title"), TestSupport.column(plan, entity, "category")) {
            let title = try #require(title), category = try #require(category)
            #expect(!title.contains(category) || category == RowTitleWriter.headlineCased(category), "seed \(seed): \(title) has \(category) as written")
            #expect(title.contains(RowTitleWriter.headlineCased(category)), "seed \(seed): \(title) for \(category)")
        }
    }

    /// A menu's dessert is a dessert and its drink a drink: a dish is named for its course.
    @Test(arguments: ["Desserts", "Drinks", "Starters", "Sides", "Salads"])
    func aDishIsNamedForItsCourse(course: String) throws {
        let schema = """
        {"name": "menu", "seed": 9, "entities": [{"name": "menu_items", "rows": 200, "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "category", "type": "string", "kind": "enum", "values": ["\(course)"]},
          {"name": "name", "type": "string", "kind": "text.title"}]}]}
        """
        let plan = try TestSupport.plan(schema)
        let dishes = try #require(RowTitleWriter.courseDishes.first { $0.words.contains { course.lowercased().contains($0) } }).dishes
        for name in TestSupport.column(plan, "menu_items", "name").compactMap({ $0 }) {
            #expect(dishes.contains(name), "\(course): \(name)")
        }
    }

    /// A task is something to do: a verb and what it is done to, both from one kind of work.
    @Test(arguments: [UInt64(221), 222, 223])
    func aTaskIsSomethingToDo(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let entity = rng.pick(["tasks", "subtasks", "todos", "chores", "work_items", "project_tasks"])
        for title in try Self.titles(entity, column: rng.pick(["title", "name"]), seed: seed) {
            let fits = RowTitleWriter.taskWork.contains { work in
                work.verbs.contains { verb in work.objects.contains { title == verb + " " + $0 } }
            }
            #expect(fits, "\(entity): \(title)")
        }
    }
}
