/// Per-worker state for computing the rows of one entity: typed values of
/// the current row (for fields derived from others), and contexts for the
/// parents whose keys and times children look up.
///
/// Each cell is still a pure function of (seed, entity, field, row): the
/// context only memoises within a row, so any thread, block size or order
/// gives the same bytes. Parent keys are recomputed, never stored.
final class RowContext {
    let plan: DatasetPlan
    let entity: EntityPlan
    private(set) var row = -1
    private var stamp: UInt32 = 0
    private var computed: [UInt32]
    /// Numeric view of each computed cell (numbers; instants in seconds), NaN for text.
    var scalars: [Double]
    var nulls: [Bool]
    /// For reference columns: the parent row chosen for the current row (-1: NULL).
    private var parentRows: [Int]
    private var scratch: [UInt8] = []
    private var cell: CellContext
    private var parents: [RowContext?]

    init(plan: DatasetPlan, entity: EntityPlan) {
        self.plan = plan
        self.entity = entity
        let n = entity.fields.count
        computed = Array(repeating: 0, count: n)
        scalars = Array(repeating: .nan, count: n)
        nulls = Array(repeating: false, count: n)
        parentRows = Array(repeating: -1, count: n)
        parents = Array(repeating: nil, count: plan.entities.count + 1)
        cell = CellContext(r: CellRandom(state: 0), row: 0, unique: nil, locale: entity.locales[0], anchor: plan.anchor)
        scratch.reserveCapacity(256)
    }

    /// Starts a row: forgets the previous row's values.
    func begin(_ row: Int) {
        self.row = row
        stamp &+= 1
        if stamp == 0 {  // wrapped: clear so no stale stamp matches
            for i in computed.indices { computed[i] = 0 }
            stamp = 1
        }
        scratch.removeAll(keepingCapacity: true)
        let locales = entity.locales
        if locales.count == 1 { cell.locale = locales[0] } else {
            var r = CellRandom(key: entity.localeKey, row: row)
            cell.locale = locales[r.below(locales.count)]
        }
        cell.row = row
    }

    /// Generates row `row` into `block`, cells in dependency order.
    func generateRow(_ row: Int, into block: inout RowBlock) {
        begin(row)
        block.beginRow()
        for col in entity.order {
            let start = block.arena.count
            let tag = evaluate(col, into: &block.arena)
            block.record(column: col, start: start, tag: tag)
        }
    }

    /// Appends the rendered cell `column` of `row` to `out` (for children looking up a parent key).
    func appendCell(_ column: Int, row: Int, into out: inout [UInt8]) -> CellTag {
        if row != self.row { begin(row) }
        // Even when computed into scratch for this row, recompute into `out`: cells are pure, so the bytes are identical.
        return evaluate(column, into: &out)
    }

    /// The numeric value of cell `column` of `row`, nil when NULL or not numeric.
    func scalar(_ column: Int, row: Int) -> Double? {
        if row != self.row { begin(row) }
        ensure(column)
        if nulls[column] { return nil }
        let v = scalars[column]
        return v.isNaN ? nil : v
    }

    @inline(__always) func setScalar(_ column: Int, _ value: Double) { scalars[column] = value }

    @inline(__always) func setNull(_ column: Int) { nulls[column] = true }

    @inline(__always) private func ensure(_ column: Int) {
        if computed[column] != stamp { _ = evaluate(column, into: &scratch) }
    }

    private func parentContext(_ index: Int) -> RowContext {
        if let p = parents[index] { return p }
        let p = RowContext(plan: plan, entity: plan.entities[index])
        parents[index] = p
        return p
    }

    @inline(__always) private func valueNumber(_ mode: IndexMode) -> UInt64? {
        switch mode {
        case .random: return nil
        case let .unique(p): return p(UInt64(row))
        case let .group(g, position): return entity.groups[g].digit(position, row: row)
        }
    }

    private func chooseParent(_ ref: ReferencePlan, _ r: inout CellRandom) -> Int {
        if let v = valueNumber(ref.mode) { return Int(v) }
        if ref.isSelf {
            // Only earlier rows: the hierarchy can have no cycle.
            if row == 0 { return -1 }
            switch ref.fanout {
            case .uniform: return r.below(row)
            case .zipf: return Int(Zipf.sample(n: Double(row), s: 1.1, &r)) - 1
            }
        }
        if ref.parentRows <= 0 { return -1 }
        switch ref.fanout {
        case .uniform: return r.below(ref.parentRows)
        case .zipf:
            let k = Int(Zipf.sample(n: Double(ref.parentRows), s: 1.1, &r)) - 1
            return Int(ref.spread(UInt64(k)))
        }
    }

    /// Computes one cell, appending its bytes to `out`.
    private func evaluate(_ col: Int, into out: inout [UInt8]) -> CellTag {
        let f = entity.fields[col]
        computed[col] = stamp
        var r = CellRandom(key: f.key, row: row)
        if f.nullRate > 0, r.unit() < f.nullRate {
            nulls[col] = true
            parentRows[col] = -1
            return .null
        }
        nulls[col] = false
        scalars[col] = .nan
        let start = out.count
        let value: KindValue
        switch f.source {
        case let .kind(generator, mode):
            cell.r = r
            cell.unique = valueNumber(mode)
            value = generator.generate(&cell, &out)
        case let .reference(ref):
            let p = chooseParent(ref, &r)
            parentRows[col] = p
            if p < 0 { nulls[col] = true; return .null }
            let parent = parentContext(ref.parentEntity)
            let tag = parent.appendCell(ref.parentColumn, row: p, into: &out)
            scalars[col] = parent.scalars[ref.parentColumn]
            return tag
        case let .endAfter(startColumn, fallback):
            ensure(startColumn)
            cell.r = r
            cell.unique = nil
            if nulls[startColumn] || scalars[startColumn].isNaN {
                value = fallback.generate(&cell, &out)
            } else {
                let s = Int64(scalars[startColumn])
                if fallback.isDateOnly {
                    value = .days(CivilTime.floorDiv(s, 86_400) + 1 + Int64(cell.r.below(14)))
                } else {
                    // Log-uniform between 5 minutes and 30 days: most spans short, a few long.
                    let span = Mathx.exp(Mathx.log(300) + cell.r.unit() * (Mathx.log(30 * 86_400) - Mathx.log(300)))
                    value = .seconds(s + Int64(span))
                }
            }
        case let .afterParent(refColumn, parentEntity, parentColumn, time):
            ensure(refColumn)
            cell.r = r
            cell.unique = nil
            let p = parentRows[refColumn]
            if p >= 0, let t = parentContext(parentEntity).scalar(parentColumn, row: p) {
                value = time.generate(after: Int64(t) + 60, &cell)
            } else {
                value = time.generate(&cell, &out)
            }
        case let .product(a, b):
            ensure(a)
            ensure(b)
            value = nulls[a] || nulls[b] || scalars[a].isNaN || scalars[b].isNaN ? .null : .real(scalars[a] * scalars[b])
        }
        return render(f, value, start, &out)
    }
}
