import DoppelJSON
import DoppelPOSIX
import Foundation

/// Runs blocking `body` (waiting on a daemon, a socket, a child process) on a
/// thread of its own and suspends until it is done.
///
/// Swift Testing runs tests on the shared cooperative pool, which has one
/// thread per core; a test that blocks one of them while it waits stalls
/// every task other tests start. Async tests that wait through this hold a
/// pool thread only while they compute, and their `#expect`s stay in the
/// test's own task.
func offPool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result(catching: body)) }.start()
    }
}

// A RawClient or TestDaemon is used by one test at a time; offPool hands it to
// another thread only while the test awaits it, so no two threads touch it at once.
extension RawClient: @unchecked Sendable {}
extension TestDaemon: @unchecked Sendable {}

extension RawClient {
    /// `call` without holding a thread of the shared pool.
    func callAsync(_ method: String, params: JSON? = nil, id: JSON = 1, timeout: Double = 60) async throws -> JSON {
        try await offPool { try self.call(method, params: params, id: id, timeout: timeout) }
    }

    /// `response(id:notifications:)` without holding a thread of the shared pool.
    func responseAsync(id: JSON, timeout: Double = 60) async throws -> (response: JSON, notifications: [JSON]) {
        try await offPool {
            var notifications: [JSON] = []
            let response = try self.response(id: id, timeout: timeout, notifications: &notifications)
            return (response, notifications)
        }
    }
}

extension TestDaemon {
    /// Starts a daemon (see `init`) without holding a thread of the shared pool.
    static func start(extraArguments: [String] = [], directory: TemporaryDirectory? = nil,
                      environment: [String: String] = [:]) async throws -> TestDaemon {
        try await offPool { try TestDaemon(extraArguments: extraArguments, directory: directory, environment: environment) }
    }

    /// Connects without holding a thread of the shared pool.
    func connectAsync() async throws -> RawClient { try await offPool { try self.connect() } }

    /// `terminate()` without holding a thread of the shared pool.
    func terminateAsync(signal: Int32 = Signals.terminate) async throws -> Int32? { try await offPool { self.terminate(signal: signal) } }
}

/// `runCLI` without holding a thread of the shared pool.
func runCLIAsync(_ arguments: [String], environment: [String: String] = [:]) async throws -> CLIResult {
    try await offPool { try runCLI(arguments, environment: environment) }
}

/// `eventually` polling with `Task.sleep`, so waiting holds no thread of the shared pool.
func eventuallyAsync(within seconds: Double = 10, _ condition: () async throws -> Bool) async rethrows -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if try await condition() { return true }
        try? await Task.sleep(nanoseconds: 10_000_000)
    }
    return try await condition()
}
