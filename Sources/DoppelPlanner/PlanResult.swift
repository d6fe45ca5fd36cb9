import DoppelEngine

/// A planned schema and what the planner had to guess to make it.
public struct PlanResult: Sendable, Equatable {
    public var schema: Schema
    /// Plain-language notes on unknown words, guessed relationships and
    /// adjustments; empty when the prompt was fully understood.
    public var warnings: [String]
    /// How each entity came to be, in schema order.
    public var origins: [(String, EntityOrigin)]
    /// The domain the prompt's words point to, if any.
    public var domain: Domain?
    /// Entities whose row count the prompt stated (`Include 5 categories`, `500 rows`).
    public var rowsFromPrompt: [String]

    public init(schema: Schema, warnings: [String], origins: [(String, EntityOrigin)], domain: Domain?, rowsFromPrompt: [String] = []) {
        self.schema = schema
        self.warnings = warnings
        self.origins = origins
        self.domain = domain
        self.rowsFromPrompt = rowsFromPrompt
    }

    /// Entities the prompt itself names (listed with columns or named in prose), in order.
    public var namedEntities: [String] { origins.filter { $0.1 != .implied }.map(\.0) }

    /// Entities the planner added so references have a target.
    public var impliedEntities: [String] { origins.filter { $0.1 == .implied }.map(\.0) }

    public static func == (a: PlanResult, b: PlanResult) -> Bool {
        a.schema == b.schema && a.warnings == b.warnings && a.domain == b.domain && a.rowsFromPrompt == b.rowsFromPrompt
            && a.origins.map(\.0) == b.origins.map(\.0) && a.origins.map(\.1) == b.origins.map(\.1)
    }
}
