import DoppelText
import DoppelEngine
import DoppelJSON
import Foundation
import DoppelProtocol

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
    /// Bytes of one answer read at most.
    public let maxResponseBytes: Int
    /// Whether to ask for `stream: true` at first.
    public let streaming: Bool
    private let transport: any HTTPTransport
    private let clock: any LLMClock
    private let jitter: @Sendable () -> Double
    private let streamSupport = StreamSupport()

    /// - Parameters:
    ///   - jitter: draws in `0..<1` scaling each backoff; inject a constant in tests.
    public init(baseURL: String, timeout: Double, retry: RetryPolicy, transport: any HTTPTransport = URLSessionTransport(),
                clock: any LLMClock = SystemClock(), jitter: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) },
                maxResponseBytes: Int = LLMConfiguration.defaultMaxResponseBytes, streaming: Bool = false) {
        self.baseURL = LLMConfiguration.trimmingTrailingSlashes(baseURL)
        self.timeout = timeout
        self.retry = retry
        self.transport = transport
        self.clock = clock
        self.jitter = jitter
        self.maxResponseBytes = maxResponseBytes
        self.streaming = streaming
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
    /// With streaming on it asks for server-sent events and reports the
    /// tokens received to `LLMProgress.observer`; a server that refuses
    /// `stream` with a 400 or 422 is asked again without it, and not asked
    /// for a stream again.
    ///
    /// - Throws: `RequestError` (an `LLMErrorKind`), or `CancellationError`.
    public func complete(_ request: ChatRequest, model: String, apiKey: APIKey?,
                         observe: @Sendable (Attempt) -> Void = { _ in }) async throws -> ChatCompletion {
        var headers = [("Content-Type", "application/json"), ("Accept", "application/json, text/event-stream")]
        if let apiKey { apiKey.withSecret { headers.append(("Authorization", "Bearer " + $0)) } }
        let url = baseURL + "/chat/completions"
        let progress = LLMProgress.observer

        var attempt = 0
        var askedWithoutStream = false
        while true {
            let stream = streaming && streamSupport.mayStream && !askedWithoutStream
            let post = HTTPPost(url: url, headers: headers, body: request.body(model: model, stream: stream).serializedBytes(),
                                timeout: timeout, maxResponseBytes: maxResponseBytes)
            let meter = progress.map { observer in StreamMeter { observer.received(tokens: $0) } }
            observe(.sent)
            let reply: HTTPReply
            do {
                reply = try await transport.post(post) { bytes in meter?.take(bytes) }
            } catch .timeout {
                throw LLMErrorKind.timeout.error("The LLM endpoint at \(baseURL) gave no complete answer within \(Self.seconds(timeout))",
                                                 extra: JSONObject([("timeoutSeconds", .double(timeout))]))
            } catch .unreachable(let reason) {
                throw LLMErrorKind.unavailable.error("Could not reach the LLM endpoint at \(baseURL): \(reason)")
            } catch .connectionLost {
                throw LLMErrorKind.unavailable.error(
                    "The LLM endpoint at \(baseURL) closed the connection before its answer was complete (connection lost)")
            } catch .tooLarge(let limit) {
                throw LLMErrorKind.badResponse.error(
                    "The LLM endpoint at \(baseURL) sent an answer over \(limit) bytes; it was cut off (--llm-max-response-mb)",
                    extra: JSONObject([("maxResponseBytes", .int(limit))]))
            } catch .cancelled {
                throw CancellationError()
            }

            switch reply.status {
            case 200..<300:
                var answer = try completion(from: reply)
                // An answer without `usage` (llama-cpp-python's streams carry none) still cost its prompt: estimate it
                // at four bytes a token, so the daily token budget and `status` do not count it as free.
                if answer.usage.promptTokens == 0 { answer.usage.promptTokens = (post.body.count + 3) / 4 }
                // Remembered only once the plain request worked: a 400 for a long prompt is no refusal to stream.
                if askedWithoutStream { streamSupport.refuse() }
                return answer
            case 400 where stream && Self.mentionsStreaming(reply.body), 422 where stream && Self.mentionsStreaming(reply.body):
                // A server that does not stream says so with a 400 or 422 naming it; ask once more without.
                askedWithoutStream = true
                continue
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
                let upstream = Self.upstreamMessage(reply.body)
                let detail = upstream.map { ": " + $0.redacted(key: apiKey) } ?? ""
                // Local servers default to small contexts (llama-cpp-python: 2048 tokens); say what to change.
                let hint = upstream.map { $0.lowercased().contains("context") } == true
                    ? " (start the server with a larger context, e.g. llama-server -c 8192 or n_ctx 8192; see docs/LLM.md)" : ""
                throw LLMErrorKind.requestRejected.error("The LLM endpoint at \(baseURL) refused the request (HTTP \(reply.status))\(detail)\(hint)",
                                                         extra: JSONObject([("status", .int(reply.status))]))
            }
        }
    }

    /// The completion in a 2xx reply: an event stream or one JSON body.
    private func completion(from reply: HTTPReply) throws(RequestError) -> ChatCompletion {
        if reply.isEventStream {
            let streamed = StreamedCompletion.decode(reply.body)
            if let error = streamed.upstreamError {
                throw LLMErrorKind.badResponse.error("The LLM endpoint at \(baseURL) stopped its answer with an error: \(error)")
            }
            guard let completion = streamed.completion else {
                throw LLMErrorKind.badResponse.error("The LLM endpoint at \(baseURL) answered HTTP \(reply.status) with an event stream holding no chat-completion chunk")
            }
            return completion
        }
        guard let json = try? JSONParser.parse(reply.body), let completion = ChatCompletion.decode(json) else {
            throw LLMErrorKind.badResponse.error("The LLM endpoint at \(baseURL) answered HTTP \(reply.status) with something that is not a chat completion (no choices[0].message.content)")
        }
        return completion
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

    /// True when an error body is about the `stream` parameter.
    static func mentionsStreaming(_ body: [UInt8]) -> Bool {
        (upstreamMessage(body) ?? String(decoding: body.prefix(4096), as: UTF8.self)).lowercased().contains("stream")
    }

    static func seconds(_ s: Double) -> String {
        s == s.rounded() ? "\(Int(s)) s" : "\(s) s"
    }
}

/// Whether the endpoint takes `stream: true`; it is assumed to until it refuses.
///
/// `@unchecked Sendable`: `refused` is reached only under `lock`.
private final class StreamSupport: @unchecked Sendable {
    private let lock = NSLock()
    private var refused = false

    var mayStream: Bool { lock.withLock { !refused } }
    func refuse() { lock.withLock { refused = true } }
}
