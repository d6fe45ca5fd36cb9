/// A row's skill level that agrees with the tier its own name announces
/// (`SkillLevel`): "Introduction to Python" is a beginner course. Rows whose
/// name says no tier keep the column's own value.
struct LevelOfNamePlan: Sendable {
    let nameColumn: Int
    /// The column's value for each tier its values name (at most one per tier).
    let valueOfTier: [SkillLevel: String]
    /// The column's own kind, for names that announce no tier (or a NULL name).
    let fallback: any KindGenerator
}

extension RowContext {
    func levelOfName(_ plan: LevelOfNamePlan, _ r: inout CellRandom, into out: inout CellBytes) -> KindValue {
        guard let name = siblingText(plan.nameColumn), let tier = SkillLevel.ofName(name), let value = plan.valueOfTier[tier] else {
            return generateOwn(plan.fallback, r, &out)
        }
        out.append(contentsOf: value.utf8)
        return .text
    }
}
