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

/// When a record was last active (`last_login_at`, `last_seen`, `last_order_date`): anywhere between the record's
/// beginning and now, most of them lately (`ActivitySpan.lastActivity`), not an hour after sign-up.
package enum LastActivity {
    /// Words after `last` (or `latest`, `most_recent`) that name something a record does again and again.
    package static let doings: Set<String> = [
        "login", "logon", "logged", "signin", "sign", "seen", "active", "activity", "used", "use", "accessed", "access",
        "heartbeat", "ping", "pinged", "sync", "synced", "online", "connected", "connection", "contact", "contacted",
        "visit", "visited", "order", "ordered", "purchase", "purchased", "played", "opened", "interaction", "engagement",
        "transaction", "booking", "booked", "donation", "donated", "message", "messaged", "post", "posted", "checkin",
    ]

    /// Whether a column named with these words is such a moment.
    package static func names(_ tokens: [String]) -> Bool {
        var rest = tokens[...]
        if rest.first == "most", rest.dropFirst().first == "recent" { rest = rest.dropFirst(2) }
        else if rest.first == "last" || rest.first == "latest" { rest = rest.dropFirst() }
        else { return false }
        guard let word = rest.first, doings.contains(word) else { return false }
        let tail = rest.dropFirst().filter { !["in", "on", "at", "date", "time", "timestamp", "ts", "dt"].contains($0) }
        return tail.isEmpty
    }
}
