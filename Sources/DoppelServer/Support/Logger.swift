import DoppelPOSIX
import Foundation

/// Line-oriented log on standard error (which is the `--log-file` when one is given).
///
/// - Important: never log secrets or request payloads; log what happened and to which method.
public final class Logger: Sendable {
    private let lock = Locked(())
    private let destination: FileDescriptor

    public init(destination: FileDescriptor = .standardError) { self.destination = destination }

    public func info(_ message: String) { write("info", message) }
    public func warning(_ message: String) { write("warning", message) }
    public func error(_ message: String) { write("error", message) }

    private func write(_ level: String, _ message: String) {
        let line = "\(Timestamp.iso8601(Date())) doppeld[\(CurrentProcess.pid)] \(level): \(message)\n"
        lock.withLock { _ in try? destination.writeAll(Array(line.utf8)) }
    }
}

/// ISO 8601 UTC timestamps with milliseconds, as the protocol and logs show them.
public enum Timestamp {
    public static func iso8601(_ date: Date) -> String {
        date.formatted(.iso8601.year().month().day().dateSeparator(.dash).time(includingFractionalSeconds: true)
            .timeSeparator(.colon).timeZone(separator: .omitted))
    }
}
