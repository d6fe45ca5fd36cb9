import DoppelCore
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
/// A dataset method calls `pools(for:params:)` after planning and passes the
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
    /// Reads from `params`: `text_source` (`auto` default, `llm`, `builtin`),
    /// `api_key`, and `prompt` as what the dataset is about (else the schema's name).
    ///
    /// - Throws: −32602 for a bad `text_source` or `api_key`; `INVALID_API_KEY`;
    ///   with `text_source: "llm"`, `LLM_NOT_CONFIGURED`, `UNAUTHORIZED` and
    ///   `RATE_LIMIT_EXCEEDED`. Other failures leave the field to the built-in
    ///   engine with a warning.
    public func pools(for schema: Schema, params: Params) async throws -> TextPools {
        _ = try params.optionalString("api_key")
        let accepted = TextSourceChoice.allCases.map(\.rawValue)
        let choice = TextSourceChoice(rawValue: try params.choice("text_source", accepted, default: TextSourceChoice.auto.rawValue)) ?? .auto
        let key = try llm.requestKey(params)
        guard let (service, use) = try llm.route(choice) else { return TextPools() }
        let fields = Self.freeTextFields(schema)
        guard !fields.isEmpty else { return TextPools() }
        let context = try params.optionalString("prompt").flatMap { $0.isEmpty ? nil : $0 } ?? schema.name
        let size = max(1, llm.configuration.textPoolSize)
        let builder = TextPoolBuilder(model: service)
        let requests = fields.map { entity, field, kind in
            TextPoolRequest(entity: entity.name, field: field.name, kind: kind, context: context,
                            size: min(size, entity.rows), locale: schema.locale)
        }
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
                result.pools[ResolveOptions.poolKey(entity: request.entity, field: request.field)] = pool.texts
                result.warnings += warnings
            case let .fallback(warning):
                llm.log.warning("text pools: \(warning)")
                result.warnings.append(warning)
            }
        }
        return result
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
