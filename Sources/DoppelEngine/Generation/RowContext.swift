import DoppelText

/// How far an end lies after its start (`FieldSource.endAfter`).
enum EndAfter {
    static func value(start s: Int64, isDateOnly: Bool, span: ActivitySpan = .general, _ r: inout CellRandom) -> KindValue {
        if span.nearBound, let cap = span.notAfter {
            // Back from the bound by a share of the whole stretch, the square of a uniform draw: most lately.
            let u = r.unit()
            if isDateOnly {
                let day = CivilTime.floorDiv(s, 86_400), last = CivilTime.floorDiv(cap, 86_400)
                return .days(last <= day ? day : last - Int64((Double(last - day) * u * u).rounded(.down)))
            }
            return .seconds(cap <= s ? s : cap - Int64(Double(cap - s) * u * u))
        }
        let end = unbounded(start: s, isDateOnly: isDateOnly, span: span, &r)
        guard let cap = span.notAfter else { return end }
        // Past the bound: from the span's shortest end (or the start, when that too is past the bound) to the bound,
        // at the start when the start is already past it.
        switch end {
        case let .seconds(t) where t > cap:
            let shortest = s + Int64(span.seconds.lowerBound)
            let first = shortest <= cap ? shortest : s
            return .seconds(cap > first ? r.between(first, cap) : Swift.max(s, Swift.min(first, cap)))
        case let .days(d) where d > CivilTime.floorDiv(cap, 86_400):
            let day = CivilTime.floorDiv(s, 86_400), last = CivilTime.floorDiv(cap, 86_400)
            let first = day + span.days.lowerBound <= last ? day + span.days.lowerBound : day
            return .days(last > first ? r.between(first, last) : Swift.max(day, Swift.min(first, last)))
        default: return end
        }
    }

