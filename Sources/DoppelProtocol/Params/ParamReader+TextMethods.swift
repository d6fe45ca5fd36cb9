import DoppelJSON

extension ParamReader {
    /// A reader in the text methods' contract (PROTOCOL.md): their wording, and unknown members ignored
    /// unless misspelt. A `stream` that is not a boolean is refused here, once for every method:
    /// the server acts on it (RequestContext).
    package init(_ params: JSON?, known: [String]) {
        self.init(params, wording: .textMethods)
        if known.contains("stream"), let stream = member("stream"), stream.boolValue == nil {
            _ = wrong("stream", "true or false", stream) as Bool?
        }
        apply(.ignoreUnlessMisspelt, known: known)
    }

    /// A required or optional string; a string of spaces counts as empty.
    package mutating func string(_ key: String, required: Bool) -> String? {
        guard has(key) else { return required ? missing(key, "a non-empty string") : nil }
        guard let s = optionalString(key) else { return nil }
        if s.utf8.allSatisfy({ $0 == UInt8(ascii: " ") }) {
            fail(key, "Must not be empty")
            return nil
        }
        return s
    }

    /// An integer in `range`, or `defaultValue` when absent.
    package mutating func int(_ key: String, in range: ClosedRange<Int>, default defaultValue: Int?) -> Int? {
        guard has(key) else {
            if defaultValue == nil { missing(key, "an integer from \(range.lowerBound) to \(range.upperBound)", as: Int.self) }
            return defaultValue
        }
        return optionalInt(key, in: range)
    }

    /// One of a fixed set of names, parsed by `parse`, or `defaultValue` when absent.
    package mutating func choice<T>(_ key: String, accepted: String, default defaultValue: T?, parse: (String) -> T?) -> T? {
        guard let value = member(key) else {
            if defaultValue == nil { fail(key, "Required. Must be one of: \(accepted)") }
            return defaultValue
        }
        guard let s = value.stringValue, let parsed = parse(s) else { return wrong(key, "one of: \(accepted)", value) }
        return parsed
    }

    /// The `seed` member: any integer (negative ones are taken as their bit pattern).
    package mutating func seed(default defaultSeed: UInt64) -> UInt64 {
        guard let value = member("seed") else { return defaultSeed }
        guard let n = value.int64Value else {
            _ = wrong("seed", "an integer", value) as UInt64?
            return defaultSeed
        }
        return UInt64(bitPattern: n)
    }

    /// The standard invalid-params error naming every problem (the text methods outside the hosted body).
    package func error(method: String) -> RequestError {
        let lines = problems.map { "\($0.field): \($0.message)" }
        return RequestError.invalidParams("Invalid params for \(method): " + lines.joined(separator: "; "),
                                          issues: lines, suggestions: suggestions,
                                          details: problems.map { ($0.field, $0.message) })
    }
}
