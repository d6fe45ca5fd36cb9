import Foundation
import Testing
import DoppelJSON
import DoppelTestSupport
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// Drawn schemas over the whole kind catalogue, every format and dialect, reality 0–10 and
/// random shard splits: the engine generates (same bytes for the same seed, shards that
/// concatenate, references that resolve, unique values, a SQLite script that loads with
/// foreign keys on) or refuses naming the field. A fixed list of seeds plus fresh ones per run;
/// a failure prints the seed, and `SchemaDrawer.draw(seed:)` gives the case back.
@Suite struct SchemaFuzzTests {
    static let fixedBase: UInt64 = 0xD0_99E1_0000
    static let fixedCount = 2000
    static let freshCount = 100

    @Test func drawnSchemasGenerateOrRefuseNamingTheField() throws {
        let fresh = UInt64.random(in: 0...UInt64.max)
        var freshSeeds = FuzzRandom(seed: fresh)
        let seeds = (0..<UInt64(Self.fixedCount)).map { Self.fixedBase + $0 } + (0..<Self.freshCount).map { _ in freshSeeds.next() }
        var campaign = FuzzCampaign()
        try campaign.run(seeds)
        #expect(campaign.failures.isEmpty,
                "\(campaign.failures.count) failing draws (fresh seed this run: \(fresh)); reproduce with SchemaDrawer.draw(seed:):\n\(campaign.failures.prefix(10).joined(separator: "\n"))")
        // Most draws must get through to the generators, or the properties test little.
        #expect(campaign.generated * 10 >= campaign.drawn * 6, "only \(campaign.generated) of \(campaign.drawn) generated: \(campaign.refusals)")
    }

    @Test func aDrawIsAPureFunctionOfItsSeed() {
        for seed: UInt64 in [0, 1, 42, .max] {
            let a = SchemaDrawer.draw(seed: seed), b = SchemaDrawer.draw(seed: seed)
            #expect(a.json == b.json)
        }
        #expect(SchemaDrawer.draw(seed: 1).json != SchemaDrawer.draw(seed: 2).json)
    }

    /// Every kind many times, in every type that can hold it; every format × reality many times;
    /// every shape of reference and every coherence rule's names.
    @Test func theFixedSeedsCoverTheCatalogueFormatsAndRules() {
        var kinds: [String: Int] = [:]
        var kindTypes: Set<String> = []
        var runs: [String: Int] = [:]
        var names: [String: Int] = [:]
        var features: [String: Int] = [:]
        var rowCounts: Set<Int> = []
        for i in 0..<UInt64(Self.fixedCount) {
            let c = SchemaDrawer.draw(seed: Self.fixedBase + i)
            runs["\(c.formatLabel) \(c.reality)", default: 0] += 1
            if c.shards > 1 { features["shards", default: 0] += 1 }
            for e in c.schema["entities"]?.arrayValue ?? [] {
                rowCounts.insert(min(e["rows"]?.intValue ?? -1, 3))
                if e["unique_together"] != nil { features["unique_together", default: 0] += 1 }
                let fields = e["fields"]?.arrayValue ?? []
                if fields.filter({ $0["primary_key"] == true }).count > 1 { features["composite key", default: 0] += 1 }
                for f in fields {
                    if let k = f["kind"]?.stringValue {
                        kinds[k, default: 0] += 1
                        if let t = f["type"]?.stringValue { kindTypes.insert("\(k) \(t)") }
                    }
                    if let n = f["name"]?.stringValue { names[n, default: 0] += 1 }
                    if let r = f["references"]?.stringValue {
                        if r.hasPrefix((e["name"]?.stringValue ?? "") + ".") { features["self-reference", default: 0] += 1 }
                        if f["unique"] == true { features["one-to-one", default: 0] += 1 }
                    }
                    for member in ["nullable", "unique", "distribution", "min", "weights"] where f[member] != nil {
                        features[member, default: 0] += 1
                    }
                }
            }
        }
        for entry in KindCatalogue.entries {
            #expect(kinds[entry.name, default: 0] >= 30, "kind \(entry.name) drawn \(kinds[entry.name, default: 0]) times")
            for t in FieldType.allCases where entry.accepts(t) {
                #expect(kindTypes.contains("\(entry.name) \(t.rawValue)"), "kind \(entry.name) never drawn as \(t.rawValue)")
            }
        }
        for (format, dialect) in SchemaDrawer.formats {
            for level in 0...10 {
                let label = dialect.map { "\(format)/\($0)" } ?? format
                #expect(runs["\(label) \(level)", default: 0] >= 10, "\(label) at reality \(level): \(runs["\(label) \(level)", default: 0]) draws")
            }
        }
        for f in ["shards", "unique_together", "composite key", "self-reference", "one-to-one", "nullable", "unique",
                  "distribution", "min", "weights"] {
            #expect(features[f, default: 0] >= 30, "\(f): \(features[f, default: 0]) draws")
        }
        #expect(rowCounts.isSuperset(of: [0, 1, 2, 3]))
        for n in ["created_at", "updated_at", "end_date", "check_out", "total", "quantity", "cost", "price", "manager_id"] {
            #expect(names[n, default: 0] >= 10, "\(n): \(names[n, default: 0]) draws")
        }
    }
}
