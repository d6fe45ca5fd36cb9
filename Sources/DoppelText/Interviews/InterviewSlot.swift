import DoppelJSON

/// Everything about one interview question except its words.
public struct InterviewSlot: Sendable, Equatable {
    public var index: Int
    public var id: String
    public var role: String
    public var level: InterviewLevel
    /// technical, behavioral or situational (never mixed).
    public var type: InterviewQuestionType
    /// easy, medium or hard.
    public var difficulty: String

    /// A plain-language brief for a language model writing this question.
    public var instruction: String {
        "Write one \(difficulty) \(type.rawValue) interview question for a \(level.rawValue) \(role), with an ideal answer "
            + "(two to four sentences) and a rubric of three short criteria an interviewer can score."
    }
}

/// The words of one interview question.
public struct InterviewText: Sendable, Equatable {
    public var question: String
    public var idealAnswer: String
    public var rubric: [String]

    public init(question: String, idealAnswer: String, rubric: [String]) {
        self.question = question
        self.idealAnswer = idealAnswer
        self.rubric = rubric
    }
}

/// One generated interview question.
public struct InterviewQuestion: Sendable, Equatable {
    public var slot: InterviewSlot
    public var text: InterviewText

    public var json: JSON {
        var o = JSONObject()
        o.appendUnique("id", .string(slot.id))
        o.appendUnique("role", .string(slot.role))
        o.appendUnique("level", .string(slot.level.rawValue))
        o.appendUnique("type", .string(slot.type.rawValue))
        o.appendUnique("difficulty", .string(slot.difficulty))
        o.appendUnique("question", .string(text.question))
        o.appendUnique("ideal_answer", .string(text.idealAnswer))
        o.appendUnique("rubric", .array(text.rubric.map(JSON.string)))
        return .object(o)
    }
}
