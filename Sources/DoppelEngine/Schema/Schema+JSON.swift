import DoppelJSON
import DoppelText

extension Schema {
    /// Decodes the JSON form, collecting every structural problem (wrong
    /// member types, unknown enum spellings, missing names, duplicates) rather
    /// than stopping at the first. Semantic checks — known kinds, resolvable
    /// references, satisfiable uniqueness — belong to the validator.
    public static func decode(_ json: JSON) -> Result<Schema, SchemaError> {
        var decoder = SchemaDecoder()
        let schema = decoder.schema(json)
        if decoder.problems.isEmpty, let schema { return .success(schema) }
        return .failure(SchemaError(problems: decoder.problems))
    }

    /// Parses JSON text and decodes it.
    public static func decode(text: String) -> Result<Schema, SchemaError> {
        do {
            return decode(try JSONParser.parse(text))
        } catch {
            return .failure(SchemaError(problems: [SchemaProblem("\(error)")]))
        }
    }

    /// The JSON form, members in the documented order, defaults left out.
    public var json: JSON {
        var o = JSONObject()
        o.appendUnique("name", .string(name))
        if let seed { o.appendUnique("seed", seed <= UInt64(Int64.max) ? .int(Int64(seed)) : .double(Double(seed))) }
        o.appendUnique("locale", .string(locale))
        if let referenceDate { o.appendUnique("reference_date", .string(referenceDate)) }
        o.appendUnique("entities", .array(entities.map(\.json)))
        return .object(o)
    }
}

extension Entity {
    public var json: JSON {
        var o = JSONObject()
        o.appendUnique("name", .string(name))
        o.appendUnique("rows", .int(rows))
        o.appendUnique("fields", .array(fields.map(\.json)))
        if !uniqueTogether.isEmpty {
            o.appendUnique("unique_together", .array(uniqueTogether.map { .array($0.map(JSON.string)) }))
        }
        return .object(o)
    }
}

extension Field {
    public var json: JSON {
        var o = JSONObject()
        o.appendUnique("name", .string(name))
        o.appendUnique("type", .string(type.rawValue))
        if let kind { o.appendUnique("kind", .string(kind)) }
        if primaryKey { o.appendUnique("primary_key", true) }
        if unique { o.appendUnique("unique", true) }
        if let nullable { o.appendUnique("nullable", .double(nullable)) }
        if let references { o.appendUnique("references", .string(references.description)) }
        if let fanout { o.appendUnique("fanout", .string(fanout.rawValue)) }
        if let values { o.appendUnique("values", .array(values)) }
        if let weights { o.appendUnique("weights", .array(weights.map(JSON.double))) }
        if let min { o.appendUnique("min", Field.number(min)) }
        if let max { o.appendUnique("max", Field.number(max)) }
        if let distribution { o.appendUnique("distribution", .string(distribution.rawValue)) }
        if let precision { o.appendUnique("precision", .int(precision)) }
        if let pattern { o.appendUnique("pattern", .string(pattern)) }
        if let probability { o.appendUnique("probability", .double(probability)) }
        for (k, v) in options where o[k] == nil { o.appendUnique(k, v) }
        return .object(o)
    }

    private static func number(_ d: Double) -> JSON {
        if let i = Int64(exactly: d) { return .int(i) }
        return .double(d)
    }

    /// Members with a meaning of their own; everything else lands in `options`.
    static let knownMembers: Set<String> = [
        "name", "type", "kind", "primary_key", "unique", "nullable", "references", "fanout",
        "values", "weights", "min", "max", "distribution", "precision", "pattern", "probability",
    ]
}

/// Walks a schema's JSON, recording problems with their location.
struct SchemaDecoder {
    var problems: [SchemaProblem] = []

