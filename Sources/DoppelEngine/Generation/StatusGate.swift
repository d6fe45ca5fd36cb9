import DoppelText

/// A lifecycle timestamp that exists only in the statuses that have reached
/// it (`shipped_at` once shipped, `delivered_at` once delivered, `cancelled_at`
/// only when cancelled); NULL otherwise. When present it is computed as before:
/// after `start` when there is one, else from `fallback`.
///
/// A class, so the row loop's switch over a cell's source takes a reference rather than copying the gate
/// (a set, an existential and a span) and retaining each of its parts, per row.
final class StatusGate: Sendable {
    /// The status column and the values (lowercased) in which the timestamp exists.
    let status: StatusHeldPlan
    var statusColumn: Int { status.statusColumn }
    var allowed: Set<String> { status.allowed }
    let start: Int?
    let fallback: any TimeRangeGenerator
    /// How far after `start` the timestamp lies (`ActivitySpan`).
    let span: ActivitySpan
    /// When set, the moment lies between `start` (the row's own start, such as `started_at`) and
    /// this time anchor (seconds), uniformly, instead of a span after it: a subscription is
    /// cancelled after it started and before now.
    let anchor: Int64?
    /// A row without a start but with a due date (`due_date` of a bill): the moment lies hours to a month
    /// before it, not any time in the window.
    let due: Int?

    init(statusColumn: Int, allowed: Set<String>, start: Int?, fallback: any TimeRangeGenerator, span: ActivitySpan,
         anchor: Int64? = nil, due: Int? = nil) {
        status = StatusHeldPlan(statusColumn: statusColumn, allowed: allowed)
        self.start = start
        self.fallback = fallback
        self.span = span
        self.anchor = anchor
        self.due = due
    }
}

/// Where an order-like record is in its life, read from a status value.
enum LifecycleStage: Sendable {
    case open, shipped, delivered, returned, cancelled
    /// A case or ticket that was resolved or closed.
    case resolved
    /// An invoice, bill or order that was paid or settled (`partially_paid` too: money came).
    case paid
    /// Only as an event: a run that ended however it ended (a build's `finished_at` once it succeeded, failed or
    /// was cancelled); no status is this stage.
    case finished

    /// The words of a status value, lowercased: `partially_paid` → partially, paid.
    static func words(of status: String) -> Set<String> {
        Set(status.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
    }

    init(status: String) {
        let words = Self.words(of: status)
        func any(_ list: [String]) -> Bool { !words.isDisjoint(with: list) }
        if any(["cancelled", "canceled", "cancel", "failed", "failure", "errored", "timed", "declined", "voided", "void", "rejected",
                "abandoned"]) {
            self = .cancelled
        } else if any(["returned", "refunded", "refund", "return"]) {
            self = .returned
        } else if any(["paid", "settled"]) && !any(["unpaid", "not"]) {
            self = .paid
        } else if any(["resolved", "closed", "solved", "fixed", "done"]) {
            self = .resolved
        } else if any(["delivered", "completed", "complete", "fulfilled", "received", "collected", "succeeded", "success", "passed",
                       "successful", "finished"]) && !any(["partially", "partly"]) {
            self = .delivered
        } else if any(["shipped", "dispatched", "transit", "shipping", "out"]) || words.isSuperset(of: ["picked", "up"]) {
            self = .shipped
        } else {
            self = .open
        }
    }

    /// The stage of each of a column's statuses (lowercased), read as a list: statuses are
    /// listed in the order records pass through them, so a first status that would end a
    /// record ("received") while later ones are still open (`in_progress`) is where records
    /// start: a repair shop's bike is received before it is worked on.
    static func stages(ofList texts: [String]) -> [String: LifecycleStage] {
        var out: [String: LifecycleStage] = [:]
        for t in texts { out[t.lowercased()] = LifecycleStage(status: t) }
        if texts.count >= 3, let first = texts.first, out[first.lowercased()] == .delivered,
           texts.dropFirst().contains(where: { out[$0.lowercased()] == .open }) {
            out[first.lowercased()] = .open
        }
        // A verdict (an inspection or a test that passed or failed) is done either way: beside `passed`, `failed` has
        // happened, unlike a payment's or a build's failure beside `succeeded`.
        if texts.contains(where: { words(of: $0).contains("passed") }) {
            for t in texts where !words(of: t).isDisjoint(with: ["failed", "fail"]) { out[t.lowercased()] = .delivered }
        }
        return out
    }

    /// The stages in which a timestamp named for `event` exists.
    static func stages(forEvent event: LifecycleStage) -> Set<LifecycleStage> {
        switch event {
        case .shipped: return [.shipped, .delivered, .returned]
        case .delivered: return [.delivered, .returned]
        case .returned: return [.returned]
        case .cancelled: return [.cancelled]
        case .resolved: return [.resolved]
        // Paid comes before shipping where an order has both; a refund was paid first.
        case .paid: return [.paid, .shipped, .delivered, .returned, .resolved]
        case .open: return [.open, .shipped, .delivered, .returned, .cancelled, .resolved, .paid]
        case .finished: return [.delivered, .returned, .cancelled, .resolved, .paid]
        }
    }

    /// The event a timestamp column records, from its name (`shipped_at`, `delivery_date` is a plan, not an event).
    static func event(ofColumn name: String) -> LifecycleStage? {
        let words = Set(KindInference.tokens(name))
        if !words.isDisjoint(with: ["estimated", "expected", "scheduled", "promised", "planned", "eta", "due", "target"]) { return nil }
        if !words.isDisjoint(with: ["cancelled", "canceled", "cancellation"]) { return .cancelled }
        if !words.isDisjoint(with: ["returned", "refunded"]) { return .returned }
        if !words.isDisjoint(with: ["paid", "settled", "payment"]) { return .paid }
        if !words.isDisjoint(with: ["resolved", "closed", "solved"]) { return .resolved }
        if !words.isDisjoint(with: ["delivered", "completed", "fulfilled"]) { return .delivered }
        if !words.isDisjoint(with: ["shipped", "dispatched"]) { return .shipped }
        if words.contains("finished") { return .finished }
        return nil
    }
}

extension RowContext {
    /// The timestamp when the row's status has reached it, else `.null`.
    func gatedTime(_ gate: StatusGate, _ r: inout CellRandom, into out: inout CellBytes) -> KindValue {
        guard statusHolds(gate.status) else { return .null }
        // The inputs first: computing one aside reuses the shared cell, which must then be set for this one.
        if let s = gate.start { ensure(s) }
        if gate.span.lengthColumn >= 0 { ensure(gate.span.lengthColumn) }
        cell.pointee.r = r
        cell.pointee.unique = nil
        if let s = gate.start {
            if !nulls[s], !scalars[s].isNaN {
                if let anchor = gate.anchor, Int64(scalars[s]) < anchor {
                    let from = Int64(scalars[s])
                    let at = from + Int64(cell.pointee.r.unit() * Double(anchor - from))
                    return gate.fallback.isDateOnly ? .days(CivilTime.floorDiv(at, 86_400)) : .seconds(at)
                }
                return end(after: Int64(scalars[s]), isDateOnly: gate.fallback.isDateOnly, span: gate.span)
            }
        }
        if let d = gate.due {
            ensure(d)
            cell.pointee.r = r
            cell.pointee.unique = nil
            if !nulls[d], scalars[d].isFinite {
                var at = Int64(scalars[d]) - Int64(Mathx.logUniform(3_600...(30 * 86_400), cell.pointee.r.unit()))
                // Paid early on a bill due after now: paid in the weeks before now.
                if let now = gate.anchor, at > now { at = now - Int64(Mathx.logUniform(3_600...(30 * 86_400), cell.pointee.r.unit())) }
                return gate.fallback.isDateOnly ? .days(CivilTime.floorDiv(at, 86_400)) : .seconds(at)
            }
        }
        return gate.fallback.generate(&cell.pointee, &out)
    }

