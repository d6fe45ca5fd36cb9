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

/// Cases whose payload holds an existential or is large are `indirect`: that keeps the enum loadable and one
/// word wide, so the row loop switches on a borrowed value instead of copying the whole payload out (and
/// retaining it) per cell. A `ReferencePlan` inline made every `FieldSource` 161 bytes, copied per derived cell.
enum FieldSource: Sendable {
    indirect case kind(any KindGenerator, IndexMode)
    indirect case reference(ReferencePlan)
    /// A reference whose key is the one the row's parent holds (`ThroughParentPlan`).
    indirect case throughParent(ThroughParentPlan)
    /// A record's description written from its own values (`RecordTextPlan`).
    indirect case recordText(RecordTextPlan)
    /// An amount as a share of the parent's price (`ParentSharePlan`).
    indirect case parentShare(ParentSharePlan)
    /// A child's time at or after its parent's start (`AfterParentStartPlan`).
    indirect case afterParentStart(AfterParentStartPlan)
    /// An animal's breed, weight or birth date from its row's species (`SpeciesTraitPlan`).
    indirect case speciesTrait(SpeciesTraitPlan)
    /// A lab column of a row whose parent names the analyte.
    indirect case parentAnalyte(ParentAnalytePlan)
    /// A skill level from the tier the row's name announces (`LevelOfNamePlan`).
    indirect case levelOfName(LevelOfNamePlan)
    /// An end: the start column plus a duration within `span`; `fallback` when the start is NULL.
    indirect case endAfter(start: Int, fallback: any TimeRangeGenerator, span: ActivitySpan)
    /// A child's time after its parent's: the reference column, and the parent's time column.
    indirect case afterParent(referenceColumn: Int, parentEntity: Int, parentColumn: Int, time: any TimeRangeGenerator)
    /// The day of the occasion the row references: a booking's `travel_date` is its flight's departure.
    indirect case atParent(referenceColumn: Int, parentEntity: Int, parentColumn: Int, time: any TimeRangeGenerator)
    /// A sign-up for an occasion before it takes place: an hour to 90 days before the parent's time column,
    /// and not after the schema's now (`anchor`, seconds) for an occasion still to come.
    /// A moment before the row's own `start` (a booking before what it books), at or before `anchor`.
    indirect case beforeStart(start: Int, time: any TimeRangeGenerator, anchor: Int64)
    /// A time on the row's own day (`date`, a date column): a shift's `start_time` on its `shift_date`, at a
    /// quarter hour within `hours` (the first and last hour a start falls in).
    indirect case onRowDate(date: Int, hours: ClosedRange<Int>, time: any TimeRangeGenerator)
    /// At or after another time of the row, anywhere in the column's window: a child enrolled after its birth.
    indirect case notBefore(start: Int, time: any TimeRangeGenerator)
    /// A death date 25–95 years after the row's `birth`; a life that reaches past `anchor` (seconds) goes on:
    /// NULL when `mayLive`, else a day between the birth and the anchor.
    indirect case lifeEnd(birth: Int, time: any TimeRangeGenerator, mayLive: Bool, anchor: Int64)
    /// A date at or after January 1 of the row's `year` column (a thing's model year, the year it was made):
    /// nothing happens to a thing before it exists. Its own draw when the year is NULL or after `lastYear`
    /// (the year of the schema's now).
    indirect case notBeforeYear(year: Int, time: any TimeRangeGenerator, lastYear: Int)
    /// A trip's distance between the two cities of its row.
    indirect case cityDistance(CityDistancePlan)
    /// A trip's end at a travelling speed over the way between its row's two places (`TripEndPlan`).
    indirect case tripEnd(TripEndPlan)
    /// An end after its start by the length its parent states (`ParentLengthEndPlan`).
    indirect case parentLengthEnd(ParentLengthEndPlan)
    /// (`via`: the parent's own reference on to the table whose `parentColumn` is read, when the parent has no
    /// occasion of its own: an order of a ticket type is before the type's event.)
    indirect case beforeParent(referenceColumn: Int, parentEntity: Int, parentColumn: Int, time: any TimeRangeGenerator, anchor: Int64,
                               via: (column: Int, entity: Int)?)
    /// `total = price × quantity`; the field's own kind (`fallback`) where an input is NULL.
    indirect case product(Int, Int, fallback: any KindGenerator)
    /// A share of another column: `cost` = `price` × a uniform factor in `low..<high`; the
    /// field's own kind (`fallback`) where that column is NULL.
    indirect case share(of: Int, low: Double, high: Double, fallback: any KindGenerator)
    /// Free text written for its row: it reads sibling and parent cells (`RowTextWriter`).
    indirect case rowText(RowTextPlan)
    /// A value derived through a reference: the parent's cell, copied or adjusted.
    indirect case derived(DerivedPlan)
    /// `net = gross − tax`: one column less another; the field's own kind (`fallback`) where an input is NULL.
    indirect case difference(Int, Int, fallback: any KindGenerator)
    /// A lifecycle timestamp that exists only once the row's status has reached it.
    indirect case statusGated(StatusGate)
    /// A biography whose job is the row's own job title (`BioPlan`).
    indirect case bio(BioPlan)
    /// `total = rate × periods`: a daily, nightly, hourly, weekly or monthly rate times the whole periods
    /// (at least one) from the start column to the end column; the field's own kind where an input is NULL.
    indirect case rateTimesSpan(rate: Int, start: Int, end: Int, period: Double, fallback: any KindGenerator)
    /// A status that agrees with the row's period: not begun, under way or over (`PeriodStatusPlan`).
    indirect case periodStatus(PeriodStatusPlan)
    /// A fact of a sibling's value: a currency's name or symbol from the row's currency code.
    indirect case siblingFact(SiblingFactPlan)
    /// `total = parent's rate × periods` of the row's own span (`ParentRateSpanPlan`).
    indirect case parentRateTimesSpan(ParentRateSpanPlan)
    /// A charge for each period begun of the row's span, at a rate drawn for the row (`SpanChargePlan`).
    indirect case spanCharge(SpanChargePlan)
    /// A series' installment number counted from its start to the row's time (`InstallmentPlan`).
    indirect case installment(InstallmentPlan)
    /// One of the parent's counted parts: a unit's floor up to its building's floors (`UpToParentCountPlan`).
    indirect case upToParentCount(UpToParentCountPlan)
    /// A result that agrees with the row's two scores (`OutcomePlan`).
    indirect case outcome(OutcomePlan)
    /// A value that exists only in some statuses of the row, NULL in the others (`StatusHeldPlan`), and
    /// where present comes from its own source: the field's kind (a visit's diagnosis once it took
    /// place), a reference (who approved a request), or a value computed from other cells (a house's
    /// `sold_price` near its `list_price` once sold, a job offer within the posting's range once made).
    indirect case statusHeld(StatusHeldPlan, FieldSource)
    /// A fine for the days between the due date and the return (`LateFeePlan`).
    indirect case lateFee(LateFeePlan)
    /// A date the inner source draws, moved to the weekday its parent meets (`OnWeekdayPlan`).
    indirect case onParentWeekday(OnWeekdayPlan, FieldSource)
    /// A due date before now or after it, as the row's status says (`DueByStatusPlan`).
    indirect case dueByStatus(DueByStatusPlan)
    /// A person's address at their organisation's domain (`WorkEmailPlan`).
    indirect case workEmail(WorkEmailPlan)
    /// The sum of the children's values (`ChildSumPlan`).
    indirect case childSum(ChildSumPlan)
    /// How far the record has got, as its status says (`ProgressPlan`).
    indirect case progress(ProgressPlan)
    /// A meter's reading when a use ended: its start reading plus the use's (`MeterEndPlan`).
    indirect case meterEnd(MeterEndPlan)
    /// A loan's equal monthly instalment from its principal, rate and term (`AnnuityPlan`).
    indirect case annuity(AnnuityPlan)
    /// What is left to repay on a loan from its principal, rate, term, issue date and status (`LoanBalancePlan`).
    indirect case loanBalance(LoanBalancePlan)
    /// A total of its parts: a subtotal plus tax and tip, less a discount (`SumPlan`).
    indirect case sum(SumPlan)
}

