import DoppelPOSIX
import Foundation
import Glibc
import Testing
@testable import DoppelServer

/// The outbound writer's state machine, driven by hand: no lock, no socket, no thread.
@Suite struct OutboundStateMachineTests {
    typealias Machine = OutboundStateMachine

    private func send(_ machine: inout Machine, _ bytes: [UInt8]) -> Machine.SendAction {
        bytes.withUnsafeBytes { machine.send($0) }
    }

    private func direct(_ machine: inout Machine, _ outcome: SendOutcome, _ bytes: [UInt8]) -> Machine.WriterAction {
        bytes.withUnsafeBytes { machine.directWriteFinished(outcome, bytes: $0) }
    }

    @Test func aSendOnAnIdleConnectionWritesDirectlyAndLetsGo() {
        var m = Machine(hardLimit: 100)
        #expect(send(&m, [1, 2, 3]) == .writeDirectly)
        #expect(m.state == .writing(.producer))
        #expect(direct(&m, .sent(3), [1, 2, 3]) == .finished)
        #expect(m.state == .idle)
        #expect(m.queuedBytes == 0)
    }

    /// The silent-connection bug: a send landing after the writer's last write
    /// but before it let go was queued and never sent. Here the writer's
    /// report is the event that would have let go, and it hands back the
    /// bytes that arrived instead.
    @Test func bytesQueuedWhileTheWriterFinishesAreWrittenByThatWriter() {
        var m = Machine(hardLimit: 100)
        #expect(send(&m, [1, 2]) == .writeDirectly)
        #expect(send(&m, [3, 4]) == .queued)  // another thread, while the first is in send(2)
        #expect(direct(&m, .sent(2), [1, 2]) == .write(bytes: [3, 4], offset: 0))
        #expect(send(&m, [5]) == .queued)
        #expect(m.writeFinished(.sent(2)) == .write(bytes: [5], offset: 0))
        #expect(m.writeFinished(.sent(1)) == .finished)
        #expect(m.state == .idle)
        #expect(send(&m, [6]) == .writeDirectly)  // the next sender is not stranded behind a ghost writer
    }

    @Test func aShortWriteIsRetriedFromWhereItStopped() {
        var m = Machine(hardLimit: 100)
        _ = send(&m, [1, 2, 3, 4, 5])
        #expect(send(&m, [6]) == .queued)
        #expect(direct(&m, .sent(2), [1, 2, 3, 4, 5]) == .write(bytes: [3, 4, 5], offset: 0))
        #expect(m.writeFinished(.sent(1)) == .write(bytes: [3, 4, 5], offset: 1))
        #expect(m.writeFinished(.sent(2)) == .write(bytes: [6], offset: 0))
        #expect(m.writeFinished(.sent(1)) == .finished)
    }

    @Test func aFullSocketHandsOverToAFlusherThatWaits() {
        var m = Machine(hardLimit: 100)
        _ = send(&m, [1, 2, 3])
        #expect(direct(&m, .wouldBlock, [1, 2, 3]) == .startFlusher)
        #expect(m.state == .writing(.flusher))
        #expect(m.queuedBytes == 3)
        #expect(send(&m, [4]) == .queued)
        #expect(m.writableWaitEnded() == .write(bytes: [1, 2, 3], offset: 0))
        #expect(m.writeFinished(.wouldBlock) == .waitWritable)  // the flusher waits; it does not start another
        #expect(m.writableWaitEnded() == .write(bytes: [1, 2, 3], offset: 0))
        #expect(m.writeFinished(.sent(3)) == .write(bytes: [4], offset: 0))
        #expect(m.writeFinished(.sent(1)) == .finished)
        #expect(m.state == .idle)
    }

    @Test func aBrokenPipeFailsOnceAndTheDescriptorIsClosedOnceByWhoeverIsLast() {
        var m = Machine(hardLimit: 100)
        _ = send(&m, [1])
        #expect(send(&m, [2]) == .queued)
        #expect(direct(&m, .failed(SystemError("send", errno: EPIPE)), [1]) == .fail(closeDescriptor: false))
        #expect(m.state == .closed)
        #expect(m.queuedBytes == 0)
        #expect(send(&m, [3]) == .dropped)
        #expect(m.close() == true)   // the reader lets go last: it closes
        #expect(m.close() == false)  // never twice
    }

