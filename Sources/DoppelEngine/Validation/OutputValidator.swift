/// Validates a generation from the blocks it writes: the figures of
/// `metadata.validation` (references resolve, unique fields are unique, types
/// hold, NULL rates) over exactly the rows written, nothing generated twice.
///
/// Hand it to every write of a request (`GenerationOptions.validator`), then
/// ask for the `report`. Worker threads audit each block as they encode it
/// (`BlockAuditor`); this object adds the audits up on the calling thread.
/// Memory grows with the distinct keys of unique and referenced fields, and
/// sequential keys (`id.sequence`) cost a few words whatever their number.
///
/// For a shard of several, each reference is checked against the parent row
/// it was drawn from (recomputed from the row index, without reading the
/// parent), since the other parent rows belong to other shards.
///
/// - Important: not thread-safe; used on the thread that calls `write`.
public final class OutputValidator {
    let auditor: BlockAuditor
    private var checker: DataChecker
    private var observed: [String: Int] = [:]

    /// - Parameters:
    ///   - plan: the plan being written.
    ///   - shard: the part the request writes; references are checked by row index when it is one of several.
    public init(plan: DatasetPlan, shard: Shard = .whole) {
        auditor = BlockAuditor(plan: plan, checksReferencesByRow: shard.count > 1)
        checker = DataChecker(schema: plan.schema)
    }

    /// Rows observed per entity: the rows written, duplicates a transform inserted included.
    public var rowsObserved: [String: Int] { observed }

    func absorb(_ audit: BlockAudit) {
        observed[audit.entity, default: 0] += audit.rows
        guard let rules = auditor.rules.first(where: { $0.name == audit.entity }) else { return }
        checker.absorb(audit, keyed: rules.keyed, byRow: rules.byRow)
    }

    /// The checks over everything written so far.
    public func report() -> ValidationReport { checker.report() }
}