extension FieldSource {
    /// The reference a cell draws itself, also when only some statuses hold it (nil for other sources).
    var drawnReference: ReferencePlan? {
        switch self {
        case let .reference(ref), let .statusHeld(_, .reference(ref)): return ref
        default: return nil
        }
    }
}

/// A match's result read from its two scores (`OutcomePlan`): the first side's label when its
/// score is higher, the second's when lower, the level label when equal; the field's own kind
/// (`own`) where a score is NULL or the result has no label for what the scores say.
struct OutcomePlan: Sendable {
    let first: Int
    let second: Int
    /// Labels for: first ahead, second ahead, level.
    let labels: [String?]
    let own: any KindGenerator
    /// NULL, not the own kind, where a score is NULL: the scores exist only once the match was
    /// played (`StatusHeldPlan`), and so does its result.
    var absentWithoutScores = false

    /// The label for `a` against `b`.
    func label(_ a: Double, _ b: Double) -> String? {
        labels[a > b ? 0 : a < b ? 1 : 2]
    }
}

/// A column whose value is a fixed fact of a sibling column's value (`values`); the field's own
/// kind (`fallback`) for a value the table does not hold or a NULL.
struct SiblingFactPlan: Sendable {
    let column: Int
    let values: [String: String]
    let fallback: any KindGenerator
    /// Numbers instead of texts: for a sibling value here, a number drawn log-uniformly in its range
    /// (a shop product's price by its category).
    var ranges: [String: ClosedRange<Double>] = [:]
    /// A sibling number the drawn number is multiplied by (an account's seats).
    var multiplier: Int? = nil
    /// The drawn number rounded to a whole one (a price list's 29, 99).
    var wholeNumbers = false
    /// A range read from any sibling text, where no listed value is known (a recipe's cooking time by its title).
    var rangeOf: (@Sendable (String) -> ClosedRange<Double>?)? = nil
    /// A text read from any sibling text, where no listed value is known (an ingredient's unit by its name).
    var valueOf: (@Sendable (String) -> String?)? = nil
    /// Texts one of which a sibling value takes, drawn per row (a diagnosis's treatments), before `values`.
    var choices: [String: [String]] = [:]
}

