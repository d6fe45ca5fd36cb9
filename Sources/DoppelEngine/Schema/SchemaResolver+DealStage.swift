import DoppelText

/// A sales pipeline's stage, its win probability and its close date (protocol/SCHEMA.md, *Status and timestamps*).
extension SchemaResolver {
    /// Words of a stage that has closed the deal, won or lost.
    static let closedStageWords: Set<String> = ["won", "lost", "closed"]
    /// Words of a column holding a deal's chance of being won (`probability`, `win_likelihood`).
    static let chanceWords: Set<String> = ["probability", "likelihood", "chance"]

    /// Where a stage column (`stage`, `deal_stage`) has won and lost values besides open ones:
    /// - the win probability follows the stage: 1 when won, 0 when lost, and along the open stages in their listed
    ///   order it rises (the first of four near 20 %, the last near 80 %) — never a lost deal at 70 %;
    /// - a close date (`close_date`, `expected_close_date`) is past for a closed deal and ahead, within four months,
    ///   for an open one, which can only expect to close.
    func applyDealStage(_ entity: Entity, _ sources: inout [FieldSource?], _ generators: [(any KindGenerator)?]) {
        let fields = entity.fields
        guard let sc = Self.column(named: Self.statusColumns, in: fields), fields[sc].references == nil,
              case .kind(_, .random)? = sources[sc], let (texts, _) = Self.statusValues(fields[sc], generators[sc]) else { return }
        func closed(_ t: String) -> Bool { !LifecycleStage.words(of: t).isDisjoint(with: Self.closedStageWords) }
        let open = texts.filter { !closed($0) }
        // (a deal's pipeline, which is won or lost: not an account's `closed`, whose close date is NULL while open)
        guard !open.isEmpty, open.count < texts.count,
              texts.contains(where: { !LifecycleStage.words(of: $0).isDisjoint(with: ["won", "lost"]) }) else { return }
        for (c, f) in fields.enumerated() where f.references == nil && !f.unique && !f.primaryKey && c != sc {
            let words = Set(KindInference.tokens(f.name))
            if !words.isDisjoint(with: Self.chanceWords), f.type == .decimal || f.type == .float || f.type == .integer,
               case let .kind(own, .random)? = sources[c], !Self.reaches(sc, c, in: sources) {
                // A share of one, or of a hundred where the column is a percentage.
                let scale: Double = f.type == .integer || (f.max ?? 1) > 1 || words.contains("pct") || words.contains("percent") ? 100 : 1
                var ranges: [String: ClosedRange<Double>] = [:]
                for t in texts {
                    let key = t.lowercased()
                    if closed(t) {
                        let won = LifecycleStage.words(of: t).contains("won")
                        ranges[key] = won ? scale...scale : 0...0
                    } else if let i = open.firstIndex(of: t) {
                        let centre = Double(i + 1) / Double(open.count + 1), half = 0.4 / Double(open.count + 1)
                        ranges[key] = (max(0.01, centre - half) * scale)...(min(0.99, centre + half) * scale)
                    }
                }
                sources[c] = .siblingFact(SiblingFactPlan(column: sc, values: [:], fallback: own, ranges: ranges,
                                                          wholeNumbers: scale > 1))
            } else if (f.type == .date || f.type == .datetime), !words.isDisjoint(with: ["close", "closing"]), f.min == nil, f.max == nil,
                      let source = sources[c], let time = Self.drawnTime(source), time.mode.anyDay, !Self.reaches(sc, c, in: sources) {
                let day: Int64 = 86_400
                let closedStages = Set(texts.filter(closed).map { $0.lowercased() })
                // (a past date keeps what it followed: a close after the company's or the deal's creation)
                var plan = DueByStatusPlan(
                    past: StatusHeldPlan(statusColumn: sc, allowed: closedStages),
                    before: TimeKind(lo: anchor - 730 * day, hi: anchor - day, isDateOnly: time.isDateOnly, mode: time.mode),
                    after: TimeKind(lo: anchor + day, hi: anchor + 120 * day, isDateOnly: time.isDateOnly, mode: time.mode))
                if case .kind = source {} else { plan.pastSource = source }
                sources[c] = .dueByStatus(plan)
            }
        }
    }

    /// The time a date column draws, plainly or after another row's or column's: nil for any other rule.
    private static func drawnTime(_ source: FieldSource) -> TimeKind? {
        switch source {
        case let .kind(g, .random): return g as? TimeKind
        case let .afterParent(_, _, _, time), let .notBefore(_, time), let .endAfter(_, time, _): return time as? TimeKind
        case let .afterParentStart(plan): return plan.time as? TimeKind
        default: return nil
        }
    }
}
