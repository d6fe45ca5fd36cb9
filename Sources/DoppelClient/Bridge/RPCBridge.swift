import DoppelJSON
import DoppelPOSIX
import DoppelProtocol
import Foundation

/// `doppel rpc`: JSON-RPC messages as lines on one side, frames on the other.
///
/// Each input line is sent as one frame, untouched (a malformed line gets the
/// daemon's −32700 like any other client). Each frame from the daemon is
/// written as one line. At the end of input the bridge waits until every
/// request that expects a reply has one.
public final class RPCBridge: @unchecked Sendable {
    // @unchecked: the socket is written by the input loop and read by the
    // output thread only; the counters are guarded by `condition`.
    private let connection: ClientConnection
    private let condition = NSCondition()
    private var expected = 0
    private var received = 0
    private var closed = false

    public enum Outcome: Sendable, Equatable {
        case completed
        case failed(String)
    }

    public init(connection: ClientConnection) { self.connection = connection }

    /// Runs until input ends and replies are in, or the daemon goes away.
    /// - Parameter drainTimeout: seconds to wait for replies after the input ends; nil or 0: for ever.
    public func run(input: FileDescriptor, output: FileDescriptor, drainTimeout: Double?) -> Outcome {
        let reader = Thread { [self] in pumpReplies(to: output) }
        reader.name = "doppel-rpc-replies"
        reader.start()

        var pending: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = (try? chunk.withUnsafeMutableBytes { try input.read(into: $0) }) ?? 0
            if n > 0 { pending.append(contentsOf: chunk[0..<n]) }
            while let newline = pending.firstIndex(of: 0x0A) {
                let line = Array(pending[..<newline])
                pending.removeSubrange(...newline)
                if let failure = forward(line) { return failure }
            }
            if n == 0 {
                if let failure = forward(pending) { return failure }
                break
            }
        }

        let deadline = drainTimeout.flatMap { $0 > 0 ? Date().addingTimeInterval($0) : nil }
        condition.lock()
        defer { condition.unlock() }
        while received < expected && !closed {
            if let deadline {
                if !condition.wait(until: deadline) { return .failed("timed out waiting for \(expected - received) replies") }
            } else {
                condition.wait()
            }
        }
        if received < expected { return .failed("the daemon closed the connection before replying to every request") }
        return .completed
    }

    /// Sends one line (ignoring blank ones); nil on success.
    private func forward(_ line: [UInt8]) -> Outcome? {
        var body = line
        if body.last == 0x0D { body.removeLast() }
        guard body.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { return nil }
        let expectsReply: Bool
        if let json = try? JSONParser.parse(body), case let .object(o) = json {
            expectsReply = o["id"] != nil || o["method"] == nil
        } else {
            expectsReply = true  // the daemon answers malformed JSON and batches with an error
        }
        if expectsReply {
            condition.lock()
            expected += 1
            condition.unlock()
        }
        do {
            try connection.sendFrame(payload: body)
        } catch {
            return .failed("the daemon closed the connection")
        }
        return nil
    }

    private func pumpReplies(to output: FileDescriptor) {
        while true {
            guard let frame = try? connection.receiveFrame() else { break }
            var line = frame
            line.append(0x0A)
            try? output.writeAll(line)
            let isReply: Bool
            if let json = try? JSONParser.parse(frame), case let .object(o) = json {
                isReply = o["method"] == nil
            } else {
                isReply = false
            }
            if isReply {
                condition.lock()
                received += 1
                condition.broadcast()
                condition.unlock()
            }
        }
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }
}
