import DoppelText

/// How to make key values an entity does not have: fresh keys for
/// near-duplicates and dangling values for orphaned references.
///
/// Integer keys continue past the last key (fresh keys in the first `rows`
/// values after it, orphans beyond them, so an orphan never lands on a
/// near-duplicate's fresh key); UUID keys take new random UUIDs; text keys get
/// a suffix (`-2`, `-3`, … for fresh keys, `-0`/`-1` for orphans), which a
/// fixed-length pattern key can never have.
enum KeyDomain: Sendable {
    /// Keys are `next - step`, `next - 2·step`, …: values from `next` on in the direction of `step` are free.
    case integer(next: Int64, step: Int64, rows: Int)
    case uuid
    case text

    /// The domain of a key column, or nil when no free value can be made (decimal keys, say).
    static func of(_ f: FieldPlan, entity: EntityPlan, plan: DatasetPlan) -> KeyDomain? {
        switch f.type {
        case .uuid: return .uuid
        case .string, .text: return .text
        case .integer:
            if case let .kind(g, _) = f.source, let seq = g as? SequenceKind {
                let step: Int64 = seq.step < 0 ? -1 : 1
                let (span, o1) = Int64(entity.rows).multipliedReportingOverflow(by: seq.step)
                let (next, o2) = seq.start.addingReportingOverflow(span)
                if !o1 && !o2 && seq.step != 0 { return .integer(next: next, step: step, rows: entity.rows) }
            }
            // Any other integer key: one pass over the column for its largest value.
            let ctx = RowContext(plan: plan, entity: entity)
            var top = Int64.min
            for r in 0..<entity.rows {
                if let v = ctx.scalar(f.column, row: r), v.isFinite, v < 9e18, v > -9e18 { top = max(top, Int64(v)) }
            }
            if top == .min { top = 0 }
            let (next, o) = top.addingReportingOverflow(1)
            return o ? nil : .integer(next: next, step: 1, rows: entity.rows)
        default:
            return nil
        }
    }

    /// A fresh key for the `ordinal`-th near-duplicate (distinct ordinals, distinct keys), written to `out`.
    func appendFresh(clean: UnsafeBufferPointer<UInt8>, ordinal: Int, _ r: inout CellRandom, _ out: inout CellBytes) -> CellTag {
        switch self {
        case let .integer(next, step, _):
            ByteFormat.appendInt(next &+ step &* Int64(ordinal), to: &out)
            return .number
        case .uuid:
            ByteFormat.appendUUID(r.next(), r.next(), to: &out)
            return .uuid
        case .text:
            out.append(contentsOf: clean)
            out.append(45)
            ByteFormat.appendInt(ordinal + 2, to: &out)
            return .string
        }
    }

    /// A value no row of the entity has as its key (nor any near-duplicate), written to `out`.
    func appendAbsent(clean: UnsafeBufferPointer<UInt8>, _ r: inout CellRandom, _ out: inout CellBytes) -> CellTag {
        switch self {
        case let .integer(next, step, rows):
            let beyond = Int64(rows) &+ Int64(r.below(max(10, rows / 10)))
            ByteFormat.appendInt(next &+ step &* beyond, to: &out)
            return .number
        case .uuid:
            ByteFormat.appendUUID(r.next(), r.next(), to: &out)
            return .uuid
        case .text:
            out.append(contentsOf: clean)
            out.append(45)
            out.append(48 + UInt8(r.below(2)))
            return .string
        }
    }
}
