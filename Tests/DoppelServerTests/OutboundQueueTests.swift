import DoppelPOSIX
import Foundation
import Glibc
import Testing
@testable import DoppelServer

/// A socket whose `send` answers from a script (`EAGAIN`, `EPIPE`, short
/// writes), recording what it took and what was shut and closed.
final class ScriptedSocket: @unchecked Sendable {
    enum Step { case take(Int), takeAll, fail(Int32) }
    let state = Locked<(script: [Step], taken: [UInt8], shutdowns: Int, closes: Int, polls: Int)>(([], [], 0, 0, 0))

    init(_ script: [Step]) { state.withLock { $0.script = script } }

    var calls: SocketCalls {
        SocketCalls(
            send: { [self] _, bytes in
                state.withLock { s in
                    let step = s.script.isEmpty ? .takeAll : s.script.removeFirst()
                    switch step {
                    case let .take(n):
                        let n = min(n, bytes.count)
                        s.taken += bytes.prefix(n)
                        return (n, 0)
                    case .takeAll:
                        s.taken += bytes
                        return (bytes.count, 0)
                    case let .fail(error):
                        return (-1, error)
                    }
                }
            },
            pollWritable: { [self] _, _ in state.withLock { $0.polls += 1 }; return (1, 0) },
            shutdown: { [self] _ in state.withLock { $0.shutdowns += 1 } },
            close: { [self] _ in state.withLock { $0.closes += 1 } })
    }

    func queue(budget: OutboundBudget = OutboundBudget(limit: 1 << 30), hardLimit: Int = 1 << 30) -> OutboundQueue {
        OutboundQueue(socket: OutboundSocket(fd: FileDescriptor(rawValue: -1), calls: calls), hardLimit: hardLimit, budget: budget)
    }
}

@Suite struct OutboundQueueTests {
    @Test func shortWritesAndEAGAINStillDeliverEveryByteInOrder() {
        let socket = ScriptedSocket([.take(2), .fail(EINTR), .fail(EAGAIN), .take(1), .fail(EWOULDBLOCK)])
        let budget = OutboundBudget(limit: 1 << 30)
        let queue = socket.queue(budget: budget)
        queue.send(Array(1...6))
        queue.send(Array(7...9))
        #expect(eventually { socket.state.current.taken == Array(1...9) })
        #expect(eventually { queue.queuedBytes == 0 && budget.queuedBytes == 0 })
        #expect(socket.state.current.polls >= 1)  // the flusher waited for writability
        #expect(socket.state.current.shutdowns == 0)
    }

    @Test func aBrokenPipeShutsTheSocketDropsTheRestAndClosesOnce() {
        let socket = ScriptedSocket([.take(1), .fail(EPIPE)])
        let budget = OutboundBudget(limit: 1 << 30)
        let queue = socket.queue(budget: budget)
        queue.send([1, 2, 3])
        #expect(socket.state.current.shutdowns == 1)
        queue.send([4])  // dropped: the peer is gone
        #expect(socket.state.current.taken == [1])
        #expect(queue.queuedBytes == 0 && budget.queuedBytes == 0)
        #expect(socket.state.current.closes == 0)  // the reader still holds it
        queue.close()
        queue.close()
        #expect(socket.state.current.closes == 1)
    }

    @Test func aClientPastTheHardLimitIsShutOut() {
        let socket = ScriptedSocket([.fail(EAGAIN)] + Array(repeating: .fail(EAGAIN), count: 10_000))
        let queue = socket.queue(hardLimit: 10)
        queue.send(Array(repeating: 1, count: 8))
        queue.send(Array(repeating: 2, count: 8))  // 16 > 10
        #expect(eventually { socket.state.current.shutdowns == 1 })
        #expect(queue.queuedBytes == 0)
        queue.close()
        #expect(eventually { socket.state.current.closes == 1 })
    }

