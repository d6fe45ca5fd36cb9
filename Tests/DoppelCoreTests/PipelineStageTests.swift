import Testing
import DoppelTestSupport
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// A pipeline's stages: a value named for a stage (`interview_at`, `offer_amount`) exists in that status
/// and the later ones, not before it and not in a status that ended the record short; a stage's time
/// follows the record's start by weeks; a job offer lies within its posting's pay range. Schemas drawn
/// from a seeded generator (stage lists, columns, row counts); a failure prints its seed.
@Suite struct PipelineStageTests {
    static let pipelines: [[String]] = [
        ["submitted", "screening", "interview", "offer", "hired", "rejected"],
        ["applied", "screened", "interviewing", "offered", "hired", "withdrawn"],
        ["new", "interview", "offer", "accepted", "declined"],
    ]

    @Test func valuesNamedForAStageExistFromThatStageOn() throws {
        for seed in UInt64(1)...24 {
            var rng = FuzzRandom(seed: seed)
            let stages = rng.pick(Self.pipelines)
            let interviewAt = rng.pick(["interview_at", "interviewed_at", "interview_date"])
            let offerColumn = rng.pick(["offer_amount", "offer_salary", "offered_salary"])
            let startName = rng.pick(["applied_at", "submitted_at", "created_at"])
            let rows = rng.int(50...600)
            let values = stages.map { "\"\($0)\"" }.joined(separator: ", ")
            let json = """
            {"name": "s", "seed": \(seed), "entities": [
              {"name": "job_postings", "rows": \(rng.int(2...40)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "salary_min", "type": "decimal", "min": 30000, "max": 150000}, {"name": "salary_max", "type": "decimal", "min": 30000, "max": 150000}]},
              {"name": "applications", "rows": \(rows), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "job_posting_id", "references": "job_postings.id"},
                {"name": "status", "type": "string", "kind": "enum", "values": [\(values)]},
                {"name": "\(startName)", "type": "datetime", "kind": "datetime.past"},
                {"name": "\(interviewAt)", "type": "datetime", "kind": "datetime.past"},
                {"name": "\(offerColumn)", "type": "decimal", "min": 1, "max": 1000}]}]}
            """
            let plan = try TestSupport.plan(json)
            let ranges = Dictionary(uniqueKeysWithValues: TestSupport.table(plan, "job_postings").map {
                ($0[0] ?? "", (Double($0[1] ?? "") ?? .nan, Double($0[2] ?? "") ?? .nan))
            })
            let interviewStage = stages.firstIndex { SchemaResolver.stageStem($0) == "interview" }!
            let offerStage = stages.firstIndex { SchemaResolver.stageStem($0) == "offer" }!
            var wrong: [String] = []
            for row in TestSupport.table(plan, "applications") {
                let status = row[2] ?? ""
                let at = stages.firstIndex(of: status)!
                let endedShort = LifecycleStage(status: status) == .cancelled || ["withdrawn", "declined"].contains(status)
                let interviewHeld = at >= interviewStage && !endedShort
                let offerHeld = at >= offerStage && !endedShort
                if (row[4] != nil) != interviewHeld { wrong.append("\(status) \(interviewAt)=\(row[4] ?? "NULL")") }
                if (row[5] != nil) != offerHeld { wrong.append("\(status) \(offerColumn)=\(row[5] ?? "NULL")") }
                if let start = row[3].flatMap(CivilTime.parse), let interview = row[4].flatMap(CivilTime.parse) {
                    let days = Double(interview - start) / 86_400
                    if !(6.9...60.1).contains(days) { wrong.append("\(interviewAt) \(days) days after \(startName)") }
                }
                if let offer = row[5].flatMap(Double.init), let (low, high) = ranges[row[1] ?? ""] {
                    if !(low - 0.01...high + 0.01).contains(offer) { wrong.append("offer \(offer) outside \(low)–\(high)") }
                }
            }
            #expect(wrong.count == 0, "seed \(seed): \(wrong.count) rows, first \(wrong.prefix(3))\n\(json)")
        }
    }

    /// A bound of a known measure is that measure, for the planner and for inference alike; a `_min`
    /// after a length of time stays minutes.
    @Test(arguments: ["salary", "age", "price", "temperature", "budget"])
    func aBoundHasItsMeasuresValues(stem: String) {
        let context = ColumnContext(entity: "thing", nature: .thing, domain: nil)
        let own = ColumnLexicon.spec(stem, context)
        for (low, high) in ColumnNames.rangeSpellings {
            for spelling in [low, high] {
                let name = spelling.replacingOccurrences(of: "*", with: stem)
                let bound = ColumnLexicon.spec(name, context)
                // (a bound the table of names knows, a quote's `high_price`, keeps its own values)
                let expected = ColumnNames.table[name] ?? own
                #expect(bound?.type == expected?.type && bound?.min == expected?.min && bound?.max == expected?.max, "\(name): \(String(describing: bound))")
                #expect(ColumnNames.rangeStem(of: name) == stem)
            }
        }
        for name in ["duration_min", "wait_time_min", "commute_min"] {
            #expect(ColumnLexicon.spec(name, context) == ColumnLexicon.measured(name, ColumnLexicon.lexical(name, context)), "\(name)")
        }
        #expect(ColumnNames.rangeStem(of: "maximize") == nil)
    }
}
