extension JSON {
    /// The member `key` of an object, or nil for a missing member or a non-object.
    public subscript(key: String) -> JSON? {
        get {
            if case let .object(o) = self { return o[key] }
            return nil
        }
        set {
            guard case var .object(o) = self else { return }
            o[key] = newValue
            self = .object(o)
        }
    }

    /// The element at `index` of an array, or nil.
    public subscript(index: Int) -> JSON? {
        if case let .array(a) = self, a.indices.contains(index) { return a[index] }
        return nil
    }

    public var isNull: Bool { if case .null = self { return true } else { return false } }

    public var stringValue: String? { if case let .string(s) = self { return s } else { return nil } }

    public var boolValue: Bool? { if case let .bool(b) = self { return b } else { return nil } }

    /// An integer: `.int`, or a `.double` with no fractional part that fits.
    public var int64Value: Int64? {
        switch self {
        case let .int(i): return i
        case let .double(d): return Int64(exactly: d)
        default: return nil
        }
    }

    public var intValue: Int? { int64Value.flatMap { Int(exactly: $0) } }

    /// Any number as a `Double`.
    public var doubleValue: Double? {
        switch self {
        case let .int(i): return Double(i)
        case let .double(d): return d
        default: return nil
        }
    }

    public var arrayValue: [JSON]? { if case let .array(a) = self { return a } else { return nil } }

    public var objectValue: JSONObject? { if case let .object(o) = self { return o } else { return nil } }
}
