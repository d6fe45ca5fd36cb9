import DoppelPOSIX
import Testing
@testable import DoppelServer

/// The accept loop's wait and log after failures, with the time given by the test.
@Suite struct AcceptBackoffTests {
    @Test func failuresAreLoggedOncePerIntervalAndTheWaitGrowsToASecond() {
        var backoff = AcceptBackoff()
        var logged: [String] = []
        var waits: [Int] = []
        // 20 failures a second for 25 seconds (what EMFILE did before).
        for step in 0..<500 {
            let now = UInt64(step) * 50_000_000
            let (wait, line) = backoff.failed(now: now, reason: "accept: Too many open files")
            waits.append(wait)
            if let line { logged.append(line) }
        }
        #expect(logged.count == 3)  // at 0 s, 10 s and 20 s
        #expect(logged[0] == "accept failed: accept: Too many open files; retrying in up to 1000 ms")
        #expect(logged[1].hasSuffix("(199 more failures since the last report)"))
        #expect(Array(waits.prefix(8)) == [10, 20, 40, 80, 160, 320, 640, 1000])
        #expect(waits.last == 1000)
        backoff.succeeded()
        #expect(backoff.failed(now: 25_000_000_000, reason: "x").waitMilliseconds == 10)
    }
}

@Suite struct DaemonSignalTests {
    @Test func eachWatchedSignalHasItsResponse() {
        #expect(DaemonSignal.response(to: Signals.terminate) == .shutDown(reason: "SIGTERM"))
        #expect(DaemonSignal.response(to: Signals.interrupt) == .shutDown(reason: "SIGINT"))
        #expect(DaemonSignal.response(to: Signals.hangup) == .reopenLog)
        #expect(DaemonSignal.response(to: Signals.user1) == .ignore(name: "SIGUSR1"))
        #expect(DaemonSignal.response(to: Signals.user2) == .ignore(name: "SIGUSR2"))
    }
}