    mutating func schema(_ json: JSON) -> Schema? {
        guard case let .object(o) = json else {
            problems.append(SchemaProblem("schema: expected an object, got \(json.typeName)"))
            return nil
        }
        let name = string(o["name"], "name", entity: nil, field: nil) ?? "dataset"
        var seed: UInt64?
        if let s = o["seed"], !s.isNull {
            if let i = s.int64Value, i >= 0 { seed = UInt64(i) } else if case let .double(d) = s, d >= 0, d < 1.8446744073709552e19, d.rounded() == d {
                seed = UInt64(d)
            } else {
                problems.append(SchemaProblem("seed: expected a non-negative integer, got \(describe(s))"))
            }
        }
        let locale = string(o["locale"], "locale", entity: nil, field: nil) ?? Schema.defaultLocale
        var entities: [Entity] = []
        switch o["entities"] {
        case let .array(items)?:
            if items.isEmpty { problems.append(SchemaProblem("entities: expected at least one entity, got an empty list")) }
            for (i, item) in items.enumerated() {
                if let e = entity(item, index: i) { entities.append(e) }
            }
        case let other?:
            problems.append(SchemaProblem("entities: expected an array of entities, got \(other.typeName)"))
        case nil:
            problems.append(SchemaProblem("entities: required, missing"))
        }
        var seen: Set<String> = []
        for e in entities where !seen.insert(e.name).inserted {
            problems.append(SchemaProblem(entity: e.name, "entity name appears more than once"))
        }
        let referenceDate = string(o["reference_date"], "reference_date", entity: nil, field: nil)
        if let referenceDate, CivilTime.parse(referenceDate) == nil {
            problems.append(SchemaProblem("reference_date: expected an ISO date such as 2025-01-01, got \"\(referenceDate)\""))
        }
        return Schema(name: name, seed: seed, locale: locale, entities: entities, referenceDate: referenceDate)
    }

    mutating func entity(_ json: JSON, index: Int) -> Entity? {
        guard case let .object(o) = json else {
            problems.append(SchemaProblem("entities[\(index)]: expected an object, got \(json.typeName)"))
            return nil
        }
        guard let name = string(o["name"], "name", entity: "entities[\(index)]", field: nil), !name.isEmpty else {
            if o["name"] == nil { problems.append(SchemaProblem(entity: "entities[\(index)]", "name: required, missing")) }
            if o["name"] == .string("") { problems.append(SchemaProblem(entity: "entities[\(index)]", "name: expected a non-empty entity name, got \"\"")) }
            return nil
        }
        var rows = Schema.defaultRows
        if let r = o["rows"], !r.isNull {
            if let n = r.intValue, n >= 0 { rows = n } else {
                problems.append(SchemaProblem(entity: name, "rows: expected a non-negative integer, got \(describe(r))"))
            }
        }
        var fields: [Field] = []
        switch o["fields"] {
        case let .array(items)?:
            if items.isEmpty { problems.append(SchemaProblem(entity: name, "fields: expected at least one field, got an empty list")) }
            for (i, item) in items.enumerated() {
                if let f = field(item, entity: name, index: i) { fields.append(f) }
            }
        case let other?:
            problems.append(SchemaProblem(entity: name, "fields: expected an array of fields, got \(other.typeName)"))
        case nil:
            problems.append(SchemaProblem(entity: name, "fields: required, missing"))
        }
        var seen: Set<String> = []
        for f in fields where !seen.insert(f.name).inserted {
            problems.append(SchemaProblem(entity: name, field: f.name, "field name appears more than once"))
        }
        var groups: [[String]] = []
        if let u = o["unique_together"], !u.isNull {
            if let arr = u.arrayValue, arr.allSatisfy({ $0.arrayValue?.allSatisfy { $0.stringValue != nil } == true }) {
                groups = arr.map { $0.arrayValue!.compactMap(\.stringValue) }
            } else {
                problems.append(SchemaProblem(entity: name, "unique_together: expected an array of arrays of field names, got \(describe(u))"))
            }
        }
        return Entity(name: name, rows: rows, fields: fields, uniqueTogether: groups)
    }

