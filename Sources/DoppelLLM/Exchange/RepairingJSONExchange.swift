import DoppelText
import DoppelEngine
import DoppelJSON
import DoppelProtocol

/// Asks the model for one JSON object, checks it, and when it falls short
/// sends it back once with the problems — the pattern every use of the model
/// in Doppel shares (planning, text pools, rows synthesised from examples).
///
/// At most two requests, both through the caller's `LLMCompleting`. Only an
/// accepted answer is cached, under the first request's key (a repaired one
/// too): a repeated exchange then costs nothing, and an answer that failed
/// its checks is never served again from the cache.
public struct RepairingJSONExchange: Sendable {
    /// How the exchange ended.
    public enum Outcome: Sendable, Equatable {
        /// An answer `check` found no problems with; `firstProblems` are those of the first answer when it was repaired.
        case accepted(JSONObject, repaired: Bool, firstProblems: [String])
        /// Both answers had problems: the last answer's object (if it was one) and its problems.
        case rejected(last: JSONObject?, problems: [String])
    }

    /// Problems listed back to the model, at most; the rest are counted.
    public static let maxProblemsShown = 20

    private let model: any LLMCompleting

    public init(model: any LLMCompleting) { self.model = model }

    /// Sends `request`, checks the answer with `check` (problems; empty means
    /// accepted), and repairs once.
    ///
    /// - Parameter answerAgain: the closing instruction of the repair message,
    ///   e.g. "Answer with the corrected schema as one JSON object."
    /// - Throws: what the model throws (`RequestError`, `CancellationError`).
    public func run(_ request: ChatRequest, apiKey: APIKey?, answerAgain: String,
                    check: (JSONObject) -> [String]) async throws -> Outcome {
        let first = try await model.complete(request, apiKey: apiKey)
        let (firstObject, firstProblems) = judge(first, limit: request.maxTokens, check)
        if let firstObject, firstProblems.isEmpty {
            await model.accept(first, for: request)
            return .accepted(firstObject, repaired: false, firstProblems: [])
        }

        var repair = request
        repair.messages.append(.assistant(first.content))
        repair.messages.append(.user(Self.repairMessage(firstProblems, answerAgain: answerAgain)))
        let second = try await model.complete(repair, apiKey: apiKey)
        let (object, problems) = judge(second, limit: repair.maxTokens, check)
        if let object, problems.isEmpty {
            await model.accept(second, for: request)
            return .accepted(object, repaired: true, firstProblems: firstProblems)
        }
        await model.reject(request, problems: problems)
        return .rejected(last: object, problems: problems)
    }

    private func judge(_ answer: ChatCompletion, limit: Int?, _ check: (JSONObject) -> [String]) -> (JSONObject?, [String]) {
        switch ModelOutput.object(answer.content) {
        case let .failure(problem) where answer.wasCutOff:
            // Said so, to the model on repair and to the user in the warning: a runaway or wordy
            // answer reads as broken JSON, and "unterminated string" alone hides why.
            let tokens = limit.map { " of \($0) tokens" } ?? ""
            return (nil, ["the answer was cut off at its limit\(tokens) before the JSON was complete; write less (\(problem.message))"])
        case let .failure(problem): return (nil, [problem.message])
        case let .success(object): return (object, check(object))
        }
    }

    static func repairMessage(_ problems: [String], answerAgain: String) -> String {
        let n = problems.count
        var lines = ["That answer has \(n) problem\(n == 1 ? "" : "s"):"]
        lines += problems.prefix(maxProblemsShown).map { "- " + $0 }
        if n > maxProblemsShown { lines.append("- … and \(n - maxProblemsShown) more") }
        lines.append(answerAgain)
        return lines.joined(separator: "\n")
    }
}

extension RepairingJSONExchange.Outcome {
    /// The accepted object, or `LLM_OUTPUT_INVALID` listing the last answer's
    /// problems in `issues` — for callers with no built-in path to fall back to.
    public func acceptedObject() throws(RequestError) -> JSONObject {
        switch self {
        case let .accepted(object, _, _):
            return object
        case let .rejected(_, problems):
            throw LLMErrorKind.outputInvalid.error(
                "The model's answer was still unusable after one repair: \(problems.first ?? "unknown problem")",
                extra: JSONObject([("issues", .array(problems.map(JSON.string)))]))
        }
    }
}
