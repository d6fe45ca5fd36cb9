import Testing
import Foundation
import DoppelJSON
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

@Suite struct RealityDeterminismTests {
    let plan: DatasetPlan

    init() throws { plan = try RealityTestSupport.plan(RealityTestSupport.mess) }

    @Test(arguments: [0, 1, 2])
    func cleanLevelsAreByteIdenticalToTheCleanOutput(level: Int) throws {
        let reality = try Reality(level: level, plan: plan)
        #expect(reality.isClean && reality.transform == nil && !reality.addsRows)
        for format in [OutputFormat.csv, .json, .jsonl, .sql(.sqlite), .sql(.postgres)] {
            let clean = try RealityTestSupport.run(plan, level: nil, format: format)
            let leveled = try RealityTestSupport.run(plan, level: level, format: format)
            #expect(RealityTestSupport.difference(leveled.outputs, clean.outputs) == nil, "\(format) at level \(level)")
            #expect(leveled.counts.isEmpty)
            // The record files exist, empty: nothing was injected.
            #expect(leveled.records.keys.sorted() == plan.entities.map(\.name).sorted())
            #expect(leveled.records.values.allSatisfy { $0.isEmpty })
        }
    }

    @Test func everyLevelFromThreeChangesSomething() throws {
        let clean = try RealityTestSupport.run(plan, level: nil, format: .csv)
        for level in 3...10 {
            let messy = try RealityTestSupport.run(plan, level: level, format: .csv)
            #expect(messy.outputs != clean.outputs, "level \(level)")
            #expect(!messy.counts.isEmpty)
        }
    }

    @Test func sameSeedSameDefectsOtherSeedOthers() throws {
        let a = try RealityTestSupport.run(plan, level: 7, format: .jsonl)
        let b = try RealityTestSupport.run(RealityTestSupport.plan(RealityTestSupport.mess), level: 7, format: .jsonl)
        #expect(RealityTestSupport.difference(a.outputs, b.outputs) == nil)
        #expect(RealityTestSupport.difference(a.records, b.records) == nil)
        #expect(!(a.records["customers"] ?? []).isEmpty)
        let other = try RealityTestSupport.run(RealityTestSupport.plan(RealityTestSupport.mess, seed: 12), level: 7, format: .jsonl)
        #expect(other.records["customers"] != a.records["customers"])
    }

    @Test func levelTenIsTheSameForAnyThreadCountAndBlockSize() throws {
        for format in [OutputFormat.csv, .sql(.sqlite)] {
            let base = try RealityTestSupport.run(plan, level: 10, format: format, threads: 1, blockRows: 4000)
            for (threads, blockRows) in [(2, 4000), (2, 500), (1, 1000)] {
                let other = try RealityTestSupport.run(plan, level: 10, format: format, threads: threads, blockRows: blockRows)
                #expect(RealityTestSupport.difference(other.outputs, base.outputs) == nil, "\(format), \(threads) threads, blocks of \(blockRows)")
                #expect(RealityTestSupport.difference(other.records, base.records) == nil, "\(format), \(threads) threads, blocks of \(blockRows)")
            }
        }
    }

    @Test(arguments: [OutputFormat.csv, .json, .jsonl, .sql(.sqlite)])
    func levelTenShardsConcatenateToTheWhole(format: OutputFormat) throws {
        let whole = try RealityTestSupport.run(plan, level: 10, format: format)
        var outputs: [String: [UInt8]] = [:]
        var records: [String: [UInt8]] = [:]
        for k in 1...3 {
            let part = try RealityTestSupport.run(plan, level: 10, format: format, shard: try #require(Shard(index: k, count: 3)))
            for (name, bytes) in part.outputs { outputs[name, default: []] += bytes }
            for (name, bytes) in part.records { records[name, default: []] += bytes }
        }
        #expect(RealityTestSupport.difference(outputs, whole.outputs) == nil)
        // Record rows are indexes in the whole output, so the shards' records concatenate too.
        #expect(RealityTestSupport.difference(records, whole.records) == nil)
        #expect(whole.counts[.exactDuplicate, default: 0] > 0 && whole.counts[.nearDuplicate, default: 0] > 0)
    }

    @Test func writtenRowIndexesCountTheDuplicatesBefore() throws {
        let reality = try Reality(level: 9, plan: plan)
        let run = try RealityTestSupport.run(plan, level: 9, format: .jsonl)
        for e in plan.entities {
            let lines = try RealityTestSupport.lines(run.outputs[e.name + ".jsonl"] ?? [])
            #expect(reality.writtenRows(entity: e.name) == lines.count, "\(e.name)")
            #expect(run.writtenRows[e.name] == lines.count)
        }
        #expect(reality.writtenRowIndex(entity: "customers", cleanRow: 0) == 0)
    }

    @Test func outOfRangeLevelsAreRejectedNamingTheParameter() {
        for level in [-1, 11, 100] {
            #expect(throws: GenerationError.self) { try Reality(level: level, plan: plan) }
            do { _ = try Reality(level: level, plan: plan) } catch { #expect("\(error)".contains("reality") && "\(error)".contains("\(level)")) }
        }
    }
}
