import DoppelText

/// What the SQL DDL must say so a messy script still loads.
extension Reality {
    /// Columns declared TEXT because some of their values are written as text (a date as
    /// `5 Mar 2024`, a number as `1,234.50`, a boolean as `yes`), by entity, with the reason.
    public var sqlTextColumns: [String: [String: String]] {
        var out: [String: [String: String]] = [:]
        for (e, entityRules) in zip(plan.entities, rules) {
            for c in entityRules.columns {
                let f = e.fields[c.column]
                guard f.type != .string && f.type != .text, let kind = entityRules.kinds(of: c).first(where: \.makesText) else { continue }
                out[e.name, default: [:]][f.name] = "reality level \(level) writes some values as text (\(Self.example(kind, f.type)))"
            }
        }
        return out
    }

    /// Required columns that may lose values at this level (from level 6), by entity, with the reason.
    public var sqlNullableColumns: [String: [String: String]] {
        var out: [String: [String: String]] = [:]
        for (e, entityRules) in zip(plan.entities, rules) {
            for c in entityRules.columns where entityRules.kinds(of: c).contains(.null) && !e.fields[c.column].isNullable {
                out[e.name, default: [:]][e.fields[c.column].name] = "reality level \(level) leaves some values missing"
            }
        }
        return out
    }

    /// Entities whose keys are no longer unique (exact duplicates repeat them) or whose references
    /// may dangle: the DDL declares no PRIMARY KEY, UNIQUE or FOREIGN KEY for them.
    public var sqlUnconstrainedEntities: [String: String] {
        var out: [String: String] = [:]
        for (e, entityRules) in zip(plan.entities, rules) {
            var why: [String] = []
            if entityRules.hasDuplicates { why.append("duplicate rows repeat keys and unique values") }
            if entityRules.columns.contains(where: { entityRules.kinds(of: $0).contains(.orphanReference) }) {
                why.append("some references point at keys that do not exist")
            }
            if !why.isEmpty { out[e.name] = "reality level \(level): " + why.joined(separator: "; ") }
        }
        return out
    }

    static func example(_ kind: DefectKind, _ type: FieldType) -> String {
        switch (kind, type) {
        case (.dateFormat, .time): return "2:22 PM, 14.22"
        case (.dateFormat, .datetime): return "03/05/2024 2:22 PM, 5 Mar 2024 14:22, epoch seconds"
        case (.dateFormat, _): return "03/05/2024, 5 Mar 2024, March 5, 2024"
        case (.numberFormat, _): return "1,234.50, 1.234,50, $12.50"
        case (.booleanFormat, _): return "yes/no, Y/N, 1/0"
        default: return kind.rawValue
        }
    }
}
