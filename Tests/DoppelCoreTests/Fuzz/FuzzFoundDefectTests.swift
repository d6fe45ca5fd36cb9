import Testing
import DoppelJSON
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// Defects the schema drawer found, each minimized by hand from its reproducer
/// (`SchemaDrawer.draw(seed:)` with the seed named), kept as a small named case.
@Suite struct FuzzFoundDefectTests {
    static func one(_ fields: String, rows: Int = 50) -> String {
        #"{"name": "x", "seed": 3, "entities": [{"name": "t", "rows": \#(rows), "fields": [\#(fields)]}]}"#
    }

    static func problems(_ text: String) -> [SchemaProblem] {
        switch Schema.decode(text: text).flatMap({ $0.resolve() }) {
        case .success: return []
        case let .failure(e): return e.problems
        }
    }

    /// Seed 1051: `id.sequence` with step 0 repeated one key in every row of a primary key.
    @Test func aSequenceWithStepZeroIsRefusedNamingTheField() throws {
        let p = Self.problems(Self.one(#"{"name": "id", "kind": "id.sequence", "primary_key": true, "start": 1000000000, "step": 0}"#))
        #expect(p.contains { $0.entity == "t" && $0.field == "id" && $0.message.hasPrefix("step:") }, "\(p)")
    }

    /// Seed 1013: a start near the top of Int64 wrapped round to negative keys (and repeated them).
    @Test func aSequencePastTheIntegerRangeIsRefusedAndOneInsideItIsNot() throws {
        let key = #"{"name": "id", "kind": "id.sequence", "primary_key": true, "start": 9223372036854775000, "step": 1}"#
        let p = Self.problems(Self.one(key, rows: 1000))
        #expect(p.contains { $0.entity == "t" && $0.field == "id" && $0.message.contains("64-bit") }, "\(p)")
        let down = #"{"name": "id", "kind": "id.sequence", "primary_key": true, "start": -9223372036854775000, "step": -1}"#
        #expect(Self.problems(Self.one(down, rows: 1000)).contains { $0.field == "id" })
        // 100 rows fit below Int64.max: generated, distinct and increasing.
        let plan = try TestSupport.plan(Self.one(key, rows: 100))
        let ids = TestSupport.column(plan, "t", "id").compactMap { $0.flatMap { Int64($0) } }
        #expect(ids.count == 100 && zip(ids, ids.dropFirst()).allSatisfy { $0 < $1 }, "\(ids.prefix(3)) … \(ids.suffix(3))")
    }

    /// Seeds 1124, 1030, 1034, 1181: a NOT NULL total (or cost) over a nullable price was NULL
    /// wherever the price was, and the SQL script failed its NOT NULL constraint.
    @Test func derivedColumnsOverANullableInputAreNeverNullWhenTheyMustNotBe() throws {
        let plan = try TestSupport.plan(Self.one(#"""
            {"name": "price", "type": "decimal", "nullable": 0.5}, {"name": "quantity", "type": "integer", "nullable": 0.3},
            {"name": "total", "type": "decimal"}, {"name": "cost", "type": "decimal"}
            """#, rows: 200))
        let rows = TestSupport.table(plan, "t")
        #expect(rows.allSatisfy { $0[2] != nil && $0[3] != nil }, "NULL in a NOT NULL derived column")
        var derived = 0
        for r in rows {
            guard let p = r[0].flatMap(Double.init), let q = r[1].flatMap(Double.init), let t = r[2].flatMap(Double.init) else { continue }
            #expect(abs(p * q - t) < 0.006, "total \(t) ≠ \(p) × \(q)")
            derived += 1
        }
        #expect(derived > 30)
        let withPrice = rows.filter { $0[0] != nil }
        #expect(withPrice.allSatisfy { r in (r[3].flatMap(Double.init) ?? .infinity) < (r[0].flatMap(Double.init) ?? 0) })
    }

    /// A product past the 64-bit range written to an integer column trapped converting it
    /// (found by reading the renderer after seed 1419).
    @Test func anIntegerTotalBeyondTheIntegerRangeIsClamped() throws {
        let plan = try TestSupport.plan(Self.one(#"""
            {"name": "price", "type": "decimal", "min": 1e16, "max": 9e16}, {"name": "quantity", "type": "integer", "min": 1e15, "max": 9e15},
            {"name": "total", "type": "integer"}
            """#, rows: 5))
        let totals = TestSupport.column(plan, "t", "total")
        #expect(totals.count == 5 && totals.allSatisfy { $0 == String(Int64.max) }, "\(totals)")
    }
}

extension FuzzFoundDefectTests {
    /// Seed 1426: a key that is a reference to a unique non-key parent field, with more
    /// children than parents, hung the generator.
    @Test func aKeyReferenceWithMoreChildrenThanParentsIsRefused() throws {
        let text = #"""
        {"name": "x", "entities": [
          {"name": "posts", "rows": 13, "fields": [{"name": "email", "kind": "internet.email", "unique": true}]},
          {"name": "tags", "rows": 28, "fields": [{"name": "posts_id", "references": "posts.email", "primary_key": true}]}]}
        """#
        let p = Self.problems(text)
        #expect(p.contains { $0.entity == "tags" && $0.field == "posts_id" }, "\(p)")
    }
}

extension FuzzFoundDefectTests {
    /// Seed 1419: a unique decimal with bounds near ±9.2e18 printed every value as the same
    /// clamped figure (values are written scaled by 10^precision in 64 bits).
    @Test func fractionalBoundsBeyondWhatThePrecisionCanWriteAreRefused() throws {
        let p = Self.problems(Self.one(#"{"name": "line_total", "type": "decimal", "min": -9.2e18, "max": 1e15, "unique": true}"#))
        #expect(p.contains { $0.entity == "t" && $0.field == "line_total" && $0.message.hasPrefix("min/max:") }, "\(p)")
        // The same span at precision 0 is within range... for a float column it still is not (6 digits).
        #expect(Self.problems(Self.one(#"{"name": "v", "type": "decimal", "min": -1e16, "max": 1e16}"#)).isEmpty)
        #expect(!Self.problems(Self.one(#"{"name": "v", "type": "float", "min": -1e16, "max": 1e16}"#)).isEmpty)
    }
}

extension FuzzFoundDefectTests {
    /// Seeds 1036014 and 1010800 (the long campaign): a unique `number.float` in a decimal
    /// column was enumerated in steps of 10^-6 but written with 2 digits, so values repeated.
    @Test func uniqueNumbersAreEnumeratedAtTheWrittenPrecision() throws {
        let field = #"{"name": "v", "kind": "number.float", "type": "decimal", "min": 0, "max": 1, "unique": true}"#
        let plan = try TestSupport.plan(Self.one(field, rows: 101))
        let values = TestSupport.column(plan, "t", "v")
        #expect(Set(values).count == 101, "\(values.prefix(10))")
        // 0.00 … 1.00 holds 101 values at 2 digits: a 102nd row is refused by name.
        #expect(Self.problems(Self.one(field, rows: 102)).contains { $0.field == "v" && $0.message.hasPrefix("unique:") })
    }
}
