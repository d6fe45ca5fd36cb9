import DoppelProtocol
import DoppelText

/// Overrides applied while resolving (the request's `seed`, `rows`, …).
public struct ResolveOptions: Sendable {
    /// Replaces the schema's seed.
    public var seed: UInt64?
    /// Replaces every entity's row count.
    public var rows: Int?
    /// Replaces the schema's `reference_date` (the time anchor).
    public var referenceDate: String?
    /// Texts a field draws its values from instead of its kind, by `"entity.field"`
    /// (free-text pools a model wrote once): row `i` takes a text chosen by a hash
    /// of (seed, entity, field, i), so the same seed gives the same texts.
    /// Applies to string and text fields that are not keys, references or
    /// unique; an empty pool is ignored. A column written for its row (a review
    /// body, a description: `RowTextBrief`) also takes pools by mood
    /// (`poolKey(entity:field:mood:)`) and fills `{subject}` in its texts.
    public var textPools: [String: [String]]

    public init(seed: UInt64? = nil, rows: Int? = nil, referenceDate: String? = nil, textPools: [String: [String]] = [:]) {
        self.seed = seed
        self.rows = rows
        self.referenceDate = referenceDate
        self.textPools = textPools
    }

    /// The `textPools` key of a field.
    public static func poolKey(entity: String, field: String) -> String { entity + "." + field }

    /// The `textPools` key of a field's texts for one mood of its row's rating
    /// (`RowTextBrief.moods`): rows rated 4–5 of 5 draw from `positive`, 1–2 from
    /// `negative`, the rest from `mixed`. `{subject}` in a pooled text becomes the
    /// name of what the row is about (`RowTextBrief.subjectPlaceholder`).
    public static func poolKey(entity: String, field: String, mood: String) -> String { poolKey(entity: entity, field: field) + "#" + mood }
}

extension Schema {
    /// The seed used when neither the schema nor the request gives one.
    public static let defaultSeed: UInt64 = 0

    /// Validates the schema and compiles it into a plan, or returns every
    /// problem found (each naming its entity and field): unknown kinds or
    /// types, dangling references, min > max, weights that do not match
    /// values, required self-references and reference cycles, uniqueness
    /// that cannot be met, kinds whose options are wrong.
    public func resolve(_ options: ResolveOptions = ResolveOptions()) -> Result<DatasetPlan, SchemaError> {
        var resolver = SchemaResolver(schema: self, options: options)
        if let plan = resolver.run(), resolver.problems.isEmpty { return .success(plan) }
        return .failure(SchemaError(problems: resolver.problems))
    }
}

extension Schema {
    /// Decodes and resolves a schema's JSON form in one step: structural problems
    /// if it does not decode, otherwise every semantic problem, or the plan.
    public static func plan(from json: DoppelJSON.JSON, _ options: ResolveOptions = ResolveOptions()) -> Result<DatasetPlan, SchemaError> {
        switch decode(json) {
        case let .success(schema): return schema.resolve(options)
        case let .failure(error): return .failure(error)
        }
    }
}

extension SchemaError {
    /// The error the server returns for a schema that cannot be generated.
    public var requestError: RequestError {
        RequestError.invalidParams(
            "invalid schema: \(problems.count) problem\(problems.count == 1 ? "" : "s")",
            issues: problems.map(\.description),
            kind: "INVALID_SCHEMA")
    }
}

/// Resolves a schema in passes, collecting problems rather than stopping:
/// kinds and types, references, relations and order, then generators.
struct SchemaResolver {
    var schema: Schema
    let options: ResolveOptions
    var problems: [SchemaProblem] = []
    var seed: UInt64 = 0
    var anchor: Int64 = 0
    /// The year of the schema's now.
    var anchorYear: Int { CivilTime.civil(CivilTime.floorDiv(anchor, 86_400)).year }
    var locales: [LocaleData] = []
    /// Entity indexes (into `schema.entities`) in dependency order.
    var order: [Int] = []

    init(schema: Schema, options: ResolveOptions) {
        self.schema = schema
        self.options = options
    }

    mutating func problem(_ entity: String?, _ field: String?, _ message: String) {
        problems.append(SchemaProblem(entity: entity, field: field, message))
    }

    mutating func run() -> DatasetPlan? {
        if let rows = options.rows {
            if rows < 0 { problem(nil, nil, "rows: expected a non-negative integer, got \(rows)") }
            for i in schema.entities.indices { schema.entities[i].rows = max(0, rows) }
        }
        seed = options.seed ?? schema.seed ?? Schema.defaultSeed
        resolveLocales()
        let refText = options.referenceDate ?? schema.referenceDate ?? Schema.defaultReferenceDate
        if let a = CivilTime.parse(refText) { anchor = a } else {
            problem(nil, nil, "reference_date: expected an ISO date such as 2025-01-01, got \"\(refText)\"")
        }
        checkEntityFileNames()
        resolveKindsAndTypes()
        resolveReferences()
        checkFields()
        orderEntities()
        return build()
    }

    mutating func resolveLocales() {
        let codes = schema.locale.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        for code in codes {
            if let i = LocaleData.index(of: code) { locales.append(LocaleData.all[i]) } else {
                problem(nil, nil, "locale: expected one of \(LocaleData.codes.joined(separator: ", ")) (or several, comma-separated), got \"\(code)\"")
            }
        }
        if locales.isEmpty { locales = [LocaleData.enUS] }
    }
}

import Foundation
import DoppelJSON
