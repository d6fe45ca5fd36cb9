import DoppelEngine

/// What the planner needs besides the prompt. Part of the plan cache key:
/// the same prompt under different settings is a different plan.
public struct PlannerSettings: Sendable, Hashable {
    /// Rows for an entity with no count in the prompt and no smaller usual size.
    public var defaultRows: Int
    /// Seed written into the schema, if any.
    public var seed: UInt64?
    public var locale: String

    public init(defaultRows: Int = Schema.defaultRows, seed: UInt64? = nil, locale: String = Schema.defaultLocale) {
        self.defaultRows = max(1, defaultRows)
        self.seed = seed
        self.locale = locale
    }

    /// A stable text form, for cache keys.
    public var cacheKey: String {
        "rows=\(defaultRows);seed=\(seed.map(String.init) ?? "-");locale=\(locale);planner=\(Planner.version)"
    }
}
