import DoppelText
import DoppelEngine
import DoppelPlanner
import DoppelJSON
import Foundation
@testable import DoppelLLM

/// A stand-in for the model that answers each request with `answer(request, n)`
/// (n counts from 0) and records every request.
final class RespondingModel: LLMCompleting, @unchecked Sendable {
        func accept(_ answer: ChatCompletion, for request: ChatRequest) async {}
        func reject(_ request: ChatRequest, problems: [String]) async {}

    private let lock = NSLock()
    private var seen: [ChatRequest] = []
    private let answer: @Sendable (ChatRequest, Int) throws -> String

    init(_ answer: @escaping @Sendable (ChatRequest, Int) throws -> String) { self.answer = answer }

    var requests: [ChatRequest] { lock.withLock { seen } }

    func complete(_ request: ChatRequest, apiKey: APIKey?) async throws -> ChatCompletion {
        let n = lock.withLock { () -> Int in
            seen.append(request)
            return seen.count - 1
        }
        return ChatCompletion(content: try answer(request, n))
    }

    /// How many numbered briefs ("1. …") the request's first user message holds.
    static func briefCount(_ request: ChatRequest) -> Int {
        let user = request.messages.first { $0.role == "user" }?.content ?? ""
        return user.split(separator: "\n").filter { line in
            guard let dot = line.firstIndex(of: ".") else { return false }
            return Int(line[..<dot]) != nil
        }.count
    }
}
