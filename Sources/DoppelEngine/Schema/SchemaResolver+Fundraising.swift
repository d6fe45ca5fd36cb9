import DoppelText

/// What a fundraiser raised is measured against its goal (protocol/SCHEMA.md, *Rows that agree*): a
/// campaign with a $50,000 goal raised some thousands, not $332 against a $16 goal.
extension SchemaResolver {
    static let goalAmountColumns = ["goal_amount", "target_amount", "fundraising_goal", "funding_goal", "goal", "target", "goal_usd"]
    static let raisedAmountColumns: Set<String> = ["raised_amount", "amount_raised", "total_raised", "funds_raised", "raised",
                                                   "pledged_amount", "amount_pledged", "total_pledged", "collected_amount"]

    /// A numeric raised amount beside the row's numeric goal is 5–130 % of it.
    func applyFundraising(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        guard let goal = Self.column(named: Self.goalAmountColumns, in: fields, where: Self.isOwnNumber) else { return }
        for (c, f) in fields.enumerated() where Self.raisedAmountColumns.contains(f.name.lowercased()) && Self.numeric.contains(f.type) {
            guard c != goal, f.references == nil, !f.unique, !f.primaryKey, case let .kind(own, .random)? = sources[c],
                  !Self.reaches(goal, c, in: sources) else { continue }
            sources[c] = .share(of: goal, low: 0.05, high: 1.3, fallback: own)
        }
    }

    /// A campaign that raises money (it has a goal or a raised amount, or donations reference it) is
    /// a fundraiser: titled and described as one ("Clean Water Appeal"), not as a sale ("Summer Clearance").
    func fundraisingNoun(_ entity: Entity) -> String? {
        let noun = Self.noun(entity.name)
        guard RowTitleWriter.family(ofNoun: noun) == .campaign else { return nil }
        let names = Set(entity.fields.map { $0.name.lowercased() })
        let raises = !names.isDisjoint(with: Self.goalAmountColumns) || !names.isDisjoint(with: Self.raisedAmountColumns)
            || schema.entities.contains { other in
                other.fields.contains { $0.references?.entity == entity.name }
                    && !Set(KindInference.tokens(other.name).map(Inflector.singular)).isDisjoint(with: Self.givingNouns)
            }
        return raises ? "fundraising " + noun : nil
    }

    /// Records of money given to a cause.
    static let givingNouns: Set<String> = ["donation", "pledge", "gift", "contribution", "donor"]
}
