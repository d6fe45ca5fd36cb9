import Testing
import DoppelJSON
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's emergency-department and youth-league prompts: triage level 97, 'Seen By E',
/// 'Disposition E', a discharge two years after arrival; players born in 1991 in a youth league,
/// 'Age Group A' and 'Home Field A'.
@Suite struct CareAndLeagueTests {
    static func field(_ schema: Schema, _ entity: String, _ name: String) -> Field? {
        schema.entity(named: entity)?.fields.first { $0.name == name }
    }

    @Test func whoDidSomethingIsAPerson() {
        for verb in ["seen", "taken", "given", "written", "treated", "handled", "driven", "chosen", "overseen"] {
            #expect(SchemaAssembler.namesAnAgent("\(verb)_by"), "\(verb)_by")
        }
        for deadline in ["needed_by", "expected_by", "completed_by"] { #expect(!SchemaAssembler.namesAnAgent(deadline), "\(deadline)") }
    }

    @Test func anEmergencyVisitReadsAsOne() throws {
        let schema = Planner().plan("Hospital emergency department: patients (full_name, date_of_birth) and er_visits (patient_id, arrival_time, triage_level, chief_complaint, seen_by, discharge_time, disposition)").schema
        #expect(Self.field(schema, "er_visits", "seen_by")?.kind == "person.full_name")
        #expect(Self.field(schema, "er_visits", "triage_level")?.values?.count == 5)
        #expect(Self.field(schema, "er_visits", "chief_complaint")?.values?.contains(.string("Chest pain")) == true)
        #expect(Self.field(schema, "er_visits", "disposition")?.values?.contains(.string("Admitted")) == true)
        let plan = try schema.resolve(ResolveOptions()).get()
        let e = try #require(plan.entity(named: "er_visits"))
        let a = try #require(e.column(named: "arrival_time")), d = try #require(e.column(named: "discharge_time"))
        for row in TestSupport.table(plan, "er_visits") {
            let t0 = try #require(row[a].flatMap(TestSupport.instant)), t1 = try #require(row[d].flatMap(TestSupport.instant))
            #expect(t1 > t0 && t1 - t0 <= 14 * 3600, "arrived \(row[a] ?? "") discharged \(row[d] ?? "")")
        }
    }

    /// A physical therapy clinic's columns are its own; a measure taken before or after is the measure.
    @Test func aPhysicalTherapyClinicReadsAsOne() {
        let schema = Planner().plan("Physical therapy clinic: therapists (name, specialty), patients (name, injury) and sessions (patient_id, therapist_id, pain_score_before, pain_score_after)").schema
        #expect(Self.field(schema, "therapists", "specialty")?.values?.contains(.string("Orthopedic")) == true)
        #expect(Self.field(schema, "patients", "injury")?.values?.contains(.string("Ankle sprain")) == true)
        for name in ["pain_score_before", "pain_score_after"] {
            let f = Self.field(schema, "sessions", name)
            #expect(f?.min == 0 && f?.max == 10, "\(name): \(String(describing: f))")
        }
        let spec = ColumnLexicon.spec("servings_per_meal", ColumnContext(entity: "box", nature: .thing, domain: nil))
        #expect(spec?.type == .integer && (spec?.max ?? 99) <= 6, "\(String(describing: spec))")
    }

    /// The two ends of a pair may name their day differently: `delivered_on` after `ship_date`.
    @Test(arguments: [("ship_date", "delivered_on"), ("shipped_on", "delivered_at"), ("check_in_date", "check_out_on"),
                      ("start_dt", "end_date"), ("assigned_at", "returned_on")])
    func anEndFollowsAStartNamedForAnotherKindOfDay(pair: (String, String)) throws {
        let plan = try TestSupport.plan("""
        {"name": "t", "seed": 3, "entities": [{"name": "records", "rows": 300, "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "\(pair.0)", "type": "date", "kind": "date.past"}, {"name": "\(pair.1)", "type": "date", "kind": "date.past"}]}]}
        """)
        for row in TestSupport.table(plan, "records") {
            let a = try #require(row[1]), b = try #require(row[2])
            #expect(b >= a, "\(pair.0) \(a), \(pair.1) \(b)")
        }
    }

    /// A youth league's players are of school age and play in U-groups; elsewhere an age group is an adult band.
    @Test(arguments: ["Youth soccer league", "Junior hockey club", "Kids swim team"]) func aYouthLeaguesPlayersAreYoung(setting: String) throws {
        let schema = Planner().plan("\(setting): teams (name, age_group, home_field) and players (team_id, first_name, date_of_birth)").schema
        #expect(Self.field(schema, "teams", "age_group")?.values?.contains(.string("U12")) == true, "\(setting)")
        let plan = try schema.resolve(ResolveOptions()).get()
        let p = try #require(plan.entity(named: "players")), b = try #require(p.column(named: "date_of_birth"))
        for row in TestSupport.table(plan, "players") {
            let born = try #require(row[b].flatMap(TestSupport.instant))
            let age = (Double(plan.anchor) - born) / (365.25 * 86_400)
            #expect(age >= 5.9 && age < 18.1, "\(setting): a player aged \(age)")
        }
        let t = try #require(plan.entity(named: "teams")), h = try #require(t.column(named: "home_field"))
        for row in TestSupport.table(plan, "teams") {
            let ground = try #require(row[h])
            #expect(!ground.hasPrefix("Home Field"), "\(ground)")
        }
        let adults = Planner().plan("A survey: respondents (name, age_group, income)").schema
        #expect(Self.field(adults, "respondents", "age_group")?.values?.contains(.string("25-34")) == true)
    }
}