/// A status drawn as before, then, when it names a place in a period (upcoming,
/// active, ended) that the row's start and end contradict, replaced by one of
/// the entity's own values for the place they give. Other values (cancelled,
/// paused, draft) are kept.
struct PeriodStatusPlan: Sendable {
    enum Place: Sendable { case upcoming, active, ended }
    let own: any KindGenerator
    let start: Int
    let end: Int
    /// The schema's now, in seconds (`DatasetPlan.anchor`).
    let anchor: Double
    /// The entity's status values by the place they name.
    let values: [Place: [String]]
    /// The place each of those values names, read once when the plan is built, not per row.
    let places: [String: Place]
    /// For a place the entity has no value for, its values that name no place but still agree
    /// with it (`PeriodStatusPlan.standIns`): a membership whose only place value is `active`
    /// is `cancelled` once its end has passed, not still `active`.
    var standIns: [Place: [String]] = [:]
    /// The occasion's time through a reference (parent entity, its time column): then `start` and `end`
    /// are the reference column, and the row's period is that one moment of its parent.
    var parentTime: (entity: Int, column: Int)? = nil
    /// Running sums of the weights of `values`, place by place: a replacement is drawn with the
    /// entity's weights (a past appointment is far more often `completed` than `no_show`).
    var cumulative: [Place: [Double]] = [:]

    /// One of the entity's own values for `place` by weight, else a stand-in, else nil.
    /// `.upcoming` when `status` is a stand-in for a period not yet begun (pending, draft), else nil.
    func waiting(_ status: String) -> Place? {
        standIns[.upcoming]?.contains(status) == true ? .upcoming : nil
    }

    func replacement(for place: Place, _ r: inout CellRandom) -> String? {
        if let own = values[place], let sums = cumulative[place], sums.count == own.count, let total = sums.last, total > 0 {
            let x = r.unit() * total
            return own[sums.firstIndex { x < $0 } ?? own.count - 1]
        }
        guard let choices = values[place] ?? standIns[place], !choices.isEmpty else { return nil }
        return choices[r.below(choices.count)]
    }

