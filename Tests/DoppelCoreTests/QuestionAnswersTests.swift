import Testing
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's Q&A site had questions titled "Summit Question" with bodies about budgets, and answers that thanked
/// the asker for sharing. A question asks how to do a task, its body says what was tried, and an answer gives the way
/// that task is done. Drawn prompts and seeds.
@Suite struct QuestionAnswersTests {
    @Test(arguments: 1...6) func answersAnswerTheirQuestion(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let prompt = rng.pick(["A Q&A site with users, questions (title, body) and answers (question_id, body)",
                               "A developer forum: users, questions with title and body, answers to questions",
                               "Stack Overflow clone with users, questions, answers and votes"])
        let schema = Planner().plan(prompt).schema
        let plan = try schema.resolve(ResolveOptions(seed: seed, rows: 80)).get()
        let questions = try #require(plan.entity(named: "questions"), "\(prompt)")
        let answers = try #require(plan.entity(named: "answers"), "\(prompt)")
        let qRows = TestSupport.table(plan, "questions"), aRows = TestSupport.table(plan, "answers")
        let title = try #require(questions.column(named: "title")), qid = try #require(questions.column(named: "id"))
        let titles = Dictionary(uniqueKeysWithValues: qRows.map { ($0[qid] ?? "", $0[title] ?? "") })
        for t in titles.values {
            #expect(t.hasSuffix("?") && QuestionAnswers.asked(t) != nil, "\(prompt): title \(t)")
        }
        if let body = questions.column(named: "body") {
            for row in qRows {
                let q = try #require(QuestionAnswers.asked(row[title]))
                #expect((row[body] ?? "").contains(q.task), "\(prompt): \(row[title] ?? "") / \(row[body] ?? "")")
            }
        }
        let ref = try #require(answers.column(named: "question_id")), abody = try #require(answers.column(named: "body"))
        for row in aRows {
            guard let q = QuestionAnswers.asked(titles[row[ref] ?? ""]) else { continue }
            let text = (row[abody] ?? "").lowercased()
            #expect(text.contains(String(q.way.prefix(30)).lowercased()), "\(prompt): \(titles[row[ref] ?? ""] ?? "") / \(row[abody] ?? "")")
            if let lang = q.lang { #expect(text.contains(lang.lowercased()), "\(prompt): \(row[abody] ?? "") not in \(lang)") }
        }
    }

    /// A comment under a question asks for what is missing; under an answer it says whether it worked.
    @Test func commentsFitWhatTheyAreUnder() throws {
        let prompt = "A Q&A site with users, questions, answers, comments on questions (question_id, user_id, body) and answer comments (answer_id, user_id, body)"
        let schema = Planner().plan(prompt).schema
        let plan = try schema.resolve(ResolveOptions(seed: 5, rows: 40)).get()
        for (table, lines) in [("comments", QuestionAnswers.questionComments), ("answer_comments", QuestionAnswers.answerComments)] {
            let e = try #require(plan.entity(named: table), "\(schema.entities.map(\.name))")
            let bodies = try TestSupport.cells(e, TestSupport.table(plan, table), "body")
            #expect(!bodies.isEmpty)
            for b in bodies { #expect(lines.contains(b), "\(table): \(b)") }
        }
    }
}
