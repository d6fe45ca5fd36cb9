import DoppelJSON
import DoppelText

extension SchemaResolver {
    /// Fills kinds (inferred when absent) and types (from the kind when absent)
    /// of fields that do not reference another entity; checks the pair agrees.
    mutating func resolveKindsAndTypes() {
        for e in schema.entities.indices {
            let entity = schema.entities[e]
            for i in entity.fields.indices where entity.fields[i].references == nil {
                var f = entity.fields[i]
                if let spec = KindInference.spec(for: f, entity: entity.name) { spec.fill(&f) }
                let kind = f.kind ?? KindInference.kind(for: f, entity: entity.name)
                f.kind = kind
                if kind == "enum" {
                    if !f.typeIsExplicit, let values = f.values { f.type = Self.enumType(values) }
                } else if let entry = KindCatalogue.entry(kind) {
                    if !f.typeIsExplicit { f.type = entry.type }
                    else if !Self.compatible(kindType: entry.type, fieldType: f.type) {
                        let fix = entry.type == .string ? "use type string" : "use type \(entry.type.rawValue) or string"
                        problem(entity.name, f.name, "type: kind \(kind) produces \(entry.type.rawValue) values, which \(Self.article(f.type)) \(f.type.rawValue) column cannot hold; \(fix)")
                    }
                } else {
                    // The kind a column named like the unknown kind's last word would get comes first:
                    // `address.zip` and `address.postcode` suggest address.postal_code.
                    let leaf = kind.split(separator: ".").last.map(String.init) ?? kind
                    let named = KindInference.byName(leaf, type: nil, entity: entity.name, primaryKey: false)
                        .flatMap { KindCatalogue.entry($0) != nil ? [$0] : nil } ?? []
                    var hint: [String] = []
                    for k in named + KindCatalogue.suggestions(for: kind) where !hint.contains(k) && hint.count < 5 { hint.append(k) }
                    problem(entity.name, f.name, "kind: unknown kind \"\(kind)\"" + (hint.isEmpty ? "" : "; did you mean \(hint.joined(separator: ", "))?"))
                }
                schema.entities[e].fields[i] = f
            }
        }
    }

    /// The storage type an enum's values suggest.
    static func enumType(_ values: [JSON]) -> FieldType {
        if values.allSatisfy({ if case .int = $0 { return true } else { return $0.isNull } }) { return .integer }
        if values.allSatisfy({ $0.doubleValue != nil || $0.isNull }) { return .decimal }
        if values.allSatisfy({ $0.boolValue != nil || $0.isNull }) { return .boolean }
        if values.allSatisfy({ $0.stringValue != nil || $0.isNull }) { return .string }
        return .json
    }

    static func article(_ t: FieldType) -> String { t == .integer || t == .uuid ? "an" : "a" }

    static let numeric: Set<FieldType> = [.integer, .decimal, .float]

    /// The column named by the first of `names` (in their order) that `fields` has, any case, and that
    /// `accept` takes: how a rule finds the row's status, its amount or its name among synonyms.
    static func column(named names: some Sequence<String>, in fields: [Field], where accept: (Field) -> Bool = { _ in true }) -> Int? {
        for n in names {
            if let c = fields.firstIndex(where: { $0.name.lowercased() == n && accept($0) }) { return c }
        }
        return nil
    }

    /// The column named by the first of `names` that `fields` has and `accept` takes, with the unit that name is
    /// counted in: a term in months or in years, a lead time in days or in weeks.
    static func column<Unit>(named names: [(String, Unit)], in fields: [Field],
                             where accept: (Field) -> Bool = { _ in true }) -> (column: Int, unit: Unit)? {
        for (name, unit) in names {
            if let c = column(named: [name], in: fields, where: accept) { return (c, unit) }
        }
        return nil
    }

    /// A number of the row's own (not a reference): what a rule reads an amount from.
    static func isOwnNumber(_ f: Field) -> Bool { numeric.contains(f.type) && f.references == nil }

