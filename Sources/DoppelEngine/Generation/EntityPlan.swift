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
