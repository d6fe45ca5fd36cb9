/// The reality dial: a level's defects for one resolved dataset, and what
/// the writers and the server need to go with them.
///
/// ```swift
/// let reality = try Reality(level: 7, plan: plan)
/// let recorder = reality.makeRecorder { entity in try sinkFor(Reality.defectsFileName(entity)) }
/// var options = GenerationOptions()
/// reality.configure(&options, recorder: recorder)     // transform, SQL DDL changes, record hook
/// try generator.write(output, format: .csv, to: sink, options: options)
/// try recorder.finish()                                // flushes <entity>.defects.jsonl
/// metadata["defect_counts"] = recorder.countsJSON
/// ```
///
/// Levels 0–2 are exactly clean (`transform` is nil: output is byte-identical
/// to the clean output). The rates per level are `RealityTable`'s.
public struct Reality: Sendable {
    public let level: Int
    public let plan: DatasetPlan
    /// False: defect records carry only their kind (counts), not the values (no manifest asked).
    public let recordsValues: Bool
    let rules: [EntityRules]

    /// - Parameters:
    ///   - level: 0…10.
    ///   - recordsValues: render each defect's record (needed for `<entity>.defects.jsonl` and inline
    ///     `defects`); false keeps only the counts.
    /// - Throws: `GenerationError` naming `reality` when the level is out of range.
    public init(level: Int, plan: DatasetPlan, recordsValues: Bool = true) throws {
        guard RealityTable.levels.contains(level) else {
            throw GenerationError(message: "reality: expected an integer from 0 to 10, got \(level)")
        }
        self.level = level
        self.plan = plan
        self.recordsValues = recordsValues
        rules = level < 3 ? [] : RealityRules.build(plan: plan, level: level)
    }

    /// True at levels 0–2: nothing is changed.
    public var isClean: Bool { rules.allSatisfy { $0.columns.isEmpty && !$0.hasDuplicates } }

    /// The stage to put in `GenerationOptions.transform`; nil when the level changes nothing.
    public var transform: (any RowBlockTransform)? {
        if isClean { return nil }
        return RealityTransform(plan: plan, rules: rules, fieldMembers: plan.entities.map(DefectSidecar.FieldMembers.init),
                                details: recordsValues)
    }

    /// True when the level inserts duplicate rows (from level 6).
    public var addsRows: Bool { rules.contains { $0.hasDuplicates } }

    /// Sets the transform, the SQL DDL changes and (with a recorder) the record hook on `options`.
    public func configure(_ options: inout GenerationOptions, recorder: DefectRecorder? = nil) {
        options.transform = transform
        for (e, columns) in sqlTextColumns { options.sql.textColumns[e, default: [:]].merge(columns) { a, _ in a } }
        for (e, columns) in sqlNullableColumns { options.sql.nullableColumns[e, default: [:]].merge(columns) { a, _ in a } }
        options.sql.unconstrainedEntities.merge(sqlUnconstrainedEntities) { a, _ in a }
        if let recorder {
            let previous = options.blockWritten
            options.blockWritten = { report in
                previous?(report)
                recorder.add(report)
            }
        }
    }

    /// A recorder for this level's defects.
    ///
    /// - Parameters:
    ///   - entities: the entities whose records to keep (default every entity); each gets a
    ///     (possibly empty) record file at `finish()`.
    ///   - collect: keep the records as JSON values too (`DefectRecorder.defects`), for inline results.
    ///   - sink: where `<entity>.defects.jsonl` goes, asked once per entity; nil writes no files.
    public func makeRecorder(entities: [String]? = nil, collect: Bool = false,
                             sink: ((String) throws -> any ByteSink)? = nil) -> DefectRecorder {
        DefectRecorder(reality: self, entities: entities ?? plan.entities.map(\.name), collect: collect, sink: sink)
    }

    /// `<entity>.defects.jsonl`, the file beside the entity's data (a file name, never a path).
    public static func defectsFileName(_ entity: String) -> String {
        DatasetGenerator.safeFileName(entity) + ".defects.jsonl"
    }

    /// The 0-based index in the whole (unsharded) written output of `entity`'s clean row `cleanRow`.
    public func writtenRowIndex(entity: String, cleanRow: Int) -> Int {
        guard let e = plan.entity(named: entity), e.index < rules.count else { return cleanRow }
        return rules[e.index].writtenIndex(max(0, min(cleanRow, e.rows)))
    }

    /// Rows `entity`'s whole output has at this level (its clean rows plus duplicates).
    public func writtenRows(entity: String) -> Int {
        guard let e = plan.entity(named: entity) else { return 0 }
        return writtenRowIndex(entity: entity, cleanRow: e.rows)
    }

    /// The columns of `entity` that `kind` can change at this level (for documentation and rate checks).
    public func columns(for kind: DefectKind, entity: String) -> [String] {
        guard let e = plan.entity(named: entity), e.index < rules.count else { return [] }
        let r = rules[e.index]
        return r.columns.filter { r.kinds(of: $0).contains(kind) }.map { e.fields[$0.column].name }
    }
}
