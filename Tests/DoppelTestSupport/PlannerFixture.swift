import Foundation
import Testing
import DoppelJSON
import DoppelText
import DoppelEngine
import DoppelPlanner

/// A prompt with the tables, columns, references, types and row counts a
/// plan must have — the same form as ../shared/eval/planner_dev.json, so the
/// fixture files also run under the Python scorer.
public struct PlannerCase: Sendable, CustomTestStringConvertible {
    public var id: String
    public var prompt: String
    public var json: JSON

    public var testDescription: String { id }

    /// Cases from a fixture file in Tests/Fixtures.
    public static func load(_ file: String) -> [PlannerCase] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent(file)
        guard let data = try? Data(contentsOf: url), let doc = try? JSONParser.parse(data), let items = doc.arrayValue else { return [] }
        return items.compactMap { item in
            guard let id = item["id"]?.stringValue, let prompt = item["prompt"]?.stringValue else { return nil }
            return PlannerCase(id: id, prompt: prompt, json: item)
        }
    }

    /// Every expectation this plan misses, in words; empty when it meets them all.
    public func misses(_ schema: Schema) -> [String] {
        var out: [String] = []
        var alias: [String: Entity] = [:]
        for exp in json["entities"]?.arrayValue ?? [] {
            let names = exp["names"]?.arrayValue?.compactMap(\.stringValue) ?? []
            let columns = exp["columns"]?.arrayValue?.compactMap(\.stringValue) ?? []
            let entity = Self.find(schema, names: names, columns: columns)
            alias[names.first ?? ""] = entity
            guard let entity else { out.append("no entity \(names.joined(separator: "/"))"); continue }
            for c in columns where Self.field(entity, c) == nil { out.append("\(entity.name) lacks \(c)") }
            if let min = exp["min_columns"]?.intValue, entity.fields.count < min { out.append("\(entity.name) has \(entity.fields.count) < \(min) fields") }
            if let rows = exp["rows"]?.intValue, entity.rows != rows { out.append("\(entity.name) rows \(entity.rows) != \(rows)") }
        }
        for fk in json["fks"]?.arrayValue ?? [] {
            guard let parts = fk.arrayValue?.compactMap(\.stringValue), parts.count == 3 else { continue }
            guard let child = alias[parts[0]], let parent = alias[parts[2]] else { out.append("fk \(parts) has no entities"); continue }
            let candidates = parts[1] == "*" ? child.fields : [Self.field(child, parts[1])].compactMap { $0 }
            let ok = candidates.contains { f in
                f.references.map { Self.singular($0.entity) == Self.singular(parent.name) } ?? false
            }
            if !ok { out.append("no reference \(child.name).\(parts[1]) -> \(parent.name)") }
        }
        let classes: [String: Set<String>] = [
            "number": ["decimal", "float"], "integer": ["integer"], "string": ["string", "text"],
            "date": ["date"], "datetime": ["datetime"], "boolean": ["boolean"],
        ]
        for t in json["types"]?.arrayValue ?? [] {
            guard let parts = t.arrayValue?.compactMap(\.stringValue), parts.count == 3 else { continue }
            guard let entity = alias[parts[0]], let f = Self.field(entity, parts[1]) else { out.append("no field for type check \(parts)"); continue }
            let allowed = parts[2].split(separator: "|").flatMap { classes[String($0)] ?? [] }
            if !allowed.contains(f.type.rawValue) { out.append("\(entity.name).\(f.name) is \(f.type.rawValue), want \(parts[2])") }
        }
        return out
    }

    public static func find(_ schema: Schema, names: [String], columns: [String]) -> Entity? {
        if names == ["*"] {
            return schema.entities.max { a, b in
                columns.filter { field(a, $0) != nil }.count < columns.filter { field(b, $0) != nil }.count
            }
        }
        let wanted = Set(names.map(singular))
        return schema.entities.first { wanted.contains(singular($0.name)) }
    }

    public static func field(_ e: Entity, _ spec: String) -> Field? {
        for alt in spec.split(separator: "|") {
            if let f = e.fields.first(where: { $0.name == norm(String(alt)) }) { return f }
        }
        return nil
    }

    public static func norm(_ s: String) -> String { Identifier.snake(s) }

    /// The scorer's deliberately simple singular, so names compare as it compares them.
    public static func singular(_ name: String) -> String {
        var parts = norm(name).split(separator: "_").map(String.init)
        guard var w = parts.last else { return name }
        if w.hasSuffix("ies") && w.count > 4 { w = String(w.dropLast(3)) + "y" } else if w.hasSuffix("sses") { w = String(w.dropLast(2)) } else if w.hasSuffix("s") && !w.hasSuffix("ss") && w.count > 3 { w = String(w.dropLast()) }
        parts[parts.count - 1] = w
        return parts.joined(separator: "_")
    }
}

