/// The end of a customer's, member's or record's life (`churned_at`, `cancelled_on`, `deleted_at`): most rows have
/// not reached it, so the planner leaves it empty for the rest, and where a row has it, it comes months after the
/// row began (`SchemaResolver.applyCoherence`), not an hour after sign-up.
package enum LifeEnds {
    /// Each end's first word, and the share of rows that have reached it.
    package static let shares: [String: Double] = [
        "churned": 0.25, "cancelled": 0.15, "canceled": 0.15, "terminated": 0.15, "deleted": 0.05, "deactivated": 0.15,
        "unsubscribed": 0.2, "discontinued": 0.1, "archived": 0.1, "resigned": 0.15, "suspended": 0.05, "banned": 0.02,
        "blocked": 0.05, "retired": 0.1, "left": 0.2, "departed": 0.2, "withdrawn": 0.1,
    ]

    /// Whether a column named with these words is such an end (`churned_at`, `cancellation_date` is not: a noun).
    package static func names(_ tokens: [String]) -> Bool {
        tokens.count == 2 && shares[tokens[0]] != nil && ["at", "on", "date", "time", "timestamp"].contains(tokens[1])
    }
}
