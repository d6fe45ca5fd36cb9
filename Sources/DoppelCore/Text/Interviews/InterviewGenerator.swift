import DoppelJSON

/// `interviews.generate`: interview questions with ideal answers, rubrics and difficulty.
///
/// Known roles (see `RoleBank`) get their own technical and situational
/// questions; every role gets behavioural and role-derived questions built
/// from its nouns, so an unknown role still gets sensible, specific questions.
/// With `mixed`, types split technical 50% / behavioral 30% / situational 20%
/// (exact counts, largest remainder). When a type runs out of distinct
/// questions the rest come from the other types; each item's `type` says which.
public enum InterviewGenerator {
    /// Checks params and returns the questions as a JSON array.
    ///
    /// - Throws: `RequestError` (−32602) naming every bad field.
    public static func generate(params: JSON?, defaultSeed: UInt64 = 0) throws -> JSON {
        .array(generate(try InterviewRequest(params: params, defaultSeed: defaultSeed)).map(\.json))
    }

    /// The questions, written by the built-in banks.
    public static func generate(_ request: InterviewRequest) -> [InterviewQuestion] { builtIn(request) }

    /// The questions with words from `source` where usable (non-empty, not repeating an earlier question).
    public static func generate(_ request: InterviewRequest, source: any TextSource) async throws -> [InterviewQuestion] {
        let planned = builtIn(request)
        let texts = try await source.interviewTexts(for: planned.map(\.slot), request: request)
        return merge(planned, texts: texts)
    }

    /// The built-in questions, whose slots (ids, types, difficulties) are the
    /// plan a text source writes for. The CPU-bound half of `generate(_:source:)`.
    public static func plan(_ request: InterviewRequest) -> [InterviewQuestion] { builtIn(request) }

    /// `planned` with each question replaced by the source's text for its slot
    /// where that is usable: non-empty question and answer, not repeating an earlier question.
    public static func merge(_ planned: [InterviewQuestion], texts: [InterviewText?]) -> [InterviewQuestion] {
        var seen = Set<String>()
        return planned.map { item in
            if item.slot.index < texts.count, let t = texts[item.slot.index], !t.question.trimmingSpaces().isEmpty,
               !t.idealAnswer.trimmingSpaces().isEmpty, !seen.contains(t.question) {
                seen.insert(t.question)
                return InterviewQuestion(slot: item.slot, text: t)
            }
            seen.insert(item.text.question)
            return item
        }
    }

    static let roleNouns = ["stakeholder", "deliverable", "pressure", "metric", "tool", "core_task"]

    static func builtIn(_ request: InterviewRequest) -> [InterviewQuestion] {
        let known = RoleBank.bank(for: request.role)
        let bank = known ?? RoleBank.generic(role: request.role)
        let roleName = known.flatMap { $0["title"]?.first } ?? sanitized(request.role)
        let shared = InterviewBank.shared
        let pools: [InterviewQuestionType: [String]] = [
            .technical: (bank["technical"] ?? []) + (shared["role_generic"] ?? []),
            .behavioral: shared["behavioral"] ?? [],
            .situational: (bank["situational"] ?? []) + (shared["situational_generic"] ?? []),
        ]
        var rng = TextRNG(seed: request.seed, label: "interviews.plan")
        var types = plannedTypes(request, &rng)
        rng.shuffle(&types)
        var orders: [InterviewQuestionType: [String]] = [:]
        for type in [InterviewQuestionType.technical, .behavioral, .situational] {  // fixed order: dictionaries have none
            var p = pools[type] ?? []
            rng.shuffle(&p)
            orders[type] = p
        }
        var cursors: [InterviewQuestionType: Int] = [:]
        var seen = Set<String>()
        var result: [InterviewQuestion] = []
        for (i, wanted) in types.enumerated() {
            let fallbacks = [wanted] + [InterviewQuestionType.technical, .behavioral, .situational].filter { $0 != wanted }
            var chosen: InterviewQuestion?
            var last: InterviewQuestion?
            search: for type in fallbacks {
                guard let order = orders[type], !order.isEmpty else { continue }
                for attempt in 0..<(order.count * 8) {
                    let k = cursors[type, default: 0]
                    cursors[type] = k + 1
                    let raw = order[k % order.count]
                    let q = render(raw, type: type, index: i, attempt: attempt, request: request, bank: bank, roleName: roleName)
                    last = q
                    if !seen.contains(q.text.question) { chosen = q; break search }
                }
            }
            guard let q = chosen ?? last else { continue }
            seen.insert(q.text.question)
            result.append(q)
        }
        return result
    }

