import DoppelText
import DoppelEngine

/// Domain knowledge about one kind of entity: its usual columns, what it is,
/// how many rows it usually has.
///
/// Columns are written compactly:
/// - `order_date` — an attribute, typed by the column lexicon;
/// - `name:string media.genre` — an attribute with its spec;
/// - `customer_id|user_id|client_id` — a reference to the first of these
///   entities the schema has, left out when it has none;
/// - `author_id>author` — the reference, or the attribute after `>` when the
///   schema has no such entity.
struct EntityTemplate: Sendable {
    /// Plural names, canonical first; each alias uses the same columns.
    let names: [String]
    let nature: EntityNature
    /// Domains where this template applies; empty for any.
    let domains: [Domain]
    /// Usual row count when small (lookup tables); nil for the default.
    let rows: Int?
    /// Spec for a `name` or `title` column of this entity.
    let nameSpec: String?

    /// What one of these things is called: the template's name spec, else its `name` column's inline spec
    /// (`wards`: ICU, Maternity, …).
    var namesSpec: String? {
        nameSpec ?? columns.lazy.compactMap { token -> String? in
            guard token.hasPrefix("name:") else { return nil }
            return String(token.dropFirst(5))
        }.first
    }
    let columns: [String]
    /// A join table: its first two references are unique together.
    let join: Bool

    /// A template for any domain.
    init(_ names: String, _ nature: EntityNature, rows: Int? = nil, name: String? = nil, join: Bool = false, _ columns: String) {
        self.init(names, nature, [], rows: rows, name: name, join: join, columns)
    }

    init(_ names: String, _ nature: EntityNature, _ domains: [Domain], rows: Int? = nil, name: String? = nil,
         join: Bool = false, _ columns: String) {
        self.names = names.split(separator: " ").map(String.init)
        self.nature = nature
        self.domains = domains
        self.rows = rows
        self.nameSpec = name
        self.join = join
        self.columns = columns.split(separator: ",").map { $0.trimmedSpaces() }.filter { !$0.isEmpty }
    }
}

private extension Substring {
    func trimmedSpaces() -> String {
        var s = self
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
