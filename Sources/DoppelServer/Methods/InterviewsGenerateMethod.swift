import DoppelText
import DoppelEngine
import DoppelPlanner
import DoppelJSON

extension DaemonMethod {
    /// `interviews.generate` {role, level, count, questionType?, seed?, text_source?, api_key?, stream?}
    /// → `[{id, role, level, type, difficulty, question, ideal_answer, rubric}, …]`.
    public static let interviewsGenerate = DaemonMethod(
        "interviews.generate", summary: "Interview questions with ideal answers, rubrics and difficulty", run: { request in
            let fallback = TextMethods.seed(for: request)
            let parsed = try InterviewRequest(params: request.params.json, defaultSeed: fallback)
            TextMethods.announce(parsed.seed, for: request)
            guard let source = try TextMethods.source(parsed.textSource, for: request) else {
                return try await TextMethods.builtIn("interviews.generate", seed: fallback, for: request)
            }
            let planned = try await request.compute { InterviewGenerator.plan(parsed) }
            let texts = try await source.interviewTexts(for: planned.map(\.slot), request: parsed)
            let items = InterviewGenerator.merge(planned, texts: texts).map(\.json)
            try await TextMethods.stream(items, for: request)
            return .array(items)
        })
}
