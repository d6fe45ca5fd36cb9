import DoppelJSON

extension SynthShape {
    /// The shape shared by example rows: keys and nesting, value types, string
    /// patterns, small repeated value sets, numeric ranges, chat transcripts.
    public static func infer(from examples: [JSONObject]) -> SynthShape {
        infer(examples.map(JSON.object), key: nil)
    }

    static func infer(_ values: [JSON], key: String?) -> SynthShape {
        let present = values.filter { !$0.isNull }
        guard !present.isEmpty else { return .null }
        if present.allSatisfy({ $0.objectValue != nil }) { return objectShape(present.compactMap(\.objectValue)) }
        if present.allSatisfy({ $0.arrayValue != nil }) { return arrayShape(present.compactMap(\.arrayValue), key: key) }
        if present.allSatisfy({ $0.boolValue != nil }) {
            let trues = present.filter { $0.boolValue == true }.count
            return .boolean(trueRate: Double(trues) / Double(present.count))
        }
        if present.allSatisfy({ $0.doubleValue != nil }) { return numberShape(present, key: key) }
        if present.allSatisfy({ $0.stringValue != nil }) { return stringShape(present.compactMap(\.stringValue), key: key) }
        var distinct: [JSON] = []
        for v in present where !distinct.contains(v) { distinct.append(v) }
        return .mixed(distinct)
    }

    private static func objectShape(_ objects: [JSONObject]) -> SynthShape {
        var keys: [String] = []
        for o in objects { for k in o.keys where !keys.contains(k) { keys.append(k) } }
        let members = keys.map { key -> SynthMember in
            let values = objects.compactMap { $0[key] }
            let nulls = values.filter(\.isNull).count
            return SynthMember(key: key, shape: infer(values, key: key),
                               presence: Double(values.count) / Double(objects.count),
                               nullRate: values.isEmpty ? 0 : Double(nulls) / Double(values.count))
        }
        return .object(members)
    }

    private static func arrayShape(_ arrays: [[JSON]], key: String?) -> SynthShape {
        let elements = arrays.flatMap { $0 }
        let counts = (arrays.map(\.count).min() ?? 0)...(arrays.map(\.count).max() ?? 0)
        if !elements.isEmpty, elements.allSatisfy({ isMessage($0) }) { return .turns(turnsShape(arrays)) }
        return .array(element: infer(elements, key: key.map(singular)), counts: counts)
    }

    /// `{role, content}` with string values: one message of a chat transcript.
    static func isMessage(_ value: JSON) -> Bool {
        guard let o = value.objectValue else { return false }
        return o["role"]?.stringValue != nil && o["content"]?.stringValue != nil
    }

    private static func turnsShape(_ arrays: [[JSON]]) -> SynthTurns {
        var roles: [String] = []
        var systems: [String?] = []
        var counts: [Int] = []
        var userFirst = true
        var extras: [JSONObject] = []
        for (n, array) in arrays.enumerated() {
            let messages = array.compactMap(\.objectValue)
            var rest = messages[...]
            if let first = rest.first, first["role"]?.stringValue == "system" {
                systems.append(first["content"]?.stringValue)
                rest = rest.dropFirst()
            } else {
                systems.append(nil)
            }
            counts.append(rest.count)
            for m in rest {
                if let r = m["role"]?.stringValue, !roles.contains(r) { roles.append(r) }
                var extra = m
                extra["role"] = nil
                extra["content"] = nil
                if !extra.isEmpty { extras.append(extra) }
            }
            if n == 0, let r = rest.first?["role"]?.stringValue {
                userFirst = !["assistant", "agent", "bot", "ai", "model", "support"].contains(r.lowercased())
            }
        }
        let sharedSystem = systems.first.flatMap { $0 }.flatMap { s in systems.allSatisfy { $0 == s } ? s : nil }
        var extraMembers: [SynthMember] = []
        if case .object(let members)? = extras.isEmpty ? nil : objectShape(extras) { extraMembers = members }
        return SynthTurns(hasSystem: systems.contains { $0 != nil }, system: sharedSystem, roles: roles, counts: (counts.min() ?? 1)...(counts.max() ?? 1),
                          userFirst: userFirst, extra: extraMembers)
    }

    private static func numberShape(_ values: [JSON], key: String?) -> SynthShape {
        let doubles = values.compactMap(\.doubleValue)
        let lo = doubles.min() ?? 0
        let hi = doubles.max() ?? 0
        let allInts = values.allSatisfy { if case .int = $0 { return true } else { return false } }
        if allInts {
            let ints = values.compactMap(\.int64Value)
            return .integer((ints.min() ?? 0)...(ints.max() ?? 0), isIdentifier: isIdentifierKey(key))
        }
        var places = 0
        for d in doubles {
            let text = String(d)
            if let dot = text.firstIndex(of: "."), !text.contains("e") {
                places = max(places, text.distance(from: dot, to: text.endIndex) - 1)
            }
        }
        return .decimal(min: lo, max: hi, places: min(max(places, 1), 6))
    }

