import DoppelJSON
import DoppelText

/// One option a kind reads from its field, with its default.
public struct KindOption: Sendable {
    public let name: String
    /// The value used when the field leaves the option out; nil when there is none
    /// (the option is required, or its absence means "derived from the row").
    public let defaultValue: JSON?
    public let summary: String

    init(_ name: String, _ defaultValue: JSON?, _ summary: String) {
        self.name = name
        self.defaultValue = defaultValue
        self.summary = summary
    }
}

/// The options each kind reads, with their defaults: the one home for these
/// defaults (`KindFactory` builds the numeric kinds from `numeric`), listed by
/// `kinds.list` and the schema's JSON Schema.
public enum KindOptions {
    /// Range, distribution and precision of a numeric kind with no options.
    struct NumericDefaults {
        let min: Double, max: Double, distribution: Distribution, integer: Bool, precision: Int
    }

    static let numeric: [String: NumericDefaults] = [
        "commerce.price": NumericDefaults(min: 1, max: 1000, distribution: .lognormal, integer: false, precision: 2),
        "finance.amount": NumericDefaults(min: 1, max: 10000, distribution: .lognormal, integer: false, precision: 2),
        "number.integer": NumericDefaults(min: 0, max: 1000, distribution: .uniform, integer: true, precision: 0),
        "number.decimal": NumericDefaults(min: 0, max: 1000, distribution: .uniform, integer: false, precision: 2),
        "number.float": NumericDefaults(min: 0, max: 1, distribution: .uniform, integer: false, precision: 6),
        "number.percentage": NumericDefaults(min: 0, max: 100, distribution: .uniform, integer: false, precision: 1),
    ]

    static let dateWindow: [KindOption] = [
        KindOption("min", nil, "earliest value, an ISO date or date-time"),
        KindOption("max", nil, "latest value, an ISO date or date-time"),
    ]

    /// The options of `kind` (empty for kinds that read none).
    public static func options(for kind: String) -> [KindOption] {
        if let n = numeric[kind] {
            return [
                KindOption("min", number(n.min), "smallest value"),
                KindOption("max", number(n.max), "largest value"),
                KindOption("distribution", .string(n.distribution.rawValue),
                           "shape between min and max: " + Distribution.allCases.map(\.rawValue).joined(separator: ", ")),
                KindOption("precision", .int(Int64(n.precision)), "digits after the decimal point"),
            ]
        }
        switch kind {
        case "id.sequence":
            return [KindOption("start", 1, "first value (min is read when start is absent)"), KindOption("step", 1, "difference between rows")]
        case "id.pattern":
            return [KindOption("pattern", "ID-########", "# digit, % digit 1-9, ? letter, * letter or digit, ^ hex")]
        case "person.gender": return [KindOption("short", false, "M/F instead of male/female")]
        case "person.age", "commerce.quantity":
            return [KindOption("min", nil, "smallest value (default: from the row's person or the usual basket)"),
                    KindOption("max", nil, "largest value (default: min + 100 when only min is given)")]
        case "internet.email": return [KindOption("domain", nil, "one domain for every address (default: providers of the row's country)")]
        case "boolean": return [KindOption("probability", 0.5, "probability of true")]
        case "enum":
            return [KindOption("values", nil, "the values to pick from (required)"),
                    KindOption("weights", nil, "relative weight of each value, one per value (default: equal)")]
        case "date.past", "datetime.past":
            return dateWindow + [KindOption("years", 5, "how many years back the window reaches")]
        case "date.future", "datetime.future":
            return dateWindow + [KindOption("years", 2, "how many years ahead the window reaches")]
        case "date.between", "datetime.between", "date.weekday", "datetime.business_hours":
            return dateWindow
        case "date.recent": return dateWindow + [KindOption("days", 30, "how many days back the window reaches")]
        case "datetime.recent": return dateWindow + [KindOption("days", 7, "how many days back the window reaches")]
        case "time.of_day":
            return [KindOption("min", "00:00:00", "earliest time of day"), KindOption("max", "23:59:59", "latest time of day")]
        case "time.schedule":
            return [KindOption("min", "06:00:00", "earliest start"), KindOption("max", "21:00:00", "latest start")]
        case "time.business_hours":
            return [KindOption("min", "09:00:00", "earliest time of day"), KindOption("max", "17:00:00", "latest time of day")]
        default: return []
        }
    }

    static func number(_ d: Double) -> JSON {
        if let i = Int64(exactly: d) { return .int(i) }
        return .double(d)
    }
}
