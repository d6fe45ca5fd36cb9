/// A lab kind of a row whose parent names the analyte (`SchemaResolver.applyParentAnalyte`): a result's unit,
/// range, value and flag are those of the test it references, not of an analyte drawn apart.
struct ParentAnalytePlan: Sendable {
    let parent: ParentText
    let part: LabKind.Part
    /// The row's own value stream (the entity's lab key), so its value and flag agree.
    let valueKey: UInt64
    /// The column's own kind, for rows whose parent is NULL or names no known analyte.
    let fallback: any KindGenerator
}

extension RowContext {
    func parentAnalyte(_ plan: ParentAnalytePlan, _ r: CellRandom, into out: inout CellBytes) -> KindValue {
        guard let name = parentText(plan.parent), let a = LabKind.index(ofAnalyte: name) else { return generateOwn(plan.fallback, r, &out) }
        return LabKind.write(plan.part, analyte: a, valueKey: plan.valueKey, row: row, into: &out)
    }
}
