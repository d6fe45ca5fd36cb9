/// A JSON object whose members keep their insertion order.
///
/// Small objects (the control messages Doppel handles have a few dozen
/// members at most) are looked up by a linear scan over a contiguous array,
/// which beats hashing at that size. Past `linearLimit` members a hash index
/// from key to position takes over, so building an object of n members from
/// untrusted input (the parser inserting every member) costs O(n), not O(n²).
public struct JSONObject: Sendable, Equatable, Sequence {
    public private(set) var keys: [String] = []
    public private(set) var values: [JSON] = []
    /// Key → position in `keys`, kept only while `count > linearLimit`; empty otherwise.
    private var positions: [String: Int] = [:]

    /// Members up to which lookups scan linearly instead of hashing.
    static let linearLimit = 16

    public init() {}

    /// Builds an object from pairs; a repeated key keeps its first position and last value.
    public init<S: Sequence>(_ pairs: S) where S.Element == (String, JSON) {
        for (k, v) in pairs { self[k] = v }
    }

    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }

    /// True when lookups go through the hash index (for tests of the parser's complexity).
    var isHashIndexed: Bool { !positions.isEmpty }

    public subscript(key: String) -> JSON? {
        get {
            guard let i = position(of: key) else { return nil }
            return values[i]
        }
        set {
            if let i = position(of: key) {
                if let newValue { values[i] = newValue } else { remove(at: i) }
            } else if let newValue {
                append(key, newValue)
            }
        }
    }

    /// Appends without checking for an existing key; for builders that know keys are distinct.
    public mutating func appendUnique(_ key: String, _ value: JSON) {
        append(key, value)
    }

    public func makeIterator() -> Zip2Sequence<[String], [JSON]>.Iterator {
        zip(keys, values).makeIterator()
    }

    /// Members compare as an unordered map.
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        guard lhs.count == rhs.count else { return false }
        for (k, v) in lhs {
            guard let other = rhs[k], other == v else { return false }
        }
        return true
    }

    private func position(of key: String) -> Int? {
        positions.isEmpty ? keys.firstIndex(of: key) : positions[key]
    }

    private mutating func append(_ key: String, _ value: JSON) {
        keys.append(key)
        values.append(value)
        if keys.count > Self.linearLimit {
            if positions.isEmpty { reindex() } else if positions[key] == nil { positions[key] = keys.count - 1 }
        }
    }

    /// Removal is rare (builders drop an optional member); it re-indexes in O(n).
    private mutating func remove(at i: Int) {
        keys.remove(at: i)
        values.remove(at: i)
        positions.removeAll()
        if keys.count > Self.linearLimit { reindex() }
    }

    /// Indexes every key at its first position, as the linear scan would find it.
    private mutating func reindex() {
        positions.removeAll(keepingCapacity: true)
        positions.reserveCapacity(keys.count)
        for (i, k) in keys.enumerated() where positions[k] == nil { positions[k] = i }
    }
}
