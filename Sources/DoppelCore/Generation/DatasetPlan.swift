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

    public func entity(named name: String) -> EntityPlan? { entities.first { $0.name == name } }

    /// Total rows over all entities.
    public var totalRows: Int { entities.reduce(0) { $0 + $1.rows } }
}

/// One entity's resolved fields, in output column order.
public final class EntityPlan: Sendable {
    public let name: String
    public let rows: Int
    /// Position in `DatasetPlan.entities`.
    public let index: Int
    public let fields: [FieldPlan]
    /// Column order in which a row's cells are computed (a field after the fields it derives from).
    let order: [Int]
    let locales: [LocaleData]
    let localeKey: UInt64
    let groups: [UniqueGroupPlan]
    /// Columns of the primary key (several for a composite key).
    public let primaryKey: [Int]
    /// `unique_together` groups as column lists.
    public let uniqueTogether: [[Int]]
    /// The per-column programs the row loop runs (classes, so the loop copies one reference, not a field).
    let programs: [CellProgram]
    /// The same objects, unretained: the row loop borrows them without reference counting.
    let programRefs: [Unmanaged<CellProgram>]

    init(name: String, rows: Int, index: Int, fields: [FieldPlan], order: [Int], locales: [LocaleData], localeKey: UInt64,
         groups: [UniqueGroupPlan], primaryKey: [Int], uniqueTogether: [[Int]]) {
        self.name = name
        self.rows = rows
        self.index = index
        self.fields = fields
        self.order = order
        self.locales = locales
        self.localeKey = localeKey
        self.groups = groups
        self.primaryKey = primaryKey
        self.uniqueTogether = uniqueTogether
        programs = fields.map(CellProgram.init)
        programRefs = programs.map { Unmanaged.passUnretained($0) }
    }

    public var columnNames: [String] { fields.map(\.name) }

    public func column(named name: String) -> Int? { fields.firstIndex { $0.name == name } }
}

/// One resolved field.
public struct FieldPlan: Sendable {
    /// The field with its resolved type and kind.
    public let field: Field
    public let column: Int
    /// Digits after the decimal point for decimal and float output.
    public let precision: Int
    /// The entity and column this field references, if any.
    public let reference: FieldReference?
    let key: UInt64
    let nullRate: Double
    let source: FieldSource

    public var name: String { field.name }
    public var type: FieldType { field.type }
    public var kind: String { field.kind ?? "" }
    public var isNullable: Bool { field.nullable != nil }
    public var isUnique: Bool { field.unique || field.primaryKey }
}

enum IndexMode: Sendable {
    case random
    /// Row `i` takes value number `permutation(i)`.
    case unique(IndexPermutation)
    /// Digit `position` of the group's permuted row number.
    case group(Int, Int)
}

enum FieldSource: Sendable {
    case kind(any KindGenerator, IndexMode)
    case reference(ReferencePlan)
    /// An end: the start column plus a duration; `fallback` when the start is NULL.
    case endAfter(start: Int, fallback: any TimeRangeGenerator)
    /// A child's time after its parent's: the reference column, and the parent's time column.
    case afterParent(referenceColumn: Int, parentEntity: Int, parentColumn: Int, time: any TimeRangeGenerator)
    /// `total = price × quantity`.
    case product(Int, Int)
}

struct ReferencePlan: Sendable {
    let parentEntity: Int
    let parentColumn: Int
    let parentRows: Int
    let fanout: Fanout
    let isSelf: Bool
    let mode: IndexMode
    /// Spreads zipf-popular parents over the parent table instead of its first rows.
    let spread: IndexPermutation
}

/// A `unique_together` group: the permuted row number in mixed radix, one digit per field.
struct UniqueGroupPlan: Sendable {
    let columns: [Int]
    let radices: [UInt64]
    let permutation: IndexPermutation

    func digit(_ position: Int, row: Int) -> UInt64 {
        var v = permutation(UInt64(row))
        for i in stride(from: radices.count - 1, to: position, by: -1) { v /= radices[i] }
        return v % radices[position]
    }
}

/// What the row loop needs of one column, flattened for speed.
final class CellProgram: Sendable {
    let column: Int
    let key: UInt64
    let nullRate: Double
    let type: FieldType
    let precision: Int
    let source: FieldSource
    /// The kind's generator when `source` is `.kind`, boxed in a class so the row loop
    /// calls it without copying an existential (which would retain its contents).
    let runnerStorage: KindRunner
    /// The same object, for calls that take no reference count (it lives as long as this program).
    let runner: Unmanaged<KindRunner>
    let mode: IndexMode
    let isKind: Bool

    init(_ f: FieldPlan) {
        column = f.column
        key = f.key
        nullRate = f.nullRate
        type = f.type
        precision = f.precision
        source = f.source
        if case let .kind(g, m) = f.source {
            runnerStorage = makeRunner(g)
            mode = m
            isKind = true
        } else {
            runnerStorage = makeRunner(BooleanKind(probability: 0))
            mode = .random
            isKind = false
        }
        runner = Unmanaged.passUnretained(runnerStorage)
    }
}

/// A kind generator in a class: one reference instead of an existential value.
class KindRunner: @unchecked Sendable {
    func run(_ c: inout CellContext, _ out: inout [UInt8]) -> KindValue { .null }
}

/// - Important: `@unchecked Sendable`: the only stored member is a `Sendable` generator, never mutated.
final class KindBox<G: KindGenerator>: KindRunner, @unchecked Sendable {
    let generator: G
    init(_ generator: G) { self.generator = generator }
    override func run(_ c: inout CellContext, _ out: inout [UInt8]) -> KindValue { generator.generate(&c, &out) }
}

func makeRunner(_ g: any KindGenerator) -> KindRunner {
    func open<G: KindGenerator>(_ g: G) -> KindRunner { KindBox(g) }
    return open(g)
}
