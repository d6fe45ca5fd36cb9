/// The wire protocol's version, "major.minor".
///
/// Peers with the same major version understand each other; a minor bump only
/// adds optional members and methods.
public struct ProtocolVersion: Sendable, Equatable, CustomStringConvertible {
    public var major: Int
    public var minor: Int

    public init(major: Int, minor: Int) {
        self.major = major
        self.minor = minor
    }

    /// Parses "1" or "1.2"; nil for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2, let major = Int(parts[0]), major >= 0 else { return nil }
        let minor = parts.count == 2 ? Int(parts[1]) : 0
        guard let minor, minor >= 0 else { return nil }
        self.init(major: major, minor: minor)
    }

    /// The version this build speaks.
    public static let current = ProtocolVersion(major: 1, minor: 0)

    public var description: String { "\(major).\(minor)" }
}

/// This build's product version.
public enum DoppelVersion {
    public static let version = "0.1.0"
}
