import Testing
import DoppelTestSupport
@testable import DoppelEngine

/// A stranger's watch history had a 34-second play of a two-hour film marked completed. A play runs for part of what
/// it plays, all of it when completed. Drawn names, units and seeds.
@Suite struct PlayedShareTests {
    @Test(arguments: 1...10) func aPlayRunsForPartOfWhatItPlays(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let (length, lengthUnit) = rng.pick([("runtime_minutes", 60.0), ("duration_seconds", 1.0), ("length_minutes", 60.0)])
        let (played, playedUnit) = rng.pick([("seconds_played", 1.0), ("seconds_watched", 1.0), ("minutes_watched", 60.0)])
        let flag = rng.pick(["completed", "is_completed", "finished"])
        let range = lengthUnit == 60 ? "\"min\": 80, \"max\": 180" : "\"min\": 120, \"max\": 400"
        let json = """
        {"name": "s", "seed": \(seed), "entities": [
          {"name": "films", "rows": \(rng.int(5...40)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "\(length)", "type": "integer", "kind": "number.integer", \(range)}]},
          {"name": "plays", "rows": \(rng.int(100...400)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "film_id", "references": "films.id"}, {"name": "\(played)", "type": "decimal", "kind": "number.decimal", "min": 0, "max": 100000},
            {"name": "\(flag)", "type": "boolean", "kind": "boolean"}]}]}
        """
        let plan = try TestSupport.plan(json)
        let lengths = Dictionary(uniqueKeysWithValues: TestSupport.table(plan, "films").map { ($0[0] ?? "", Double($0[1] ?? "") ?? -1) })
        for row in TestSupport.table(plan, "plays") {
            let whole = try #require(lengths[row[1] ?? ""]) * lengthUnit / playedUnit, ran = try #require(Double(row[2] ?? ""))
            let done = row[3] == "true"
            #expect(ran <= whole + 0.01, "seed \(seed): \(row) beyond the film's \(whole)")
            #expect(done ? ran >= 0.9 * whole - 0.01 : ran <= 0.85 * whole + 0.01, "seed \(seed): \(row) of \(whole)")
        }
    }
}