    private static func plannedTypes(_ request: InterviewRequest, _ rng: inout TextRNG) -> [InterviewQuestionType] {
        guard request.questionType == .mixed else { return Array(repeating: request.questionType, count: request.count) }
        let shares: [(InterviewQuestionType, Int)] = [(.technical, 5), (.behavioral, 3), (.situational, 2)]
        let counts = ExactShares.counts(weights: shares.map(\.1), total: request.count)
        return shares.enumerated().flatMap { Array(repeating: $0.element.0, count: counts[$0.offset]) }
    }

    private static func render(_ raw: String, type: InterviewQuestionType, index: Int, attempt: Int,
                               request: InterviewRequest, bank: PhraseBank, roleName: String) -> InterviewQuestion {
        var template = raw
        // one choice of each role noun per question, so question and answer agree
        for noun in roleNouns { template = template.replacing("{\(noun)}", with: "{@\(noun)}") }
        let parts = template.split(separator: " :: ").map(String.init)
        var g = Grammar(banks: [bank, InterviewBank.shared], variants: [request.level.rawValue],
                        rng: TextRNG(seed: request.seed, label: "interviews.text", index: index * 256 + attempt))
        g.remember("role", roleName)
        let question = g.render(parts.first ?? raw)
        var answer = parts.count > 1 ? g.render(parts[1]) : ""
        var rubric = parts.count > 2 ? parts[2].split(separator: "; ").map(String.init).map { g.render($0) } : []
        let base = parts.count > 3 ? parts[3].trimmingSpaces() : "medium"
        switch request.level {
        case .junior:
            answer += " For a junior candidate, a clear and correct core answer matters more than breadth."
        case .senior, .lead:
            answer += " At this level, expect trade-offs, wider impact and how they would guide others through it."
            rubric.append("Shows \(request.level.rawValue)-level judgement: trade-offs, influence and long-term impact")
        case .mid:
            break
        }
        let slot = InterviewSlot(index: index, id: "q_\(index + 1)", role: request.role, level: request.level, type: type,
                                 difficulty: difficulty(String(base), level: request.level))
        return InterviewQuestion(slot: slot, text: InterviewText(question: question, idealAnswer: answer, rubric: rubric))
    }

    /// The entry's difficulty moved one step down for juniors and up for senior and lead roles.
    static func difficulty(_ base: String, level: InterviewLevel) -> String {
        let scale = ["easy", "medium", "hard"]
        var i = scale.firstIndex(of: base) ?? 1
        switch level {
        case .junior: i -= 1
        case .mid: break
        case .senior, .lead: i += 1
        }
        return scale[min(max(i, 0), 2)]
    }

    /// The role as free text, without characters the template grammar treats specially.
    static func sanitized(_ role: String) -> String {
        let cleaned = String(role.filter { !"{}[]|\n\r\t".contains($0) }).trimmingSpaces()
        let words = cleaned.split(separator: " ")
        // keep acronyms ("QA", "SRE"); lower the rest so it reads inside a sentence
        return words.map { w in w.count > 1 && w.allSatisfy({ $0.isUppercase || !$0.isLetter }) ? String(w) : w.lowercased() }
            .joined(separator: " ")
    }
}
