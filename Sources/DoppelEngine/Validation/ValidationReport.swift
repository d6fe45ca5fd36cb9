import DoppelJSON
import DoppelText

/// One check run on generated data, such as "every `orders.customer_id` is a
/// `customers.id`".
public struct ValidationCheck: Sendable, Equatable {
    /// The families the score averages over.
    public enum Family: String, Sendable, CaseIterable {
        case references = "references_resolve"
        case unique = "unique_values"
        case types = "types_hold"
        case nulls = "null_rates"
    }

    public var family: Family
    /// `entity.field` (or `entity.(a, b)` for a unique pair).
    public var target: String
    public var passed: Bool
    /// What was seen, in words: `5,000 of 5,000 values found in customers.id`.
    public var detail: String

    public init(family: Family, target: String, passed: Bool, detail: String) {
        self.family = family
        self.target = target
        self.passed = passed
        self.detail = detail
    }

    public var json: JSON {
        ["check": .string(family.rawValue), "target": .string(target), "passed": .bool(passed), "detail": .string(detail)]
    }
}

/// The `metadata.validation` member of a `generate` response: what was
/// generated, the checks run on it, and a 0–10 score derived from them.
public struct ValidationReport: Sendable, Equatable {
    public enum Status: String, Sendable {
        /// Checks ran (some may have failed; see `checks`).
        case completed
        /// No checks could run (e.g. rows were streamed and not kept); the score is 0.
        case skipped
    }

    public var entityTypes: [String]
    public var checks: [ValidationCheck]
    public var status: Status
    /// 0–10: ten times the mean, over check families, of the share of checks that passed,
    /// rounded down, so any failure keeps a run below 10.
    public var score: Int

    public init(entityTypes: [String], checks: [ValidationCheck]) {
        self.entityTypes = entityTypes
        self.checks = checks
        guard !checks.isEmpty else {
            status = .skipped
            score = 0
            return
        }
        status = .completed
        var shares: [Double] = []
        for family in ValidationCheck.Family.allCases {
            let inFamily = checks.filter { $0.family == family }
            guard !inFamily.isEmpty else { continue }
            shares.append(Double(inFamily.filter(\.passed).count) / Double(inFamily.count))
        }
        let mean = shares.reduce(0, +) / Double(shares.count)
        score = mean >= 1 ? 10 : Int((mean * 10).rounded(.down))
    }

    /// A report for output that was not checked.
    public static func skipped(entityTypes: [String]) -> ValidationReport {
        ValidationReport(entityTypes: entityTypes, checks: [])
    }

    public var json: JSON {
        var o = JSONObject()
        o.appendUnique("entity_types_generated", .array(entityTypes.map(JSON.string)))
        o.appendUnique("validation_status", .string(status.rawValue))
        o.appendUnique("validation_score", .int(score))
        o.appendUnique("checks", .array(checks.map(\.json)))
        return .object(o)
    }
}
