import DoppelJSON

/// One column of an entity.
///
/// `kind` names the semantic generator as `group.name` (`person.first_name`);
/// nil means "infer it from the type and the name". Every member but `name`
/// and `type` is optional in the JSON form; new capabilities arrive as new
/// optional members, never as new meanings for old ones.
public struct Field: Sendable, Equatable {
    public var name: String
    public var type: FieldType
    /// False when the JSON gave no `type`: the resolver then takes it from
    /// the reference target or the kind.
    public var typeIsExplicit: Bool = true
    public var kind: String?
    public var primaryKey: Bool = false
    public var unique: Bool = false
    /// nil: NOT NULL. A number p in 0...1: the column may be NULL and a clean
    /// row is NULL with probability p (`true` in JSON means 0).
    public var nullable: Double?
    /// `entity.field` this field points at; its values exist in that parent.
    public var references: FieldReference?
    /// How children spread over parents for a reference.
    public var fanout: Fanout?
    /// For `enum`: the allowed values, and optional weights of the same length.
    public var values: [JSON]?
    public var weights: [Double]?
    /// Bounds for numbers (and for dates/datetimes, as ISO text in `options`).
    public var min: Double?
    public var max: Double?
    public var distribution: Distribution?
    /// Digits after the decimal point for `decimal` and `float`.
    public var precision: Int?
    /// A pattern such as `INV-######` for `id.pattern`.
    public var pattern: String?
    /// Probability of `true` for `boolean`.
    public var probability: Double?
    /// Every other member of the field's JSON object, kept verbatim, so kinds
    /// can read their own options (`start`, `end`, `locale`, …) and a schema
    /// round-trips without loss.
    public var options: JSONObject = JSONObject()

    public init(name: String, type: FieldType, kind: String? = nil) {
        self.name = name
        self.type = type
        self.kind = kind
    }
}

/// A foreign key target: `entity.field`.
public struct FieldReference: Sendable, Equatable, CustomStringConvertible {
    public var entity: String
    public var field: String

    public init(entity: String, field: String) {
        self.entity = entity
        self.field = field
    }

    /// Parses `entity.field`; nil when the text is not of that shape.
    public init?(_ text: String) {
        guard let dot = text.lastIndex(of: "."), dot != text.startIndex, text.index(after: dot) != text.endIndex else { return nil }
        entity = String(text[..<dot])
        field = String(text[text.index(after: dot)...])
    }

    public var description: String { "\(entity).\(field)" }
}

/// How many children each parent gets.
public enum Fanout: String, Sendable, Equatable, CaseIterable {
    case uniform, zipf
}

/// The shape of a numeric field's values between `min` and `max`.
public enum Distribution: String, Sendable, Equatable, CaseIterable {
    case uniform, normal, lognormal, zipf
}
