import DoppelJSON
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A real HTTP/1.1 server on 127.0.0.1 (ephemeral port) that speaks enough of
/// the chat-completions protocol for the client to talk to, answering from a
/// script and recording every request it receives.
///
/// One thread accepts; each connection gets its own thread, reads one
/// request, answers with `Connection: close` and hangs up. A reply may be
/// delayed (cut short if the client hangs up first) or held at a `Gate`
/// until the test opens it.
///
/// `@unchecked Sendable`: mutable members are reached only under `lock`.
public final class ChatCompletionsFixture: @unchecked Sendable {
    public struct Reply: Sendable {
        public var status: Int
        public var headers: [(String, String)] = []
        public var body: String
        /// Seconds to wait before answering.
        public var delay: Double = 0
        /// Held until opened, when set.
        public var gate: Gate?
        /// Seconds between body bytes: a reply that keeps the connection busy but never finishes in time.
        public var trickle: Double = 0
        /// Sends the body with `Transfer-Encoding: chunked` (no `Content-Length`), in pieces of this many bytes.
        public var chunkSize: Int?
        /// Hangs up after this many bytes of the whole reply (head included): a dropped connection.
        public var dropAfter: Int?

        public init(status: Int, headers: [(String, String)] = [], body: String, delay: Double = 0, gate: Gate? = nil,
                    trickle: Double = 0) {
            self.status = status
            self.headers = headers
            self.body = body
            self.delay = delay
            self.gate = gate
            self.trickle = trickle
        }

        /// A successful chat completion whose message content is `content`.
        public static func completion(_ content: String, promptTokens: Int = 10, completionTokens: Int = 20,
                               delay: Double = 0, gate: Gate? = nil) -> Reply {
            let body: JSON = [
                "id": "chatcmpl-fixture", "object": "chat.completion", "created": 1_700_000_000, "model": "fixture-model",
                "choices": [["index": 0, "message": ["role": "assistant", "content": .string(content)], "finish_reason": "stop"]],
                "usage": ["prompt_tokens": .int(promptTokens), "completion_tokens": .int(completionTokens),
                          "total_tokens": .int(promptTokens + completionTokens)],
            ]
            return Reply(status: 200, headers: [("Content-Type", "application/json")], body: body.serialized(), delay: delay, gate: gate)
        }

        /// A streamed chat completion: one server-sent event per piece of
        /// `pieces`, then `[DONE]`, sent chunked.
        public static func stream(_ pieces: [String], delay: Double = 0) -> Reply {
            var body = ""
            for piece in pieces {
                let chunk: JSON = ["object": "chat.completion.chunk",
                                   "choices": [["index": 0, "delta": ["content": .string(piece)], "finish_reason": .null]]]
                body += "data: " + chunk.serialized() + "\n\n"
            }
            body += "data: [DONE]\n\n"
            var reply = Reply(status: 200, headers: [("Content-Type", "text/event-stream")], body: body, delay: delay)
            reply.chunkSize = 7
            return reply
        }

        /// An OpenAI-style error reply.
        public static func error(_ status: Int, _ message: String, headers: [(String, String)] = []) -> Reply {
            let body: JSON = ["error": ["message": .string(message), "type": "fixture_error"]]
            return Reply(status: status, headers: [("Content-Type", "application/json")] + headers, body: body.serialized())
        }
    }

    /// One request as the server read it.
    public struct Recorded: Sendable {
        public var method: String
        public var path: String
        /// Header names in lower case.
        public var headers: [String: String]
        public var body: JSON?

        /// The `messages` of a chat-completions body.
        public var messages: [(role: String, content: String)] {
            (body?["messages"]?.arrayValue ?? []).map { ($0["role"]?.stringValue ?? "", $0["content"]?.stringValue ?? "") }
        }
    }

    /// A latch a reply waits on.
    public final class Gate: @unchecked Sendable {
        private let condition = NSCondition()
        private var open = false
        private let bound: TimeInterval

        /// `bound`: the seconds a held answer waits before it goes anyway.
        public init(bound: TimeInterval = 10) { self.bound = bound }

        public func release() {
            condition.lock()
            open = true
            condition.broadcast()
            condition.unlock()
        }

        public func wait() {
            condition.lock()
            // Bounded, so a test that forgets to open the gate fails instead of hanging.
            let deadline = Date().addingTimeInterval(bound)
            while !open && condition.wait(until: deadline) {}
            condition.unlock()
        }
    }

    private let lock = NSLock()
    private let script: @Sendable (Recorded, Int) -> Reply
    private var recorded: [Recorded] = []
    private var serving = 0
    private var peakServing = 0
    private var stopped = false
    private let listener: Int32
    public let port: UInt16

