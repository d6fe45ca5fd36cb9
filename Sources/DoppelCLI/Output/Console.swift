import DoppelPOSIX
import Foundation

/// Where the CLI writes: data to standard output, messages to standard error.
public protocol Console: AnyObject, Sendable {
    func out(_ text: String)
    func err(_ text: String)
    /// Progress and colour only when a person is watching standard error.
    var errorIsTerminal: Bool { get }
}

/// The process's own standard output and error.
public final class StandardConsole: Console {
    public init() {}

    public func out(_ text: String) { try? FileDescriptor.standardOutput.writeAll(Array(text.utf8)) }
    public func err(_ text: String) { try? FileDescriptor.standardError.writeAll(Array(text.utf8)) }
    public var errorIsTerminal: Bool { FileDescriptor.standardError.isTerminal }
}

/// Collects output in memory, for tests of help, usage errors and progress.
///
/// `@unchecked Sendable`: both buffers are guarded by `lock`.
public final class CapturingConsole: Console, @unchecked Sendable {
    private let lock = NSLock()
    private var stdout = ""
    private var stderr = ""
    private let terminal: Bool

    /// - Parameter terminal: whether to pose as a terminal on standard error (progress is drawn only there).
    public init(terminal: Bool = false) { self.terminal = terminal }

    public func out(_ text: String) { lock.lock(); stdout += text; lock.unlock() }
    public func err(_ text: String) { lock.lock(); stderr += text; lock.unlock() }
    public var errorIsTerminal: Bool { terminal }

    public var standardOutput: String { lock.lock(); defer { lock.unlock() }; return stdout }
    public var standardError: String { lock.lock(); defer { lock.unlock() }; return stderr }
}