    private static func unbounded(start s: Int64, isDateOnly: Bool, span: ActivitySpan, _ r: inout CellRandom) -> KindValue {
        if !span.termMonths.isEmpty {
            // whole calendar months, ending the day before the same date (at the start's time of day)
            let months = span.termMonths[r.below(span.termMonths.count)]
            let day = CivilTime.floorDiv(s, 86_400)
            let end = CivilTime.termEnd(fromDay: day, months: months)
            return isDateOnly ? .days(end) : .seconds(s + (end - day) * 86_400)
        }
        if isDateOnly {
            let width = span.days.upperBound - span.days.lowerBound + 1
            return .days(CivilTime.floorDiv(s, 86_400) + span.days.lowerBound + Int64(r.below(Int(width))))
        }
        // Log-uniform within the activity's span: most spans short, a few long.
        var length = Mathx.logUniform(span.seconds, r.unit())
        if span.step > 0 { length = Swift.max(span.step, (length / span.step).rounded() * span.step) }
        return .seconds(s + Int64(length))
    }
}

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
    let programRefs: [Unmanaged<CellProgram>]
    private(set) var row = -1
    /// `CellRandom.rowMix(row)`, computed once per row for all its cells.
    private var rowMix: UInt64 = 0
    /// Rows this context has started (generated, or looked up by a child): the instrument
    /// behind `WriteSummary.rowsVisited`.
    private(set) var rowsBegun = 0
    private var stamp: UInt32 = 0
    // Per-column state lives in raw buffers owned by this object: writes through them need no
    // dynamic exclusivity checks, which would otherwise cost a quarter of the row loop.
    private let computed: UnsafeMutablePointer<UInt32>
    /// Numeric view of each computed cell (numbers; instants in seconds), NaN for text.
    let scalars: UnsafeMutablePointer<Double>
    let nulls: UnsafeMutablePointer<Bool>
    /// For reference columns: the parent row chosen for the current row (-1: NULL).
    let parentRows: UnsafeMutablePointer<Int>
    let cell: UnsafeMutablePointer<CellContext>
    private let columnCount: Int
    /// Buffers for cells computed only for their numeric view or text. Evaluation nests (a derived cell's
    /// inputs may be derived too, and a parent's time may follow its own parent's), so each
    /// nested computation takes a buffer of its own (`withScratch`): no buffer is ever borrowed twice.
    private let scratch: UnsafeMutablePointer<ScratchStack>
    /// The cells of the row being generated, handed to the block in one append (`generateRow`).
    private let rowBytes = CellBytes(capacity: 1024)
    /// Contexts of the parent tables, made on first use (behind a pointer: no exclusivity check per lookup).
    private let parents: UnsafeMutablePointer<RowContext?>
    private let parentSlots: Int
    /// The cells of the row being generated, handed to the block once per row (`RowBlock.recordRow`)
    /// when the evaluation order covers every column; nil otherwise (then cell by cell).
    private let rowCells: RowCells?

    init(plan: DatasetPlan, entity: EntityPlan) {
        self.plan = plan
        self.entity = entity
        programRefs = entity.programRefs
        let n = max(1, entity.fields.count)
        columnCount = n
        computed = .allocate(capacity: n)
        computed.initialize(repeating: 0, count: n)
        scalars = .allocate(capacity: n)
        scalars.initialize(repeating: .nan, count: n)
        nulls = .allocate(capacity: n)
        nulls.initialize(repeating: false, count: n)
        parentRows = .allocate(capacity: n)
        parentRows.initialize(repeating: -1, count: n)
        scratch = .allocate(capacity: 1)
        scratch.initialize(to: ScratchStack())
        cell = .allocate(capacity: 1)
        cell.initialize(to: CellContext(r: CellRandom(state: 0), row: 0, unique: nil, locale: entity.locales[0], anchor: plan.anchor))
        parentSlots = plan.entities.count + 1
        parents = .allocate(capacity: parentSlots)
        parents.initialize(repeating: nil, count: parentSlots)
        rowCells = Set(entity.order) == Set(0..<entity.fields.count) && !entity.fields.isEmpty ? RowCells(columns: n) : nil
    }

    deinit {
        computed.deallocate()
        scalars.deallocate()
        nulls.deallocate()
        parentRows.deallocate()
        cell.deinitialize(count: 1)
        cell.deallocate()
        scratch.pointee.release()
        parents.deinitialize(count: parentSlots)
        parents.deallocate()
        scratch.deinitialize(count: 1)
        scratch.deallocate()
    }

    /// Starts a row: forgets the previous row's values.
    func begin(_ row: Int) {
        self.row = row
        rowMix = CellRandom.rowMix(row)
        rowsBegun &+= 1
        stamp &+= 1
        if stamp == 0 {  // wrapped: clear so no stale stamp matches
            for i in 0..<columnCount { computed[i] = 0 }
            stamp = 1
        }
        let locales = entity.locales
        if locales.count == 1 { cell.pointee.locale = locales[0] } else {
            var r = CellRandom(key: entity.localeKey, row: row)
            cell.pointee.locale = locales[r.below(locales.count)]
        }
        cell.pointee.row = row
    }

    /// Generates row `row` into `block`, cells in dependency order.
    func generateRow(_ row: Int, into block: inout RowBlock) {
        begin(row)
        block.beginRow()
        var out = rowBytes
        out.removeAll()
        let base = block.arena.count
        guard let cells = rowCells else {
            for col in entity.order {
                let start = out.count
                let tag = evaluate(col, into: &out)
                block.record(column: col, start: base + start, end: base + out.count, tag: tag)
            }
            block.arena.append(contentsOf: out.bytes)
            return
        }
        for col in entity.order {
            let start = out.count
            let tag = evaluate(col, into: &out)
            cells.set(col, start: base + start, end: base + out.count, tag: tag)
        }
        block.arena.append(contentsOf: out.bytes)
        block.recordRow(cells)
    }

    /// The value of the parent's `column` for the row the reference column `refColumn` points at; nil when the
    /// reference or that value is NULL.
    /// With `via`, the parent's own reference column and the table it points at, whose `column` is read instead.
    func parentScalar(_ refColumn: Int, _ parentEntity: Int, _ column: Int, via: (column: Int, entity: Int)? = nil) -> Double? {
        ensure(refColumn)
        let p = parentRows[refColumn]
        guard !nulls[refColumn], p >= 0 else { return nil }
        let parent = parentContext(parentEntity)
        guard let via else { return parent.scalar(column, row: p) }
        let g = parent.parentRow(via.column, row: p)
        return g >= 0 ? parent.parentContext(via.entity).scalar(column, row: g) : nil
    }

    /// An end after `start` (seconds): the start plus the row's length when the span names a length column
    /// that holds a value, else a draw within the span. The caller has computed the length column.
    func end(after start: Int64, isDateOnly: Bool, span: ActivitySpan) -> KindValue {
        if span.lengthColumn >= 0 {
            let length = scalars[span.lengthColumn]
            if !nulls[span.lengthColumn], length.isFinite, length >= 0, length * span.lengthUnit < 1e11 {
                var unit = span.lengthUnit
                if span.lengthJitter > 0 { unit *= 1 + span.lengthJitter * (2 * cell.pointee.r.unit() - 1) }
                let at = start + Int64((length * unit).rounded())
                return isDateOnly ? .days(CivilTime.floorDiv(at, 86_400)) : .seconds(at)
            }
        }
        return EndAfter.value(start: start, isDateOnly: isDateOnly, span: span, &cell.pointee.r)
    }

    /// A share `low`–`high` of `base`, at `u` of the way. A top above its bottom (`low` over 1) is as round as the
    /// bottom where that is a round number: a salary range of 135,000 to 238,000, not to 238,605.12 (the largest of
    /// 1,000, 500, 100, 50, 10 and 5 that divides the bottom and is at most a tenth of it, kept within the share).
    static func shareOf(_ base: Double, low: Double, high: Double, _ u: Double) -> Double {
        let v = base * (low + (high - low) * u)
        guard low > 1, base >= 50, base < 1e15, base == base.rounded(),
              let step = [1000.0, 500, 100, 50, 10, 5].first(where: { base.truncatingRemainder(dividingBy: $0) == 0 && $0 * 10 <= base })
        else { return v }
        var top = (v / step).rounded() * step
        if top < base * low { top += step }
        if top > base * high { top -= step }
        return top >= base * low && top <= base * high ? top : v
    }

    /// The whole periods (at least one) from `start` to `end`, in seconds: a rental's days, a stay's nights.
    static func wholePeriods(from start: Double, to end: Double, period: Double) -> Double {
        max(1, ((end - start) / period).rounded())
    }

    /// Appends the rendered cell `column` of `row` to `out` (for children looking up a parent key).
    func appendCell(_ column: Int, row: Int, into out: inout CellBytes) -> CellTag {
        if row != self.row { begin(row) }
        // Even when computed aside for this row, recompute into `out`: cells are pure, so the bytes are identical.
        return evaluate(column, into: &out)
    }

    /// Recomputes reference cell `column` of `row` into `out` and returns the parent row it
    /// drew (-1 for NULL): how a shard checks a written key without reading the parent.
    func referencedRow(_ column: Int, row: Int, into out: inout CellBytes) -> Int {
        if row != self.row { begin(row) }
        _ = evaluate(column, into: &out)
        return parentRows[column]
    }

    /// The parent row that reference cell `column` of `row` points at (-1 for NULL).
    func parentRow(_ column: Int, row: Int) -> Int {
        if row != self.row { begin(row) }
        ensure(column)
        return nulls[column] ? -1 : parentRows[column]
    }

    /// Rows started by this context and by the parent contexts it made.
    var rowsVisited: Int { (0..<parentSlots).reduce(rowsBegun) { $0 + (parents[$1]?.rowsVisited ?? 0) } }

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

    @inline(__always) func ensure(_ column: Int) {
        if computed[column] != stamp { computeAside(column) }
    }

    /// Computes a cell for its numeric view and null flag, into a buffer taken out of the pool
    /// for the duration: a nested `computeAside` finds the pool without it and takes another.
    private func computeAside(_ column: Int) {
        withScratch { buffer in
            programRefs[column]._withUnsafeGuaranteedRef { _ = evaluate($0, column, into: &buffer, scalarOnly: true) }
        }
    }

    /// Runs `body` with an empty scratch buffer of the current nesting depth's.
    @inline(__always) func withScratch<T>(_ body: (inout CellBytes) -> T) -> T {
        var buffer = scratch.pointee.take()
        defer { scratch.pointee.give() }
        return body(&buffer)
    }

    func parentContext(_ index: Int) -> RowContext {
        if let p = parents[index] { return p }
        let p = RowContext(plan: plan, entity: plan.entities[index])
        parents[index] = p
        return p
    }

    @inline(__always) func valueNumber(_ mode: IndexMode) -> UInt64? {
        switch mode {
        case .random: return nil
        case let .unique(p): return p(UInt64(row))
        case let .group(g, position): return entity.groups[g].digit(position, row: row)
        }
    }

    private func chooseParent(_ ref: ReferencePlan, _ r: inout CellRandom) -> Int {
        if ref.isSelf, case .unique = ref.mode {
            // One child per parent and no cycles: a chain, each row pointing at the one before.
            return row - 1
        }
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
            let k = Int(ref.zipf.sample(&r)) - 1
            return Int(ref.spread(UInt64(k)))
        }
    }

    /// A reference cell: a parent row drawn by the reference's fanout, and that row's key.
    func ownReference(_ col: Int, _ ref: ReferencePlan, _ r: inout CellRandom, into out: inout CellBytes) -> CellTag {
        var p = chooseParent(ref, &r)
        if let other = ref.distinctFrom, p >= 0, ref.parentRows > 1 {
            ensure(other)
            // Only a draw that meets the other column moves, to one of the other parents alike:
            // the fanout is kept everywhere else.
            if parentRows[other] == p { p = (p + 1 + r.below(ref.parentRows - 1)) % ref.parentRows }
        }
        parentRows[col] = p
        if p < 0 { nulls[col] = true; return .null }
        let parent = parentContext(ref.parentEntity)
        let tag = parent.appendCell(ref.parentColumn, row: p, into: &out)
        scalars[col] = parent.scalars[ref.parentColumn]
        return tag
    }

    /// A derived cell's value from its own kind, for rows whose inputs are NULL.
    func generateOwn(_ kind: any KindGenerator, _ r: CellRandom, _ out: inout CellBytes) -> KindValue {
        cell.pointee.r = r
        cell.pointee.unique = nil
        return kind.generate(&cell.pointee, &out)
    }

    /// Computes one cell, appending its bytes to `out`.
    func evaluate(_ col: Int, into out: inout CellBytes) -> CellTag {
        // The plan owns the programs for the generator's whole run; borrowing them unretained keeps
        // worker threads off each other's reference counts.
        programRefs[col]._withUnsafeGuaranteedRef { evaluate($0, col, into: &out) }
    }

    /// With `scalarOnly` (a cell computed aside, whose bytes nobody reads), a kind's instant is recorded
    /// as its numeric view without being written out.
    private func evaluate(_ f: CellProgram, _ col: Int, into out: inout CellBytes, scalarOnly: Bool = false) -> CellTag {
        computed[col] = stamp
        var r = CellRandom(key: f.key, rowMix: rowMix)
        if f.nullRate > 0, r.unit() < f.nullRate {
            nulls[col] = true
            parentRows[col] = -1
            return .null
        }
        nulls[col] = false
        scalars[col] = .nan
        let start = out.count
        if f.isKind {
            cell.pointee.r = r
            if case .random = f.mode { cell.pointee.unique = nil } else { cell.pointee.unique = valueNumber(f.mode) }
            let value = f.runner._withUnsafeGuaranteedRef { $0.run(&cell.pointee, &out) }
            // Text is already written as it stays unless the field is JSON (`render`), most cells: no call.
            if case .text = value, f.type != .json { return .string }
            if scalarOnly {
                switch value {
                case let .seconds(t): setScalar(col, Double(t)); return .datetime
                case let .days(d): setScalar(col, Double(d * 86_400)); return .date
                default: break
                }
            }
            return render(col, f.type, f.precision, value, start, &out)
        }
        return evaluateSource(f, f.source, col, &r, start, into: &out)
    }

    /// A cell computed from other cells, its parent or row text: every source but a plain kind.
    /// Kept out of `evaluate`, whose common path (a kind's cell) then needs a small stack frame.
    @inline(never)
    private func evaluateSource(_ f: CellProgram, _ source: FieldSource, _ col: Int, _ r: inout CellRandom, _ start: Int,
                                into out: inout CellBytes) -> CellTag {
        let value: KindValue
        switch source {
        case let .kind(own, _):
            // Reached only inside a held value (`statusHeld`): a plain kind's cell takes `evaluate`'s own path.
            value = generateOwn(own, r, &out)
        case let .reference(ref):
            return ownReference(col, ref, &r, into: &out)
        case let .throughParent(plan):
            return throughParent(col, plan, &r, into: &out)
        case let .endAfter(startColumn, fallback, span):
            ensure(startColumn)
            if span.lengthColumn >= 0 { ensure(span.lengthColumn) }
            cell.pointee.r = r
            cell.pointee.unique = nil
            if nulls[startColumn] || scalars[startColumn].isNaN {
                value = fallback.generate(&cell.pointee, &out)
            } else {
                value = end(after: Int64(scalars[startColumn]), isDateOnly: fallback.isDateOnly, span: span)
            }
        case let .afterParent(refColumn, parentEntity, parentColumn, time):
            let t = parentScalar(refColumn, parentEntity, parentColumn)
            cell.pointee.r = r
            cell.pointee.unique = nil
            value = t.map { time.generate(after: Int64($0) + 60, &cell.pointee) } ?? time.generate(&cell.pointee, &out)
        case let .atParent(refColumn, parentEntity, parentColumn, time):
            let t = parentScalar(refColumn, parentEntity, parentColumn)
            cell.pointee.r = r
            cell.pointee.unique = nil
            value = t.map { time.value(atSeconds: Int64($0)) } ?? time.generate(&cell.pointee, &out)
        case let .cityDistance(plan):
            value = cityDistance(plan, &r, into: &out)
        case let .tripEnd(plan):
            value = tripEnd(plan, r, into: &out)
        case let .parentLengthEnd(plan):
            value = parentLengthEnd(plan, r, into: &out)
        case let .notBefore(start, time):
            ensure(start)
            cell.pointee.r = r
            cell.pointee.unique = nil
            value = nulls[start] || scalars[start].isNaN ? time.generate(&cell.pointee, &out)
                : time.generate(after: Int64(scalars[start]), &cell.pointee)
        case let .lifeEnd(birth, time, mayLive, anchor):
            ensure(birth)
            cell.pointee.r = r
            cell.pointee.unique = nil
            if nulls[birth] || scalars[birth].isNaN {
                value = time.generate(&cell.pointee, &out)
            } else {
                let born = Int64(scalars[birth])
                let death = born + cell.pointee.r.between(SchemaResolver.lifeDays.lowerBound, SchemaResolver.lifeDays.upperBound) * 86_400
                if death <= anchor {
                    value = time.value(atSeconds: death)
                } else if mayLive {
                    value = .null
                } else {
                    value = time.generate(after: born, &cell.pointee)
                }
            }
        case let .notBeforeYear(year, time, lastYear):
            ensure(year)
            cell.pointee.r = r
            cell.pointee.unique = nil
            let y = scalars[year]
            if nulls[year] || y.isNaN || y > Double(lastYear) {
                value = time.generate(&cell.pointee, &out)
            } else {
                value = time.generate(after: CivilTime.startOfYear(y), &cell.pointee)
            }
        case let .onRowDate(date, hours, time):
            ensure(date)
            cell.pointee.r = r
            cell.pointee.unique = nil
            if nulls[date] || scalars[date].isNaN {
                value = time.generate(&cell.pointee, &out)
            } else {
                let midnight = CivilTime.floorDiv(Int64(scalars[date]), 86_400) * 86_400
                let quarters = Int64((hours.upperBound - hours.lowerBound + 1) * 4)
                value = time.value(atSeconds: midnight + Int64(hours.lowerBound) * 3_600 + cell.pointee.r.between(0, quarters - 1) * 900)
            }
        case let .beforeStart(start, time, anchor):
            ensure(start)
            cell.pointee.r = r
            cell.pointee.unique = nil
            if !nulls[start], !scalars[start].isNaN {
                let t = Int64(scalars[start])
                // Hours to weeks ahead, most a few days (log-uniform); never after the data's moment.
                var s = t - Int64(Mathx.logUniform(3_600...(45 * 86_400), cell.pointee.r.unit()))
                if s > anchor { s = min(anchor, t - 3_600) - cell.pointee.r.between(0, 14 * 86_400) }
                value = time.value(atSeconds: s)
            } else {
                value = time.generate(&cell.pointee, &out)
            }
        case let .beforeParent(refColumn, parentEntity, parentColumn, time, anchor, via):
            let t = parentScalar(refColumn, parentEntity, parentColumn, via: via)
            cell.pointee.r = r
            cell.pointee.unique = nil
            if let t {
                var s = Int64(t) - cell.pointee.r.between(3_600, 90 * 86_400)
                if s > anchor { s = anchor - cell.pointee.r.between(0, 30 * 86_400) }
                value = time.value(atSeconds: s)
            } else {
                value = time.generate(&cell.pointee, &out)
            }
        case let .product(a, b, _):
            // (the fallback bound only when used: binding it copies an existential per row)
            ensure(a)
            ensure(b)
            if nulls[a] || nulls[b] || scalars[a].isNaN || scalars[b].isNaN {
                guard case let .product(_, _, fallback) = source else { preconditionFailure() }
                value = generateOwn(fallback, r, &out)
            } else {
                value = .real(scalars[a] * scalars[b])
            }
        case let .share(a, low, high, _):
            ensure(a)
            if nulls[a] || scalars[a].isNaN {
                guard case let .share(_, _, _, fallback) = source else { preconditionFailure() }
                value = generateOwn(fallback, r, &out)
            } else {
                value = .real(Self.shareOf(scalars[a], low: low, high: high, r.unit()))
            }
        case let .rowText(plan):
            value = writeRowText(plan, &r, into: &out)
        case let .recordText(plan):
            value = writeRecordText(plan, &r, into: &out)
        case let .parentShare(plan):
            value = parentShare(plan, &r, into: &out)
        case let .progress(plan):
            value = progress(plan, &r)
        case let .meterEnd(plan):
            value = meterEnd(plan, r, into: &out)
        case let .annuity(plan):
            value = annuity(plan, r, into: &out)
        case let .loanBalance(plan):
            value = loanBalance(plan, r, into: &out)
        case let .sum(plan):
            value = sum(plan, r, into: &out)
        case let .childSum(plan):
            value = childSum(plan, column: col, r, into: &out)
        case let .workEmail(plan):
            value = workEmail(plan, r, into: &out)
        case let .dueByStatus(plan):
            if let inner = plan.pastSource, statusHolds(plan.past) { return evaluateSource(f, inner, col, &r, start, into: &out) }
            value = dueByStatus(plan, r, into: &out)
        case let .lateFee(plan):
            value = lateFee(plan, &r, into: &out)
        case let .upToParentCount(plan):
            value = upToParentCount(plan, &r, into: &out)
        case let .parentRateTimesSpan(plan):
            value = parentRateTimesSpan(plan, r, into: &out)
        case let .spanCharge(plan):
            value = spanCharge(plan, &r, into: &out)
        case let .installment(plan):
            value = installment(plan, r, into: &out)
        case let .afterParentStart(plan):
            value = afterParentStart(plan, r, into: &out)
        case let .speciesTrait(plan):
            value = speciesTrait(plan, &r, into: &out)
        case let .parentAnalyte(plan):
            value = parentAnalyte(plan, r, into: &out)
        case let .levelOfName(plan):
            value = levelOfName(plan, &r, into: &out)
        case let .derived(plan):
            return derive(col, f, plan, &r, start, into: &out)
        case let .difference(a, b, fallback):
            ensure(a)
            ensure(b)
            if nulls[a] || nulls[b] || scalars[a].isNaN || scalars[b].isNaN {
                value = generateOwn(fallback, r, &out)
            } else {
                value = .real(scalars[a] - scalars[b])
            }
        case let .statusGated(gate):
            value = gatedTime(gate, &r, into: &out)
        case let .onParentWeekday(plan, inner):
            let tag = evaluateSource(f, inner, col, &r, start, into: &out)
            return moveToParentWeekday(plan, f, col, tag, start, into: &out)
        case let .statusHeld(plan, inner):
            guard statusHolds(plan) else {
                nulls[col] = true
                parentRows[col] = -1
                return .null
            }
            return evaluateSource(f, inner, col, &r, start, into: &out)
        case let .rateTimesSpan(rate, start, end, period, fallback):
            ensure(rate)
            ensure(start)
            ensure(end)
            if nulls[rate] || nulls[start] || nulls[end] || scalars[rate].isNaN || scalars[start].isNaN || scalars[end].isNaN {
                value = generateOwn(fallback, r, &out)
            } else {
                value = .real(scalars[rate] * Self.wholePeriods(from: scalars[start], to: scalars[end], period: period))
            }
        case let .periodStatus(plan):
            // The period: the row's own start and end, or its parent's occasion time for both.
            var start = Double.nan, end = Double.nan
            if let parent = plan.parentTime {
                start = parentScalar(plan.start, parent.entity, parent.column) ?? .nan
                end = start
            } else {
                ensure(plan.start)
                ensure(plan.end)
                if !nulls[plan.start] { start = scalars[plan.start] }
                if !nulls[plan.end] { end = scalars[plan.end] }
            }
            cell.pointee.r = r
            cell.pointee.unique = nil
            let mark = out.count
            value = plan.own.generate(&cell.pointee, &out)
            let drawn = String(decoding: out[mark...], as: UTF8.self)
            // A value that waits (pending, draft) stands for a period not yet begun: drawn for one under way
            // or over, it is corrected as a value of that place would be.
            if let place = plan.places[drawn] ?? plan.waiting(drawn), !start.isNaN {
                let begun = start <= plan.anchor
                let over = !end.isNaN && end < plan.anchor
                let actual: PeriodStatusPlan.Place = !begun ? .upcoming : over ? .ended : .active
                if place != actual, let choice = plan.replacement(for: actual, &cell.pointee.r) {
                    out.removeSubrange(mark...)
                    out.append(contentsOf: choice.utf8)
                }
            }
        case let .outcome(plan):
            ensure(plan.first)
            ensure(plan.second)
            let a = scalars[plan.first], b = scalars[plan.second]
            if !nulls[plan.first], !nulls[plan.second], !a.isNaN, !b.isNaN, let label = plan.label(a, b) {
                out.append(contentsOf: label.utf8)
                value = .text
            } else if plan.absentWithoutScores, nulls[plan.first] || nulls[plan.second] {
                value = .null
            } else {
                value = generateOwn(plan.own, r, &out)
            }
        case let .siblingFact(plan):
            let sibling = siblingText(plan.column)
            // (Most plans have no choices: no lookup for them.)
            if !plan.choices.isEmpty, let options = sibling.flatMap({ plan.choices[$0] }), !options.isEmpty {
                var draw = r
                out.append(contentsOf: options[draw.below(options.count)].utf8)
                value = .text
            } else if let fact = sibling.flatMap({ plan.values[$0] ?? plan.valueOf?($0) }) {
                out.append(contentsOf: fact.utf8)
                value = .text
            } else if let range = sibling.flatMap({ plan.ranges[$0.lowercased()] ?? plan.rangeOf?($0) }) {
                var draw = r
                var v = range.lowerBound <= 0 ? range.lowerBound + draw.unit() * (range.upperBound - range.lowerBound)
                    : Mathx.logUniform(range, draw.unit())
                if plan.wholeNumbers { v = v.rounded() }
                if let m = plan.multiplier {
                    ensure(m)
                    v *= nulls[m] || scalars[m].isNaN ? 1 : scalars[m]
                }
                value = .real(v)
            } else {
                value = generateOwn(plan.fallback, r, &out)
            }
        case let .bio(plan):
            // The title first: computing it may use the shared cell.
            let job = siblingText(plan.titleColumn)
            cell.pointee.r = r
            cell.pointee.unique = nil
            value = plan.writer.write(&cell.pointee, &out, job: job)
        }
        return render(col, f.type, f.precision, value, start, &out)
    }
}
