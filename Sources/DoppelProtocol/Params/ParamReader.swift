import DoppelJSON

/// Reads and checks a request's params, collecting every problem before failing.
///
/// Each accessor records a problem (field → message) instead of throwing, so
/// one error can name all bad fields at once. Unknown members are ignored,
/// except ones that look like a misspelt known member ("cout" for "count"),
/// which are reported with the likely intended name.
package struct ParamReader {
    package private(set) var object: JSONObject
    package private(set) var problems: [(field: String, message: String)] = []
    private(set) var suggestions: [String] = []

    package init(_ params: JSON?, known: [String]) {
        switch params {
        case .object(let o)?: object = o
        case nil, .null?: object = JSONObject()
        case let other?:
            object = JSONObject()
            problems.append(("params", "Must be an object (got \(other.typeName))"))
        }
        // `stream` is acted on by the server (RequestContext); a value that is not a boolean is refused here, once for every method.
        if known.contains("stream"), let stream = object["stream"], !stream.isNull, stream.boolValue == nil {
            problems.append(("stream", "Must be true or false (got \(ParamReader.describe(stream)))"))
        }
        for key in object.keys where !known.contains(key) {
            if let intended = ParamReader.closest(key, among: known) {
                problems.append((key, "Unknown parameter; did you mean \"\(intended)\"?"))
                suggestions.append("rename \"\(key)\" to \"\(intended)\"")
            }
        }
    }

    package var isValid: Bool { problems.isEmpty }

    package mutating func fail(_ field: String, _ message: String) { problems.append((field, message)) }

    package func has(_ key: String) -> Bool { object[key].map { !$0.isNull } ?? false }

    /// A required or optional string; empty strings count as missing.
    package mutating func string(_ key: String, required: Bool) -> String? {
        guard let value = object[key], !value.isNull else {
            if required { fail(key, "Required: a non-empty string") }
            return nil
        }
        guard let s = value.stringValue else {
            fail(key, "Must be a string (got \(value.typeName))")
            return nil
        }
        if s.utf8.allSatisfy({ $0 == UInt8(ascii: " ") }) {
            fail(key, "Must not be empty")
            return nil
        }
        return s
    }

    /// An integer in `range`, or `defaultValue` when absent.
    package mutating func int(_ key: String, in range: ClosedRange<Int>, default defaultValue: Int?) -> Int? {
        guard let value = object[key], !value.isNull else {
            if defaultValue == nil { fail(key, "Required: an integer from \(range.lowerBound) to \(range.upperBound)") }
            return defaultValue
        }
        guard let n = value.intValue else {
            fail(key, "Must be an integer from \(range.lowerBound) to \(range.upperBound) (got \(ParamReader.describe(value)))")
            return nil
        }
        guard range.contains(n) else {
            fail(key, "Must be an integer from \(range.lowerBound) to \(range.upperBound) (got \(n))")
            return nil
        }
        return n
    }

    /// One of a fixed set of names, parsed by `parse`, or `defaultValue` when absent.
    package mutating func choice<T>(_ key: String, accepted: String, default defaultValue: T?, parse: (String) -> T?) -> T? {
        guard let value = object[key], !value.isNull else {
            if defaultValue == nil { fail(key, "Required. Must be one of: \(accepted)") }
            return defaultValue
        }
        guard let s = value.stringValue, let parsed = parse(s) else {
            fail(key, "Must be one of: \(accepted) (got \(ParamReader.describe(value)))")
            return nil
        }
        return parsed
    }

    /// The `seed` member: any integer (negative ones are taken as their bit pattern).
    package mutating func seed(default defaultSeed: UInt64) -> UInt64 {
        guard let value = object["seed"], !value.isNull else { return defaultSeed }
        guard let n = value.int64Value else {
            fail("seed", "Must be an integer (got \(ParamReader.describe(value)))")
            return defaultSeed
        }
        return UInt64(bitPattern: n)
    }

    /// A short rendering of a value for messages: strings quoted and cut, others by type.
    package static func describe(_ value: JSON) -> String {
        switch value {
        case .string(let s): return "\"" + (s.count > 40 ? String(s.prefix(40)) + "…" : s) + "\""
        case .int(let i): return String(i)
        case .double(let d): return String(d)
        case .bool(let b): return String(b)
        default: return value.typeName
        }
    }

    /// The known name within edit distance 2 of `key` (case-insensitive), if any.
    package static func closest(_ key: String, among known: [String]) -> String? {
        let k = Array(key.lowercased())
        var best: (String, Int)?
        for name in known {
            let d = editDistance(k, Array(name.lowercased()))
            if d <= 2, d < (best?.1 ?? Int.max) { best = (name, d) }
        }
        return best?.0
    }

    package static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// The standard invalid-params error naming every problem (Doppel's own methods).
    package func error(method: String) -> RequestError {
        let lines = problems.map { "\($0.field): \($0.message)" }
        return RequestError.invalidParams("Invalid params for \(method): " + lines.joined(separator: "; "),
                                          issues: lines, suggestions: suggestions,
                                          details: problems.map { ($0.field, $0.message) })
    }
}
