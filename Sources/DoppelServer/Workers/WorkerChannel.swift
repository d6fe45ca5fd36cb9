import DoppelJSON
import DoppelPOSIX
import DoppelProtocol

/// One end of the socket between the daemon and a worker: JSON-RPC messages
/// in the daemon's own framing (a 4-byte big-endian length, then the JSON).
///
/// Messages, all JSON-RPC 2.0 objects:
/// - daemon → worker: `{"id", "method": "run", "params": {"job", "fault"?}}`, one at a time;
/// - worker → daemon: `worker/ready {pid}` once at start, `$/progress {done, total, message}`
///   and `$/chunk {items}` while a job runs, then the reply `{"id", "result"}` or
///   `{"id", "error": {"code", "message", "data"}}`.
///
/// - Important: one thread sends and one receives at a time.
final class WorkerChannel: @unchecked Sendable {
    /// Frames between the two processes may hold a whole inline result.
    static let maxFrameBytes = 1 << 30
    let descriptor: FileDescriptor
    // Only the receiving thread touches the decoder.
    private var decoder = FrameDecoder(maxFrameBytes: WorkerChannel.maxFrameBytes)
    private var buffer = [UInt8](repeating: 0, count: 64 * 1024)

    /// The end of the stream: the other process closed its end or died.
    struct Closed: Error {}

    init(_ descriptor: FileDescriptor) { self.descriptor = descriptor }

    func send(_ message: JSON) throws {
        var bytes: [UInt8] = []
        let start = FrameEncoder.beginFrame(in: &bytes)
        bytes.append(contentsOf: message.serializedBytes())
        FrameEncoder.endFrame(in: &bytes, start: start)
        try descriptor.sendAll(bytes)
    }

    func notify(_ method: String, _ params: JSON) throws {
        try send(["jsonrpc": "2.0", "method": .string(method), "params": params])
    }

    /// The next message; nil when `timeoutMilliseconds` pass first (−1 waits for ever).
    /// - Throws: `Closed` at the end of the stream; a framing or JSON error for bytes that are not a message.
    func receive(timeoutMilliseconds: Int32 = -1) throws -> JSON? {
        while true {
            if let message = try decoder.nextFrame({ try JSONParser.parse(buffer: $0) }) { return message }
            if timeoutMilliseconds >= 0, try !descriptor.waitReadable(timeoutMilliseconds: timeoutMilliseconds) { return nil }
            let n = try buffer.withUnsafeMutableBytes { try descriptor.read(into: $0) }
            if n == 0 { throw Closed() }
            buffer.withUnsafeBytes { decoder.append(UnsafeRawBufferPointer(rebasing: $0[0..<n])) }
        }
    }

    func close() { descriptor.close() }
}
