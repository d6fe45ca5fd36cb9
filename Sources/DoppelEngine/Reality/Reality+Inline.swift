import DoppelJSON
import DoppelText

/// Rows with their defects in memory, for inline results (`content` and `defects`).
public struct RealityRows: Sendable {
    /// The rows as JSON objects, duplicates included, exactly as the JSON writer would print them.
    public let rows: [JSON]
    /// The defect records, one object per defect (`row` indexes `rows`, offset by the range's written start).
    public let defects: [JSON]
    public let counts: [DefectKind: Int]
}

extension Reality {
    /// Rows `range` (default all) of `entity` at this level, with their defect records.
    ///
    /// - Throws: `GenerationError` for an unknown entity or a range outside its rows.
    public func rows(of entity: String, in range: Range<Int>? = nil) throws -> RealityRows {
        guard let e = plan.entity(named: entity) else {
            throw GenerationError(message: "entity: no entity named \"\(entity)\" (entities: \(plan.entities.map(\.name).joined(separator: ", ")))")
        }
        let r = range ?? 0..<e.rows
        guard r.lowerBound >= 0, r.upperBound <= e.rows else {
            throw GenerationError(message: "rows \(r.lowerBound)..<\(r.upperBound) are outside \(entity)'s 0..<\(e.rows)")
        }
        guard let block = DatasetGenerator(plan: plan).block(of: entity, rows: r, transform: transform) else {
            return RealityRows(rows: [], defects: [], counts: [:])
        }
        let recorder = makeRecorder(entities: [entity], collect: true)
        recorder.add(BlockReport(entity: entity, firstRow: r.lowerBound, cleanRows: r.count, writtenRows: block.rowCount,
                                 outputRowOffset: 0, sidecar: block.sidecar))
        return RealityRows(rows: DatasetGenerator.objects(block, entity: e), defects: recorder.defects[entity] ?? [],
                           counts: recorder.counts)
    }
}
