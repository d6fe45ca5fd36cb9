import DoppelText

/// A date on its parent's weekday (protocol/SCHEMA.md, *Tables agree across references*): an attendance
/// of a class held on Fridays is on a Friday.
extension SchemaResolver {
    /// Whether a field holds a weekday: kind `date.weekday`, or three or more values each a weekday's name (Monday, Tue).
    static func listsWeekdays(_ f: Field) -> Bool {
        if f.kind == "date.weekday" { return true }
        guard let values = f.values, values.count >= 3 else { return false }
        return values.allSatisfy { v in v.stringValue.map { OnWeekdayPlan.weekday(Array($0.utf8)) != nil && $0.count >= 3 } ?? false }
    }

    /// A row's only date or time, in a table with no weekday of its own, referencing a parent that meets on a
    /// listed weekday (`day_of_week`, `weekday`), falls on that weekday.
    func applyParentWeekday(_ entity: Entity, _ sources: inout [FieldSource?], planIndex: [String: Int]) {
        let fields = entity.fields
        let dated = fields.indices.filter { (fields[$0].type == .date || fields[$0].type == .datetime) && fields[$0].references == nil }
        guard dated.count == 1, let c = dated.first, let inner = sources[c], !fields.contains(where: Self.listsWeekdays) else { return }
        for (rc, rf) in fields.enumerated() {
            guard let ref = rf.references, ref.entity != entity.name, let p = planIndex[ref.entity],
                  let parent = schema.entity(named: ref.entity),
                  let pc = parent.fields.firstIndex(where: { $0.references == nil && Self.listsWeekdays($0) }) else { continue }
            sources[c] = .onParentWeekday(OnWeekdayPlan(referenceColumn: rc, parentEntity: p, parentColumn: pc), inner)
            return
        }
    }
}
