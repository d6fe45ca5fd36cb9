/// The outcome of parsing: which command, which flags with which values, which positionals.
public struct ParsedArguments: Sendable {
    /// Names from the root, e.g. ["doppel", "daemon", "stop"].
    public let commandPath: [String]
    /// Flag name (without dashes) → the values given, in order (switches hold "").
    public let flags: [String: [String]]
    public let positionals: [String]

    /// True if the switch `--name` was given.
    public func has(_ name: String) -> Bool { flags[name] != nil }

    /// The last value given for `--name`.
    public func value(_ name: String) -> String? { flags[name]?.last }

    /// `--name` as a number of seconds (or any non-negative number).
    public func number(_ name: String) throws -> Double? {
        guard let text = value(name) else { return nil }
        guard let v = Double(text), v.isFinite, v >= 0 else {
            throw UsageError("--\(name) expects a number ≥ 0, got '\(text)'", commandPath: commandPath)
        }
        return v
    }

    /// `--name` as an integer within `range`.
    public func integer(_ name: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let text = value(name) else { return nil }
        guard let v = Int(text), range.contains(v) else {
            throw UsageError("--\(name) expects an integer from \(range.lowerBound) to \(range.upperBound), got '\(text)'",
                             commandPath: commandPath)
        }
        return v
    }

    public func positional(_ index: Int) -> String? {
        positionals.indices.contains(index) ? positionals[index] : nil
    }
}
