import DoppelJSON
import DoppelEngine

/// An entity while the assembler works on it.
struct PlanEntity {
    /// Table name in the schema.
    var name: String
    /// Singular identity (`time_entry`), used to match mentions.
    var key: String
    var draft: EntityDraft
    var origin: EntityOrigin
    var nature: EntityNature = .thing
    var template: EntityTemplate?
    var fields: [PlanField] = []
    var rows = 0
    var rowsFromPrompt = false
    var uniqueTogether: [[String]] = []
    /// A join table: its first two references are unique together.
    var isJoin = false

    init(draft: EntityDraft, name: String, key: String) {
        self.draft = draft
        self.name = name
        self.key = key
        self.origin = draft.origin
    }

    /// The words of the singular name (`time_entry` → `time`, `entry`).
    var keyWords: [Substring] { key.split(separator: "_") }
    var head: String { keyWords.last.map(String.init) ?? key }

    var primaryKey: PlanField? { fields.first { $0.primaryKey } }

    func index(of field: String) -> Int? { fields.firstIndex { $0.name == field } }

    func references(_ entity: String) -> Bool { fields.contains { $0.references?.entity == entity } }
    /// Whether a column points at another table (not this one).
    var referencesOthers: Bool { fields.contains { $0.references.map { $0.entity != name } ?? false } }
}

/// A column while the assembler works on it.
struct PlanField {
    var name: String
    var draft: ColumnDraft?
    var spec: ColumnSpec?
    var primaryKey = false
    var references: FieldReference?
    var fanout: Fanout?
    var nullable: Double?
    /// Came from the planner's knowledge rather than the prompt.
    var fromTemplate = false

    init(name: String, draft: ColumnDraft? = nil, spec: ColumnSpec? = nil) {
        self.name = name
        self.draft = draft
        self.spec = spec
    }
}
