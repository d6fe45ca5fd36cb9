import DoppelJSON
import DoppelText
import DoppelEngine

/// Reads request parameters member by member, collecting every problem
/// rather than stopping at the first, in the words the contracts use.
struct ContractParams {
    let params: JSONObject
    private(set) var issues: [String] = []
    private(set) var suggestions: [String] = []
    private(set) var seen: Set<String> = []

    init(_ params: JSONObject) { self.params = params }

    mutating func issue(_ text: String, suggestion: String? = nil) {
        issues.append(text)
        if let suggestion, !suggestions.contains(suggestion) { suggestions.append(suggestion) }
    }

    mutating func suggest(_ text: String) {
        if !suggestions.contains(text) { suggestions.append(text) }
    }

    /// The member, or nil when absent or null.
    mutating func value(_ key: String) -> JSON? {
        seen.insert(key)
        guard let v = params[key], !v.isNull else { return nil }
        return v
    }

    func has(_ key: String) -> Bool { params[key].map { !$0.isNull } ?? false }

    mutating func string(_ key: String) -> String? {
        guard let v = value(key) else { return nil }
        if let s = v.stringValue { return s }
        issue("\(key) must be a string, got \(v.typeName)")
        return nil
    }

    mutating func bool(_ key: String) -> Bool? {
        guard let v = value(key) else { return nil }
        if let b = v.boolValue { return b }
        issue("\(key) must be true or false, got \(v.typeName)")
        return nil
    }

    /// A whole number, given as a JSON number or as digits in a string (`"2,000"` too).
    /// `what` names it in messages (`Dataset size`).
    mutating func wholeNumber(_ key: String, what: String) -> Int? {
        guard let v = value(key) else { return nil }
        switch v {
        case let .int(i):
            guard let n = Int(exactly: i) else { issue("\(what) is too large, got \(i)"); return nil }
            return n
        case let .double(d):
            if d.isFinite, d.rounded() == d, let n = Int(exactly: d) { return n }
            issue("\(what) must be a whole number, got \(Self.describe(v))")
            return nil
        case let .string(s):
            let text = s.filter { $0 != "," && $0 != "_" && $0 != " " }
            let body = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
            if !body.isEmpty, body.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(text) {
                return n
            }
            issue("\(what) must be a number, got \(Self.describe(v))")
            return nil
        default:
            issue("\(what) must be a number, got \(v.typeName)")
            return nil
        }
    }

    /// A short, safe rendering of a value for a message (strings quoted and cut).
    static func describe(_ v: JSON) -> String {
        switch v {
        case let .string(s):
            let cut = s.count > 40 ? String(s.prefix(40)) + "…" : s
            return "\"\(cut)\""
        case .object, .array: return v.typeName
        default: return v.serialized()
        }
    }
}