    @Test func closingWhileAWriterIsInsideTheSocketLeavesTheCloseToIt() {
        var m = Machine(hardLimit: 100)
        _ = send(&m, [1, 2])
        #expect(send(&m, [3]) == .queued)
        #expect(m.close() == false)
        #expect(m.state == .closing(.producer))
        #expect(m.queuedBytes == 0)
        #expect(send(&m, [4]) == .dropped)
        #expect(direct(&m, .sent(1), [1, 2]) == .stop(closeDescriptor: true))
        #expect(m.state == .closed)
        #expect(m.close() == false)
    }

    @Test func aClientPastTheHardLimitOverflows() {
        var m = Machine(hardLimit: 4)
        _ = send(&m, [1])
        #expect(send(&m, [2, 3, 4]) == .queued)
        #expect(send(&m, [5, 6]) == .overflowed)
        #expect(m.isClosed)
        #expect(m.queuedBytes == 0)
        #expect(direct(&m, .sent(1), [1]) == .stop(closeDescriptor: false))  // the reader has not let go yet
        #expect(m.close() == true)
    }

    @Test func anAbandonedClientDropsItsBytesAndTheLastToLetGoCloses() {
        var m = Machine(hardLimit: 100)
        _ = send(&m, [1])
        _ = send(&m, [2, 3])
        let first = m.abandon(), second = m.abandon()
        #expect(first && !second)
        #expect(m.state == .closing(.producer) && m.queuedBytes == 0)
        #expect(send(&m, [4]) == .dropped)
        #expect(direct(&m, .sent(1), [1]) == .stop(closeDescriptor: false))
        #expect(m.close() == true)
    }

    /// Random interleavings of senders and a socket that takes random amounts:
    /// every byte arrives once, in order, and when the writer lets go nothing is left.
    @Test(arguments: [1, 2, 3, 42, 2026, UInt64(Date().timeIntervalSince1970)])
    func everyByteArrivesOnceInOrderUnderRandomInterleavings(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        var m = Machine(hardLimit: 1 << 30)
        var produced: [UInt8] = [], delivered: [UInt8] = []
        var next: UInt8 = 0
        var writer: Machine.WriterAction? = nil  // the writer's pending action, nil when nobody writes
        var directBytes: [UInt8]? = nil           // bytes a producer is offering directly
        for _ in 0..<5000 {
            if Bool.random(using: &rng) || (writer == nil && directBytes == nil) {
                let chunk = (0..<Int.random(in: 1...6, using: &rng)).map { _ -> UInt8 in next &+= 1; return next }
                produced += chunk
                switch send(&m, chunk) {
                case .writeDirectly:
                    #expect(writer == nil && directBytes == nil, "two writers (seed \(seed))")
                    directBytes = chunk
                case .queued: #expect(writer != nil || directBytes != nil, "queued with no writer (seed \(seed))")
                case .dropped, .overflowed: Issue.record("unexpected refusal (seed \(seed))")
                }
                continue
            }
            // The socket answers the writer.
            func outcome(for count: Int) -> SendOutcome {
                Int.random(in: 0..<4, using: &rng) == 0 ? .wouldBlock : .sent(Int.random(in: 1...count, using: &rng))
            }
            if let bytes = directBytes {
                let o = outcome(for: bytes.count)
                if case let .sent(n) = o { delivered += bytes.prefix(n) }
                directBytes = nil
                writer = direct(&m, o, bytes)
            } else if let action = writer {
                switch action {
                case let .write(bytes, offset):
                    let o = outcome(for: bytes.count - offset)
                    if case let .sent(n) = o { delivered += bytes[offset..<(offset + n)] }
                    writer = m.writeFinished(o)
                case .startFlusher, .waitWritable: writer = m.writableWaitEnded()
                case .finished: writer = nil
                case .stop, .fail: Issue.record("writer stopped (seed \(seed))"); return
                }
            }
            if writer == .finished { writer = nil }
        }
        // Drain: the writer runs to the end.
        if let bytes = directBytes { delivered += bytes; writer = direct(&m, .sent(bytes.count), bytes) }
        while let action = writer, action != .finished {
            switch action {
            case let .write(bytes, offset):
                delivered += bytes[offset...]
                writer = m.writeFinished(.sent(bytes.count - offset))
            default: writer = m.writableWaitEnded()
            }
        }
        #expect(delivered == produced, "seed \(seed)")
        #expect(m.state == .idle && m.queuedBytes == 0, "seed \(seed)")
    }
}

/// SplitMix64: a small seeded generator, so a failing draw can be replayed.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