    /// Values that name no place but fit one when the entity has none of its own: a record that
    /// stopped (cancelled, terminated, closed) for a period that is over, one that waits
    /// (pending, new, confirmed) for a period not begun.
    static func standIn(_ status: String) -> Place? {
        guard place(of: status) == nil else { return nil }
        let words = LifecycleStage.words(of: status)
        switch LifecycleStage(status: status) {
        case .cancelled, .resolved: return .ended
        default: break
        }
        if !words.isDisjoint(with: ["terminated", "withdrawn", "discontinued", "closed"]) { return .ended }
        // (A ticket still valid is for an occasion to come; a listing's `sold` or an invoice's `issued` is not.)
        if !words.isDisjoint(with: ["pending", "new", "draft", "confirmed", "waiting", "awaiting", "requested", "valid"]) {
            return .upcoming
        }
        return nil
    }

    /// Whether a status says the occasion took place: over, and not missed or lapsed
    /// (`completed`, `attended`, `returned`; not `no_show`, `missed`, `expired`).
    static func tookPlace(_ status: String) -> Bool {
        guard place(of: status) == .ended else { return false }
        return LifecycleStage.words(of: status).isDisjoint(with: ["missed", "expired", "lapsed", "inactive"]) && !isNoShow(status)
    }

    /// `no_show`, `no-show`, `No show`.
    static func isNoShow(_ status: String) -> Bool {
        let lower = status.lowercased()
        return lower.contains("no_show") || lower.contains("no-show") || lower.contains("no show")
    }

    /// The place a status value names, if any.
    static func place(of status: String) -> Place? {
        let words = LifecycleStage.words(of: status)
        if !words.isDisjoint(with: ["upcoming", "scheduled", "planned", "future", "booked", "reserved", "confirmed"])
            || status.lowercased().contains("not_started") || status.lowercased().contains("not started") { return .upcoming }
        if !words.isDisjoint(with: ["completed", "complete", "ended", "finished", "expired", "returned", "concluded",
                                    "graduated", "inactive", "lapsed", "done", "attended", "missed", "used", "scanned", "redeemed",
                                    "landed", "arrived"])
            || isNoShow(status) { return .ended }
        if !words.isDisjoint(with: ["active", "ongoing", "progress", "running", "live", "current", "rented", "occupied",
                                    "enrolled", "started", "open"]) { return .active }
        return nil
    }
}

/// A bio beside a job title column: the bio names that title, not a job of its own.
struct BioPlan: Sendable {
    let writer: BioKind
    let titleColumn: Int
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
    /// An earlier column of the row that references the same table and must name another of its rows
    /// (`away_team_id` beside `home_team_id`): see `SchemaResolver.applyDistinctReferences`.
    var distinctFrom: Int? = nil
    /// The zipf fanout's curve over the parents, its constants worked out once (`Zipf.fanoutExponent`).
    let zipf: ZipfCurve

    init(parentEntity: Int, parentColumn: Int, parentRows: Int, fanout: Fanout, isSelf: Bool, mode: IndexMode,
         spread: IndexPermutation, distinctFrom: Int? = nil) {
        self.parentEntity = parentEntity
        self.parentColumn = parentColumn
        self.parentRows = parentRows
        self.fanout = fanout
        self.isSelf = isSelf
        self.mode = mode
        self.spread = spread
        self.distinctFrom = distinctFrom
        zipf = ZipfCurve(n: Double(parentRows), s: Zipf.fanoutExponent(parents: parentRows))
    }
}

/// A `unique_together` group: the permuted row number in mixed radix, one digit per field.
struct UniqueGroupPlan: Sendable {
    let columns: [Int]
    let radices: [UInt64]
    let permutation: IndexPermutation
    /// Positions of two references to the same table whose rows differ: the second's radix is one less
    /// than the first's, and its digit skips the first's value.
    var distinct: (first: Int, second: Int)? = nil

    func digit(_ position: Int, row: Int) -> UInt64 {
        let d = rawDigit(position, row: row)
        guard let distinct, position == distinct.second else { return d }
        return d >= rawDigit(distinct.first, row: row) ? d + 1 : d
    }

    private func rawDigit(_ position: Int, row: Int) -> UInt64 {
        var v = permutation(UInt64(row))
        for i in stride(from: radices.count - 1, to: position, by: -1) { v /= radices[i] }
        return v % radices[position]
    }
}
