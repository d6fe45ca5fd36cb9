import DoppelText
import DoppelEngine
import DoppelPlanner
import DoppelProtocol

extension GenerateRequest {
    /// Matches `datasets` to the entities the prompt or schema describes.
    ///
    /// Safe adjustments (recorded in `warnings`): omitted → the entity count;
    /// more than the entities → the entity count (nothing is invented);
    /// fewer only by tables the planner added for references (`categories`
    /// behind `category_id`) → raised, when the total still fits. Everything
    /// else is an issue: which entities to drop is the user's call.
    static func reconcileDatasets(asked: Int?, schema: Schema, plan: PlanResult?, size: Int, limits: GenerateLimits,
                                  reader r: inout ParamReader, warnings: inout [String]) -> Int {
        let names = schema.entities.map(\.name)
        let n = names.count
        let listed = names.joined(separator: ", ")
        let source = plan == nil ? "Schema defines" : "Prompt mentions"
        if n > limits.maxDatasets {
            r.issue("\(source) \(n) entities (\(listed)) but at most \(limits.maxDatasets) datasets can be generated per request",
                    suggestion: "Split the request into groups of at most \(limits.maxDatasets) entities")
            r.suggest(plan == nil ? "Or remove entities from the schema" : "Or modify prompt to mention at most \(limits.maxDatasets) entities")
            return asked ?? n
        }
        guard let asked, asked >= limits.minDatasets, asked <= limits.maxDatasets else { return n }
        if asked == n { return n }
        if asked > n {
            warnings.append("datasets=\(asked) but the \(plan == nil ? "schema defines" : "prompt describes") \(n) entities (\(listed)); generated \(n)")
            return n
        }
        let implied = plan?.impliedEntities ?? []
        let fits = n.saturatingTimes(size) <= limits.maxRecords
        if n - asked <= implied.count, fits {
            warnings.append("datasets=\(asked) but references need \(n) tables; added \(implied.joined(separator: ", ")), which the prompt's columns point at")
            return n
        }
        r.issue("\(source) \(n) entities (\(listed)) but datasets=\(asked)", suggestion: "Set datasets=\(n) to match entities in \(plan == nil ? "schema" : "prompt")")
        r.suggest(plan == nil ? "Or remove entities from the schema to leave \(asked)" : "Or modify prompt to only mention \(asked) entities")
        return asked
    }

    /// Sets every entity's rows to `size`, except counts the prompt stated,
    /// and keeps join tables within the pairs their parents allow.
    static func sized(_ schema: Schema, size: Int, sizeGiven: Bool, keep: Set<String>, fromPlan: Bool) -> Schema {
        guard fromPlan || sizeGiven else { return schema }
        var out = schema
        for i in out.entities.indices where !keep.contains(out.entities[i].name) {
            out.entities[i].rows = size
        }
        return cappedToPairs(out)
    }

    /// Join tables kept within the distinct pairs their parents allow.
    static func cappedToPairs(_ schema: Schema) -> Schema {
        var out = schema
        for i in out.entities.indices {
            guard let pair = out.entities[i].uniqueTogether.first, pair.count == 2 else { continue }
            let parents = pair.compactMap { name in out.entities[i].field(named: name)?.references?.entity }
            guard parents.count == 2, let a = out.entity(named: parents[0])?.rows, let b = out.entity(named: parents[1])?.rows else { continue }
            let pairs = parents[0] == parents[1] ? a.saturatingTimes(max(a - 1, 0)) : a.saturatingTimes(b)
            out.entities[i].rows = min(out.entities[i].rows, max(1, pairs / 2))
        }
        return out
    }
}
