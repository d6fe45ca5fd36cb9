import DoppelText
import DoppelEngine

/// Reads an HTTP/1.1 response from bytes fed in pieces of any size: the
/// status line, headers, and a body framed by `Content-Length`, `chunked`
/// transfer coding, or the end of the connection.
///
/// Pure: no sockets. It refuses a head over `maxHeadBytes` and a body over
/// `maxBodyBytes` before holding them, and tells a reply cut off by a closed
/// connection (`finish()` throws `.connectionLost`) from a complete one.
struct HTTP1ResponseReader {
    enum Problem: Error, Equatable {
        /// Not an HTTP/1.x response, or bad framing; the text says what.
        case malformed(String)
        case tooLarge(limit: Int)
        case connectionLost
    }

    private enum Framing: Equatable {
        case head
        case length(remaining: Int)
        case chunkSize
        case chunkData(remaining: Int)
        case chunkDataEnd
        case trailers
        case untilClose
        case done
    }

    static let maxHeadBytes = 64 * 1024

    let maxBodyBytes: Int
    private(set) var status = 0
    /// Header names in lower case; a repeated header keeps its last value.
    private(set) var headers: [String: String] = [:]
    private(set) var bodyBytes = 0
    private var framing = Framing.head
    private var pending: [UInt8] = []

    init(maxBodyBytes: Int) { self.maxBodyBytes = maxBodyBytes }

    /// True once the head has been read.
    var hasHead: Bool { framing != .head }
    /// True once the body is complete (a close-delimited body completes at `finish()`).
    var isComplete: Bool { framing == .done }

    /// Takes the next bytes from the connection; returns the body bytes they complete.
    mutating func feed(_ bytes: [UInt8]) throws(Problem) -> [UInt8] {
        pending += bytes
        var body: [UInt8] = []
        var progressed = true
        while progressed && framing != .done {
            progressed = try step(into: &body)
        }
        return body
    }

    /// The connection ended: complete for a close-delimited body, else `.connectionLost`.
    mutating func finish() throws(Problem) {
        switch framing {
        case .done: return
        case .untilClose: framing = .done
        default: throw .connectionLost
        }
    }

    private mutating func step(into body: inout [UInt8]) throws(Problem) -> Bool {
        switch framing {
        case .head:
            guard let end = Self.find([13, 10, 13, 10], in: pending) else {
                if pending.count > Self.maxHeadBytes { throw .malformed("the reply's header is over \(Self.maxHeadBytes) bytes") }
                return false
            }
            try parseHead(Array(pending[..<end]))
            pending.removeFirst(end + 4)
            return true
        case let .length(remaining):
            guard !pending.isEmpty else { return false }
            let n = min(remaining, pending.count)
            try take(n, into: &body)
            framing = remaining == n ? .done : .length(remaining: remaining - n)
            return true
        case .untilClose:
            guard !pending.isEmpty else { return false }
            try take(pending.count, into: &body)
            return false
        case .chunkSize:
            guard let line = takeLine() else { return false }
            let digits = String(line.prefix { $0 != ";" }).trimmingWhitespace()
            guard let size = Int(digits, radix: 16), size >= 0 else {
                throw .malformed("a chunk size is not hexadecimal (\(String(digits.prefix(20))))")
            }
            framing = size == 0 ? .trailers : .chunkData(remaining: size)
            return true
        case let .chunkData(remaining):
            guard !pending.isEmpty else { return false }
            let n = min(remaining, pending.count)
            try take(n, into: &body)
            framing = remaining == n ? .chunkDataEnd : .chunkData(remaining: remaining - n)
            return true
        case .chunkDataEnd:
            guard let line = takeLine() else { return false }
            guard line.isEmpty else { throw .malformed("a chunk does not end with CRLF") }
            framing = .chunkSize
            return true
        case .trailers:
            guard let line = takeLine() else { return false }
            if line.isEmpty { framing = .done }
            return true
        case .done:
            return false
        }
    }

    private mutating func take(_ n: Int, into body: inout [UInt8]) throws(Problem) {
        guard bodyBytes + n <= maxBodyBytes else { throw .tooLarge(limit: maxBodyBytes) }
        bodyBytes += n
        body += pending[..<n]
        pending.removeFirst(n)
    }

    private mutating func takeLine() -> String? {
        guard let end = Self.find([13, 10], in: pending) else { return nil }
        let line = String(decoding: pending[..<end], as: UTF8.self)
        pending.removeFirst(end + 2)
        return line
    }

    private mutating func parseHead(_ head: [UInt8]) throws(Problem) {
        let lines = String(decoding: head, as: UTF8.self).split(separator: "\r\n", omittingEmptySubsequences: false)
        let statusLine = lines.first.map(String.init) ?? ""
        let parts = statusLine.split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, parts[0].hasPrefix("HTTP/1."), let code = Int(parts[1]), (100...999).contains(code) else {
            throw .malformed("the reply does not start with an HTTP/1.x status line")
        }
        status = code
        headers = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[String(line[..<colon]).trimmingWhitespace().lowercased()] = String(line[line.index(after: colon)...]).trimmingWhitespace()
        }
        if (100..<200).contains(code) {
            // An interim reply (100 Continue): the real head follows.
            framing = .head
            return
        }
        if code == 204 || code == 304 {
            framing = .done
        } else if headers["transfer-encoding"]?.lowercased().contains("chunked") == true {
            framing = .chunkSize
        } else if let text = headers["content-length"] {
            guard let length = Int(text), length >= 0 else { throw .malformed("Content-Length is not a number (\(text))") }
            guard length <= maxBodyBytes else { throw .tooLarge(limit: maxBodyBytes) }
            framing = length == 0 ? .done : .length(remaining: length)
        } else {
            framing = .untilClose
        }
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        var i = 0
        while i <= haystack.count - needle.count {
            if haystack[i] == needle[0] && Array(haystack[i..<(i + needle.count)]) == needle { return i }
            i += 1
        }
        return nil
    }
}
