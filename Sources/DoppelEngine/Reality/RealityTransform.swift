/// The reality engine's stage between generation and encoding: injects a
/// level's defects into each block of clean rows and records every one of
/// them in the block's sidecar.
///
/// Every choice is a pure function of (seed, entity, field, clean row index)
/// and the clean values, never of the block's bounds: output is the same for
/// any thread count, block size or shard. Duplicates are inserted right after
/// clean row `t` and copy clean row `t − g` (g in 0…999, log-uniform); when
/// that row lies before the block, it is regenerated (cells are pure).
struct RealityTransform: RowBlockTransform {
    let plan: DatasetPlan
    let rules: [EntityRules]
    /// `"field":"name"` per entity and column, rendered once.
    let fieldMembers: [DefectSidecar.FieldMembers]
    /// Render each record's JSON line (false: counts only).
    let details: Bool

    func transform(_ block: inout RowBlock, entity: EntityPlan) {
        guard entity.index < rules.count else { return }
        let rules = self.rules[entity.index]
        guard !rules.columns.isEmpty || rules.hasDuplicates else { return }
        var editor = BlockEditor(plan: plan, entity: entity, rules: rules, fields: fieldMembers[entity.index], details: details)
        editor.run(&block)
        block.sidecar = editor.sidecarSlot?.bytes() ?? []
    }
}
