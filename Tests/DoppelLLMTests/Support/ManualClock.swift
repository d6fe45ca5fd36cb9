import DoppelLLM
import Foundation

/// A clock the test drives: `sleep` returns at once, recording the wait and
/// moving time forward by it.
///
/// `@unchecked Sendable`: members are reached only under `lock`.
final class ManualClock: LLMClock, @unchecked Sendable {
    private let lock = NSLock()
    private var time: Double
    private var waits: [Double] = []

    init(now: Double = 1_700_000_000) { time = now }

    func now() -> Double { lock.withLock { time } }

    func sleep(seconds: Double) async throws {
        lock.withLock {
            waits.append(seconds)
            time += seconds
        }
    }

    /// Every wait asked for, in order.
    var sleeps: [Double] { lock.withLock { waits } }

    func advance(by seconds: Double) { lock.withLock { time += seconds } }
    func set(_ now: Double) { lock.withLock { time = now } }
}

/// Collects warnings from the code under test.
final class WarningLog: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []

    var sink: @Sendable (String) -> Void { { [self] line in lock.withLock { lines.append(line) } } }
    var all: [String] { lock.withLock { lines } }
}

/// A fresh directory under the system temp dir, removed by `remove()`.
struct TemporaryDirectory {
    let path: String

    init(_ label: String = "llm") throws {
        path = NSTemporaryDirectory() + "doppel-llm-tests-\(label)-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }

    /// Every regular file below the directory, recursively.
    func files() -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: path) else { return [] }
        var out: [String] = []
        for case let relative as String in walker {
            var isDirectory: ObjCBool = false
            let full = path + "/" + relative
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue { out.append(full) }
        }
        return out
    }
}
