import DoppelJSON

/// One problem in a schema's text, placed for an editor: a JSON Pointer to
/// the value it concerns, and the line and column where that value starts.
public struct SchemaDiagnostic: Sendable, Equatable {
    public enum Severity: String, Sendable {
        /// The schema cannot be generated until this is fixed.
        case error
        /// The schema generates, but probably not as meant (a misspelt member is ignored).
        case warning
    }

    public var severity: Severity
    /// RFC 6901 pointer into the schema (`/entities/0/fields/2/kind`); "" is the whole document.
    public var pointer: String
    public var position: TextPosition
    public var message: String
    /// The likely intended value or member name, when there is one.
    public var suggestion: String?

    public init(severity: Severity, pointer: String, position: TextPosition, message: String, suggestion: String? = nil) {
        self.severity = severity
        self.pointer = pointer
        self.position = position
        self.message = message
        self.suggestion = suggestion
    }

    /// The `schema.validate` form of one problem.
    public var json: JSON {
        var o = JSONObject([
            ("severity", .string(severity.rawValue)), ("pointer", .string(pointer)),
            ("line", .int(Int64(position.line))), ("column", .int(Int64(position.column))),
            ("offset", .int(Int64(position.offset))), ("message", .string(message)),
        ])
        if let suggestion { o.appendUnique("suggestion", .string(suggestion)) }
        return .object(o)
    }
}
