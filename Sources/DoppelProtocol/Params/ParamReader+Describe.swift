import DoppelJSON

extension ParamReader {
    /// How a value appears in a message.
    package enum DescribeStyle: Sendable {
        /// Type and value, strings as JSON (Doppel's own methods): `integer 5`, `string "x"`, `array of 3`.
        case typed
        /// The value alone, strings quoted as sent (the text methods and the hosted contracts): `5`, `"x"`, `array`.
        case bare
    }

    /// A short rendering of a value for messages; strings are cut at 40 characters.
    package static func describe(_ value: JSON, style: DescribeStyle = .bare) -> String {
        switch (value, style) {
        case let (.string(s), .typed): return "string \(JSON.string(shortened(s)).serialized())"
        case let (.string(s), .bare): return "\"" + shortened(s) + "\""
        case let (.bool(b), .typed): return "boolean \(b)"
        case let (.bool(b), .bare): return String(b)
        case let (.int(i), .typed): return "integer \(i)"
        case let (.int(i), .bare): return String(i)
        case let (.double(d), .typed): return "number \(format(d))"
        case let (.double(d), .bare): return String(d)
        case let (.array(a), .typed): return "array of \(a.count)"
        default: return value.typeName
        }
    }

    /// A bound in a message: whole numbers without a fraction (`0 to 3600`).
    package static func format(_ d: Double) -> String {
        if let i = Int64(exactly: d) { return String(i) }
        return String(d)
    }

    private static func shortened(_ s: String) -> String {
        s.count > 40 ? String(s.prefix(40)) + "…" : s
    }
}
