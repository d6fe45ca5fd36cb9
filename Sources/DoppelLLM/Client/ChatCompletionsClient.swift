import DoppelCore
import DoppelJSON

/// Calls `POST {base}/chat/completions` with retries, and turns every failure
/// into a `RequestError` of an `LLMErrorKind` whose message carries no key.
///
/// It knows nothing of caches or budgets: `LLMService` puts those around it.
public struct ChatCompletionsClient: Sendable {
    /// What happened to one HTTP attempt, for the service's figures.
    public enum Attempt: Sendable, Equatable {
        case sent
        case retrying(status: Int, after: Double)
    }

    public let baseURL: String
    public let timeout: Double
    public let retry: RetryPolicy
    private let transport: any HTTPTransport
    private let clock: any LLMClock
    private let jitter: @Sendable () -> Double

    /// - Parameters:
    ///   - jitter: draws in `0..<1` scaling each backoff; inject a constant in tests.
    public init(baseURL: String, timeout: Double, retry: RetryPolicy, transport: any HTTPTransport = URLSessionTransport(),
                clock: any LLMClock = SystemClock(), jitter: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) }) {
        self.baseURL = LLMConfiguration.trimmingTrailingSlashes(baseURL)
        self.timeout = timeout
        self.retry = retry
        self.transport = transport
        self.clock = clock
        self.jitter = jitter
    }

    /// The `INVALID_API_KEY` error when `key` cannot be a key for `baseURL`, else nil.
    ///
    /// Only OpenAI's own endpoint has a known key shape (`sk-…`); local servers
    /// take anything, or nothing.
    public static func keyProblem(_ key: APIKey?, baseURL: String) -> RequestError? {
        guard let key, LLMConfiguration.isOpenAIHost(baseURL), !key.hasPrefix("sk-") else { return nil }
        return RequestError.invalidAPIKeyFormat()
    }

    /// Sends `request` for `model`, retrying 429 and 5xx per the policy.
    ///
    /// - Throws: `RequestError` (an `LLMErrorKind`), or `CancellationError`.
    public func complete(_ request: ChatRequest, model: String, apiKey: APIKey?,
                         observe: @Sendable (Attempt) -> Void = { _ in }) async throws -> ChatCompletion {
        var headers = [("Content-Type", "application/json"), ("Accept", "application/json")]
        if let apiKey { apiKey.withSecret { headers.append(("Authorization", "Bearer " + $0)) } }
        let body = request.body(model: model).serializedBytes()
        let url = baseURL + "/chat/completions"

        var attempt = 0
        while true {
            observe(.sent)
            let reply: HTTPReply
            do {
                reply = try await transport.post(url: url, headers: headers, body: body, timeout: timeout)
            } catch .timeout {
                throw LLMErrorKind.timeout.error("The LLM endpoint at \(baseURL) gave no complete answer within \(Self.seconds(timeout))",
                                                 extra: JSONObject([("timeoutSeconds", .double(timeout))]))
            } catch .unreachable(let reason) {
                throw LLMErrorKind.unavailable.error("Could not reach the LLM endpoint at \(baseURL): \(reason)")
            } catch .cancelled {
                throw CancellationError()
            }

            switch reply.status {
            case 200..<300:
                guard let json = try? JSONParser.parse(reply.body), let completion = ChatCompletion.decode(json) else {
                    throw LLMErrorKind.badResponse.error("The LLM endpoint at \(baseURL) answered HTTP \(reply.status) with something that is not a chat completion (no choices[0].message.content)")
                }
                return completion
            case 401:
                throw LLMErrorKind.unauthorized.error("The LLM endpoint at \(baseURL) rejected the API key (HTTP 401)")
            case 429, 500...599:
                let asked = RetryAfter.seconds(headers: reply.headers, now: clock.now())
                if let asked, asked > retry.maxRetryAfter {
                    throw giveUp(reply, apiKey: apiKey, attempts: attempt + 1, retryAfter: asked)
                }
                guard attempt < retry.maxRetries else {
                    throw giveUp(reply, apiKey: apiKey, attempts: attempt + 1, retryAfter: asked)
                }
                let wait = asked ?? retry.backoff(attempt: attempt, jitter: jitter())
                observe(.retrying(status: reply.status, after: wait))
                try await clock.sleep(seconds: wait)
                attempt += 1
            default:
                let detail = Self.upstreamMessage(reply.body).map { ": " + $0.redacted(key: apiKey) } ?? ""
                throw LLMErrorKind.requestRejected.error("The LLM endpoint at \(baseURL) refused the request (HTTP \(reply.status))\(detail)",
                                                         extra: JSONObject([("status", .int(reply.status))]))
            }
        }
    }

    private func giveUp(_ reply: HTTPReply, apiKey: APIKey?, attempts: Int, retryAfter: Double?) -> RequestError {
        var extra = JSONObject([("status", .int(reply.status)), ("attempts", .int(attempts))])
        let detail = Self.upstreamMessage(reply.body).map { ": " + $0.redacted(key: apiKey) } ?? ""
        if reply.status == 429 {
            let wait = retryAfter.map { Int($0.rounded(.up)) }
            if let wait { extra["retryAfter"] = .int(wait) }
            let when = wait.map { "; it asked to wait \($0) seconds" } ?? ""
            return LLMErrorKind.upstreamRateLimited.error(
                "The LLM endpoint at \(baseURL) is rate-limiting requests (HTTP 429 after \(attempts) attempt\(attempts == 1 ? "" : "s")\(when))\(detail)",
                extra: extra)
        }
        return LLMErrorKind.unavailable.error(
            "The LLM endpoint at \(baseURL) kept failing (HTTP \(reply.status) after \(attempts) attempt\(attempts == 1 ? "" : "s"))\(detail)",
            extra: extra)
    }

    /// `error.message` (or a string `error`) of an OpenAI-style error body.
    static func upstreamMessage(_ body: [UInt8]) -> String? {
        guard let json = try? JSONParser.parse(body) else { return nil }
        if let m = json["error"]?["message"]?.stringValue { return m }
        return json["error"]?.stringValue ?? json["message"]?.stringValue
    }

    static func seconds(_ s: Double) -> String {
        s == s.rounded() ? "\(Int(s)) s" : "\(s) s"
    }
}
