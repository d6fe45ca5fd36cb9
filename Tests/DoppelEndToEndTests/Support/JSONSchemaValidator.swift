import DoppelJSON
import Foundation

/// The part of JSON Schema (2020-12) that protocol/schemas/ uses: type, const,
/// enum, properties, required, additionalProperties, items, minimum, maximum,
/// pattern, oneOf and $ref (to a file in the same folder or to #/$defs/…).
struct JSONSchemaValidator {
    let directory: URL
    private var cache: [String: JSON] = [:]

    init(directory: URL) { self.directory = directory }

    func schema(_ file: String) throws -> JSON {
        try JSONParser.parse(Data(contentsOf: directory.appendingPathComponent(file)))
    }

    /// Problems found, as "path: message"; empty when `value` conforms.
    func validate(_ value: JSON, against file: String) throws -> [String] {
        let root = try schema(file)
        var problems: [String] = []
        try check(value, root, root: root, path: "$", problems: &problems)
        return problems
    }

    private func check(_ value: JSON, _ schema: JSON, root: JSON, path: String, problems: inout [String]) throws {
        guard case let .object(s) = schema else { return }
        if let ref = s["$ref"]?.stringValue {
            if ref.hasPrefix("#/$defs/") {
                let name = String(ref.dropFirst("#/$defs/".count))
                guard let target = root["$defs"]?[name] else { problems.append("\(path): unknown \(ref)"); return }
                try check(value, target, root: root, path: path, problems: &problems)
            } else {
                let other = try self.schema(ref)
                try check(value, other, root: other, path: path, problems: &problems)
            }
        }
        if let type = s["type"] {
            let allowed = type.arrayValue?.compactMap(\.stringValue) ?? [type.stringValue ?? ""]
            if !allowed.contains(where: { Self.matches(value, type: $0) }) {
                problems.append("\(path): expected \(allowed.joined(separator: " or ")), got \(value.typeName)")
                return
            }
        }
        if let c = s["const"], c != value { problems.append("\(path): expected \(c.serialized())") }
        if let e = s["enum"]?.arrayValue, !e.contains(value) { problems.append("\(path): not one of \(JSON.array(e).serialized())") }
        if let n = value.doubleValue {
            if let min = s["minimum"]?.doubleValue, n < min { problems.append("\(path): below \(min)") }
            if let max = s["maximum"]?.doubleValue, n > max { problems.append("\(path): above \(max)") }
        }
        if let pattern = s["pattern"]?.stringValue, let text = value.stringValue,
           text.range(of: pattern, options: .regularExpression) == nil {
            problems.append("\(path): does not match \(pattern)")
        }
        if case let .object(o) = value {
            for name in s["required"]?.arrayValue?.compactMap(\.stringValue) ?? [] where o[name] == nil {
                problems.append("\(path): missing \"\(name)\"")
            }
            let properties = s["properties"]?.objectValue ?? JSONObject()
            for (key, member) in o {
                if let sub = properties[key] {
                    try check(member, sub, root: root, path: "\(path).\(key)", problems: &problems)
                } else if let extra = s["additionalProperties"] {
                    if extra == .bool(false) { problems.append("\(path): unexpected member \"\(key)\"") }
                    else { try check(member, extra, root: root, path: "\(path).\(key)", problems: &problems) }
                }
            }
        }
        if case let .array(a) = value, let items = s["items"] {
            for (i, element) in a.enumerated() { try check(element, items, root: root, path: "\(path)[\(i)]", problems: &problems) }
        }
        if let options = s["oneOf"]?.arrayValue {
            var passing = 0
            for option in options {
                var sub: [String] = []
                try check(value, option, root: root, path: path, problems: &sub)
                if sub.isEmpty { passing += 1 }
            }
            if passing != 1 { problems.append("\(path): matches \(passing) of the oneOf alternatives, not exactly 1") }
        }
    }

    private static func matches(_ value: JSON, type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("string", .string), ("array", .array), ("object", .object): return true
        case ("integer", .int): return true
        case ("integer", .double(let d)): return d == d.rounded()
        case ("number", .int), ("number", .double): return true
        default: return false
        }
    }
}
