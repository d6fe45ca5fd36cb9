import DoppelJSON
import DoppelProtocol

extension SynthShape {
    /// What is wrong with `value` as a row (or part of a row) of this shape; empty when it fits.
    ///
    /// Checks members (missing, unexpected), types, string patterns (emails,
    /// dates, codes …), category values and chat transcripts. Each problem
    /// names its path (`$.items[2].sku: expected a code like ORD-####, got "x"`).
    public func problems(in value: JSON, at path: String = "$") -> [String] {
        switch self {
        case .object(let members):
            guard let o = value.objectValue else { return ["\(path): expected an object, got \(value.typeName)"] }
            var found: [String] = []
            for m in members {
                guard let v = o[m.key] else {
                    if m.presence >= 1 { found.append("\(path).\(m.key): missing") }
                    continue
                }
                if v.isNull {
                    if m.nullRate == 0, m.shape != .null { found.append("\(path).\(m.key): null, but the examples always had a value") }
                    continue
                }
                found += m.shape.problems(in: v, at: "\(path).\(m.key)")
            }
            for k in o.keys where !members.contains(where: { $0.key == k }) {
                found.append("\(path).\(k): not a member of the examples")
            }
            return found
        case .array(let element, _):
            guard let a = value.arrayValue else { return ["\(path): expected an array, got \(value.typeName)"] }
            return a.enumerated().flatMap { element.problems(in: $0.element, at: "\(path)[\($0.offset)]") }
        case .turns(let turns):
            guard let a = value.arrayValue else { return ["\(path): expected an array of messages, got \(value.typeName)"] }
            if a.isEmpty { return ["\(path): expected at least one message"] }
            var found: [String] = []
            let roles = turns.roles + (turns.hasSystem ? ["system"] : [])
            for (i, m) in a.enumerated() {
                guard SynthShape.isMessage(m), let role = m["role"]?.stringValue, let content = m["content"]?.stringValue else {
                    found.append("\(path)[\(i)]: expected {\"role\", \"content\"} with string values")
                    continue
                }
                if !roles.contains(role) { found.append("\(path)[\(i)].role: \"\(role)\" is not one of \(roles.joined(separator: ", "))") }
                if content.trimmingSpaces().isEmpty { found.append("\(path)[\(i)].content: empty") }
            }
            return found
        case .string(let kind):
            guard let s = value.stringValue else { return ["\(path): expected a string, got \(value.typeName)"] }
            return kind.accepts(s) ? [] : ["\(path): expected \(kind.summary), got \(ParamReader.describe(value))"]
        case .integer(let range, _):
            guard case .int(let i) = value else {
                if let d = value.doubleValue, d.rounded() == d { return [] }
                return ["\(path): expected an integer, got \(value.typeName)"]
            }
            if range.lowerBound >= 0, i < 0 { return ["\(path): expected a non-negative integer, got \(i)"] }
            return []
        case .decimal(let lo, _, _):
            guard let d = value.doubleValue else { return ["\(path): expected a number, got \(value.typeName)"] }
            if lo >= 0, d < 0 { return ["\(path): expected a non-negative number, got \(d)"] }
            return []
        case .boolean:
            return value.boolValue == nil ? ["\(path): expected true or false, got \(value.typeName)"] : []
        case .choice(let values, _):
            if values.contains(value) { return [] }
            let list = values.prefix(12).map { $0.serialized() }.joined(separator: ", ")
            return ["\(path): expected one of \(list), got \(ParamReader.describe(value))"]
        case .null:
            return value.isNull ? [] : ["\(path): expected null, got \(value.typeName)"]
        case .mixed:
            return []
        }
    }
}

extension SynthStringKind {
    /// Whether `s` is a value of this kind.
    func accepts(_ s: String) -> Bool {
        switch self {
        case .email: return StringPattern.isEmail(s)
        case .url: return StringPattern.isURL(s)
        case .uuid: return StringPattern.isUUID(s)
        case .date: return StringPattern.day(s) != nil
        case .datetime: return StringPattern.datetime(s) != nil
        case .time: return StringPattern.time(s) != nil
        case .phone: return StringPattern.isPhone(s)
        case .code(let template): return StringPattern.code(s, matches: template)
        case .personName, .text, .label: return !s.trimmingSpaces().isEmpty
        }
    }

    /// A short description for problem messages.
    var summary: String {
        switch self {
        case .email: return "an email address"
        case .url: return "an http(s) URL"
        case .uuid: return "a UUID"
        case .date: return "a date like 2024-01-15"
        case .datetime: return "a timestamp like 2024-01-15T10:30:00Z"
        case .time: return "a time like 14:30"
        case .phone(let t): return "a phone number like \(t)"
        case .code(let t): return "a code like \(StringPattern.readable(t))"
        case .personName: return "a person's name"
        case .text: return "non-empty text"
        case .label: return "a non-empty label"
        }
    }
}

extension StringPattern {
    /// Whether `s` fits a code template (`\O\R\D\-####`).
    static func code(_ s: String, matches template: String) -> Bool {
        var expected: [(Character, Bool)] = []  // (char, isLiteral)
        var escaped = false
        for c in template {
            if escaped { expected.append((c, true)); escaped = false } else if c == "\\" { escaped = true } else { expected.append((c, false)) }
        }
        let chars = Array(s)
        guard chars.count == expected.count else { return false }
        for (c, (e, literal)) in zip(chars, expected) {
            if literal { if c != e { return false } ; continue }
            switch e {
            case "#": if !(c.isNumber && c.isASCII) { return false }
            case "A": if !(c.isUppercase && c.isASCII) { return false }
            case "a": if !(c.isLowercase && c.isASCII) { return false }
            default: if c != e { return false }
            }
        }
        return true
    }

    /// A template as people write it: `ORD-####`.
    static func readable(_ template: String) -> String { template.filter { $0 != "\\" } }
}
