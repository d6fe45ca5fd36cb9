import Foundation
import DoppelJSON
import DoppelTestSupport
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// Runs many drawn cases and tallies what happened; shared by the CI test and `bench/fuzz.sh`.
struct FuzzCampaign {
    var drawn = 0
    var generated = 0
    var refused = 0
    /// Refusal category → cases refused for it (a case with several problems counts in each).
    var refusals: [String: Int] = [:]
    /// `seed N (format, reality R, shards S): what failed`.
    var failures: [String] = []
    var failedSeeds: [UInt64] = []
    /// Written before each case (its reproducer), so a trap in the engine leaves the case it died on.
    var inFlightFile: URL?
    /// Where failing cases are written as `<seed>.json` reproducers.
    var reproducerDirectory: URL?
    /// Scripts loaded into SQLite per sqlite3 process.
    var sqliteBatchSize = 250

    mutating func run(_ seeds: [UInt64]) throws {
        var sqlite = SQLiteBatch()
        var bySeed: [String: FuzzCase] = [:]
        for seed in seeds {
            let c = SchemaDrawer.draw(seed: seed)
            // The whole case, so a trap or a hang leaves its reproducer behind.
            if let inFlightFile { try Data(c.json.serializedBytes(pretty: true)).write(to: inFlightFile) }
            drawn += 1
            bySeed["seed \(seed)"] = c
            switch FuzzRunner.run(c, sqlite: &sqlite) {
            case .generated: generated += 1
            case let .refused(categories):
                refused += 1
                for k in Set(categories) { refusals[k, default: 0] += 1 }
            case let .failed(message): try fail(c, message)
            }
            if sqlite.count >= sqliteBatchSize { try flush(&sqlite, bySeed); bySeed = [:] }
        }
        try flush(&sqlite, bySeed)
        if let inFlightFile { try? FileManager.default.removeItem(at: inFlightFile) }
    }

    mutating func flush(_ sqlite: inout SQLiteBatch, _ bySeed: [String: FuzzCase]) throws {
        for failure in try sqlite.failures() {
            let label = failure.split(separator: ":", maxSplits: 1).first.map(String.init) ?? ""
            if let c = bySeed[label] { try fail(c, "the clean SQLite script does not load: \(failure)") }
            else { failures.append(failure) }
        }
        sqlite = SQLiteBatch()
    }

    mutating func fail(_ c: FuzzCase, _ message: String) throws {
        let line = "seed \(c.seed) (\(c.formatLabel), reality \(c.reality), shards \(c.shards)): \(message)"
        failures.append(line)
        failedSeeds.append(c.seed)
        if let dir = reproducerDirectory {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            var o = c.json.objectValue ?? JSONObject()
            o.appendUnique("failure", .string(message))
            try Data(JSON.object(o).serializedBytes(pretty: true)).write(to: dir.appendingPathComponent("\(c.seed).json"))
        }
    }

    /// The tallies as one JSON object (what `bench/fuzz.sh` adds up).
    var summary: JSON {
        ["drawn": .int(drawn), "generated": .int(generated), "refused_total": .int(refused),
         "refused": .object(JSONObject(refusals.sorted { $0.key < $1.key }.map { ($0.key, JSON.int($0.value)) })),
         "failed": .int(failures.count), "failures": .array(failures.map(JSON.string))]
    }
}
