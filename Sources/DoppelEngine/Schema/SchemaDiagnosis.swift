import DoppelJSON
import DoppelProtocol
import DoppelText

/// Checks a schema's text the way `generate` would, and places each problem
/// in the text for an editor (`schema.validate`, `doppel schema validate`).
///
/// The checks are the decoder's and the resolver's own, so an editor sees
/// exactly what `generate` would refuse; this type adds only where each
/// problem is, a "did you mean", and warnings for misspelt members that the
/// decoder would otherwise ignore or keep as kind options.
public struct SchemaDiagnosis: Sendable {
    public let diagnostics: [SchemaDiagnostic]

    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }

    /// Diagnoses `text`, the whole schema document.
    public init(text: String) {
        let bytes = Array(text.utf8)
        let json: JSON
        do {
            json = try JSONParser.parse(bytes)
        } catch let error as JSONParseError {
            diagnostics = [SchemaDiagnostic(severity: .error, pointer: "", position: TextPosition(offset: error.offset, in: bytes),
                                            message: "invalid JSON: \(error.message)")]
            return
        } catch {
            diagnostics = [SchemaDiagnostic(severity: .error, pointer: "", position: TextPosition(offset: 0, in: bytes),
                                            message: "invalid JSON: \(error)")]
            return
        }
        var locating = Locating(json: json, bytes: bytes)
        var found = locating.misspeltMembers()
        let problems: [SchemaProblem]
        switch Schema.plan(from: json) {
        case .success: problems = []
        case let .failure(error): problems = error.problems
        }
        found += problems.map { locating.place($0) }
        diagnostics = found.sorted { ($0.position.offset, $0.severity == .error ? 0 : 1) < ($1.position.offset, $1.severity == .error ? 0 : 1) }
    }

    /// The `schema.validate` result.
    public var json: JSON {
        .object(JSONObject([
            ("valid", .bool(errorCount == 0)),
            ("errors", .int(Int64(errorCount))),
            ("warnings", .int(Int64(diagnostics.count - errorCount))),
            ("problems", .array(diagnostics.map(\.json))),
        ]))
    }
}

/// Turns problems named by entity, field and member into pointers and positions.
private struct Locating {
    let json: JSON
    let bytes: [UInt8]

    static let rootMembers: Set<String> = ["$schema", "name", "seed", "locale", "reference_date", "entities", "description"]
    static let entityMembers: Set<String> = ["name", "rows", "fields", "unique_together", "description"]

    func position(_ tokens: [String], memberName: Bool = false) -> TextPosition {
        // The deepest part of the path that exists: a problem about a missing member sits on its object.
        var path = tokens
        while true {
            if let offset = JSONLocator.offset(of: JSONLocator.pointer(path), in: bytes, memberName: memberName) {
                return TextPosition(offset: offset, in: bytes)
            }
            if path.isEmpty { return TextPosition(offset: 0, in: bytes) }
            path.removeLast()
        }
    }

    /// `entities[3]` or the name of an entity → its index in the JSON.
    func entityIndex(_ label: String) -> Int? {
        if let i = Self.bracketIndex(label, "entities") { return i }
        return json["entities"]?.arrayValue?.firstIndex { $0["name"]?.stringValue == label }
    }

    func fieldIndex(_ label: String, entity: Int) -> Int? {
        if let i = Self.bracketIndex(label, "fields") { return i }
        return json["entities"]?[entity]?["fields"]?.arrayValue?.firstIndex { $0["name"]?.stringValue == label }
    }

    static func bracketIndex(_ label: String, _ list: String) -> Int? {
        guard label.hasPrefix(list + "["), label.hasSuffix("]") else { return nil }
        return Int(label.dropFirst(list.count + 1).dropLast())
    }

    /// The member a message opens with (`kind: …`, `min 5 is greater …`), when the object has it.
    static func member(of message: String, in object: JSON?) -> String? {
        let head = message.prefix { $0.isLetter || $0 == "_" || $0.isNumber }
        guard !head.isEmpty, let object = object?.objectValue else { return nil }
        return object[String(head)] != nil ? String(head) : nil
    }

    mutating func place(_ problem: SchemaProblem) -> SchemaDiagnostic {
        var tokens: [String] = []
        var object: JSON? = json
        if let e = problem.entity, let i = entityIndex(e) {
            tokens = ["entities", String(i)]
            object = json["entities"]?[i]
            if let f = problem.field, let j = fieldIndex(f, entity: i) {
                tokens += ["fields", String(j)]
                object = object?["fields"]?[j]
            }
        }
        var message = problem.description
        var suggestion: String?
        if let member = Self.member(of: problem.message, in: object) { tokens.append(member) }
        if problem.message.hasPrefix("kind: unknown kind"), let kind = object?["kind"]?.stringValue,
           let closest = KindCatalogue.closest(to: kind) {
            let base = message.firstRange(of: "; did you mean").map { String(message[..<$0.lowerBound]) } ?? message
            message = base + "; did you mean `\(closest)`?"
            suggestion = closest
        }
        return SchemaDiagnostic(severity: .error, pointer: JSONLocator.pointer(tokens), position: position(tokens),
                                message: message, suggestion: suggestion)
    }

    /// Members the decoder ignores (at the top and in entities) or keeps as kind
    /// options (in fields), that are one or two edits from a member with a meaning.
    func misspeltMembers() -> [SchemaDiagnostic] {
        var found: [SchemaDiagnostic] = []
        func check(_ object: JSON?, _ tokens: [String], known: Set<String>, ignored: Bool, options: Set<String> = []) {
            guard let o = object?.objectValue else { return }
            for (key, _) in o where !known.contains(key) && !options.contains(key) {
                let near = ParamReader.closest(key, among: known.sorted())
                guard ignored || near != nil else { continue }
                let path = tokens + [key]
                let what = ignored ? "unknown member \"\(key)\" is ignored" : "unknown member \"\(key)\" is kept as a kind option"
                found.append(SchemaDiagnostic(
                    severity: .warning, pointer: JSONLocator.pointer(path), position: position(path, memberName: true),
                    message: what + (near.map { "; did you mean `\($0)`?" } ?? ""), suggestion: near))
            }
        }
        check(json, [], known: Self.rootMembers, ignored: true)
        for (i, entity) in (json["entities"]?.arrayValue ?? []).enumerated() {
            let base = ["entities", String(i)]
            check(entity, base, known: Self.entityMembers, ignored: true)
            for (j, field) in (entity["fields"]?.arrayValue ?? []).enumerated() {
                let kindOptions = Set(KindOptions.options(for: field["kind"]?.stringValue ?? "").map(\.name))
                check(field, base + ["fields", String(j)], known: Field.knownMembers, ignored: false, options: kindOptions)
            }
        }
        return found
    }
}
