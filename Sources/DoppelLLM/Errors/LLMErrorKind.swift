import DoppelText
import DoppelEngine
import DoppelJSON
import DoppelProtocol

/// The application errors of the LLM backend: a JSON-RPC code in 1600–1699
/// and the stable `kind` string clients match on.
///
/// Codes are a struct, not an enum, so a client that meets a code it does not
/// know still decodes it (swift-system's `Errno` style).
public struct LLMErrorKind: Sendable, Hashable, CustomStringConvertible {
    public let code: Int
    public let kind: String

    public init(code: Int, kind: String) {
        self.code = code
        self.kind = kind
    }

    /// The model was asked for (`planner: "llm"`) but no model is configured.
    public static let notConfigured = LLMErrorKind(code: 1600, kind: "LLM_NOT_CONFIGURED")
    /// A key for OpenAI's endpoint that does not start with `sk-`.
    public static let invalidAPIKey = LLMErrorKind(code: 1601, kind: "INVALID_API_KEY")
    /// The endpoint answered 401: the key is wrong, revoked or missing.
    public static let unauthorized = LLMErrorKind(code: 1602, kind: "UNAUTHORIZED")
    /// The daily request or token budget is spent; `retryAfter` says when it resets.
    public static let rateLimitExceeded = LLMErrorKind(code: 1603, kind: "RATE_LIMIT_EXCEEDED")
    /// The endpoint kept answering 429 after every retry; `retryAfter` when it said.
    public static let upstreamRateLimited = LLMErrorKind(code: 1604, kind: "LLM_UPSTREAM_RATE_LIMITED")
    /// No complete answer within the configured timeout.
    public static let timeout = LLMErrorKind(code: 1605, kind: "LLM_TIMEOUT")
    /// The endpoint could not be reached, or kept failing with 5xx.
    public static let unavailable = LLMErrorKind(code: 1606, kind: "LLM_UNAVAILABLE")
    /// The endpoint refused the request (a 4xx other than 401 and 429): wrong model name, bad parameters.
    public static let requestRejected = LLMErrorKind(code: 1607, kind: "LLM_REQUEST_REJECTED")
    /// The endpoint's reply was not a chat completion.
    public static let badResponse = LLMErrorKind(code: 1608, kind: "LLM_BAD_RESPONSE")
    /// The model's answer was unusable even after one repair.
    public static let outputInvalid = LLMErrorKind(code: 1609, kind: "LLM_OUTPUT_INVALID")

    public static let all: [LLMErrorKind] = [
        notConfigured, invalidAPIKey, unauthorized, rateLimitExceeded, upstreamRateLimited,
        timeout, unavailable, requestRejected, badResponse, outputInvalid,
    ]

    public var description: String { "\(kind) (\(code))" }

    /// A `RequestError` of this kind.
    public func error(_ message: String, extra: JSONObject = JSONObject()) -> RequestError {
        RequestError(code: code, kind: kind, message: message, extra: extra)
    }
}

extension RequestError {
    /// The LLM kind of this error, if it is one.
    public var llmKind: LLMErrorKind? { LLMErrorKind.all.first { $0.kind == kind && $0.code == code } }

    /// `INVALID_API_KEY` with the data members the hosted contract defines.
    static func invalidAPIKeyFormat() -> RequestError {
        LLMErrorKind.invalidAPIKey.error("Invalid API key format", extra: JSONObject([
            ("error", "Invalid API key format"),
            ("detail", "API key must start with 'sk-'"),
        ]))
    }

    /// `RATE_LIMIT_EXCEEDED` for a spent daily budget.
    static func budgetSpent(_ what: String, retryAfter: Int) -> RequestError {
        LLMErrorKind.rateLimitExceeded.error(
            "LLM budget spent: \(what); it resets in \(retryAfter) seconds (00:00 UTC)",
            extra: JSONObject([("retryAfter", .int(retryAfter))]))
    }
}
