import DoppelJSON
import DoppelProtocol

/// A checked `conversations.generate` request.
public struct ConversationRequest: Sendable, Equatable {
    /// The scenario in plain language ("customer service chats about billing problems").
    public var prompt: String
    public var count: Int
    /// User messages in `conv_prefix`; the prefix holds `2 × turns − 1` messages, ending with the user.
    public var turns: Int
    public var seed: UInt64
    /// `text_source`: the model or the built-in engine (routed by the server).
    public var textSource: TextSourceChoice = .auto

    /// `count` accepts 1 to 100; `turns` 1 to 10; `prompt` up to 4000 characters.
    public static let countRange = 1...100
    public static let turnsRange = 1...10
    public static let maxPromptLength = 4000
    static let known = ["prompt", "count", "turns", "seed", "stream"] + ParamReader.textSourceMembers

    /// Reads params `prompt`, `count`, `turns` (all required) and `seed`.
    ///
    /// - Throws: `RequestError` −32602 naming every bad field.
    public init(params: JSON?, defaultSeed: UInt64) throws {
        var r = ParamReader(params, known: ConversationRequest.known)
        let prompt = r.string("prompt", required: true)
        if let prompt, prompt.count > ConversationRequest.maxPromptLength {
            r.fail("prompt", "Must be at most \(ConversationRequest.maxPromptLength) characters (got \(prompt.count))")
        }
        let count = r.int("count", in: ConversationRequest.countRange, default: nil)
        let turns = r.int("turns", in: ConversationRequest.turnsRange, default: nil)
        let seed = r.seed(default: defaultSeed)
        let source = r.textSource()
        guard r.isValid, let prompt, let count, let turns else { throw r.error(method: "conversations.generate") }
        self.textSource = source
        self.prompt = prompt
        self.count = count
        self.turns = turns
        self.seed = seed
    }

    public init(prompt: String, count: Int, turns: Int, seed: UInt64) {
        self.prompt = prompt
        self.count = count
        self.turns = turns
        self.seed = seed
    }
}

/// Everything about one conversation except its words.
public struct ConversationSlot: Sendable, Equatable {
    public var index: Int
    public var scenario: Scenario
    /// The support problem this conversation is about (nil in the advice setting).
    public var problem: String?
    public var turns: Int
    public var productName: String
    /// What broke, when the conversation reports a repair ("broken boiler"; `ConversationGenerator.repairSubject`).
    public var repairSubject: String? = nil

    /// A plain-language brief for a language model writing this conversation.
    public var instruction: String {
        let about = repairSubject.map { "someone reporting a problem with the \($0) to whoever maintains it" }
            ?? problem.map { "a customer contacting \(productName) support about a \($0.replacingUnderscores()) problem" }
            ?? "a user asking an assistant for help with \(scenario.topic ?? "a question")"
        return "Write a conversation between \(about): \(turns) user messages alternating with assistant replies, "
            + "then the assistant's final reply. Keep names, numbers and references consistent throughout."
    }
}

/// The words of one conversation: alternating user and assistant messages, starting
/// with the user and ending with the assistant's response (`2 × turns` messages).
public struct ConversationText: Sendable, Equatable {
    public var messages: [String]

    public init(messages: [String]) { self.messages = messages }
}

/// One generated conversation.
public struct Conversation: Sendable, Equatable {
    public var slot: ConversationSlot
    public var text: ConversationText

    /// `{"conv_prefix": [{"role": "user", "content": …}, …], "response": {"role": "assistant", "content": …}}`.
    public var json: JSON {
        var prefix: [JSON] = []
        for (i, message) in text.messages.dropLast().enumerated() {
            prefix.append(["role": .string(i % 2 == 0 ? "user" : "assistant"), "content": .string(message)])
        }
        let response: JSON = ["role": "assistant", "content": .string(text.messages.last ?? "")]
        return ["conv_prefix": .array(prefix), "response": response]
    }
}
