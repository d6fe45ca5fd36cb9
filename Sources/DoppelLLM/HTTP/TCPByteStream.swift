import DoppelPOSIX
import Foundation
import DoppelText

/// The LLM client's `ByteStream` over a TCP socket from DoppelPOSIX: waits
/// in `poll`, so a thread waiting on a model costs no CPU.
public final class TCPByteStream: ByteStream, @unchecked Sendable {
    // @unchecked: `fd` never changes; `closed` is reached only under `lock`.
    // The descriptor is closed once, in deinit, after every user is done with
    // it; `close()` only shuts it down, which wakes a thread blocked in poll.
    private let fd: FileDescriptor
    private let lock = NSLock()
    private var closed = false

    init(fd: FileDescriptor) { self.fd = fd }

    deinit { fd.close() }

    public func send(_ bytes: [UInt8]) throws(ByteStreamFailure) {
        do { try fd.sendAll(bytes) } catch { throw .lost }
    }

    public func receive(maxBytes: Int, within seconds: Double) throws(ByteStreamFailure) -> [UInt8] {
        let millis = Int32(max(1, min(seconds * 1000, Double(Int32.max - 1))).rounded(.up))
        do {
            guard try fd.waitReadable(timeoutMilliseconds: millis) else { throw ByteStreamFailure.timeout }
            if lock.withLock({ closed }) { return [] }
            var buffer = [UInt8](repeating: 0, count: max(1, maxBytes))
            let n = try buffer.withUnsafeMutableBytes { try fd.read(into: $0) }
            return Array(buffer[..<n])
        } catch let failure as ByteStreamFailure {
            throw failure
        } catch {
            throw .lost
        }
    }

    public func close() {
        let first = lock.withLock { () -> Bool in
            defer { closed = true }
            return !closed
        }
        if first { fd.shutdownBoth() }
    }
}

/// Connects `TCPByteStream`s (DoppelPOSIX sockets).
public struct TCPConnector: ByteStreamConnector {
    public init() {}

    public func connect(host: String, port: Int, within seconds: Double) throws(ByteStreamFailure) -> any ByteStream {
        let millis = Int32(max(1, min(seconds * 1000, Double(Int32.max - 1))).rounded(.up))
        do {
            return TCPByteStream(fd: try TCPSocket.connect(host: host, port: port, timeoutMilliseconds: millis))
        } catch let error as SystemError {
            if error.isTimedOut { throw .timeout }
            if error.isConnectionRefused { throw .unreachable("connection refused") }
            if error.isHostNotFound { throw .unreachable("host not found") }
            throw .unreachable(error.description)
        } catch {
            throw .unreachable("\(error)")
        }
    }
}
