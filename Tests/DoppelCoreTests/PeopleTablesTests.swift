import Testing
import DoppelJSON
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's sales team had reps named "Quartz Order" and agents on a 59.98 % commission.
@Suite struct PeopleTablesTests {
    @Test(arguments: ["sales reps", "stylists", "dispatchers", "salespeople", "representatives", "librarians"])
    func aTableOfPeopleIsNamedForPeople(table: String) throws {
        let schema = Planner().plan("Our team: \(table) (name, email, hired_on)").schema
        let entity = try #require(schema.entities.first, "\(table)")
        #expect(entity.fields.first { $0.name == "name" }?.kind == "person.full_name", "\(table): \(entity.fields.map { "\($0.name) \($0.kind ?? "")" })")
    }

    /// A commission rate is a few percent of a sale, not most of it, in the planner and in inference alike.
    @Test(arguments: ["commission_rate", "commission_pct", "commission_percent"]) func aCommissionIsAFewPercent(column: String) throws {
        let planned = try #require(Planner().plan("Real estate: agents (name, \(column))").schema.entities.first?.fields.first { $0.name == column })
        #expect((planned.min ?? 0) >= 1 && (planned.max ?? 100) <= 15, "\(planned)")
        let inferred = try #require(KindInference.spec(for: Field(name: column, type: .decimal), entity: "agents"))
        #expect((inferred.max ?? 100) <= 15, "\(inferred)")
    }
}
