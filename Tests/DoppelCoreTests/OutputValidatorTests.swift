import DoppelJSON
import Testing
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// Breaks chosen cells of every block it sees, so the checks have something to find:
/// the first clean row's reference gets a key no parent has, its primary key becomes
/// NULL, and its `amount` (a decimal) becomes text.
struct CorruptFirstRow: RowBlockTransform {
    func transform(_ block: inout RowBlock, entity: EntityPlan) {
        guard entity.name == "children", block.rowCount > 0 else { return }
        if let c = entity.column(named: "parent_code") { block.setCell(row: 0, column: c, text: "NO-SUCH-PARENT") }
        if let c = entity.column(named: "id") { block.setNull(row: 0, column: c) }
        if let c = entity.column(named: "amount") { block.setCell(row: 0, column: c, text: "twelve") }
    }
}

/// Inserts a copy of each children block's first row at its end, and with `breaksCopy`
/// gives the copy a parent code no parent has: duplicates like reality's, which have no
/// row index of their own.
struct DuplicateFirstRow: RowBlockTransform {
    var breaksCopy = false
    func transform(_ block: inout RowBlock, entity: EntityPlan) {
        guard entity.name == "children", block.rowCount > 0 else { return }
        block.insertCopy(of: 0, at: block.rowCount)
        if breaksCopy, let c = entity.column(named: "parent_code") { block.setCell(row: block.rowCount - 1, column: c, text: "NO-SUCH-PARENT") }
    }
}

/// `metadata.validation` computed from the blocks as they are written (issue 12 item 2),
/// and a shard's checks, references included, over its own rows only (issue 14 item 1).
@Suite struct OutputValidatorTests {
    static func schema(parents: Int, children: Int) -> JSON {
        (try? JSONParser.parse("""
            {"name": "s", "seed": 5, "entities": [
              {"name": "parents", "rows": \(parents), "fields": [
                {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "code", "type": "string", "kind": "id.pattern", "pattern": "P-#######", "unique": true},
                {"name": "region", "type": "string", "kind": "enum", "values": ["n", "s", "e", "w"]},
                {"name": "tier", "type": "integer", "kind": "number.integer", "min": 1, "max": 9},
                {"name": "joined", "type": "date", "kind": "date.past", "nullable": 0.2}],
               "unique_together": [["region", "tier"]]},
              {"name": "children", "rows": \(children), "fields": [
                {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "parent_code", "type": "string", "references": "parents.code", "fanout": "zipf"},
                {"name": "parent_id", "type": "integer", "references": "parents.id", "nullable": 0.1},
                {"name": "amount", "type": "decimal", "kind": "number.decimal", "min": 1, "max": 500, "precision": 2},
                {"name": "note", "type": "string", "kind": "text.word", "nullable": 0.3}]}]}
            """)) ?? .null
    }

    static func plan(parents: Int = 36, children: Int = 9_000) throws -> DatasetPlan {
        try Schema.decode(schema(parents: parents, children: children)).get().resolve().get()
    }

    /// Writes every CSV output of `plan` (its `shard`) with a validator.
    static func write(_ plan: DatasetPlan, shard: Shard = .whole, transform: (any RowBlockTransform)? = nil,
                      validate: Bool = true, threads: Int = 2) throws -> (OutputValidator, [String: WriteSummary]) {
        let generator = DatasetGenerator(plan: plan)
        let validator = OutputValidator(plan: plan, shard: shard)
        var summaries: [String: WriteSummary] = [:]
        for output in generator.outputs(for: .csv) {
            var options = GenerationOptions(shard: shard, threads: threads)
            options.blockRows = 1000
            options.transform = transform
            if validate { options.validator = validator }
            summaries[output.name] = try generator.write(output, format: .csv, to: ByteBufferSink(), options: options)
        }
        return (validator, summaries)
    }

    /// The same rows read back as JSON through `DataChecker`, the reference the block figures must equal.
    static func checkedAsJSON(_ plan: DatasetPlan, shard: Shard, transform: (any RowBlockTransform)?) -> ValidationReport {
        let generator = DatasetGenerator(plan: plan)
        var checker = DataChecker(schema: plan.schema)
        for entity in plan.entities {
            let own = shard.range(of: entity.rows)
            var lo = own.lowerBound
            while lo < own.upperBound {
                let hi = min(own.upperBound, (lo / 1000 + 1) * 1000)
                guard let block = generator.block(of: entity.name, rows: lo..<hi, transform: transform) else { break }
                for r in 0..<block.rowCount {
                    checker.observe(entity: entity.name, row: (0..<block.columns).map { DatasetGenerator.cellJSON(block, row: r, column: $0) })
                }
                lo = hi
            }
        }
        return checker.report()
    }

