/// How generated datasets are written.
public enum OutputFormat: String, Sendable, CaseIterable, Equatable {
    case json, csv, sql, jsonl

    /// The file extension for a dataset in this format.
    public var fileExtension: String { rawValue }
}

/// The SQL flavour of `sql` output.
public enum SQLDialect: String, Sendable, CaseIterable, Equatable {
    case sqlite, postgres, mysql
}

/// Part `index` of `count` equal row ranges (`"2/4"`), for spreading one dataset over machines.
public struct Shard: Sendable, Equatable, CustomStringConvertible {
    /// 1-based.
    public var index: Int
    public var count: Int

    public static let maxCount = 1_000_000

    public init?(index: Int, count: Int) {
        guard count >= 1, count <= Shard.maxCount, index >= 1, index <= count else { return nil }
        self.index = index
        self.count = count
    }

    /// Parses `K/N` with 1 ≤ K ≤ N.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let k = Int(parts[0].trimmingSpaces()), let n = Int(parts[1].trimmingSpaces()) else { return nil }
        self.init(index: k, count: n)
    }

    public var description: String { "\(index)/\(count)" }
}

extension Substring {
    func trimmingSpaces() -> Substring {
        var s = self
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return s
    }
}
