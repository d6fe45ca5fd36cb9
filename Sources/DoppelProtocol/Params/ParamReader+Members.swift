import DoppelJSON

extension ParamReader {
    /// Records that `key` is required, described by `expected`; returns nil so a caller can write `?? r.missing(…)`.
    @discardableResult
    package mutating func missing<T>(_ key: String, _ expected: String, as: T.Type = T.self) -> T? {
        record(.missing(field: key, expected: expected))
        return nil
    }

    /// A string member; nil when absent, or when it is not a string (a problem).
    package mutating func optionalString(_ key: String) -> String? {
        guard let v = member(key) else { return nil }
        guard let s = v.stringValue else { return wrong(key, "a string", v, shown: .type) }
        return s
    }

    /// A boolean member; nil when absent, or when it is not a boolean (a problem).
    package mutating func optionalBool(_ key: String) -> Bool? {
        guard let v = member(key) else { return nil }
        guard let b = v.boolValue else { return wrong(key, "true or false", v, shown: .type) }
        return b
    }

    /// An integer member, within `range` when given.
    package mutating func optionalInt(_ key: String, in range: ClosedRange<Int>? = nil) -> Int? {
        guard let v = member(key) else { return nil }
        let expected = range.map { "an integer from \($0.lowerBound) to \($0.upperBound)" } ?? "an integer"
        guard let i = v.intValue else { return wrong(key, expected, v) }
        guard range?.contains(i) ?? true else {
            // The text methods show a number out of range as read (`got 0` for `0.0`); Doppel's, as sent.
            return wrong(key, expected, wording == .textMethods ? .int(Int64(i)) : v)
        }
        return i
    }

    /// A number member, within `range` when given.
    package mutating func optionalDouble(_ key: String, in range: ClosedRange<Double>? = nil) -> Double? {
        guard let v = member(key) else { return nil }
        let expected = range.map { "a number from \(ParamReader.format($0.lowerBound)) to \(ParamReader.format($0.upperBound))" }
            ?? "a number"
        guard let d = v.doubleValue, range?.contains(d) ?? true else { return wrong(key, expected, v) }
        return d
    }

    package mutating func optionalObject(_ key: String) -> JSONObject? {
        guard let v = member(key) else { return nil }
        guard let o = v.objectValue else { return wrong(key, "an object", v) }
        return o
    }

    package mutating func optionalArray(_ key: String) -> [JSON]? {
        guard let v = member(key) else { return nil }
        guard let a = v.arrayValue else { return wrong(key, "an array", v) }
        return a
    }

    /// A whole number given as a JSON number or as digits in a string (`"2,000"` too), as the hosted
    /// contracts take sizes. `subject` names it in messages (`Dataset size`).
    package mutating func wholeNumber(_ key: String, subject: String) -> Int? {
        guard let v = member(key) else { return nil }
        return wholeNumber(v, field: key, subject: subject)
    }

    /// `value` read as a whole number (see `wholeNumber(_:subject:)`), for members inside members (`rows_per.orders`).
    package mutating func wholeNumber(_ value: JSON, field: String, subject: String) -> Int? {
        switch value {
        case let .int(i):
            guard let n = Int(exactly: i) else {
                record(.custom(field: field, message: "\(subject) is too large, got \(i)", suggestion: nil))
                return nil
            }
            return n
        case let .double(d):
            if d.isFinite, d.rounded() == d, let n = Int(exactly: d) { return n }
            return wrong(field, "a whole number", value, subject: subject)
        case let .string(s):
            let text = s.filter { $0 != "," && $0 != "_" && $0 != " " }
            let body = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
            if !body.isEmpty, body.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(text) { return n }
            return wrong(field, "a number", value, subject: subject)
        default:
            return wrong(field, "a number", value, subject: subject, shown: .type)
        }
    }

    /// Records a wrong value and returns nil.
    package mutating func wrong<T>(_ key: String, _ expected: String, _ got: JSON, subject: String? = nil, shown: Shown = .value) -> T? {
        record(.wrong(field: key, subject: subject ?? key, expected: expected, got: got, shown: shown))
        return nil
    }
}