    @Test(arguments: [1, 2])
    func theFiguresFromWrittenBlocksEqualTheRowsReadBack(threads: Int) throws {
        let plan = try Self.plan()
        let (validator, summaries) = try Self.write(plan, threads: threads)
        // Every written row was observed, no more.
        #expect(validator.rowsObserved == summaries.mapValues(\.writtenRows))
        #expect(validator.rowsObserved == ["parents": 36, "children": 9_000])
        let report = validator.report()
        #expect(report == Self.checkedAsJSON(plan, shard: .whole, transform: nil))
        #expect(report.score == 10, "\(report.checks.filter { !$0.passed })")
        #expect(report.checks.first { $0.target == "children.id" && $0.family == .unique }?.detail == "0 duplicates in 9,000 values")
        #expect(report.checks.first { $0.target == "parents.(region, tier)" }?.passed == true)
    }

    @Test func aCorruptedBlockIsCaughtInEveryFamily() throws {
        let plan = try Self.plan()
        let (validator, summaries) = try Self.write(plan, transform: CorruptFirstRow())
        let report = validator.report()
        #expect(validator.rowsObserved["children"] == summaries["children"]?.writtenRows)
        // 9 blocks of 1,000 children: one broken row in each.
        func check(_ family: ValidationCheck.Family, _ target: String) -> ValidationCheck? {
            report.checks.first { $0.family == family && $0.target == target }
        }
        #expect(check(.references, "children.parent_code")?.passed == false)
        #expect(check(.references, "children.parent_code")?.detail == "1 distinct values missing from parents.code")
        #expect(check(.references, "children.parent_id")?.passed == true)
        #expect(check(.nulls, "children.id")?.detail == "9 NULLs in a NOT NULL column")
        #expect(check(.types, "children.amount")?.detail == "9 of 9,000 values are not decimal")
        #expect(report.score < 10)
        #expect(report == Self.checkedAsJSON(plan, shard: .whole, transform: CorruptFirstRow()))
    }

    @Test func aShardChecksItsReferencesAgainstTheParentRowsTheyWereDrawnFrom() throws {
        let plan = try Self.plan()
        let shard = try #require(Shard(index: 2, count: 4))
        let (validator, _) = try Self.write(plan, shard: shard)
        let report = validator.report()
        #expect(validator.rowsObserved == ["parents": 9, "children": 2_250])
        let code = try #require(report.checks.first { $0.family == .references && $0.target == "children.parent_code" })
        #expect(code.passed)
        #expect(code.detail == "all 2,250 values are keys of the parents rows they were drawn from")
        let id = try #require(report.checks.first { $0.family == .references && $0.target == "children.parent_id" })
        #expect(id.passed, "\(id.detail)")
        #expect(report.checks.first { $0.target == "children.id" && $0.family == .unique }?.detail == "0 duplicates in 2,250 values")
        #expect(report.score == 10, "\(report.checks.filter { !$0.passed })")

        // A broken key in each of the shard's blocks is found without the rest of the parent.
        let (broken, _) = try Self.write(plan, shard: shard, transform: CorruptFirstRow())
        let bad = try #require(broken.report().checks.first { $0.family == .references && $0.target == "children.parent_code" })
        #expect(!bad.passed)
        // Rows 2,250..<4,500 on a grid of 1,000 start 3 blocks: 2,250, 3,000 and 4,000.
        #expect(bad.detail == "3 of 2,250 values are not keys of the parents rows they were drawn from")
    }

