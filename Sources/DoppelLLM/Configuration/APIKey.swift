/// An API key for the model endpoint, held so that it cannot leak by accident.
///
/// Its `description`, `debugDescription`, reflection (`dump`, `Mirror`) and
/// string interpolation all print `APIKey(redacted)`; it has no JSON form and
/// is not `Codable`. The only way to the secret is `withSecret`, used by the
/// client when it sets the `Authorization` header.
///
/// - Important: never interpolate the result of `withSecret` into a message,
///   a log line, a file or a cache key.
public struct APIKey: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    private let secret: String

    /// Wraps a key, trimming surrounding whitespace; nil when nothing is left.
    public init?(_ text: String) {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty else { return nil }
        secret = trimmed
    }

    /// Calls `body` with the key text; the only access to it.
    public func withSecret<R>(_ body: (String) throws -> R) rethrows -> R { try body(secret) }

    /// True when the key starts with `prefix` (format checks without exposing the key).
    public func hasPrefix(_ prefix: String) -> Bool { secret.hasPrefix(prefix) }

    public var description: String { "APIKey(redacted)" }
    public var debugDescription: String { "APIKey(redacted)" }
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
