import DoppelText
import DoppelEngine
import DoppelJSON
import DoppelProtocol

/// A request's `params`, with readers that check types and ranges and fail
/// with a −32602 error naming the member, what was expected and what came.
public struct Params: Sendable {
    /// The raw params: an object, an array, or nil when absent.
    public let json: JSON?

    public init(_ json: JSON?) { self.json = json }

    /// The members; empty when params are absent.
    public var object: JSONObject { json?.objectValue ?? JSONObject() }

    public func has(_ name: String) -> Bool { value(name) != nil }

    /// The member `name`, nil when absent, null, or when params are not an object.
    public func value(_ name: String) -> JSON? {
        guard let member = json?.objectValue?[name], !member.isNull else { return nil }
        return member
    }

    /// Requires params to be an object (or absent).
    public func requireObject() throws {
        if let json, json.objectValue == nil {
            throw RequestError.invalidParams("invalid params: expected an object, got \(Params.describe(json))",
                                             details: [("params", "expected an object")])
        }
    }

    /// Unknown members an error names one by one; the rest are counted.
    static let unknownMembersNamed = 10

    /// Refuses members outside `allowed`, naming them (catches typos such as `row` for `rows`).
    public func rejectUnknown(allowed: Set<String>) throws {
        try requireObject()
        let unknown = object.keys.filter { !allowed.contains($0) }
        guard !unknown.isEmpty else { return }
        // A hostile request may carry thousands of members: name the first few, count the rest,
        // so the reply stays small whatever came.
        let named = unknown.prefix(Self.unknownMembersNamed).map { String($0.prefix(80)) }
        let more = unknown.count > named.count ? " and \(unknown.count - named.count) more" : ""
        let list = named.map { "\"\($0)\"" }.joined(separator: ", ") + more
        throw RequestError.invalidParams(
            "invalid params: unknown member\(unknown.count == 1 ? "" : "s") \(list); expected one of \(allowed.sorted().joined(separator: ", "))",
            issues: named.map { "unknown member \"\($0)\"" } + (more.isEmpty ? [] : ["\(unknown.count - named.count) more unknown members"]),
            details: named.map { ($0, "unknown member") })
    }

    // MARK: - Strings

    public func string(_ name: String) throws -> String {
        guard let s = try optionalString(name) else { throw missing(name, "a string") }
        return s
    }

    public func string(_ name: String, default fallback: String) throws -> String {
        try optionalString(name) ?? fallback
    }

    public func optionalString(_ name: String) throws -> String? {
        try requireObject()
        guard let v = value(name) else { return nil }
        guard let s = v.stringValue else { throw mismatch(name, "a string", v) }
        return s
    }

    /// A string that must be one of `choices`.
    public func choice(_ name: String, _ choices: [String], default fallback: String) throws -> String {
        let s = try string(name, default: fallback)
        guard choices.contains(s) else {
            throw invalid(name, "one of \(choices.joined(separator: ", "))", .string(s))
        }
        return s
    }

    // MARK: - Numbers

    public func int(_ name: String, in range: ClosedRange<Int>? = nil) throws -> Int {
        guard let i = try optionalInt(name, in: range) else { throw missing(name, expectation("an integer", range)) }
        return i
    }

    public func int(_ name: String, default fallback: Int, in range: ClosedRange<Int>? = nil) throws -> Int {
        try optionalInt(name, in: range) ?? fallback
    }

    public func optionalInt(_ name: String, in range: ClosedRange<Int>? = nil) throws -> Int? {
        try requireObject()
        guard let v = value(name) else { return nil }
        guard let i = v.intValue else { throw mismatch(name, expectation("an integer", range), v) }
        if let range, !range.contains(i) { throw invalid(name, expectation("an integer", range), v) }
        return i
    }

    public func double(_ name: String, default fallback: Double, in range: ClosedRange<Double>? = nil) throws -> Double {
        try optionalDouble(name, in: range) ?? fallback
    }

    public func optionalDouble(_ name: String, in range: ClosedRange<Double>? = nil) throws -> Double? {
        try requireObject()
        guard let v = value(name) else { return nil }
        let what = range.map { "a number from \(Params.format($0.lowerBound)) to \(Params.format($0.upperBound))" } ?? "a number"
        guard let d = v.doubleValue else { throw mismatch(name, what, v) }
        if let range, !range.contains(d) { throw invalid(name, what, v) }
        return d
    }

    // MARK: - Booleans, objects, arrays

    public func bool(_ name: String, default fallback: Bool) throws -> Bool {
        try requireObject()
        guard let v = value(name) else { return fallback }
        guard let b = v.boolValue else { throw mismatch(name, "true or false", v) }
        return b
    }

    public func optionalObject(_ name: String) throws -> JSONObject? {
        try requireObject()
        guard let v = value(name) else { return nil }
        guard let o = v.objectValue else { throw mismatch(name, "an object", v) }
        return o
    }

    public func object(_ name: String) throws -> JSONObject {
        guard let o = try optionalObject(name) else { throw missing(name, "an object") }
        return o
    }

    public func optionalArray(_ name: String) throws -> [JSON]? {
        try requireObject()
        guard let v = value(name) else { return nil }
        guard let a = v.arrayValue else { throw mismatch(name, "an array", v) }
        return a
    }

    public func array(_ name: String) throws -> [JSON] {
        guard let a = try optionalArray(name) else { throw missing(name, "an array") }
        return a
    }

    /// An array of strings; names the first element that is not one.
    public func stringArray(_ name: String, default fallback: [String] = []) throws -> [String] {
        guard let a = try optionalArray(name) else { return fallback }
        return try a.enumerated().map { index, element in
            guard let s = element.stringValue else { throw mismatch("\(name)[\(index)]", "a string", element) }
            return s
        }
    }
}
