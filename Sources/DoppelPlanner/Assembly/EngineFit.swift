import DoppelJSON
import DoppelText
import DoppelEngine

/// Checks a plan with the engine's own resolver and repairs what the engine
/// would refuse, so a planned schema always generates.
///
/// The planner's lexicon cannot know every limit of every kind (how many
/// distinct airport codes exist, which options a kind takes), and the
/// engine's resolver can: it is cheap (well under a millisecond for a
/// typical plan), so the plan is resolved and each problem the resolver
/// names is repaired in the least surprising way:
///
/// - a unique code (`id.pattern`) too short for its rows gets more digits;
/// - any other column that cannot be unique with that many rows loses `unique`;
/// - a key that cannot be: the table gets fewer rows when the prompt did not
///   state its count, otherwise the key becomes a pattern code with room
///   for every row;
/// - any other problem with a column's kind: the kind is dropped and the
///   engine infers one from the name and type.
///
/// Each repair adds a warning. What is still wrong after a few rounds is
/// reported as a warning rather than hidden.
package enum EngineFit {
    static let rounds = 8

    static func fit(_ result: inout PlanResult) {
        result.warnings += fit(&result.schema, rowsFromPrompt: Set(result.rowsFromPrompt))
    }

    /// Repairs `schema` at its current row counts and returns one warning per repair.
    ///
    /// Run again after a request resizes a planned schema (`dataset_size`, `--rows`): a list that held the
    /// planned rows may not hold the asked ones.
    package static func fit(_ schema: inout Schema, rowsFromPrompt: Set<String>) -> [String] {
        var notes: [String] = []
        var notUnique: Set<String> = []  // "entity.field" that lost `unique` for capacity
        for _ in 0..<rounds {
            preflight(&schema, notUnique: notUnique, notes: &notes)
            guard case let .failure(error) = schema.resolve() else {
                return notes
            }
            var changed = false
            var shrunk: Set<String> = []
            for p in error.problems {
                guard let en = p.entity, let ei = schema.entities.firstIndex(where: { $0.name == en }),
                      let fn = p.field, let fi = schema.entities[ei].fields.firstIndex(where: { $0.name == fn }) else { continue }
                var entity = schema.entities[ei]
                var f = entity.fields[fi]
                if f.kind == "id.pattern", f.unique || f.primaryKey, let wider = Self.widened(f, rows: entity.rows) {
                    f.pattern = wider
                    f.options["pattern"] = nil
                    notes.append("`\(en).\(fn)` is \(wider): \(entity.rows) rows need that many distinct codes.")
                } else if f.unique && !f.primaryKey {
                    f.unique = false
                    notUnique.insert("\(en).\(fn)")
                    notes.append("`\(en).\(fn)` cannot hold \(entity.rows) distinct values; it is not unique.")
                } else if f.primaryKey, f.references == nil, !rowsFromPrompt.contains(en), entity.rows > 10 {
                    guard shrunk.insert(en).inserted else { continue }
                    entity.rows = max(10, entity.rows / 2)
                    notes.removeAll { $0.hasPrefix("`\(en)` has ") }
                    notes.append("`\(en)` has \(entity.rows) rows so that every `\(fn)` can be distinct.")
                } else if f.primaryKey, f.references == nil, f.kind != "id.pattern" {
                    f.kind = "id.pattern"
                    f.type = .string
                    f.pattern = entity.rows <= 17_576 ? "???" : "???-######"
                    Self.clearOptions(&f)
                    notes.append("`\(en).\(fn)` is a generated code: the prompt asks for more \(en) than there are real values.")
                } else if f.references == nil, f.kind != nil {
                    f.kind = nil
                    Self.clearOptions(&f)
                    notes.append("`\(en).\(fn)`: \(p.message); left to the engine's inference.")
                } else {
                    continue
                }
                entity.fields[fi] = f
                schema.entities[ei] = entity
                changed = true
            }
            if !changed {
                return notes + error.problems.prefix(3).map { "The engine would refuse this plan: \($0.description)" }
            }
        }
        return notes
    }

    /// Structural rules of the engine, fixed before resolving: a reference
    /// names its parent's key or a unique field (the field is made unique, or
    /// the reference moves to the key when it cannot be), and a unique group
    /// holds no self-reference.
    static func preflight(_ schema: inout Schema, notUnique: Set<String>, notes: inout [String]) {
        for ei in schema.entities.indices {
            for fi in schema.entities[ei].fields.indices {
                guard let ref = schema.entities[ei].fields[fi].references,
                      let ti = schema.entities.firstIndex(where: { $0.name == ref.entity }),
                      let tfi = schema.entities[ti].fields.firstIndex(where: { $0.name == ref.field }) else { continue }
                let target = schema.entities[ti]
                let tf = target.fields[tfi]
                let singleKey = target.fields.filter(\.primaryKey).count == 1
                if tf.unique || (tf.primaryKey && singleKey) { continue }
                if !notUnique.contains("\(ref.entity).\(ref.field)"), !tf.primaryKey {
                    schema.entities[ti].fields[tfi].unique = true
                } else if singleKey, let key = target.primaryKey {
                    let name = schema.entities[ei].fields[fi].name
                    schema.entities[ei].fields[fi].references = FieldReference(entity: ref.entity, field: key.name)
                    schema.entities[ei].fields[fi].type = key.type
                    notes.append("`\(schema.entities[ei].name).\(name)` references `\(ref.entity).\(key.name)`: `\(ref.field)` cannot identify one row.")
                }
            }
            let selfRefs = Set(schema.entities[ei].fields.filter { $0.references?.entity == schema.entities[ei].name }.map(\.name))
            schema.entities[ei].uniqueTogether.removeAll { !selfRefs.isDisjoint(with: $0) }
        }
    }

    /// A unique code's pattern with digits added until it has a value for every row (`CRS-###` → `CRS-#####`),
    /// or nil when the pattern already has room or is not a plain template.
    static func widened(_ f: Field, rows: Int) -> String? {
        guard let pattern = f.pattern ?? f.options["pattern"]?.stringValue else { return nil }
        var template = Array(pattern.utf8)
        guard Pattern.capacity(template) < UInt64(max(rows, 0)) else { return nil }
        while Pattern.capacity(template) < UInt64(rows), template.count < 40 { template.append(UInt8(ascii: "#")) }
        return String(decoding: template, as: UTF8.self)
    }

    private static func clearOptions(_ f: inout Field) {
        f.min = nil
        f.max = nil
        f.distribution = nil
        f.precision = nil
        f.values = nil
        f.weights = nil
        f.probability = nil
        f.options = JSONObject()
        if f.kind != "id.pattern" { f.pattern = nil }
    }
}
