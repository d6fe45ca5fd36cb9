import DoppelJSON
import DoppelTestSupport
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// Runs one drawn case through the engine in-process and checks its properties.
///
/// The engine either refuses the schema with problems that each name where they are, or
/// generates; then the same seed gives the same bytes (with other thread counts and block
/// sizes too), shards 1…N concatenate to the whole, and clean output (reality 0–2) has every
/// reference resolved and every unique value distinct, and its SQLite script (reality 0) is
/// handed to `sqlite` to load with foreign keys on.
struct FuzzRunner {
    enum Outcome {
        case generated
        /// The refusal categories (see `FuzzOracle.category`).
        case refused([String])
        /// A property that did not hold.
        case failed(String)
    }

    /// Total rows above which a case skips loading its script into SQLite.
    static let heavyRows = 20_000

    static func run(_ c: FuzzCase, sqlite: inout SQLiteBatch) -> Outcome {
        let schema: Schema
        switch Schema.decode(c.schema) {
        case let .success(s): schema = s
        case let .failure(error): return refusal(error)
        }
        let plan: DatasetPlan
        switch schema.resolve(ResolveOptions(seed: c.dataSeed)) {
        case let .success(p): plan = p
        case let .failure(error): return refusal(error)
        }
        guard let format = OutputFormat(name: c.format, dialect: c.dialect) else { return .failed("unknown format \(c.formatLabel)") }
        do {
            let reality = try Reality(level: c.reality, plan: plan)
            let g = DatasetGenerator(plan: plan)
            var rng = FuzzRandom(seed: c.seed ^ 0x5EED)
            // The whole on two threads in small blocks, the shards on one thread in large ones: equal
            // bytes show both that the same seed gives the same bytes and that the shards concatenate.
            let whole = try write(g, reality, format, shard: .whole, threads: 2, blockRows: rng.pick([1, 7, 64, 500, 4000]))
            var joined: [String: [UInt8]] = [:]
            for k in 1...c.shards {
                guard let shard = Shard(index: k, count: c.shards) else { return .failed("shard \(k)/\(c.shards)") }
                for (name, bytes) in try write(g, reality, format, shard: shard, threads: 1, blockRows: 4000) {
                    joined[name, default: []] += bytes
                }
            }
            if let d = difference(whole, joined) {
                return .failed("shards 1…\(c.shards) (or the same seed again) differ from the whole: \(d)")
            }
            if reality.isClean {
                var tables: [String: FuzzOracle.Table] = [:]
                for e in plan.entities {
                    tables[e.name] = FuzzOracle.Table(columns: e.columnNames, objects: try g.rows(of: e.name, in: 0..<e.rows))
                }
                let problems = FuzzOracle.problems(plan: plan, tables: tables)
                if !problems.isEmpty { return .failed(problems.prefix(3).joined(separator: "; ")) }
            }
            if reality.isClean && plan.totalRows <= heavyRows {
                let clean = try Reality(level: 0, plan: plan)
                let script = format == .sql(.sqlite) && reality.isClean
                    ? whole : try write(g, clean, .sql(.sqlite), shard: .whole, threads: 1, blockRows: 4000)
                sqlite.add("seed \(c.seed)", script.values.first ?? [])
            }
            return .generated
        } catch let error as GenerationError {
            return .failed("generation threw after the schema resolved: \(error.message)")
        } catch {
            return .failed("generation threw: \(error)")
        }
    }

    /// A refusal is fine when every problem names its entity (and its field where it has one).
    static func refusal(_ error: SchemaError) -> Outcome {
        if error.problems.isEmpty { return .failed("refused with no problems") }
        if let unnamed = error.problems.first(where: { $0.entity == nil && $0.field == nil && !namesMember($0.message) }) {
            return .failed("refusal does not say where: \(unnamed.message)")
        }
        return .refused(error.problems.map { FuzzOracle.category($0.message) })
    }

    /// Dataset-level problems name the member (`locale: …`, `reference_date: …`).
    static func namesMember(_ message: String) -> Bool {
        ["locale", "reference_date", "seed", "entities", "name"].contains { message.hasPrefix($0) }
    }

    static func write(_ g: DatasetGenerator, _ reality: Reality, _ format: OutputFormat, shard: Shard, threads: Int,
                      blockRows: Int) throws -> [String: [UInt8]] {
        var options = GenerationOptions(shard: shard, threads: threads)
        options.blockRows = blockRows
        reality.configure(&options)
        var out: [String: [UInt8]] = [:]
        for o in g.outputs(for: format) {
            let sink = ByteBufferSink()
            try g.write(o, format: format, to: sink, options: options)
            out[o.fileName] = sink.bytes
        }
        return out
    }

    static func difference(_ a: [String: [UInt8]], _ b: [String: [UInt8]]) -> String? {
        RealityTestSupport.difference(a, b)
    }
}