    @Test func aShardChecksAnInsertedRowsReferenceAmongTheBlocksDrawnKeys() throws {
        let plan = try Self.plan()
        let shard = try #require(Shard(index: 2, count: 4))
        // Rows 2,250..<4,500 on a grid of 1,000 start 3 blocks, so 3 copies are inserted.
        let (copied, _) = try Self.write(plan, shard: shard, transform: DuplicateFirstRow())
        let code = try #require(copied.report().checks.first { $0.family == .references && $0.target == "children.parent_code" })
        #expect(code.passed, "\(code.detail)")
        #expect(copied.rowsObserved["children"] == 2_253)
        let (broken, _) = try Self.write(plan, shard: shard, transform: DuplicateFirstRow(breaksCopy: true))
        let bad = try #require(broken.report().checks.first { $0.family == .references && $0.target == "children.parent_code" })
        #expect(bad.detail == "3 of 2,253 values are not keys of the parents rows they were drawn from")
    }

    @Test func wholeRunValidationGeneratesNothingMore() throws {
        let plan = try Self.plan()
        // One thread: a parent context already on the wanted row skips starting it, so counts
        // depend on which worker drew which block.
        let (_, with) = try Self.write(plan, threads: 1)
        let (_, without) = try Self.write(plan, validate: false, threads: 1)
        #expect(with.mapValues(\.rowsVisited) == without.mapValues(\.rowsVisited))
        // The children's rows and one parent row looked up per reference cell.
        let children = try #require(with["children"]?.rowsVisited)
        #expect(children >= 9_000 && children <= 3 * 9_000)
    }

    @Test func aShardsWorkFollowsItsOwnRowsNotTheWhole() throws {
        // Shard 1/4 of 8,000 children and shard 1/64 of 128,000 children: 2,000 rows each,
        // with a whole 16 times larger behind the second.
        let small = try Self.plan(parents: 36, children: 8_000)
        let large = try Self.plan(parents: 36, children: 128_000)
        let (v1, s1) = try Self.write(small, shard: try #require(Shard(index: 1, count: 4)), threads: 1)
        let (v2, s2) = try Self.write(large, shard: try #require(Shard(index: 1, count: 64)), threads: 1)
        #expect(v1.rowsObserved["children"] == 2_000)
        #expect(v2.rowsObserved["children"] == 2_000)
        let visits1 = try #require(s1["children"]?.rowsVisited)
        let visits2 = try #require(s2["children"]?.rowsVisited)
        // Per own row: the row, one parent row per reference (2), and the shard's reference check
        // recomputing the row and the drawn parent row per reference (4): at most 7 rows.
        #expect(visits2 <= 2_000 * 7, "shard of the large whole visited \(visits2) rows")
        #expect(Double(visits2) <= Double(visits1) * 1.05 + 100, "visits \(visits1) against \(visits2)")
        #expect(v2.report().score == 10)
    }

    @Test func keyLedgerKeepsSequencesAsRunsAndCountsDuplicates() {
        var ledger = KeyLedger()
        var fresh: [Bool] = []
        for v in stride(from: Int64(10), through: 10_000, by: 10) { fresh.append(ledger.insert(.integer(v))) }
        #expect(fresh.allSatisfy { $0 })
        let again = [ledger.insert(.integer(500)), ledger.insert(.integer(505)), ledger.insert(.integer(505)),
                     ledger.insert(.hashed(7)), ledger.insert(.hashed(7))]
        #expect(again == [false, true, false, true, false])
        #expect(ledger.count == 1_002)
        #expect(ledger.contains(.integer(9_990)) && !ledger.contains(.integer(9_995)) && !ledger.contains(.integer(10_010)))
        var parent = KeyLedger()
        for v in Int64(1)...2_000 { parent.insert(.integer(v)) }
        // 10…2,000 step 10 and 505 are in the parent; 2,010…10,000 (800 values) and the hash are not.
        #expect(ledger.countMissing(from: parent) == 801)
    }

    @Test func aCellAndItsJSONHaveOneKey() {
        func key(_ tag: CellTag, _ text: String) -> ValueKey? {
            Array(text.utf8).withUnsafeBufferPointer { ValueKey(tag: tag, bytes: $0) }
        }
        #expect(key(.number, "42") == ValueKey(json: .int(42)))
        #expect(key(.number, "42.0") == ValueKey(json: .int(42)))
        #expect(key(.number, "-3.25") == ValueKey(json: .double(-3.25)))
        #expect(key(.string, "P-1") == ValueKey(json: .string("P-1")))
        #expect(key(.string, "42") != key(.number, "42"))
        #expect(key(.null, "") == nil && ValueKey(json: .null) == nil)
    }
}