    /// Whether a table's rows are people, by its name (`employees`, `users`, `staff_members`).
    static func isPeopleTable(_ name: String) -> Bool {
        PersonNouns.words.contains(Inflector.singular(KindInference.head(ofEntity: name)))
    }

    /// A date or time of the row's own (not a reference): what a rule reads a moment from.
    static func isOwnTime(_ f: Field) -> Bool { (f.type == .date || f.type == .datetime) && f.references == nil }

    /// Whether a table is one of `names` by the last word of its name or by its whole name (singular): a
    /// `damage_records` table is a damage record, a `vital_signs` table a vital sign.
    static func isNamed(_ entity: String, oneOf names: Set<String>) -> Bool {
        names.contains(Inflector.singular(KindInference.head(ofEntity: entity))) || names.contains(Inflector.singular(entity.lowercased()))
    }

    /// Whether a column of `fieldType` can hold what a kind of `kindType` produces.
    static func compatible(kindType: FieldType, fieldType: FieldType) -> Bool {
        if fieldType == kindType || fieldType == .string || fieldType == .text || fieldType == .json { return true }
        if numeric.contains(kindType) && numeric.contains(fieldType) { return true }
        if (kindType == .date || kindType == .datetime) && (fieldType == .date || fieldType == .datetime) { return true }
        if kindType == .datetime && fieldType == .time { return true }
        if kindType == .boolean && fieldType == .integer { return true }
        if kindType == .string && fieldType == .text { return true }
        return false
    }

    /// Per-field checks that do not need the plan: bounds, enum values and weights, keys.
    mutating func checkFields() {
        for entity in schema.entities {
            let pkCount = entity.fields.filter(\.primaryKey).count
            for f in entity.fields {
                if let lo = f.min, let hi = f.max, lo > hi {
                    problem(entity.name, f.name, "min \(Self.number(lo)) is greater than max \(Self.number(hi))")
                }
                if let w = f.weights {
                    if f.values == nil {
                        problem(entity.name, f.name, "weights: given without values; weights pair with an enum's values")
                    } else if let v = f.values, v.count != w.count {
                        problem(entity.name, f.name, "weights: expected \(v.count) weights, one per value, got \(w.count)")
                    }
                    if w.contains(where: { $0 < 0 || !$0.isFinite }) {
                        problem(entity.name, f.name, "weights: expected non-negative numbers")
                    } else if !w.isEmpty, w.reduce(0, +) <= 0 {
                        problem(entity.name, f.name, "weights: expected at least one positive weight, got all zero")
                    }
                }
                if f.kind == "enum" && f.references == nil {
                    if (f.values ?? []).isEmpty {
                        problem(entity.name, f.name, "values: kind enum needs a non-empty list of values")
                    } else if let values = f.values, f.typeIsExplicit {
                        let natural = Self.enumType(values)
                        if !(natural == f.type || Self.compatible(kindType: natural, fieldType: f.type)) {
                            problem(entity.name, f.name, "values: a \(f.type.rawValue) column cannot hold these values (they are \(natural.rawValue))")
                        }
                    }
                }
                if f.primaryKey && f.nullable != nil {
                    problem(entity.name, f.name, "nullable: a primary key cannot be NULL")
                }
                if f.primaryKey && pkCount == 1 && f.type == .boolean {
                    problem(entity.name, f.name, "primary_key: a boolean has only two values")
                }
            }
            for group in entity.uniqueTogether {
                if group.isEmpty { problem(entity.name, nil, "unique_together: a group needs at least one field") }
                for name in group where entity.field(named: name) == nil {
                    problem(entity.name, nil, "unique_together: no field named \"\(name)\" in \(entity.name)")
                }
                for name in group where entity.field(named: name)?.references?.entity == entity.name {
                    problem(entity.name, name, "unique_together: a self-reference cannot be part of a unique group (it must point at earlier rows)")
                }
            }
        }
    }

    static func number(_ d: Double) -> String {
        if let i = Int64(exactly: d) { return String(i) }
        return String(d)
    }
}