/// Structural rules every plan keeps, whatever the prompt.
public enum PlanInvariants {
    /// Problems with a planned schema: duplicate names, keys, dangling or mistyped references, unknown kinds.
    public static func problems(_ schema: Schema) -> [String] {
        var out: [String] = []
        if schema.entities.isEmpty { out.append("no entities") }
        var names: Set<String> = []
        for e in schema.entities {
            if !names.insert(e.name).inserted { out.append("duplicate entity \(e.name)") }
            if e.name.isEmpty || e.name != Identifier.snake(e.name) { out.append("entity name not snake_case: \(e.name)") }
            if e.rows < 1 { out.append("\(e.name) has \(e.rows) rows") }
            if e.fields.isEmpty { out.append("\(e.name) has no fields") }
            var fieldNames: Set<String> = []
            for f in e.fields {
                if !fieldNames.insert(f.name).inserted { out.append("duplicate field \(e.name).\(f.name)") }
                if f.name.isEmpty || f.name != Identifier.snake(f.name) { out.append("field name not snake_case: \(e.name).\(f.name)") }
                if let kind = f.kind, KindCatalogue.entry(kind) == nil { out.append("unknown kind \(kind) on \(e.name).\(f.name)") }
                if let ref = f.references {
                    guard let target = schema.entity(named: ref.entity), let tf = target.field(named: ref.field) else {
                        out.append("dangling reference \(e.name).\(f.name) -> \(ref)")
                        continue
                    }
                    if tf.type != f.type { out.append("\(e.name).\(f.name) is \(f.type) but \(ref) is \(tf.type)") }
                    if !tf.primaryKey && !tf.unique { out.append("\(ref) is referenced but not unique") }
                    if !tf.primaryKey && tf.references != nil { out.append("\(e.name).\(f.name) references \(ref), itself a reference") }
                    if f.kind != nil { out.append("reference \(e.name).\(f.name) carries a kind") }
                }
                if let values = f.values, f.kind == "enum", values.isEmpty { out.append("empty enum \(e.name).\(f.name)") }
                if let w = f.weights, w.count != (f.values?.count ?? -1) { out.append("weights do not match values on \(e.name).\(f.name)") }
                if let lo = f.min, let hi = f.max, lo > hi { out.append("min > max on \(e.name).\(f.name)") }
            }
            let keys = e.fields.filter(\.primaryKey).count
            if keys > 1 { out.append("\(e.name) has \(keys) primary keys") }
            if keys == 0 && e.uniqueTogether.isEmpty { out.append("\(e.name) has no key") }
            for group in e.uniqueTogether where group.contains(where: { e.field(named: $0) == nil }) {
                out.append("unique_together on missing fields in \(e.name): \(group)")
            }
        }
        if case .failure(let error) = Schema.decode(schema.json) { out.append("does not decode: \(error)") }
        // The engine's own resolver accepts it: kinds, options, capacities, no reference loops.
        if case .failure(let error) = schema.resolve() { out += error.problems.prefix(3).map { "engine refuses: \($0)" } }
        return out
    }
}
