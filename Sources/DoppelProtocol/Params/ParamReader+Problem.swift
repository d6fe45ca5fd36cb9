import DoppelJSON

extension ParamReader {
    /// One thing wrong with the params, before it is worded.
    package enum Problem {
        /// The params were sent, but not as an object.
        case notAnObject(JSON)
        /// A required member is absent (or null).
        case missing(field: String, expected: String)
        /// A member holds the wrong type or value. `subject` names it in hosted messages
        /// (`Dataset size` for `dataset_size`); `shown` says how the value appears where the words give the choice.
        case wrong(field: String, subject: String, expected: String, got: JSON, shown: Shown)
        /// Members outside the known ones, under `.reject`.
        case unknown([String], known: [String])
        /// A member within edit distance 2 of a known one, under `.ignoreUnlessMisspelt`.
        case misspelt(String, intended: String)
        /// A check of the method's own, already worded.
        case custom(field: String, message: String, suggestion: String?)
    }

    /// How a wrong value appears in the text methods' and hosted contracts' words
    /// (Doppel's own methods always show its type and value).
    package enum Shown: Sendable {
        /// Its JSON type alone: `got integer`.
        case type
        /// The value, strings quoted: `got "x"`, `got 2.5`.
        case value
    }

    /// Unknown members an error names one by one; the rest are counted.
    static let unknownMembersNamed = 10

    /// Records `problem` in the reader's wording.
    package mutating func record(_ problem: Problem) {
        if wording == .doppel, firstError == nil { firstError = ParamReader.doppelError(problem) }
        switch problem {
        case let .notAnObject(value):
            switch wording {
            case .doppel: problems.append(("params", "expected an object"))
            case .textMethods: problems.append(("params", "Must be an object (got \(value.typeName))"))
            case .hostedContract: problems.append(("params", "params must be an object, got \(value.typeName)"))
            }
        case let .missing(field, expected):
            switch wording {
            case .doppel: problems.append((field, "required: \(expected)"))
            case .textMethods: problems.append((field, "Required: \(expected)"))
            case .hostedContract: problems.append((field, "\(field) is required"))
            }
        case let .wrong(field, subject, expected, got, shown):
            let seen = shown == .type ? got.typeName : ParamReader.describe(got)
            switch wording {
            case .doppel: problems.append((field, "expected \(expected), got \(ParamReader.describe(got, style: .typed))"))
            case .textMethods: problems.append((field, "Must be \(expected) (got \(seen))"))
            case .hostedContract: problems.append((field, "\(subject) must be \(expected), got \(seen)"))
            }
        case let .unknown(keys, _):
            problems += keys.prefix(ParamReader.unknownMembersNamed).map { (String($0.prefix(80)), "unknown member") }
        case let .misspelt(key, intended):
            problems.append((key, "Unknown parameter; did you mean \"\(intended)\"?"))
            suggest("rename \"\(key)\" to \"\(intended)\"")
        case let .custom(field, message, suggestion):
            problems.append((field, message))
            if let suggestion { suggest(suggestion) }
        }
    }

    /// `problem` as Doppel's own methods report it: −32602 whose message starts `invalid params:`,
    /// with `issues` and `details` naming the field, what was expected and what came.
    package static func doppelError(_ problem: Problem) -> RequestError {
        switch problem {
        case let .notAnObject(value):
            return .invalidParams("invalid params: expected an object, got \(describe(value, style: .typed))",
                                  details: [("params", "expected an object")])
        case let .missing(name, expected):
            return .invalidParams("invalid params: \"\(name)\" is required (\(expected))",
                                  issues: ["\"\(name)\" is required"], details: [(name, "required: \(expected)")])
        case let .wrong(name, _, expected, got, _):
            let seen = describe(got, style: .typed)
            return .invalidParams("invalid params: \"\(name)\" must be \(expected), got \(seen)",
                                  issues: ["\"\(name)\" must be \(expected), got \(seen)"],
                                  details: [(name, "expected \(expected), got \(seen)")])
        case let .unknown(unknown, known):
            // A hostile request may carry thousands of members: name the first few, count the rest,
            // so the reply stays small whatever came.
            let named = unknown.prefix(unknownMembersNamed).map { String($0.prefix(80)) }
            let more = unknown.count > named.count ? " and \(unknown.count - named.count) more" : ""
            let list = named.map { "\"\($0)\"" }.joined(separator: ", ") + more
            return .invalidParams(
                "invalid params: unknown member\(unknown.count == 1 ? "" : "s") \(list); expected one of \(known.sorted().joined(separator: ", "))",
                issues: named.map { "unknown member \"\($0)\"" } + (more.isEmpty ? [] : ["\(unknown.count - named.count) more unknown members"]),
                details: named.map { ($0, "unknown member") })
        case let .misspelt(key, intended):
            return .invalidParams("invalid params: unknown member \"\(key)\"; did you mean \"\(intended)\"?",
                                  issues: ["unknown member \"\(key)\""], details: [(key, "unknown member")])
        case let .custom(field, message, suggestion):
            return .invalidParams("invalid params: \(message)", issues: [message], suggestions: suggestion.map { [$0] } ?? [],
                                  details: [(field, message)])
        }
    }
}
