import Testing
import DoppelJSON
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner
import DoppelProtocol

@Suite struct TextInterviewTests {
    @Test(arguments: ["software engineer", "Senior Data Scientist", "product manager", "UX designer", "account executive",
                      "registered nurse", "accountant", "teacher", "SRE", "customer support agent"])
    func knownRolesGetTheirOwnQuestions(role: String) throws {
        let request = try InterviewRequest(params: ["role": .string(role), "level": "mid", "count": 12, "seed": 3], defaultSeed: 0)
        let questions = InterviewGenerator.generate(request)
        #expect(questions.count == 12)
        #expect(Set(questions.map(\.text.question)).count == 12)
        let bank = try #require(RoleBank.bank(for: role))
        let own = Set((bank["technical"] ?? []).map { String($0.split(separator: " :: ")[0]) })
        #expect(questions.contains { own.contains($0.text.question) }, "\(role) got none of its own technical questions")
        for q in questions {
            #expect(!q.text.idealAnswer.isEmpty)
            #expect((3...4).contains(q.text.rubric.count))
            #expect(["easy", "medium", "hard"].contains(q.slot.difficulty))
            #expect(q.slot.type != .mixed)
        }
    }

    @Test func mixedSplitsTypesExactly() throws {
        let request = try InterviewRequest(params: ["role": "teacher", "level": "junior", "count": 10, "seed": 1], defaultSeed: 0)
        let types = InterviewGenerator.generate(request).map(\.slot.type)
        #expect(types.filter { $0 == .technical }.count == 5)
        #expect(types.filter { $0 == .behavioral }.count == 3)
        #expect(types.filter { $0 == .situational }.count == 2)
    }

    @Test func unknownRoleGetsRoleDerivedQuestions() throws {
        let json = try InterviewGenerator.generate(params: ["role": "Marine Biologist", "level": "senior", "count": 50,
                                                            "questionType": "behavioural", "seed": 4])
        let items = try #require(json.arrayValue)
        #expect(items.count == 50)
        let questions = items.compactMap { $0["question"]?.stringValue }
        #expect(Set(questions).count == 50)
        #expect(questions.contains { $0.contains("marine biologist") })
        #expect(items.allSatisfy { $0["role"] == "Marine Biologist" && $0["level"] == "senior" })
    }

    @Test func levelShiftsDifficulty() {
        #expect(InterviewGenerator.difficulty("easy", level: .junior) == "easy")
        #expect(InterviewGenerator.difficulty("medium", level: .junior) == "easy")
        #expect(InterviewGenerator.difficulty("medium", level: .senior) == "hard")
        #expect(InterviewGenerator.difficulty("hard", level: .lead) == "hard")
    }

    @Test func badParamsNameTheirFields() throws {
        do {
            _ = try InterviewGenerator.generate(params: ["role": "", "level": "wizard", "count": 51, "questionType": "trivia"])
            Issue.record("expected an error")
        } catch let e as RequestError {
            let details = try #require(e.data["details"]?.objectValue)
            #expect(Set(details.keys) == ["role", "level", "count", "questionType"])
            #expect(details["level"]?.stringValue?.contains("junior, mid, senior, lead") == true)
        }
    }

    @Test func deterministicBySeed() throws {
        let p: JSON = ["role": "designer", "level": "lead", "count": 6, "seed": 5]
        var q = p
        q["seed"] = 6
        #expect(try InterviewGenerator.generate(params: p) == InterviewGenerator.generate(params: p))
        #expect(try InterviewGenerator.generate(params: p) != InterviewGenerator.generate(params: q))
    }
}
