import Testing
@testable import DoppelLLM

/// The HTTP/1.1 response reader and the event-stream decoder, fed whole,
/// byte by byte, and split at every offset.
@Suite struct HTTP1ReaderTests {
    static let chunked = Array("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6;x=1\r\n world\r\n0\r\n\r\n".utf8)
    static let sized = Array("HTTP/1.1 201 Created\r\nContent-Length: 11\r\nX-A: b\r\n\r\nhello world".utf8)
    static let untilClose = Array("HTTP/1.1 200 OK\r\n\r\nhello world".utf8)

    /// Feeds `bytes` split at `cuts`; returns the body, the status and whether it completed.
    static func read(_ bytes: [UInt8], cuts: [Int], limit: Int = 1 << 20) throws -> ([UInt8], Int, Bool) {
        var reader = HTTP1ResponseReader(maxBodyBytes: limit)
        var body: [UInt8] = []
        var start = 0
        for cut in cuts + [bytes.count] where cut >= start {
            body += try reader.feed(Array(bytes[start..<cut]))
            start = cut
        }
        if !reader.isComplete { try reader.finish() }
        return (body, reader.status, reader.isComplete)
    }

    @Test func everyFramingGivesTheSameBodyHoweverTheBytesArrive() throws {
        for (bytes, status) in [(Self.chunked, 200), (Self.sized, 201), (Self.untilClose, 200)] {
            let whole = try Self.read(bytes, cuts: [])
            #expect(whole.0 == Array("hello world".utf8) && whole.1 == status && whole.2)
            let drip = try Self.read(bytes, cuts: Array(1..<bytes.count))
            #expect(drip.0 == whole.0)
            for cut in 1..<bytes.count {
                let split = try Self.read(bytes, cuts: [cut])
                #expect(split.0 == whole.0, "split at \(cut)")
            }
        }
    }

    @Test func aReplyCutOffBeforeItsEndIsALostConnection() {
        for bytes in [Self.chunked, Self.sized] {
            for cut in [10, bytes.count / 2, bytes.count - 1] {
                #expect(throws: HTTP1ResponseReader.Problem.connectionLost) {
                    _ = try Self.read(Array(bytes.prefix(cut)), cuts: [])
                }
            }
        }
    }

    @Test func aBodyOverTheLimitIsRefusedBeforeItIsHeld() {
        #expect(throws: HTTP1ResponseReader.Problem.tooLarge(limit: 10)) { _ = try Self.read(Self.sized, cuts: [], limit: 10) }
        #expect(throws: HTTP1ResponseReader.Problem.tooLarge(limit: 10)) { _ = try Self.read(Self.chunked, cuts: [], limit: 10) }
        #expect(throws: HTTP1ResponseReader.Problem.tooLarge(limit: 10)) { _ = try Self.read(Self.untilClose, cuts: [], limit: 10) }
    }

    @Test func notHTTPIsMalformed() {
        var reader = HTTP1ResponseReader(maxBodyBytes: 100)
        #expect(throws: HTTP1ResponseReader.Problem.self) { _ = try reader.feed(Array("SSH-2.0-OpenSSH\r\n\r\n".utf8)) }
    }

    @Test func eventStreamsSplitIntoEventsAnywhere() {
        let text = Array(": comment\r\ndata: {\"a\":1}\r\n\r\ndata: line one\ndata: line two\n\nevent: x\ndata: [DONE]\n\n".utf8)
        for cut in 0...text.count {
            var decoder = SSEDecoder()
            let events = decoder.feed(Array(text[..<cut])) + decoder.feed(Array(text[cut...])) + decoder.finish()
            #expect(events == ["{\"a\":1}", "line one\nline two", "[DONE]"], "split at \(cut)")
        }
    }

    @Test func streamedChunksMakeOneCompletion() {
        var decoder = SSEDecoder()
        var streamed = StreamedCompletion()
        let body = "data: {\"choices\":[{\"delta\":{\"role\":\"assistant\"}}]}\n\ndata: {\"choices\":[{\"delta\":{\"content\":\"{\\\"a\\\"\"}}]}\n\n"
            + "data: {\"choices\":[{\"delta\":{\"content\":\": 1}\"}}]}\n\ndata: {\"choices\":[],\"usage\":{\"prompt_tokens\":7,\"completion_tokens\":2}}\n\ndata: [DONE]\n\n"
        for event in decoder.feed(Array(body.utf8)) { streamed.add(event) }
        #expect(streamed.completion == ChatCompletion(content: "{\"a\": 1}", usage: TokenUsage(promptTokens: 7, completionTokens: 2)))
        #expect(streamed.textChunks == 2)
    }

    @Test func endpointURLsParse() {
        #expect(EndpointURL("http://127.0.0.1:8080/v1/chat/completions") == EndpointURL(isSecure: false, host: "127.0.0.1", port: 8080, target: "/v1/chat/completions"))
        #expect(EndpointURL("https://api.example.com/v1")?.port == 443)
        #expect(EndpointURL("http://[::1]:11434/v1")?.host == "[::1]")
        #expect(EndpointURL("http://localhost:11434/v1")?.isLoopback == true)
        #expect(EndpointURL("https://api.openai.com/v1")?.isLoopback == false)
        #expect(EndpointURL("ftp://x") == nil && EndpointURL("http://:80/") == nil && EndpointURL("http://h:99999/") == nil)
    }
}

extension EndpointURL {
    init(isSecure: Bool, host: String, port: Int, target: String) {
        self = EndpointURL("http://x/")!
        self.isSecure = isSecure
        self.host = host
        self.port = port
        self.target = target
    }
}
