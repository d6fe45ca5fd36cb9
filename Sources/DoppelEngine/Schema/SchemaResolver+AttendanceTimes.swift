import DoppelText

/// A day's attendance has its times only when someone came (protocol/SCHEMA.md, *Rows that agree*): a child
/// marked absent or excused has no check-in at 08:45 and no check-out at 18:38.
extension SchemaResolver {
    /// Words of a status that says the person did not come.
    static let awayWords: Set<String> = ["absent", "excused", "unexcused", "sick", "holiday", "vacation", "missed", "noshow", "no",
                                         "away", "leave"]
    /// Words of a status that says they came.
    static let cameWords: Set<String> = ["present", "late", "tardy", "attended", "on", "arrived", "early"]
    /// Names (without `at`, `time`) of the moments someone arrives or leaves.
    static let comingAndGoing: Set<String> = ["check_in", "checked_in", "check_out", "checked_out", "clock_in", "clocked_in",
                                              "clock_out", "clocked_out", "sign_in", "signed_in", "sign_out", "signed_out", "time_in",
                                              "time_out", "arrival", "arrived", "departure", "departed", "left", "drop_off",
                                              "dropped_off", "pick_up", "picked_up", "in", "out"]

    /// When the row's status says some people came (present, late) and some did not (absent, excused), its
    /// arrival and leaving times (`checked_in_at`, `check_out_time`, `time_in`, …) are NULL in the rows that did not.
    mutating func applyAttendanceTimes(_ entity: Entity, _ sources: inout [FieldSource?], _ generators: [(any KindGenerator)?]) {
        let fields = entity.fields
        guard let sc = Self.column(named: Self.statusColumns, in: fields),
              let (texts, given) = Self.statusValues(fields[sc], generators[sc]) else { return }
        let words = texts.map { Set($0.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)) }
        let away = words.map { !$0.isDisjoint(with: Self.awayWords) }
        guard away.contains(true), words.indices.contains(where: { !away[$0] && !words[$0].isDisjoint(with: Self.cameWords) }) else { return }
        let allowed = Set(texts.indices.filter { !away[$0] }.map { texts[$0].lowercased() })
        guard let came = Self.statusShare(of: { allowed.contains($0.lowercased()) }, texts, given) else { return }
        let share = came * (1 - (fields[sc].nullable ?? 0))
        for c in fields.indices where c != sc && (fields[c].type == .datetime || fields[c].type == .time) && fields[c].references == nil {
            var t = KindInference.tokens(fields[c].name)
            if let last = t.last, ["at", "time", "ts"].contains(last), t.count > 1 { t.removeLast() }
            guard Self.comingAndGoing.contains(t.joined(separator: "_")), let source = sources[c] else { continue }
            if case .statusHeld = source { continue }
            sources[c] = .statusHeld(StatusHeldPlan(statusColumn: sc, allowed: allowed), source)
            declareNulls(entity, c, present: share * (1 - (fields[c].nullable ?? 0)))
        }
    }
}
