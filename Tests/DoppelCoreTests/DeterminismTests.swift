import Testing
import DoppelJSON
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

@Suite struct DeterminismTests {
    static let formats: [OutputFormat] = [.csv, .json, .jsonl, .sql(.sqlite), .sql(.postgres), .sql(.mysql)]

    @Test(arguments: formats)
    func sameSeedGivesIdenticalBytes(format: OutputFormat) throws {
        let a = try TestSupport.outputs(TestSupport.plan(TestSupport.shop), format)
        let b = try TestSupport.outputs(TestSupport.plan(TestSupport.shop), format)
        #expect(!a.isEmpty)
        #expect(a == b)
    }

    @Test func differentSeedsDiffer() throws {
        let a = try TestSupport.outputs(TestSupport.plan(TestSupport.shop, ResolveOptions(seed: 1)), .csv)
        let b = try TestSupport.outputs(TestSupport.plan(TestSupport.shop, ResolveOptions(seed: 2)), .csv)
        #expect(a.keys == b.keys)
        for k in a.keys { #expect(a[k] != b[k], "\(k) did not change with the seed") }
    }

    @Test(arguments: formats)
    func shardsConcatenateToTheWhole(format: OutputFormat) throws {
        // Odd row counts and a small block size so shard edges fall inside blocks and statements.
        let plan = try TestSupport.plan(TestSupport.shop, ResolveOptions(rows: 1237))
        let whole = try TestSupport.outputs(plan, format, blockRows: 1000)
        for n in [2, 3, 7] {
            var joined: [String: [UInt8]] = [:]
            for k in 1...n {
                let shard = try #require(Shard(index: k, count: n))
                for (name, bytes) in try TestSupport.outputs(plan, format, shard: shard, blockRows: 1000) {
                    joined[name, default: []] += bytes
                }
            }
            #expect(joined == whole, "\(format) in \(n) shards")
        }
    }

    @Test func csvShardsHoldTheirRowRange() throws {
        let plan = try TestSupport.plan(TestSupport.shop, ResolveOptions(rows: 100))
        let second = try TestSupport.outputs(plan, .csv, shard: #require(Shard("2/4")))
        let text = String(decoding: try #require(second["customers.csv"]), as: UTF8.self)
        // No header; rows 25..<50, whose ids are 26…50.
        #expect(text.hasPrefix("26,"))
        #expect(text.split(separator: "\n").count == 25)
    }

    @Test(arguments: [OutputFormat.csv, .json, .sql(.postgres)])
    func threadCountsGiveIdenticalBytes(format: OutputFormat) throws {
        let plan = try TestSupport.plan(TestSupport.shop, ResolveOptions(rows: 5000))
        let one = try TestSupport.outputs(plan, format, threads: 1, blockRows: 700)
        let two = try TestSupport.outputs(plan, format, threads: 2, blockRows: 700)
        let four = try TestSupport.outputs(plan, format, threads: 4, blockRows: 700)
        #expect(one == two)
        #expect(one == four)
        // Block size does not change CSV/JSON bytes either.
        if format == .csv || format == .json {
            #expect(try TestSupport.outputs(plan, format, threads: 2, blockRows: 333) == one)
        }
    }

    @Test func addingAFieldLeavesTheOthersIdentical() throws {
        let base = try TestSupport.plan(TestSupport.shop)
        let extended = TestSupport.shop.replacingOccurrences(
            of: #"{"name": "city", "kind": "address.city"},"#,
            with: #"{"name": "ip", "kind": "internet.ipv4"}, {"name": "city", "kind": "address.city"}, {"name": "bio", "kind": "text.bio"},"#)
        let more = try TestSupport.plan(extended)
        for entity in ["customers", "orders", "order_items"] {
            let a = TestSupport.table(base, entity), b = TestSupport.table(more, entity)
            let names = try #require(base.entity(named: entity)).columnNames
            let moreNames = try #require(more.entity(named: entity)).columnNames
            for (c, name) in names.enumerated() {
                let d = try #require(moreNames.firstIndex(of: name))
                #expect(a.map { $0[c] } == b.map { $0[d] }, "\(entity).\(name) changed when fields were added")
            }
        }
    }

    @Test func outputDoesNotDependOnTheDay() throws {
        // The anchor is fixed: two plans made at different times agree; an explicit anchor moves dates.
        let a = try TestSupport.plan(TestSupport.shop)
        #expect(a.anchor == CivilTime.parse(Schema.defaultReferenceDate))
        let later = try TestSupport.plan(TestSupport.shop, ResolveOptions(referenceDate: "2030-06-01"))
        let da = TestSupport.column(a, "customers", "signup_date").compactMap { $0 }
        let db = TestSupport.column(later, "customers", "signup_date").compactMap { $0 }
        #expect(da.allSatisfy { $0 < "2025-01-01" && $0 >= "2019-12-01" })
        #expect(db.contains { $0 > "2025-06-01" })
    }

    @Test func progressAndCancellation() throws {
        let plan = try TestSupport.plan(TestSupport.shop, ResolveOptions(rows: 10_000))
        let g = DatasetGenerator(plan: plan)
        let output = try #require(g.outputs(for: .csv).first)
        var seen: [GenerationProgress] = []
        var options = GenerationOptions(threads: 2)
        options.blockRows = 1000
        options.progress = { seen.append($0) }
        let summary = try g.write(output, format: .csv, to: CountingSink(), options: options)
        #expect(summary.rows == 10_000)
        #expect(seen.count == 10)
        #expect(seen.last == GenerationProgress(rowsDone: 10_000, rowsTotal: 10_000))
        #expect(zip(seen, seen.dropFirst()).allSatisfy { $0.rowsDone < $1.rowsDone })

        var calls = 0
        options.progress = nil
        options.isCancelled = { calls += 1; return calls > 3 }
        let sink = CountingSink()
        #expect(throws: CancellationError.self) {
            try g.write(output, format: .csv, to: sink, options: options)
        }
        #expect(calls == 4)
    }
}
