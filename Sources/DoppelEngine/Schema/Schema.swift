import DoppelText

/// A dataset description: entities with fields, a seed and a locale.
///
/// This is the contract between the planners (prompt → schema), the engine
/// (schema → rows) and the reality engine; its JSON form is documented in
/// protocol/SCHEMA.md.
public struct Schema: Sendable, Equatable {
    public static let defaultRows = 1000
    public static let defaultLocale = "en_US"

    public var name: String
    public var seed: UInt64?
    public var locale: String
    public var entities: [Entity]
    /// The time anchor as an ISO date or datetime (`reference_date`); nil means
    /// `Schema.defaultReferenceDate`, so output never depends on the day it is made.
    public var referenceDate: String?

    /// The default anchor for past/future kinds.
    public static let defaultReferenceDate = "2025-01-01T00:00:00Z"

    public init(name: String, seed: UInt64? = nil, locale: String = Schema.defaultLocale, entities: [Entity],
                referenceDate: String? = nil) {
        self.name = name
        self.seed = seed
        self.locale = locale
        self.entities = entities
        self.referenceDate = referenceDate
    }

    public func entity(named name: String) -> Entity? { entities.first { $0.name == name } }
}

/// One thing wrong with a schema, naming where it is.
public struct SchemaProblem: Sendable, Equatable, CustomStringConvertible {
    public var entity: String?
    public var field: String?
    public var message: String

    public init(entity: String? = nil, field: String? = nil, _ message: String) {
        self.entity = entity
        self.field = field
        self.message = message
    }

    /// `entity.field: message`, or as much of the location as is known.
    public var description: String {
        switch (entity, field) {
        case let (e?, f?): return "\(e).\(f): \(message)"
        case let (e?, nil): return "\(e): \(message)"
        case let (nil, f?): return "\(f): \(message)"
        case (nil, nil): return message
        }
    }
}

/// A schema that cannot be used, with every problem found.
public struct SchemaError: Error, Sendable, Equatable, CustomStringConvertible {
    public var problems: [SchemaProblem]

    public init(problems: [SchemaProblem]) { self.problems = problems }

    public var description: String {
        "invalid schema (\(problems.count) problem\(problems.count == 1 ? "" : "s")): "
            + problems.map(\.description).joined(separator: "; ")
    }
}
