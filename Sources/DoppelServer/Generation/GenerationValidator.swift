import DoppelCore
import DoppelJSON

/// Runs `DataChecker` on what `generate` produced, in bounded memory.
///
/// It reads the rows the request wrote (a shard's own rows, so a shard's work
/// stays proportional to its size) at the request's reality level, as the
/// writers saw them. Each entity contributes its first `sampleRows` clean rows;
/// for a reference into an entity larger than that, the child sample's distinct
/// values are then looked up in a full pass over the parent's key column, so a
/// value is only reported missing when it is missing from the whole parent.
/// A shard of several reports no reference checks: its references point into
/// other shards' rows, which only the unsharded run reads.
struct GenerationValidator {
    /// Rows read per entity by default; every request up to this size is checked whole.
    static let defaultSampleRows = 100_000
    static let blockRows = 4_000

    let plan: DatasetPlan
    let transform: (any RowBlockTransform)?
    let sampleRows: Int
    /// The part of every entity the request wrote.
    let shard: Shard
    /// Polled between blocks; true stops the checks with `RequestCancelled`.
    let isCancelled: () -> Bool

    init(plan: DatasetPlan, transform: (any RowBlockTransform)?, sampleRows: Int = GenerationValidator.defaultSampleRows,
         shard: Shard = .whole, isCancelled: @escaping () -> Bool) {
        self.plan = plan
        self.transform = transform
        self.sampleRows = max(1, sampleRows)
        self.shard = shard
        self.isCancelled = isCancelled
    }

    func report() throws -> ValidationReport {
        let generator = DatasetGenerator(plan: plan)
        var checker = DataChecker(schema: plan.schema)
        // child "entity.field" → distinct values seen in its sample, for references into sampled parents.
        var pendingReferences: [String: (parent: String, column: Int, values: Set<String>)] = [:]
        var sampledRows: [String: Int] = [:]
        for entity in plan.entities {
            guard let schemaEntity = plan.schema.entity(named: entity.name) else { continue }
            let order = schemaEntity.fields.map { entity.column(named: $0.name) }
            var watched: [(key: String, column: Int, parent: String, parentColumn: Int)] = []
            for field in schemaEntity.fields where shard.count == 1 {
                guard let ref = field.references, let parent = plan.entity(named: ref.entity), parent.rows > sampleRows,
                      let column = entity.column(named: field.name), let parentColumn = parent.column(named: ref.field) else { continue }
                watched.append(("\(entity.name).\(field.name)", column, parent.name, parentColumn))
            }
            let own = shard.range(of: entity.rows)
            let n = own.lowerBound + min(own.count, sampleRows)
            sampledRows[entity.name] = n - own.lowerBound
            var lo = own.lowerBound
            while lo < n {
                if isCancelled() { throw RequestCancelled() }
                let hi = min(n, (lo / Self.blockRows + 1) * Self.blockRows)
                guard let block = generator.block(of: entity.name, rows: lo..<hi, transform: transform) else { break }
                for r in 0..<block.rowCount {
                    let row = order.map { c in c.map { DatasetGenerator.cellJSON(block, row: r, column: $0) } ?? .null }
                    checker.observe(entity: entity.name, row: row)
                    for w in watched {
                        let v = DatasetGenerator.cellJSON(block, row: r, column: w.column)
                        guard !v.isNull else { continue }
                        pendingReferences[w.key, default: (w.parent, w.parentColumn, [])].values.insert(Self.key(v))
                    }
                }
                lo = hi
            }
        }
        var first = checker.report()
        if shard.count > 1 {
            first = ValidationReport(entityTypes: first.entityTypes, checks: first.checks.filter { $0.family != .references })
        }
        guard !pendingReferences.isEmpty else { return first }
        var checks = first.checks
        for (target, pending) in pendingReferences.sorted(by: { $0.key < $1.key }) {
            let missing = try missingValues(pending.values, in: pending.parent, column: pending.column, generator: generator)
            let ref = checks.firstIndex { $0.family == .references && $0.target == target }
            let detail = missing == 0
                ? "every value in the first \((sampledRows[target.split(separator: ".").first.map(String.init) ?? ""] ?? 0).grouped) rows found among all \((plan.entity(named: pending.parent)?.rows ?? 0).grouped) \(pending.parent) rows"
                : "\(missing.grouped) distinct values missing from \(pending.parent)"
            let check = ValidationCheck(family: .references, target: target, passed: missing == 0, detail: detail)
            if let ref { checks[ref] = check } else { checks.append(check) }
        }
        return ValidationReport(entityTypes: first.entityTypes, checks: checks)
    }

    /// How many of `values` never appear in `parent`'s `column`, reading every parent row block by block.
    private func missingValues(_ values: Set<String>, in parent: String, column: Int, generator: DatasetGenerator) throws -> Int {
        guard let entity = plan.entity(named: parent) else { return values.count }
        var left = values
        var lo = 0
        while lo < entity.rows, !left.isEmpty {
            if isCancelled() { throw RequestCancelled() }
            let hi = min(entity.rows, lo + Self.blockRows)
            guard let block = generator.block(of: parent, rows: lo..<hi, transform: transform) else { break }
            for r in 0..<block.rowCount { left.remove(Self.key(DatasetGenerator.cellJSON(block, row: r, column: column))) }
            lo = hi
        }
        return left.count
    }

    /// Numbers compare by value (`1` and `1.0` are one key), as in `DataChecker`.
    static func key(_ v: JSON) -> String {
        switch v {
        case let .int(i): return "n" + String(Double(i))
        case let .double(d): return "n" + String(d)
        case let .string(s): return "s" + s
        default: return "j" + v.serialized()
        }
    }
}