    /// Answers request `n` (0-based) with `script(request, n)`.
    public init(script: @escaping @Sendable (Recorded, Int) -> Reply) throws {
        self.script = script
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw FixtureError("socket failed: errno \(errno)") }
        var one: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 64) == 0 else {
            close(fd)
            throw FixtureError("bind/listen failed: errno \(errno)")
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        listener = fd
        port = UInt16(bigEndian: address.sin_port)
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    /// Answers requests with `replies` in order; past the end, with HTTP 500.
    public convenience init(replies: [Reply]) throws {
        try self.init { _, n in
            n < replies.count ? replies[n] : .error(500, "fixture script exhausted after \(replies.count) replies")
        }
    }

    deinit { stop() }

    /// The API root to configure the client with.
    public var baseURL: String { "http://127.0.0.1:\(port)/v1" }

    public var requests: [Recorded] { lock.withLock { recorded } }
    public var requestCount: Int { lock.withLock { recorded.count } }
    /// The most requests read and not yet answered at one time.
    public var maxConcurrent: Int { lock.withLock { peakServing } }

    public func stop() {
        let first = lock.withLock { () -> Bool in
            defer { stopped = true }
            return !stopped
        }
        if first { shutdown(listener, Int32(SHUT_RDWR)) }
    }

    private var isStopped: Bool { lock.withLock { stopped } }

    private func acceptLoop() {
        defer { close(listener) }
        while !isStopped {
            var pfd = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
            guard poll(&pfd, 1, 50) > 0 else { continue }
            let client = accept(listener, nil, nil)
            if client < 0 { continue }
            let worker = Thread { [self] in serve(client) }
            worker.start()
        }
    }

    private func serve(_ fd: Int32) {
        defer { close(fd) }
        guard let request = readRequest(fd) else { return }
        let n = lock.withLock { () -> Int in
            recorded.append(request)
            serving += 1
            peakServing = max(peakServing, serving)
            return recorded.count - 1
        }
        defer { lock.withLock { serving -= 1 } }
        let reply = script(request, n)
        reply.gate?.wait()
        if reply.delay > 0 && !waitUnlessHungUp(fd, seconds: reply.delay) { return }
        var head = "HTTP/1.1 \(reply.status) \(reply.status == 200 ? "OK" : "Status")\r\n"
        var body = Array(reply.body.utf8)
        for (name, value) in reply.headers { head += "\(name): \(value)\r\n" }
        if let size = reply.chunkSize {
            head += "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
            var framed: [UInt8] = []
            var i = 0
            while i < body.count {
                let piece = body[i..<min(body.count, i + max(1, size))]
                framed += Array((String(piece.count, radix: 16) + "\r\n").utf8) + piece + [13, 10]
                i += piece.count
            }
            body = framed + Array("0\r\n\r\n".utf8)
        } else {
            head += "Content-Length: \(body.count)\r\nConnection: close\r\n\r\n"
        }
        if let cut = reply.dropAfter {
            sendAll(fd, Array((Array(head.utf8) + body).prefix(cut)))
            return
        }
        guard reply.trickle > 0 else {
            sendAll(fd, Array(head.utf8) + body)
            return
        }
        guard sendAll(fd, Array(head.utf8)) else { return }
        for byte in body {
            Thread.sleep(forTimeInterval: reply.trickle)
            guard sendAll(fd, [byte]) else { return }
        }
    }

    /// Waits `seconds`; false when the client hung up meanwhile.
    private func waitUnlessHungUp(_ fd: Int32, seconds: Double) -> Bool {
        var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        let ready = poll(&pfd, 1, Int32(seconds * 1000))
        if ready <= 0 { return true }
        var byte: UInt8 = 0
        return recv(fd, &byte, 1, Int32(MSG_PEEK)) > 0
    }

    private func readRequest(_ fd: Int32) -> Recorded? {
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        var headerEnd: Int?
        var contentLength = 0
        while true {
            if let end = headerEnd, data.count >= end + contentLength { break }
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n <= 0 { return nil }
            data.append(contentsOf: buffer[0..<n])
            if headerEnd == nil, let end = Self.find([13, 10, 13, 10], in: data) {
                headerEnd = end + 4
                let head = String(decoding: data[0..<end], as: UTF8.self)
                for line in head.split(separator: "\r\n").dropFirst() {
                    let parts = line.split(separator: ":", maxSplits: 1)
                    if parts.count == 2, parts[0].lowercased() == "content-length" {
                        contentLength = Int(parts[1].trimmingCharacters(in: .whitespaces)) ?? 0
                    }
                }
            }
        }
        guard let end = headerEnd else { return nil }
        let head = String(decoding: data[0..<(end - 4)], as: UTF8.self)
        let lines = head.split(separator: "\r\n")
        let requestLine = lines.first?.split(separator: " ") ?? []
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            let parts = line.split(separator: ":", maxSplits: 1)
            if parts.count == 2 { headers[parts[0].lowercased()] = parts[1].trimmingCharacters(in: .whitespaces) }
        }
        let body = Array(data[end..<(end + contentLength)])
        return Recorded(method: requestLine.count > 0 ? String(requestLine[0]) : "",
                        path: requestLine.count > 1 ? String(requestLine[1]) : "",
                        headers: headers, body: try? JSONParser.parse(body))
    }

    /// Sends every byte; false once the client has gone.
    @discardableResult
    private func sendAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n <= 0 { return false }
            offset += n
        }
        return true
    }

    private static func find(_ needle: [UInt8], in hay: [UInt8]) -> Int? {
        guard hay.count >= needle.count else { return nil }
        for i in 0...(hay.count - needle.count) where hay[i] == needle[0] && Array(hay[i..<(i + needle.count)]) == needle {
            return i
        }
        return nil
    }
}

public struct FixtureError: Error, CustomStringConvertible {
    public let description: String
    public init(_ d: String) { description = d }
}
