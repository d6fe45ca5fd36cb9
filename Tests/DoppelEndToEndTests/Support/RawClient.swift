import DoppelJSON
import DoppelPOSIX
import DoppelProtocol
import Foundation

/// A client at the level of frames and JSON, to test the daemon's handling of
/// anything a client might send.
final class RawClient {
    let fd: FileDescriptor
    private var decoder = FrameDecoder(maxFrameBytes: 64 * 1024 * 1024)
    private var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    private var closed = false

    init(socketPath: String) throws {
        fd = try UnixSocket.connect(path: socketPath)
    }

    deinit { close() }

    func close() {
        guard !closed else { return }
        closed = true
        fd.close()
    }

    func send(_ json: JSON) throws { try sendRaw(FrameEncoder.frame(json.serializedBytes())) }

    func sendPayload(_ text: String) throws { try sendRaw(FrameEncoder.frame(Array(text.utf8))) }

    func sendRaw(_ bytes: [UInt8]) throws { try fd.sendAll(bytes) }

    /// The next message as JSON; throws on timeout, end of stream or a bad frame.
    func receive(timeout: Double = 10) throws -> JSON {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let frame = try decoder.next() { return try JSONParser.parse(frame) }
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0, try fd.waitReadable(timeoutMilliseconds: Int32(remaining * 1000) + 1) else {
                throw TestFailure("no message within \(timeout) s")
            }
            let n = try buffer.withUnsafeMutableBytes { try fd.read(into: $0) }
            if n == 0 { throw EndOfStream() }
            decoder.append(contentsOf: buffer[0..<n])
        }
    }

    /// The response with `id`, collecting the notifications that come before it.
    func response(id: JSON, timeout: Double = 10, notifications: inout [JSON]) throws -> JSON {
        while true {
            let message = try receive(timeout: timeout)
            if message["method"] != nil { notifications.append(message); continue }
            if message["id"] == id { return message }
            throw TestFailure("expected the response to \(id.serialized()), got \(message.serialized())")
        }
    }

    func response(id: JSON, timeout: Double = 10) throws -> JSON {
        var ignored: [JSON] = []
        return try response(id: id, timeout: timeout, notifications: &ignored)
    }

    /// Sends a request and returns its response.
    func call(_ method: String, params: JSON? = nil, id: JSON = 1, timeout: Double = 10) throws -> JSON {
        var request: JSONObject = JSONObject([("jsonrpc", "2.0"), ("id", id), ("method", .string(method))])
        if let params { request["params"] = params }
        try send(.object(request))
        return try response(id: id, timeout: timeout)
    }

    /// True once the daemon has closed the connection (reads end of stream).
    func isClosedByPeer(timeout: Double = 10) -> Bool {
        do {
            while true { _ = try receive(timeout: timeout) }
        } catch is EndOfStream {
            return true
        } catch {
            return error is SystemError  // a reset counts as closed
        }
    }
}

struct EndOfStream: Error {}
