import DoppelText

extension SchemaResolver {
    /// Words that mark the moment something began: an artist's debut, a company's founding.
    static let startWords: Set<String> = ["debut", "debuted", "founded", "founding", "established", "start", "started",
                                          "opened", "launched", "built", "formed", "incorporated", "since", "joined", "created",
                                          "enrolled", "registered", "signup", "hired", "activated", "installed", "admitted", "issued"]

    /// A parent's start: a date or time, or an integer year, whose name has a start word
    /// (`debut_year`, `founded_on`, `year_established`); nil when it has none.
    static func startColumn(_ parent: Entity) -> (column: Int, isYear: Bool)? {
        for (k, f) in parent.fields.enumerated() where f.references == nil {
            let tokens = Set(KindInference.tokens(f.name))
            guard !tokens.isDisjoint(with: startWords), !tokens.contains("birth") else { continue }
            if f.type == .date || f.type == .datetime { return (k, false) }
            if Self.numeric.contains(f.type), tokens.contains("year") { return (k, true) }
        }
        return nil
    }

    /// A child's dates are not before its parent began: an album is released after
    /// its artist's debut, a store's orders after it opened, a trial subject's visits after enrolment. Each past date or time
    /// of the child that no other rule derives (not a birth date) is drawn at or after
    /// the start of the first parent that has one (`startColumn`); a start year counts
    /// from its 1 January.
    func applyAfterParentStart(_ entity: Entity, _ sources: inout [FieldSource?], _ generators: [(any KindGenerator)?],
                               planIndex: [String: Int]) {
        let fields = entity.fields
        for (rc, rf) in fields.enumerated() {
            guard let ref = rf.references, ref.entity != entity.name, let p = planIndex[ref.entity],
                  let parent = schema.entity(named: ref.entity), let start = Self.startColumn(parent) else { continue }
            for (c, f) in fields.enumerated() where f.type == .date || f.type == .datetime {
                guard f.references == nil, case .kind(_, .random)? = sources[c], let time = generators[c] as? any TimeRangeGenerator,
                      let k = f.kind, TimeRoles.isPastEvent(k), !KindInference.tokens(f.name).contains("birth") else { continue }
                sources[c] = .afterParentStart(AfterParentStartPlan(referenceColumn: rc, parentEntity: p, parentColumn: start.column,
                                                                    parentIsYear: start.isYear, time: time))
            }
            return
        }
    }
}