    mutating func field(_ json: JSON, entity: String, index: Int) -> Field? {
        guard case let .object(o) = json else {
            problems.append(SchemaProblem(entity: entity, "fields[\(index)]: expected an object, got \(json.typeName)"))
            return nil
        }
        guard let name = string(o["name"], "name", entity: entity, field: "fields[\(index)]"), !name.isEmpty else {
            if o["name"] == nil { problems.append(SchemaProblem(entity: entity, field: "fields[\(index)]", "name: required, missing")) }
            if o["name"] == .string("") { problems.append(SchemaProblem(entity: entity, field: "fields[\(index)]", "name: expected a non-empty field name, got \"\"")) }
            return nil
        }
        var f = Field(name: name, type: .string)
        func problem(_ m: String) { problems.append(SchemaProblem(entity: entity, field: name, m)) }

        if let t = string(o["type"], "type", entity: entity, field: name) {
            if let type = FieldType(rawValue: t.lowercased()) { f.type = type } else {
                problem("type: expected one of \(FieldType.allCases.map(\.rawValue).joined(separator: ", ")), got \"\(t)\"")
            }
        } else {
            f.typeIsExplicit = false
        }
        f.kind = string(o["kind"], "kind", entity: entity, field: name)
        f.primaryKey = bool(o["primary_key"], "primary_key", entity: entity, field: name) ?? false
        f.unique = bool(o["unique"], "unique", entity: entity, field: name) ?? false
        if let n = o["nullable"], !n.isNull {
            switch n {
            case let .bool(b): f.nullable = b ? 0 : nil
            case let v where v.doubleValue != nil:
                let p = v.doubleValue!
                if p >= 0 && p <= 1 { f.nullable = p } else { problem("nullable: expected a probability from 0 to 1 or a boolean, got \(describe(n))") }
            default: problem("nullable: expected a probability from 0 to 1 or a boolean, got \(describe(n))")
            }
        }
        if let r = o["references"], !r.isNull {
            switch r {
            case let .string(s):
                if let ref = FieldReference(s) { f.references = ref } else { problem("references: expected \"entity.field\", got \"\(s)\"") }
            case let .object(ro):
                if let e = ro["entity"]?.stringValue, let fl = ro["field"]?.stringValue { f.references = FieldReference(entity: e, field: fl) } else {
                    problem("references: expected {\"entity\": …, \"field\": …}, got \(describe(r))")
                }
            default: problem("references: expected \"entity.field\", got \(describe(r))")
            }
        }
        if let s = string(o["fanout"], "fanout", entity: entity, field: name) {
            if let v = Fanout(rawValue: s) { f.fanout = v } else { problem("fanout: expected one of uniform, zipf, got \"\(s)\"") }
        }
        if let v = o["values"], !v.isNull {
            if let a = v.arrayValue { f.values = a } else { problem("values: expected an array, got \(describe(v))") }
        }
        if let w = o["weights"], !w.isNull {
            if let a = w.arrayValue, a.allSatisfy({ $0.doubleValue != nil }) { f.weights = a.map { $0.doubleValue! } } else {
                problem("weights: expected an array of numbers, got \(describe(w))")
            }
        }
        for key in ["min", "max"] {
            guard let v = o[key], !v.isNull else { continue }
            if let d = v.doubleValue {
                if key == "min" { f.min = d } else { f.max = d }
            } else if v.stringValue != nil {
                f.options[key] = v  // a date or time bound, read by the kinds that take one
            } else {
                problem("\(key): expected a number or an ISO date, got \(describe(v))")
            }
        }
        if let s = string(o["distribution"], "distribution", entity: entity, field: name) {
            if let v = Distribution(rawValue: s) { f.distribution = v } else {
                problem("distribution: expected one of \(Distribution.allCases.map(\.rawValue).joined(separator: ", ")), got \"\(s)\"")
            }
        }
        if let p = o["precision"], !p.isNull {
            if let n = p.intValue, (0...12).contains(n) { f.precision = n } else { problem("precision: expected an integer from 0 to 12, got \(describe(p))") }
        }
        f.pattern = string(o["pattern"], "pattern", entity: entity, field: name)
        if let p = o["probability"], !p.isNull {
            if let d = p.doubleValue, d >= 0, d <= 1 { f.probability = d } else { problem("probability: expected a number from 0 to 1, got \(describe(p))") }
        }
        for (k, v) in o where !Field.knownMembers.contains(k) { f.options[k] = v }
        return f
    }

    mutating func string(_ v: JSON?, _ member: String, entity: String?, field: String?) -> String? {
        guard let v, !v.isNull else { return nil }
        if let s = v.stringValue { return s }
        problems.append(SchemaProblem(entity: entity, field: field, "\(member): expected a string, got \(describe(v))"))
        return nil
    }

    mutating func bool(_ v: JSON?, _ member: String, entity: String?, field: String?) -> Bool? {
        guard let v, !v.isNull else { return nil }
        if let b = v.boolValue { return b }
        problems.append(SchemaProblem(entity: entity, field: field, "\(member): expected a boolean, got \(describe(v))"))
        return nil
    }

    func describe(_ v: JSON) -> String {
        let text = v.serialized()
        return text.count > 40 ? "\(v.typeName) \(text.prefix(40))…" : "\(v.typeName) \(text)"
    }
}
