/// A validated, resolved schema, ready to generate: every field has a type,
/// a kind and a compiled generator; entities are in dependency order
/// (parents before children).
///
/// Build it with `Schema.resolve(_:)`; hand it to `DatasetGenerator`.
public struct DatasetPlan: Sendable {
    /// The schema with omitted types and kinds filled in (echo it to clients).
    public let schema: Schema
    public let seed: UInt64
    /// The time anchor ("now" for past/future kinds), seconds since the epoch.
    public let anchor: Int64
    /// Entities in generation (dependency) order.
    public let entities: [EntityPlan]
    /// Parents' sums of their children, computed once per plan on first use (`ChildSumPlan`).
    let childSums = ChildSums()

    public func entity(named name: String) -> EntityPlan? { entities.first { $0.name == name } }

    /// Total rows over all entities.
    public var totalRows: Int { entities.reduce(0) { $0 + $1.rows } }
}
