import DoppelJSON
import Foundation

/// A chat completion put together from a server-sent event stream: the
/// `choices[0].delta.content` of each chunk, in order, and the `usage` a
/// server may send last.
struct StreamedCompletion {
    private(set) var content = ""
    private(set) var usage = TokenUsage()
    /// Chunks that carried text: one per token on llama.cpp, vLLM and OpenAI.
    private(set) var textChunks = 0
    /// True once any chunk parsed as a completion chunk.
    private(set) var sawChunk = false
    /// An `error` the server sent inside the stream.
    private(set) var upstreamError: String?
    /// The last `finish_reason` a chunk carried.
    private(set) var finishReason: String?

    mutating func add(_ data: String) {
        guard data != "[DONE]", let json = try? JSONParser.parse(data) else { return }
        if let message = json["error"]?["message"]?.stringValue ?? json["error"]?.stringValue {
            upstreamError = message
            return
        }
        guard let choice = json["choices"]?[0] else {
            readUsage(json)
            return
        }
        sawChunk = true
        if let reason = choice["finish_reason"]?.stringValue { finishReason = reason }
        if let text = choice["delta"]?["content"]?.stringValue ?? choice["message"]?["content"]?.stringValue, !text.isEmpty {
            content += text
            textChunks += 1
        }
        readUsage(json)
    }

    private mutating func readUsage(_ json: JSON) {
        guard let u = json["usage"], u.objectValue != nil else { return }
        usage = TokenUsage(promptTokens: max(0, u["prompt_tokens"]?.intValue ?? 0),
                           completionTokens: max(0, u["completion_tokens"]?.intValue ?? textChunks))
    }

    /// The completion, or nil when the stream held no completion chunk.
    var completion: ChatCompletion? {
        guard sawChunk else { return nil }
        var u = usage
        if u.completionTokens == 0 { u.completionTokens = textChunks }
        return ChatCompletion(content: content, usage: u, finishReason: finishReason)
    }

    /// Reads a whole event-stream body.
    static func decode(_ body: [UInt8]) -> StreamedCompletion {
        var decoder = SSEDecoder()
        var result = StreamedCompletion()
        for event in decoder.feed(body) + decoder.finish() { result.add(event) }
        return result
    }
}

/// Counts the text chunks of a stream as its bytes arrive and reports the
/// count: the tokens received so far, for `$/progress`.
///
/// `@unchecked Sendable`: the transport calls it from its own thread; every
/// member is reached under `lock`.
final class StreamMeter: @unchecked Sendable {
    private let lock = NSLock()
    private var decoder = SSEDecoder()
    private var partial = StreamedCompletion()
    private let report: @Sendable (Int) -> Void

    init(report: @escaping @Sendable (Int) -> Void) { self.report = report }

    func take(_ bytes: [UInt8]) {
        let (before, after) = lock.withLock { () -> (Int, Int) in
            let before = partial.textChunks
            for event in decoder.feed(bytes) { partial.add(event) }
            return (before, partial.textChunks)
        }
        if after > before { report(after) }
    }
}
