import DoppelText
import DoppelEngine
import DoppelJSON
import DoppelProtocol

extension Params {
    /// A −32602 error for a member that is absent but required.
    public func missing(_ name: String, _ expected: String) -> RequestError {
        RequestError.invalidParams("invalid params: \"\(name)\" is required (\(expected))",
                                   issues: ["\"\(name)\" is required"], details: [(name, "required: \(expected)")])
    }

    /// A −32602 error for a member of the wrong type.
    public func mismatch(_ name: String, _ expected: String, _ got: JSON) -> RequestError {
        invalid(name, expected, got)
    }

    /// A −32602 error for a member whose value is not acceptable.
    public func invalid(_ name: String, _ expected: String, _ got: JSON) -> RequestError {
        let seen = Params.describe(got)
        return RequestError.invalidParams("invalid params: \"\(name)\" must be \(expected), got \(seen)",
                                          issues: ["\"\(name)\" must be \(expected), got \(seen)"],
                                          details: [(name, "expected \(expected), got \(seen)")])
    }

    func expectation(_ what: String, _ range: ClosedRange<Int>?) -> String {
        guard let range else { return what }
        return "\(what) from \(range.lowerBound) to \(range.upperBound)"
    }

    /// How a value reads in an error: its type and, for scalars, the value (shortened).
    public static func describe(_ value: JSON) -> String {
        switch value {
        case .null: return "null"
        case let .bool(b): return "boolean \(b)"
        case let .int(i): return "integer \(i)"
        case let .double(d): return "number \(format(d))"
        case let .string(s):
            let shown = s.count > 40 ? String(s.prefix(40)) + "…" : s
            return "string \(JSON.string(shown).serialized())"
        case let .array(a): return "array of \(a.count)"
        case .object: return "object"
        }
    }

    static func format(_ d: Double) -> String {
        if let i = Int64(exactly: d) { return String(i) }
        return String(d)
    }
}
