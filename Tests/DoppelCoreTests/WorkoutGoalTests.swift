import Testing
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's fitness app had "premium" goals and workouts at a resting pulse of 87. Drawn tables and names.
@Suite struct WorkoutGoalTests {
    @Test func aWorkoutsHeartRateIsExercisingAndAGoalIsAFitnessGoal() throws {
        for (table, column) in [("workouts", "avg_heart_rate"), ("runs", "heart_rate"), ("rides", "average_heart_rate"), ("activities", "avg_hr")] {
            let f = try #require(TestSupport.plannedField("A fitness app with users and \(table) (user_id, started_at, duration_minutes, \(column))", table, column))
            #expect((f.min ?? 0) >= 100 && (f.max ?? 0) <= 180, "\(table).\(column) \(String(describing: f.min))–\(String(describing: f.max))")
        }
        // A patient's pulse at rest stays a resting one.
        #expect((TestSupport.plannedField("A clinic with patients and vitals (patient_id, heart_rate, recorded_at)", "vitals", "heart_rate")?.max ?? 999) <= 120)
        for setting in ["fitness app", "gym", "running club"] {
            let goal = TestSupport.plannedField("A \(setting) with members and goals (member_id, goal_type, target_value, deadline)", "goals", "goal_type")
            let values = goal?.values?.compactMap(\.stringValue) ?? []
            #expect(values.contains("weight loss") && !values.contains("premium"), "\(setting): \(values)")
        }
    }
}
