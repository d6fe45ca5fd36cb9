import DoppelJSON
import DoppelPOSIX
import DoppelProtocol
import Foundation
import Testing
@testable import DoppelServer

/// A connection stand-in that records notifications.
final class RecordingChannel: RequestChannel, @unchecked Sendable {
    let sent = Locked<[(String, JSON)]>([])
    let backlog = Locked(0)
    func sendNotification(method: String, params: JSON) { sent.withLock { $0.append((method, params)) } }
    var hasStreamRoom: Bool { backlog.current <= RequestContext.outboundHighWater }
    func waitForStreamRoom(isCancelled: () -> Bool) {
        while !hasStreamRoom, !isCancelled() { usleep(1000) }
    }
}

/// A fake monotonic clock.
final class FakeClock: @unchecked Sendable {
    let now = Locked<UInt64>(1)
    func advance(ms: UInt64) { now.withLock { $0 += ms * 1_000_000 } }
}

func makeServices(clock: FakeClock = FakeClock(), configure: (inout DaemonConfiguration) -> Void = { _ in }) -> DaemonServices {
    var configuration = DaemonConfiguration()
    configuration.workerThreads = 2
    configure(&configuration)
    let identity = DaemonIdentity(version: "0.0.0", build: "test", pid: 1, startedAt: Date(), startedNanos: 0)
    return DaemonServices(configuration: configuration, socketPath: "/nowhere", log: Logger(destination: FileDescriptor(rawValue: -1)),
                          identity: identity, methodNames: [], clock: { clock.now.current })
}

@Suite struct RequestContextTests {
    @Test func progressIsThrottledButTheFinalOneAlwaysGoesOut() {
        let clock = FakeClock(), channel = RecordingChannel()
        let context = RequestContext(id: .int(4), method: "m", params: nil, services: makeServices(clock: clock),
                                     cancellation: CancellationToken(), channel: channel)
        context.progress(done: 0, total: 10)
        context.progress(done: 1, total: 10)  // too soon: dropped
        clock.advance(ms: 100)
        context.progress(done: 2, total: 10, message: "two")
        context.progress(done: 10, total: 10)  // final: always sent
        let sent = channel.sent.current
        #expect(sent.map(\.0) == ["$/progress", "$/progress", "$/progress"])
        #expect(sent.map { $0.1["done"] } == [0, 2, 10])
        #expect(sent[1].1 == ["id": 4, "done": 2, "total": 10, "message": "two"])
    }

    @Test func chunksAreNumberedAndRespectCancellation() async throws {
        let channel = RecordingChannel()
        let token = CancellationToken()
        let context = RequestContext(id: .string("g"), method: "m", params: ["stream": true], services: makeServices(),
                                     cancellation: token, channel: channel)
        #expect(context.streaming)
        try await context.chunk(items: [1, 2])
        try context.chunkBlocking(items: [3])
        #expect(channel.sent.current.map { $0.1 } == [["id": "g", "seq": 0, "items": [1, 2]], ["id": "g", "seq": 1, "items": [3]]])
        token.cancel()
        await #expect(throws: RequestCancelled.self) { try await context.chunk(items: [4]) }
        #expect(throws: RequestCancelled.self) { try context.checkCancellation() }
    }

    @Test func computeRunsOnTheWorkerPoolAndSkipsCancelledJobs() async throws {
        let services = makeServices()
        let context = RequestContext(id: .int(1), method: "m", params: nil, services: services,
                                     cancellation: CancellationToken(), channel: RecordingChannel())
        // Inside the job the pool counts one busy worker: the work runs there, not on the caller.
        let busy = try await context.compute { services.workers.figures["busy"] }
        #expect(busy == 1)
        #expect(await eventuallyAsync { services.workers.figures["busy"] == 0 })  // the slot is freed just after the result is handed over
        #expect(try await context.compute { (1...100).reduce(0, +) } == 5050)
        context.cancellation.cancel()
        await #expect(throws: RequestCancelled.self) { _ = try await context.compute { 1 } }
    }

