import DoppelProtocol
import Foundation
import Testing
@testable import DoppelServer

/// A job waiting for a slow client gives its worker back. Submitted from
/// plain threads, so a busy shared task pool cannot delay the jobs under test.
@Suite struct WorkerPoolPauseTests {
    @Test func aPausedJobHoldsNoWorkerAndResumesBeforeQueuedWork() {
        let pool = WorkerPool(threads: 1, maxQueued: 8)
        let token = CancellationToken()
        let clientCaughtUp = DispatchSemaphore(value: 0)
        let order = Locked<[String]>([])
        let done = DispatchSemaphore(value: 0)
        pool.submit(cancellation: token, {
            try pool.paused { clientCaughtUp.wait() }
            order.withLock { $0.append("stream") }
        }, completion: { _ in done.signal() })
        #expect(eventually { pool.figures["paused"] == 1 })
        // The only worker is free while the stream waits: other work runs.
        pool.submit(cancellation: token, { order.withLock { $0.append("other") } }, completion: { _ in done.signal() })
        #expect(done.wait(timeout: .now() + 20) == .success)
        #expect(order.current == ["other"])
        clientCaughtUp.signal()
        #expect(done.wait(timeout: .now() + 20) == .success)
        #expect(order.current == ["other", "stream"])
        #expect(eventually { pool.figures["busy"] == 0 && pool.figures["paused"] == 0 })
    }

    @Test func tooManyPausedJobsAreRefusedOverloaded() {
        let pool = WorkerPool(threads: 1, maxQueued: 8, maxPaused: 1)
        let token = CancellationToken()
        let release = DispatchSemaphore(value: 0)
        let results = Locked<[Result<Int, Error>]>([])
        let done = DispatchSemaphore(value: 0)
        for _ in 0..<2 {
            pool.submit(cancellation: token, { try pool.paused { release.wait() }; return 1 },
                        completion: { r in results.withLock { $0.append(r) }; done.signal() })
        }
        // The first pauses; the second finds the pause full and is refused at once.
        #expect(done.wait(timeout: .now() + 20) == .success)
        let refused = results.current.first
        if case let .failure(error as RPCError)? = refused {
            #expect(error.code == .overloaded)
            #expect(error.retryAfter == 1)
        } else {
            Issue.record("expected OVERLOADED, got \(String(describing: refused))")
        }
        release.signal()
        #expect(done.wait(timeout: .now() + 20) == .success)
    }
}
