import Testing
import DoppelTestSupport
@testable import DoppelEngine

/// Calories burned follow the activity's length; what a fundraiser raised follows its goal, and it is
/// titled for a cause. Schemas drawn from a seeded generator; a failure prints its seed.
@Suite struct EffortAndGoalTests {
    @Test func caloriesFollowTheLength() throws {
        for seed in UInt64(1)...12 {
            var rng = FuzzRandom(seed: seed)
            let (length, perMinute) = rng.pick([("duration_minutes", 1.0), ("minutes", 1.0), ("duration_seconds", 1.0 / 60), ("hours", 60.0)])
            let calories = rng.pick(Array(SchemaResolver.burnedCalorieColumns))
            let json = """
            {"name": "s", "seed": \(seed), "entities": [{"name": "\(rng.pick(["workouts", "sessions", "runs", "activities"]))", "rows": \(rng.int(1...600)), "fields": [
              {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
              {"name": "\(length)", "type": "integer", "min": 5, "max": 150},
              {"name": "\(calories)", "type": "integer", "min": 0, "max": 5}]}]}
            """
            let plan = try TestSupport.plan(json)
            var wrong = 0
            for row in TestSupport.table(plan, plan.entities[0].name) {
                guard let l = row[1].flatMap(Double.init), let c = row[2].flatMap(Double.init) else { continue }
                let minutes = l * perMinute
                if !(minutes * 4 - 1...minutes * 12 + 1).contains(c) { wrong += 1 }
            }
            #expect(wrong == 0, "seed \(seed): \(wrong) rows\n\(json)")
        }
    }

    @Test func aFundraiserRaisesTowardItsGoal() throws {
        for seed in UInt64(1)...12 {
            var rng = FuzzRandom(seed: seed)
            let goal = rng.pick(SchemaResolver.goalAmountColumns)
            let raised = rng.pick(Array(SchemaResolver.raisedAmountColumns))
            let json = """
            {"name": "s", "seed": \(seed), "entities": [
              {"name": "campaigns", "rows": \(rng.int(1...300)), "fields": [
                {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true}, {"name": "name", "type": "string", "kind": "text.title"},
                {"name": "\(goal)", "type": "decimal", "min": 1000, "max": 90000}, {"name": "\(raised)", "type": "decimal", "min": 1, "max": 10}]},
              {"name": "donations", "rows": 50, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "campaign_id", "references": "campaigns.id"}, {"name": "amount", "type": "decimal"}]}]}
            """
            let plan = try TestSupport.plan(json)
            var wrong: [String] = []
            for row in TestSupport.table(plan, "campaigns") {
                guard let g = row[2].flatMap(Double.init), let r = row[3].flatMap(Double.init) else { continue }
                if !(g * 0.05 - 0.01...g * 1.3 + 0.01).contains(r) { wrong.append("\(r) of \(g)") }
                let name = row[1] ?? ""
                if !RowTitleWriter.fundraisingForms.contains(where: { name.hasSuffix($0) }) { wrong.append(name) }
            }
            #expect(wrong.count == 0, "seed \(seed): \(wrong.prefix(3))\n\(json)")
        }
    }
}