    /// Whether the row's status (lowercased) is one of the plan's: bytes for ASCII, else as Strings.
    func statusHolds(_ plan: StatusHeldPlan) -> Bool {
        withScratch { buffer in
            let tag = evaluate(plan.statusColumn, into: &buffer)
            if tag == .null || buffer.isEmpty { return false }
            if let ascii = plan.allowedASCII, let match = Self.asciiMatch(buffer.bytes, ascii) { return match }
            return plan.allowed.contains(String(decoding: buffer.bytes, as: UTF8.self).lowercased())
        }
    }
}

extension RowContext {
    /// Whether `bytes` equal one of `allowed` (lowercase ASCII) with ASCII letters compared
    /// case-blind, in place; nil when `bytes` hold a non-ASCII byte (then the caller compares Strings).
    static func asciiMatch(_ bytes: UnsafeBufferPointer<UInt8>, _ allowed: [[UInt8]]) -> Bool? {
        for b in bytes where b >= 0x80 { return nil }
        for candidate in allowed where candidate.count == bytes.count {
            var same = true
            for i in 0..<bytes.count {
                let b = bytes[i]
                if (b >= 65 && b <= 90 ? b | 0x20 : b) != candidate[i] { same = false; break }
            }
            if same { return true }
        }
        return false
    }
}

/// A value that exists only in some statuses of its row, NULL in the others: what an occasion found
/// or gave (a visit's diagnosis, a session's rating) once it took place, who approved a request once
/// it is approved. When present it is drawn as before.
struct StatusHeldPlan: Sendable {
    let statusColumn: Int
    /// Status values (lowercased) in which the value exists.
    let allowed: Set<String>
    /// `allowed` as bytes when every value is ASCII (nil otherwise): an ASCII status is then
    /// compared byte for byte, with no String made and lowercased per row. String equality of
    /// ASCII text is byte equality, so the answer is the same.
    let allowedASCII: [[UInt8]]?

    init(statusColumn: Int, allowed: Set<String>) {
        self.statusColumn = statusColumn
        self.allowed = allowed
        allowedASCII = allowed.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } } ? allowed.map { Array($0.utf8) } : nil
    }
}

/// A due date that agrees with the row's status (`SchemaResolver.applyStatusTimes`): before now when the
/// status says paid or overdue, after now otherwise.
struct DueByStatusPlan: Sendable {
    let past: StatusHeldPlan
    let before: TimeKind
    let after: TimeKind
    /// The rule a past date keeps instead of `before`, when it had one (a closed deal's close date after its
    /// company's creation).
    var pastSource: FieldSource? = nil
}

extension RowContext {
    func dueByStatus(_ plan: DueByStatusPlan, _ r: CellRandom, into out: inout CellBytes) -> KindValue {
        let past = statusHolds(plan.past)
        return generateOwn(past ? plan.before : plan.after, r, &out)
    }
}