    @Test func installedServicesAreFoundByTypeAndReportStatus() {
        struct Cache: StatusContributor {
            let hits: Int
            var statusKey: StatusKey { .cache("plans") }
            func statusFigures() -> JSON { ["hits": .int(hits)] }
        }
        let services = makeServices()
        services.install(Cache(hits: 3))
        #expect(services.service(Cache.self)?.hits == 3)
        services.status.register(.section("llm")) { ["configured": false] }
        let report = services.statusReport()
        #expect(report["caches"]?["plans"] == ["hits": 3])
        #expect(report["llm"] == ["configured": false])
        #expect(report["build"] == "test")
    }

    @Test func theDaemonsOwnServicesAreBuiltAtStartUpAndReportInOrder() {
        let services = makeServices()
        // Built by init, before any request: the plan cache and the store already report.
        #expect(services.statusReport()["caches"]?["schemaPlans"]?["entries"] == 0)
        let sections = services.statusReport().objectValue?.keys.filter { ["llm", "datasets"].contains($0) }
        #expect(sections == ["llm", "datasets"])
        #expect(services.planning === services.planning && services.textPools === services.textPools)
    }
}

@Suite struct BackpressureTests {
    @Test func chunkWaitsWhileTheClientIsBehind() async throws {
        let channel = RecordingChannel()
        channel.backlog.withLock { $0 = RequestContext.outboundHighWater + 1 }
        let token = CancellationToken()
        let context = RequestContext(id: .int(1), method: "m", params: ["stream": true], services: makeServices(),
                                     cancellation: token, channel: channel)
        let waiting = Task { try await context.chunk(items: [1]) }
        try await Task.sleep(nanoseconds: 50_000_000)
        #expect(channel.sent.current.isEmpty)  // still held back
        channel.backlog.withLock { $0 = 0 }     // the client caught up
        try await waiting.value
        #expect(channel.sent.current.count == 1)

        channel.backlog.withLock { $0 = RequestContext.outboundHighWater + 1 }
        let cancelled = Task { try await context.chunk(items: [2]) }
        token.cancel()
        await #expect(throws: RequestCancelled.self) { try await cancelled.value }
        #expect(channel.sent.current.count == 1)
    }

    /// Submitted from this thread (no tasks), so a shared task pool kept busy
    /// by other tests cannot delay the jobs under test.
    @Test func workerPoolRefusesWorkBeyondItsQueue() throws {
        let pool = WorkerPool(threads: 1, maxQueued: 1)
        let gate = DispatchSemaphore(value: 0)
        let token = CancellationToken()
        let results = Locked<[Int: Result<Int, Error>]>([:])
        let done = DispatchSemaphore(value: 0)
        func record(_ n: Int) -> @Sendable (Result<Int, Error>) -> Void {
            { result in results.withLock { $0[n] = result }; done.signal() }
        }
        pool.submit(cancellation: token, { gate.wait(); return 1 }, completion: record(1))
        #expect(eventually { pool.figures["busy"] == 1 })
        pool.submit(cancellation: token, { 2 }, completion: record(2))
        #expect(pool.figures["queued"] == 1)
        pool.submit(cancellation: token, { 3 }, completion: record(3))
        // Refused at once, on this thread.
        let refused = results.withLock { $0[3] }
        guard case let .failure(error as RPCError)? = refused else {
            Issue.record("expected overloaded, got \(String(describing: refused))")
            return
        }
        #expect(error.code == .overloaded)
        #expect(error.retryAfter == 1)
        gate.signal()
        for _ in 0..<3 { #expect(done.wait(timeout: .now() + 60) == .success) }  // 3 (refused), 1, 2
        #expect(try results.withLock { $0[1] }?.get() == 1)
        #expect(try results.withLock { $0[2] }?.get() == 2)
    }
}

/// Polls without holding a thread of the shared task pool, so the tasks under
/// test can run on it meanwhile (other tests may be blocking the rest).
func eventuallyAsync(within seconds: Double = 20, _ condition: () -> Bool) async -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if condition() { return true }
        try? await Task.sleep(nanoseconds: 10_000_000)
    }
    return condition()
}
