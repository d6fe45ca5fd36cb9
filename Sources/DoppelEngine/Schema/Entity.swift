/// One table: a name, a row count and its fields, in output order.
public struct Entity: Sendable, Equatable {
    public var name: String
    public var rows: Int
    public var fields: [Field]
    /// Groups of fields whose combined values are unique (a join table's pair).
    public var uniqueTogether: [[String]] = []

    public init(name: String, rows: Int, fields: [Field], uniqueTogether: [[String]] = []) {
        self.name = name
        self.rows = rows
        self.fields = fields
        self.uniqueTogether = uniqueTogether
    }

    public func field(named name: String) -> Field? { fields.first { $0.name == name } }

    /// The primary key field, if one is marked.
    public var primaryKey: Field? { fields.first { $0.primaryKey } }
}
