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

    static let roleNouns = WorkKindBank.nouns

    /// What a response's questions share: the role's bank and names, and the order in
    /// which the level's closing notes are handed out.
    struct RoleContext {
        var bank: PhraseBank
        var roleName: String
        var plural: String
        var field: String
        var notes: [String]
        var rubricNotes: [String]
    }

    static func context(_ request: InterviewRequest, _ rng: inout TextRNG) -> (RoleContext, [InterviewQuestionType: [String]]) {
        let shared = InterviewBank.shared
        let known = RoleBank.bank(for: request.role)
        let title = RoleTitle(request.role)
        let bank = known ?? RoleBank.derived(role: request.role)
        let roleName = known.flatMap { $0["title"]?.first } ?? title.bare
        let level = request.level.rawValue
        // an unknown role's own questions come from its words; a known role has written ones
        let technical = known == nil
            ? (shared["role_derived"] ?? []) + (shared["role_derived.\(level)"] ?? []) + (shared["role_generic"] ?? [])
            : (bank["technical"] ?? []) + (shared["role_generic"] ?? [])
        let situational = known == nil
            ? (shared["role_derived_situational"] ?? []) + (shared["situational_generic"] ?? [])
            : (bank["situational"] ?? []) + (shared["situational_generic"] ?? [])
        var notes = shared["level_note.\(level)"] ?? []
        var rubricNotes = shared["level_rubric.\(level)"] ?? []
        rng.shuffle(&notes)
        rng.shuffle(&rubricNotes)
        let ctx = RoleContext(bank: bank, roleName: roleName,
                              plural: known == nil ? title.plural : RoleTitle.plural(of: roleName),
                              field: known == nil ? (title.field ?? "your field") : roleName + " work",
                              notes: notes, rubricNotes: rubricNotes)
        return (ctx, [.technical: technical, .behavioral: shared["behavioral"] ?? [], .situational: situational])
    }

    static func builtIn(_ request: InterviewRequest) -> [InterviewQuestion] {
        var rng = TextRNG(seed: request.seed, label: "interviews.plan")
        var types = plannedTypes(request, &rng)
        rng.shuffle(&types)
        let (ctx, pools) = context(request, &rng)
        var orders: [InterviewQuestionType: [String]] = [:]
        // questions that fit any role ("How do you stay current in your field?") come after the role's own
        let generic = Set((InterviewBank.shared["role_generic"] ?? []) + (InterviewBank.shared["situational_generic"] ?? []))
        for type in [InterviewQuestionType.technical, .behavioral, .situational] {  // fixed order: dictionaries have none
            var p = pools[type] ?? []
            rng.shuffle(&p)
            p = p.filter { !generic.contains($0) } + p.filter { generic.contains($0) }
            // an unknown role's words are all the questions have to go on: every other question says the role
            orders[type] = RoleBank.bank(for: request.role) == nil ? alternatingRoleNames(p) : p
        }
        var cursors: [InterviewQuestionType: Int] = [:]
        var seen = Set<String>()
        // no two answers end alike: the closing sentence is what a reader compares
        var endings = Set<String>()
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
                    let q = render(raw, type: type, index: i, attempt: attempt, request: request, context: ctx, usedEndings: endings)
                    guard !seen.contains(q.text.question) else { continue }
                    last = last ?? q
                    if !endings.contains(lastSentence(q.text.idealAnswer)) { chosen = q; break search }
                }
            }
            guard let q = chosen ?? last else { continue }
            seen.insert(q.text.question)
            endings.insert(lastSentence(q.text.idealAnswer))
            result.append(q)
        }
        return result
    }

    /// `templates` reordered so that those whose question names the role (`{role}`, `{roles}`) and those
    /// that do not take turns, naming first; each group keeps its order.
    static func alternatingRoleNames(_ templates: [String]) -> [String] {
        let names = { (t: String) in
            let question = t.split(separator: " :: ").first.map(String.init) ?? t
            return question.contains("{role}") || question.contains("{roles}")
        }
        let naming = templates.filter(names), other = templates.filter { !names($0) }
        var out: [String] = []
        for i in 0..<max(naming.count, other.count) {
            if i < naming.count { out.append(naming[i]) }
            if i < other.count { out.append(other[i]) }
        }
        return out
    }

    /// The text's last sentence (after the last ". ", "? " or "! ").
    static func lastSentence(_ text: String) -> String {
        let chars = Array(text.trimmingSpaces())
        var start = 0
        var i = 0
        while i + 1 < chars.count {
            if ".?!".contains(chars[i]), chars[i + 1] == " " { start = i + 2 }
            i += 1
        }
        return String(chars[start...])
    }

    private static func plannedTypes(_ request: InterviewRequest, _ rng: inout TextRNG) -> [InterviewQuestionType] {
        guard request.questionType == .mixed else { return Array(repeating: request.questionType, count: request.count) }
        let shares: [(InterviewQuestionType, Int)] = [(.technical, 5), (.behavioral, 3), (.situational, 2)]
        let counts = ExactShares.counts(weights: shares.map(\.1), total: request.count)
        return shares.enumerated().flatMap { Array(repeating: $0.element.0, count: counts[$0.offset]) }
    }

    private static func render(_ raw: String, type: InterviewQuestionType, index: Int, attempt: Int,
                               request: InterviewRequest, context ctx: RoleContext, usedEndings: Set<String>) -> InterviewQuestion {
        let parts = oneChoicePerNoun(raw).split(separator: " :: ").map(String.init)
        var g = Grammar(banks: [ctx.bank, InterviewBank.shared], variants: [request.level.rawValue],
                        rng: TextRNG(seed: request.seed, label: "interviews.text", index: index * 256 + attempt))
        g.remember("role", ctx.roleName)
        g.remember("roles", ctx.plural)
        g.remember("field", ctx.field)
        let question = g.render(parts.first ?? raw)
        var answer = parts.count > 1 ? g.render(parts[1]) : ""
        var rubric = parts.count > 2 ? parts[2].split(separator: "; ").map(String.init).map { g.render($0) } : []
        let base = parts.count > 3 ? parts[3].trimmingSpaces() : "medium"
        // the level's note, a different one for each question (and each retry) of a response; none
        // when every note would repeat an earlier answer's ending
        let n = index + attempt
        var note: String?
        for k in 0..<ctx.notes.count {
            let candidate = g.render(oneChoicePerNoun(ctx.notes[(n + k) % ctx.notes.count]))
            if !usedEndings.contains(candidate) { note = candidate; break }
        }
        if let note { answer += " " + note }
        if !ctx.rubricNotes.isEmpty { rubric.append(ctx.rubricNotes[n % ctx.rubricNotes.count]) }
        let slot = InterviewSlot(index: index, id: "q_\(index + 1)", role: request.role, level: request.level, type: type,
                                 difficulty: difficulty(String(base), level: request.level))
        return InterviewQuestion(slot: slot, text: InterviewText(question: question, idealAnswer: answer, rubric: rubric))
    }

    /// One choice of each role noun per question, so question, answer and note agree.
    private static func oneChoicePerNoun(_ template: String) -> String {
        var t = template
        for noun in roleNouns { t = t.replacing("{\(noun)}", with: "{@\(noun)}") }
        return t
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
}
