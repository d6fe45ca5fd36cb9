import DoppelJSON
import DoppelProtocol

/// A request's `params` as Doppel's own methods read them: typed accessors over
/// the one `ParamReader`, in its `.doppel` wording, throwing at the first problem
/// (−32602 naming the member, what was expected and what came).
///
/// A facade and no more: every check and every message is `ParamReader`'s.
public struct Params: Sendable {
    /// The raw params: an object, an array, or nil when absent.
    public let json: JSON?

    public init(_ json: JSON?) { self.json = json }

    /// The members; empty when params are absent.
    public var object: JSONObject { json?.objectValue ?? JSONObject() }

    public func has(_ name: String) -> Bool { value(name) != nil }

    /// The member `name`, nil when absent, null, or when params are not an object.
    public func value(_ name: String) -> JSON? { json?.objectValue?[name].flatMap { $0.isNull ? nil : $0 } }

    /// Requires params to be an object (or absent).
    public func requireObject() throws { _ = try read { _ in () } }

    /// Refuses members outside `allowed`, naming them (catches typos such as `row` for `rows`).
    public func rejectUnknown(allowed: Set<String>) throws {
        _ = try read { $0.apply(.reject, known: allowed.sorted()) }
    }

    // MARK: - Strings

    public func string(_ name: String) throws -> String {
        try required(name, "a string") { $0.optionalString(name) }
    }

    public func string(_ name: String, default fallback: String) throws -> String {
        try optionalString(name) ?? fallback
    }

    public func optionalString(_ name: String) throws -> String? { try read { $0.optionalString(name) } }

    /// A string that must be one of `choices`.
    public func choice(_ name: String, _ choices: [String], default fallback: String) throws -> String {
        let s = try string(name, default: fallback)
        guard choices.contains(s) else { throw invalid(name, "one of \(choices.joined(separator: ", "))", .string(s)) }
        return s
    }

    // MARK: - Numbers

    public func int(_ name: String, in range: ClosedRange<Int>? = nil) throws -> Int {
        let expected = range.map { "an integer from \($0.lowerBound) to \($0.upperBound)" } ?? "an integer"
        return try required(name, expected) { $0.optionalInt(name, in: range) }
    }

    public func int(_ name: String, default fallback: Int, in range: ClosedRange<Int>? = nil) throws -> Int {
        try optionalInt(name, in: range) ?? fallback
    }

    public func optionalInt(_ name: String, in range: ClosedRange<Int>? = nil) throws -> Int? {
        try read { $0.optionalInt(name, in: range) }
    }

    public func double(_ name: String, default fallback: Double, in range: ClosedRange<Double>? = nil) throws -> Double {
        try optionalDouble(name, in: range) ?? fallback
    }

    public func optionalDouble(_ name: String, in range: ClosedRange<Double>? = nil) throws -> Double? {
        try read { $0.optionalDouble(name, in: range) }
    }

    // MARK: - Booleans, objects, arrays

    public func bool(_ name: String, default fallback: Bool) throws -> Bool {
        try read { $0.optionalBool(name) } ?? fallback
    }

    public func optionalObject(_ name: String) throws -> JSONObject? { try read { $0.optionalObject(name) } }

    public func object(_ name: String) throws -> JSONObject {
        try required(name, "an object") { $0.optionalObject(name) }
    }

    public func optionalArray(_ name: String) throws -> [JSON]? { try read { $0.optionalArray(name) } }

    public func array(_ name: String) throws -> [JSON] {
        try required(name, "an array") { $0.optionalArray(name) }
    }

    /// An array of strings; names the first element that is not one.
    public func stringArray(_ name: String, default fallback: [String] = []) throws -> [String] {
        guard let a = try optionalArray(name) else { return fallback }
        return try a.enumerated().map { index, element in
            guard let s = element.stringValue else { throw invalid("\(name)[\(index)]", "a string", element) }
            return s
        }
    }

    // MARK: - Errors

    /// A −32602 error for a member that is absent but required.
    public func missing(_ name: String, _ expected: String) -> RequestError {
        ParamReader.doppelError(.missing(field: name, expected: expected))
    }

    /// A −32602 error for a member whose type or value is not acceptable.
    public func invalid(_ name: String, _ expected: String, _ got: JSON) -> RequestError {
        ParamReader.doppelError(.wrong(field: name, subject: name, expected: expected, got: got, shown: .value))
    }

    /// How a value reads in Doppel's own errors: its type and, for scalars, the value (shortened).
    public static func describe(_ value: JSON) -> String { ParamReader.describe(value, style: .typed) }

    /// Runs `body` on a fresh reader and throws its first problem.
    private func read<T>(_ body: (inout ParamReader) -> T) throws -> T {
        var reader = ParamReader(json, wording: .doppel)
        let value = body(&reader)
        if let error = reader.firstError { throw error }
        return value
    }

    private func required<T>(_ name: String, _ expected: String, _ body: (inout ParamReader) -> T?) throws -> T {
        guard let value = try read(body) else { throw missing(name, expected) }
        return value
    }
}