    /// The errno → outcome mapping of the seam itself.
    @Test func theSeamMapsErrnoToOutcomes() {
        let bytes: [UInt8] = [1, 2, 3]
        func outcome(_ step: ScriptedSocket.Step) -> SendOutcome {
            let s = ScriptedSocket([step])
            return bytes.withUnsafeBytes { OutboundSocket(fd: FileDescriptor(rawValue: -1), calls: s.calls).send($0) }
        }
        #expect(outcome(.take(2)) == .sent(2))
        #expect(outcome(.fail(EAGAIN)) == .wouldBlock)
        #expect(outcome(.fail(EPIPE)) == .failed(SystemError("send", errno: EPIPE)))
        #expect(outcome(.fail(ECONNRESET)) == .failed(SystemError("send", errno: ECONNRESET)))
    }

    /// The real calls on a real socket pair: a full buffer is EAGAIN, a closed peer EPIPE.
    @Test func theSystemCallsReportAFullBufferAndAGonePeer() throws {
        let (a, b) = try UnixSocket.pair()
        defer { a.close() }
        let socket = OutboundSocket(fd: a)
        let big = [UInt8](repeating: 7, count: 1 << 20)
        var sawShortOrFull = false
        for _ in 0..<64 {
            let outcome = big.withUnsafeBytes { socket.send($0) }
            if outcome == .wouldBlock { sawShortOrFull = true; break }
            if case let .sent(n) = outcome, n < big.count { sawShortOrFull = true }
        }
        #expect(sawShortOrFull)
        #expect(socket.waitWritable(timeoutMilliseconds: 0) == false)
        b.close()
        let afterClose = big.withUnsafeBytes { socket.send($0) }
        #expect(afterClose == .failed(SystemError("send", errno: EPIPE)) || afterClose == .failed(SystemError("send", errno: ECONNRESET)))
    }

    /// Many threads sending on one real socket while its client reads slowly:
    /// every frame arrives, in each thread's order.
    @Test func concurrentSendersOnARealSocketLoseNothing() throws {
        let (server, client) = try UnixSocket.pair()
        defer { client.close() }
        let budget = OutboundBudget(limit: 1 << 30)
        let queue = OutboundQueue(socket: OutboundSocket(fd: server), hardLimit: 1 << 30, budget: budget)
        let threads = 6, perThread = 2000
        let group = DispatchGroup()
        for t in 0..<threads {
            group.enter()
            Thread {
                for i in 0..<perThread { queue.send([UInt8(t), UInt8(i & 0xFF), UInt8(i >> 8), 0xEE]) }
                group.leave()
            }.start()
        }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while received.count < threads * perThread * 4 {
            guard try client.waitReadable(timeoutMilliseconds: 20_000) else { break }
            let n = try buffer.withUnsafeMutableBytes { try client.read(into: $0) }
            if n == 0 { break }
            received += buffer[0..<n]
        }
        group.wait()
        #expect(received.count == threads * perThread * 4)
        var nextIndex = [Int](repeating: 0, count: threads)
        var inOrder = true
        for frame in stride(from: 0, to: received.count - 3, by: 4) {
            let t = Int(received[frame]), i = Int(received[frame + 1]) | Int(received[frame + 2]) << 8
            if received[frame + 3] != 0xEE || t >= threads || nextIndex[t] != i { inOrder = false; break }
            nextIndex[t] += 1
        }
        #expect(inOrder)
        #expect(eventually { budget.queuedBytes == 0 })
        queue.close()
    }
}

@Suite struct OutboundAbandonTests {
    @Test func abandoningAClientFreesWhatWaitsAndShutsItsSocketOnce() {
        let socket = ScriptedSocket(Array(repeating: .fail(EAGAIN), count: 10_000))
        let budget = OutboundBudget(limit: 1 << 30)
        let queue = socket.queue(budget: budget)
        queue.send(Array(repeating: 1, count: 100))
        queue.send(Array(repeating: 2, count: 100))
        #expect(eventually { budget.queuedBytes == 200 })
        #expect(queue.abandon())
        #expect(!queue.abandon())
        #expect(budget.queuedBytes == 0 && queue.queuedBytes == 0)
        #expect(socket.state.current.shutdowns == 1)
        queue.send([3])  // dropped
        #expect(queue.queuedBytes == 0)
        queue.close()
        #expect(eventually { socket.state.current.closes == 1 })
    }
}
