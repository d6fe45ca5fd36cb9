import Testing
@testable import DoppelServer

/// The lifecycle state machine driven by a fake clock (nanoseconds).
@Suite struct DaemonLifecycleTests {
    let s: UInt64 = 1_000_000_000

    @Test func idleTimeoutFiresOnlyWithNoConnectionsAndNoWork() {
        var life = DaemonLifecycle(now: 0, idleTimeoutSeconds: 10, drainTimeoutSeconds: 10)
        #expect(life.idleDeadline == 10 * s)
        life.connectionOpened(now: 1 * s)
        #expect(life.idleDeadline == nil)
        #expect(life.tick(now: 20 * s) == [])
        life.requestStarted(now: 20 * s)
        #expect(life.connectionClosed(now: 21 * s) == [])
        #expect(life.tick(now: 40 * s) == [])  // work still running
        #expect(life.requestFinished(now: 41 * s) == [])
        #expect(life.idleDeadline == 51 * s)
        #expect(life.tick(now: 50 * s) == [])
        #expect(life.tick(now: 51 * s) == [.beginDrain(reason: "idle timeout"), .exit(code: 0)])
        #expect(life.phase == .stopped)
    }

    @Test func zeroIdleTimeoutNeverExits() {
        var life = DaemonLifecycle(now: 0, idleTimeoutSeconds: 0, drainTimeoutSeconds: 10)
        #expect(life.idleDeadline == nil)
        #expect(life.tick(now: 1_000_000 * s) == [])
    }

    @Test func shutdownDrainsThenExitsWhenWorkFinishes() {
        var life = DaemonLifecycle(now: 0, idleTimeoutSeconds: 0, drainTimeoutSeconds: 10)
        life.requestStarted(now: 1 * s)
        life.requestStarted(now: 1 * s)
        #expect(life.shutdownRequested(reason: "SIGTERM", now: 2 * s) == [.beginDrain(reason: "SIGTERM")])
        #expect(!life.isRunning)
        #expect(life.shutdownRequested(reason: "again", now: 2 * s) == [])
        #expect(life.requestFinished(now: 3 * s) == [])
        #expect(life.requestFinished(now: 4 * s) == [.exit(code: 0)])
    }

    @Test func drainDeadlineCancelsThenExits() {
        var life = DaemonLifecycle(now: 0, idleTimeoutSeconds: 0, drainTimeoutSeconds: 10)
        life.requestStarted(now: 0)
        _ = life.shutdownRequested(reason: "shutdown request", now: 1 * s)
        #expect(life.tick(now: 10 * s) == [])
        #expect(life.tick(now: 11 * s) == [.cancelRemaining])
        #expect(life.tick(now: 11 * s + DaemonLifecycle.cancelGraceNanos - 1) == [])
        #expect(life.tick(now: 11 * s + DaemonLifecycle.cancelGraceNanos) == [.exit(code: 0)])
    }

    @Test func shutdownWithNothingRunningExitsAtOnce() {
        var life = DaemonLifecycle(now: 0, idleTimeoutSeconds: 5, drainTimeoutSeconds: 10)
        life.connectionOpened(now: 0)
        #expect(life.shutdownRequested(reason: "SIGINT", now: 1) == [.beginDrain(reason: "SIGINT"), .exit(code: 0)])
        #expect(life.figures.state == "stopped")
    }
}
