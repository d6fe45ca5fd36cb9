/// What a kind produced for one cell, before it is rendered for the field's type.
public enum KindValue: Sendable {
    /// UTF-8 text already appended to the output buffer.
    case text
    /// Raw JSON text already appended to the output buffer.
    case json
    case int(Int64)
    case real(Double)
    case bool(Bool)
    /// An instant, in seconds since 1970-01-01T00:00:00Z.
    case seconds(Int64)
    /// A calendar date, in days since 1970-01-01.
    case days(Int64)
    /// A time of day, in seconds after midnight.
    case timeOfDay(Int64)
    case uuid(UInt64, UInt64)
    case null
}

/// The inputs of one cell: its random stream, its row, the row's locale and,
/// for unique fields, the value number this row must take.
public struct CellContext {
    public var r: CellRandom
    public var row: Int
    /// In unique mode: a number below the kind's `uniqueCapacity`, distinct for every row.
    public var unique: UInt64?
    /// A process-lifetime static: no reference counting on the hot path.
    public unowned(unsafe) var locale: LocaleData
    /// The time anchor ("now" for past/future kinds), seconds since the epoch.
    public var anchor: Int64
    /// The last person drawn (`PersonSource.person`), for the row's other cells.
    var personMemo: PersonMemo? = nil
}

/// A field kind's generator, built once per field at plan time.
///
/// - Important: `generate` must be a pure function of the context (row,
///   random stream, unique value number); generators are shared across
///   worker threads and hold no mutable state.
public protocol KindGenerator: Sendable {
    /// How many distinct values unique mode can produce (0: the kind cannot be unique).
    /// Distinct value numbers below it must give distinct values.
    var uniqueCapacity: UInt64 { get }
    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue
    /// True when every text this kind writes for rows of `locales` (and its unique mode) is free of
    /// commas, double quotes and line breaks, and it returns no `.json`: the CSV writer then copies
    /// its cells without looking for bytes to quote. False, the default, is always safe.
    func writesPlainText(locales: [LocaleData]) -> Bool
}

extension KindGenerator {
    public var uniqueCapacity: UInt64 { 0 }
    public func writesPlainText(locales: [LocaleData]) -> Bool { false }
}

/// A kind whose values are instants within a range; end-after-start and
/// child-after-parent coherence regenerate it above a lower bound.
protocol TimeRangeGenerator: KindGenerator {
    /// Generates a value at or after `lowerBound` (seconds).
    func generate(after lowerBound: Int64, _ c: inout CellContext) -> KindValue
    /// The value for an instant (seconds), in the kind's own form (a date keeps the day).
    func value(atSeconds s: Int64) -> KindValue
    /// True for kinds that end spans (the field is an "end" and its partner a "start").
    var isDateOnly: Bool { get }
}

/// Stable keys of the row-wide choices several kinds share, so they agree
/// (a card's type and its number, a vehicle's make and model).
public enum RowChoice: String, Sendable {
    case locale = "@locale", product = "@product", card = "@card", vehicle = "@vehicle", diagnosis = "@diagnosis"
    case airport = "@airport", airline = "@airline", carrier = "@carrier", file = "@file", company = "@company"
    case job = "@job", lab = "@lab"
}
