import DoppelText
import DoppelEngine
import DoppelPlanner
import DoppelJSON
import DoppelLLM

/// Free-text pools for a dataset: what `ResolveOptions.textPools` takes, and
/// what was said about them.
public struct TextPools: Sendable, Equatable {
    /// Texts by `"entity.field"` (`ResolveOptions.poolKey`), for `ResolveOptions.textPools`.
    public var pools: [String: [String]] = [:]
    /// Fields the model could not write for (they keep the built-in engine) and short pools.
    public var warnings: [String] = []

    public init(pools: [String: [String]] = [:], warnings: [String] = []) {
        self.pools = pools
        self.warnings = warnings
    }
}

/// Has the model write a bounded pool of distinct texts, once, for each
/// free-text field of a schema (review bodies, descriptions, bios, …), so
/// rows draw from it by seed and a million rows cost a few cached calls.
///
/// A dataset method calls `pools(for:model:about:)` after planning and passes the
/// result's `pools` as `ResolveOptions(textPools:)`. With no model
/// configured, or `text_source: "builtin"`, it returns no pools and calls nothing.
public final class TextPoolService: Sendable {
    let llm: LLMBackend

    public init(llm: LLMBackend) { self.llm = llm }

    /// Kinds whose values are running prose a model writes better than rules.
    public static let freeTextKinds: Set<String> = [
        "text.review", "text.comment", "text.description", "text.bio", "text.paragraph", "text.sentence",
    ]

    /// Pools for the free-text fields of `schema`, `--llm-text-pool-size` texts
    /// each (at most the entity's rows).
    ///
    /// `model` is the request's `text_source` and key (`ModelChoice`); `prompt`
    /// says what the dataset is about (else the schema's name).
    ///
    /// - Throws: with `text_source: "llm"`, `LLM_NOT_CONFIGURED`, `UNAUTHORIZED` and
    ///   `RATE_LIMIT_EXCEEDED`. Other failures leave the field to the built-in
    ///   engine with a warning.
    func pools(for schema: Schema, model: ModelChoice, about prompt: String?) async throws -> TextPools {
        let key = model.key
        guard let (service, use) = try llm.route(model.textSource) else { return TextPools() }
        let fields = Self.freeTextFields(schema)
        guard !fields.isEmpty else { return TextPools() }
        let context = prompt.flatMap { $0.isEmpty ? nil : $0 } ?? schema.name
        let size = max(1, llm.configuration.textPoolSize)
        let builder = TextPoolBuilder(model: service)
        let requests = Self.requests(fields, briefs: Self.briefs(schema), context: context, size: size, locale: schema.locale)
        let outcomes = try await withThrowingTaskGroup(of: (Int, TextPoolBuilder.Outcome).self) { group in
            for (i, request) in requests.enumerated() {
                group.addTask { (i, try await builder.pool(for: request, apiKey: key, use: use)) }
            }
            var out: [(Int, TextPoolBuilder.Outcome)] = []
            for try await result in group { out.append(result) }
            return out.sorted { $0.0 < $1.0 }
        }
        var result = TextPools()
        for (i, outcome) in outcomes {
            let request = requests[i]
            switch outcome {
            case let .pool(pool, warnings):
                let key = request.mood.map { ResolveOptions.poolKey(entity: request.entity, field: request.field, mood: $0) }
                    ?? ResolveOptions.poolKey(entity: request.entity, field: request.field)
                result.pools[key] = pool.texts
                result.warnings += warnings
            case let .fallback(warning):
                // A field whose moods all fail alike is said once, for the field.
                let said = request.mood.map { warning.replacingOccurrences(of: "\(request.entity).\(request.field) (\($0))",
                                                                            with: "\(request.entity).\(request.field)") } ?? warning
                guard !result.warnings.contains(said) else { continue }
                llm.log.warning("text pools: \(said)")
                result.warnings.append(said)
            }
        }
        return result
    }

    /// One request per field, or one per mood for a field that follows its row's rating (each a
    /// third of the pool, at least one text); each carries its field's brief.
    static func requests(_ fields: [(Entity, Field, String)], briefs: [String: RowTextBrief], context: String, size: Int,
                         locale: String) -> [TextPoolRequest] {
        fields.flatMap { entity, field, kind -> [TextPoolRequest] in
            let brief = briefs[ResolveOptions.poolKey(entity: entity.name, field: field.name)]
            let total = min(size, entity.rows)
            guard let brief, !brief.moods.isEmpty else {
                return [TextPoolRequest(entity: entity.name, field: field.name, kind: kind, context: context, size: total,
                                        locale: locale, brief: brief)]
            }
            let each = max(1, (total + brief.moods.count - 1) / brief.moods.count)
            return brief.moods.map {
                TextPoolRequest(entity: entity.name, field: field.name, kind: kind, context: context, size: each,
                                locale: locale, brief: brief, mood: $0)
            }
        }
    }

    /// The briefs of the schema's row-text columns; none when it does not resolve (the request
    /// fails on its schema later, with the problems named).
    static func briefs(_ schema: Schema) -> [String: RowTextBrief] {
        var small = schema
        for i in small.entities.indices { small.entities[i].rows = min(small.entities[i].rows, 1) }
        guard case let .success(plan) = small.resolve() else { return [:] }
        return plan.rowTextBriefs
    }

    /// The fields a pool serves, in schema order: free-text kinds on string or
    /// text fields that are not keys, references or unique, in entities with rows.
    static func freeTextFields(_ schema: Schema) -> [(Entity, Field, String)] {
        schema.entities.filter { $0.rows > 0 }.flatMap { entity in
            entity.fields.compactMap { field -> (Entity, Field, String)? in
                let kind = field.kind ?? KindInference.kind(for: field, entity: entity.name)
                guard freeTextKinds.contains(kind), field.references == nil, !field.primaryKey, !field.unique,
                      !field.typeIsExplicit || field.type == .string || field.type == .text else { return nil }
                return (entity, field, kind)
            }
        }
    }
}
