import DoppelJSON

/// Where generated texts come from: the seam for the LLM backend.
///
/// The text methods plan every item themselves (ids, sentiments, ratings,
/// priorities, times, turn counts) and ask a source only for words. A source
/// returns one entry per slot, in order; a `nil` entry, a short array, or an
/// unusable text (empty, or repeating an earlier one) is written by the
/// built-in engine instead, so a source may answer only what it can. Every
/// requirement has a default that answers nothing, so a source implements
/// only the kinds it supports.
///
/// - Important: implementations must be deterministic for a given slot and
///   seed if responses are to stay reproducible (cache model answers by prompt).
public protocol TextSource: Sendable {
    func feedbackTexts(for slots: [FeedbackSlot], request: FeedbackRequest) async throws -> [FeedbackText?]
    func ticketTexts(for slots: [TicketSlot], request: TicketRequest) async throws -> [TicketText?]
    func interviewTexts(for slots: [InterviewSlot], request: InterviewRequest) async throws -> [InterviewText?]
    func conversationTexts(for slots: [ConversationSlot], request: ConversationRequest) async throws -> [ConversationText?]
}

extension TextSource {
    public func feedbackTexts(for slots: [FeedbackSlot], request: FeedbackRequest) async throws -> [FeedbackText?] { [] }
    public func ticketTexts(for slots: [TicketSlot], request: TicketRequest) async throws -> [TicketText?] { [] }
    public func interviewTexts(for slots: [InterviewSlot], request: InterviewRequest) async throws -> [InterviewText?] { [] }
    public func conversationTexts(for slots: [ConversationSlot], request: ConversationRequest) async throws -> [ConversationText?] { [] }
}

/// The offline default: answers nothing, so every text comes from the built-in engine.
public struct BuiltInTextSource: TextSource {
    public init() {}
}