    static func isIdentifierKey(_ key: String?) -> Bool {
        guard let key else { return false }
        let k = key.lowercased()
        return k == "id" || k.hasSuffix("_id") || key.hasSuffix("Id") || k.hasSuffix("number") && !k.contains("phone")
    }

    private static func stringShape(_ values: [String], key: String?) -> SynthShape {
        let k = key?.lowercased() ?? ""
        if values.allSatisfy(StringPattern.isEmail) {
            return .string(.email(domains: unique(values.compactMap { $0.split(separator: "@").last.map(String.init) })))
        }
        if values.allSatisfy(StringPattern.isUUID) {
            return .string(.uuid(uppercase: values[0].contains(where: { $0.isUppercase })))
        }
        if values.allSatisfy(StringPattern.isURL) { return .string(.url(hosts: unique(values.map(StringPattern.host)))) }
        let stamps = values.compactMap(StringPattern.datetime)
        if stamps.count == values.count, let style = stamps.first?.1 {
            let seconds = stamps.map(\.0)
            return .string(.datetime(minSecond: seconds.min() ?? 0, maxSecond: seconds.max() ?? 0, style: style))
        }
        let days = values.compactMap(StringPattern.day)
        if days.count == values.count { return .string(.date(minDay: days.min() ?? 0, maxDay: days.max() ?? 0)) }
        let times = values.compactMap(StringPattern.time)
        if times.count == values.count { return .string(.time(withSeconds: times.contains(true))) }
        let phoneKey = ["phone", "tel", "mobile", "fax", "cell"].contains { k.contains($0) }
        if values.allSatisfy(StringPattern.isPhone), phoneKey || values.contains(where: { $0.hasPrefix("+") || $0.contains("(") }) {
            return .string(.phone(template: values[0]))
        }
        if let template = StringPattern.codeTemplate(values) { return .string(.code(template: template)) }
        if let part = namePart(k), values.allSatisfy(looksLikeName) { return .string(.personName(part: part)) }
        let words = values.map { TextTokens.words($0).count }
        let average = Double(words.reduce(0, +)) / Double(max(1, words.count))
        if average >= 4 || values.contains(where: { $0.count > 40 }) {
            return .string(.text(minWords: max(1, words.min() ?? 1), maxWords: max(1, words.max() ?? 1), seen: Array(values.prefix(50))))
        }
        let distinct = unique(values)
        if distinct.count < values.count || isCategoryKey(k) {
            return .choice(distinct.map(JSON.string), weights: distinct.map { d in values.filter { $0 == d }.count })
        }
        return .string(.label(distinct))
    }

    static func namePart(_ key: String) -> SynthNamePart? {
        let k = key.replacing("-", with: "_")
        if ["first_name", "firstname", "given_name", "givenname", "first"].contains(k) { return .first }
        if ["last_name", "lastname", "surname", "family_name", "familyname", "last"].contains(k) { return .last }
        let blocked = ["product", "company", "file", "user", "brand", "item", "business", "display", "host", "domain", "app", "project", "team"]
        if blocked.contains(where: { k.contains($0) }) { return nil }
        if k == "name" || k == "fullname" || k.hasSuffix("_name") || k.hasSuffix("name") || ["author", "customer", "reviewer", "agent", "contact", "patient", "employee"].contains(k) {
            return .full
        }
        return nil
    }

    static func looksLikeName(_ s: String) -> Bool {
        let parts = s.split(separator: " ")
        return (1...4).contains(parts.count) && parts.allSatisfy { $0.first?.isUppercase == true && !$0.contains(where: \.isNumber) }
    }

    static func isCategoryKey(_ k: String) -> Bool {
        let cues = ["status", "type", "category", "level", "priority", "sentiment", "role", "gender", "tier", "plan", "channel",
                    "state", "stage", "kind", "department", "language", "currency", "segment", "source", "method", "mode", "label", "tag"]
        return cues.contains { k == $0 || k.hasSuffix("_" + $0) || k.hasPrefix($0 + "_") }
    }

    static func singular(_ key: String) -> String {
        key.hasSuffix("s") && key.count > 3 ? String(key.dropLast()) : key
    }

    static func unique(_ values: [String]) -> [String] {
        var seen: [String] = []
        for v in values where !seen.contains(v) { seen.append(v) }
        return seen
    }
}
