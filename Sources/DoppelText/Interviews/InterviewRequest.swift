import DoppelJSON
import DoppelProtocol

public enum InterviewLevel: String, CaseIterable, Sendable {
    case junior, mid, senior, lead

    public static var acceptedList: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// Parses a level name or a common synonym ("entry", "intermediate", "staff", "principal").
    public init?(name: String) {
        switch name.lowercased().trimmingSpaces() {
        case "junior", "entry", "entry-level", "entry level", "intern", "graduate", "jr": self = .junior
        case "mid", "mid-level", "mid level", "intermediate", "middle", "regular": self = .mid
        case "senior", "sr", "experienced": self = .senior
        case "lead", "staff", "principal", "head", "manager": self = .lead
        default: return nil
        }
    }
}

public enum InterviewQuestionType: String, CaseIterable, Sendable {
    case technical, behavioral, situational, mixed

    public static var acceptedList: String { allCases.map(\.rawValue).joined(separator: ", ") }

    public init?(name: String) {
        let n = name.lowercased().trimmingSpaces()
        if n == "behavioural" { self = .behavioral; return }
        self.init(rawValue: String(n))
    }
}

/// A checked `interviews.generate` request.
public struct InterviewRequest: Sendable, Equatable {
    /// The role as given ("Senior backend engineer", "marine biologist").
    public var role: String
    public var level: InterviewLevel
    public var count: Int
    public var questionType: InterviewQuestionType
    public var seed: UInt64
    /// `text_source`: the model or the built-in engine (routed by the server).
    public var textSource: TextSourceChoice = .auto

    /// `count` accepts 1 to 50.
    public static let countRange = 1...50
    static let known = ["role", "level", "count", "questionType", "seed", "stream"] + ParamReader.textSourceMembers

    /// Reads params `role`, `level` (junior, mid, senior, lead, or a synonym), `count`
    /// (1–50), `questionType` (technical, behavioral, situational, mixed; default mixed), `seed`.
    ///
    /// - Throws: `RequestError` −32602 naming every bad field.
    public init(params: JSON?, defaultSeed: UInt64) throws {
        var r = ParamReader(params, known: InterviewRequest.known)
        let role = r.string("role", required: true)
        if let role, role.count > 200 { r.fail("role", "Must be at most 200 characters (got \(role.count))") }
        let level = r.choice("level", accepted: InterviewLevel.acceptedList, default: nil, parse: InterviewLevel.init(name:))
        let count = r.int("count", in: InterviewRequest.countRange, default: nil)
        let type = r.choice("questionType", accepted: InterviewQuestionType.acceptedList, default: InterviewQuestionType.mixed,
                            parse: InterviewQuestionType.init(name:))
        let seed = r.seed(default: defaultSeed)
        let source = r.textSource()
        guard r.isValid, let role, let level, let count, let type else { throw r.error(method: "interviews.generate") }
        self.textSource = source
        self.role = role
        self.level = level
        self.count = count
        self.questionType = type
        self.seed = seed
    }
}
