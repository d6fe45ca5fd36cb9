import Testing
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner
import DoppelTestSupport

/// A stranger's second thirty prompts: a plumbing job's total below its parts and its `issue` "Issue C", claims filed
/// before their incidents, a job completed before it was scheduled, and a tutor or a referee reviewed as "this rating"
/// that was "bought" and "delivered". Over drawn schemas.
@Suite struct StrangersJobsAndReviewsTests {
    static func rows(_ json: String, _ entity: String) throws -> (EntityPlan, [[String?]]) {
        let plan = try TestSupport.plan(json)
        return (try #require(plan.entity(named: entity)), TestSupport.table(plan, entity))
    }

    static func number(_ s: String?) -> Double? { s.flatMap(Double.init) }

    /// A job's total is its parts plus its labour: the labour's cost, or its hours at 60–150 an hour.
    @Test(arguments: [UInt64(0x70B1), 0x70B2, 0x70B3])
    func aJobsTotalIsItsPartsAndLabour(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let entity = rng.pick(["jobs", "repair_orders", "service_calls", "work_orders", "plumbing_jobs"])
        let parts = rng.pick(SchemaResolver.partsCostNames.prefix(5).map { $0 })
        let total = rng.pick(["total_cost", "total", "total_price", "invoice_total"])
        let byHours = rng.chance(0.5)
        let labour = byHours ? rng.pick(["labor_hours", "labour_hours", "hours"]) : rng.pick(["labor_cost", "labour_cost"])
        let json = #"{"seed": \#(seed), "entities": [{"name": "\#(entity)", "rows": 200, "fields": [{"name": "id", "primary_key": true}, {"name": "\#(labour)", "type": "decimal", "min": 0.5, "max": 12}, {"name": "\#(parts)", "type": "decimal", "min": 5, "max": 400}, {"name": "\#(total)", "type": "decimal"}]}]}"#
        let (e, rows) = try Self.rows(json, entity)
        let (l, p, t) = (try #require(e.column(named: labour)), try #require(e.column(named: parts)), try #require(e.column(named: total)))
        for r in rows {
            guard let lv = Self.number(r[l]), let pv = Self.number(r[p]), let tv = Self.number(r[t]) else { continue }
            if byHours {
                #expect(tv >= pv + lv * 60 - 0.02 && tv <= pv + lv * 150 + 0.02, "\(entity): \(pv) + \(lv) h → \(tv)")
            } else {
                #expect(abs(tv - (pv + lv)) < 0.02, "\(entity): \(pv) + \(lv) → \(tv)")
            }
        }
    }

    /// A trade's job states its problem in its trade's words.
    @Test(arguments: ["plumbing", "electrical", "hvac", "roofing"])
    func aTradesJobStatesItsProblem(trade: String) throws {
        let json = #"{"name": "\#(trade) contractor", "seed": 4, "entities": [{"name": "jobs", "rows": 40, "fields": [{"name": "id", "primary_key": true}, {"name": "issue"}, {"name": "scheduled_date", "type": "date"}]}]}"#
        let (e, rows) = try Self.rows(json, "jobs")
        let c = try #require(e.column(named: "issue"))
        let problems = Set(try #require(RepairProblems.problems(forCategory: trade)))
        for r in rows { #expect(r[c].map(problems.contains) == true, "\(trade): \(r[c] ?? "nil")") }
    }

    /// Ends after their starts: a claim after its incident, a completion on or after its scheduled day, a decision after
    /// the application was sent in; whatever order the columns are listed in.
    @Test(arguments: [("claim_date", "incident_date"), ("completed_date", "scheduled_date"), ("decision_date", "submitted_date"),
                      ("claimed_on", "incident_on"), ("completion_date", "scheduled_date")])
    func anEndFollowsItsStart(end: String, start: String) throws {
        for (first, second) in [(end, start), (start, end)] {
            let json = #"{"seed": 9, "entities": [{"name": "records", "rows": 300, "fields": [{"name": "id", "primary_key": true}, {"name": "\#(first)", "type": "date"}, {"name": "\#(second)", "type": "date"}]}]}"#
            let (e, rows) = try Self.rows(json, "records")
            let (a, b) = (try #require(e.column(named: start)), try #require(e.column(named: end)))
            for r in rows {
                guard let s = r[a], let t = r[b] else { continue }
                #expect(s <= t, "\(start) \(s) → \(end) \(t)")
            }
        }
    }

    /// A review of someone who serves (a tutor, a referee, a driver) speaks of them as a person: never bought, never
    /// delivered, never "it"; and it still leans with its rating.
    @Test(arguments: [UInt64(0x9E1), 0x9E2, 0x9E3])
    func aPersonIsReviewedAsAPerson(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let person = rng.pick(["tutors", "referees", "drivers", "coaches", "instructors", "stylists", "therapists"])
        let table = rng.pick(["reviews", "ratings", "feedback"])
        let text = rng.pick(["comment", "body", "review"])
        let json = #"{"seed": \#(seed), "entities": [{"name": "\#(person)", "rows": 5, "fields": [{"name": "id", "primary_key": true}, {"name": "first_name", "kind": "person.first_name"}]}, {"name": "\#(table)", "rows": 80, "fields": [{"name": "id", "primary_key": true}, {"name": "\#(Inflector.singular(person))_id", "references": "\#(person).id"}, {"name": "rating", "type": "integer", "min": 1, "max": 5}, {"name": "\#(text)", "type": "text"}]}]}"#
        let (e, rows) = try Self.rows(json, table)
        let (rc, tc) = (try #require(e.column(named: "rating")), try #require(e.column(named: text)))
        for r in rows {
            let body = try #require(r[tc], "\(table).\(text) is NULL")
            let lower = body.lowercased()
            for word in ["bought", "delivery", "packaging", "build quality", " it again", "this \(table.dropLast())"] {
                #expect(!lower.contains(word), "\(person) \(table): \(body)")
            }
            let stars = try #require(Self.number(r[rc]))
            if stars >= 4 { #expect(!RowPhrases.personNegativeClosers.contains { body.contains($0) }, "\(body)") }
            if stars <= 2 { #expect(!RowPhrases.personPositiveClosers.contains { body.contains($0) }, "\(body)") }
        }
        // A product's review is still a product's.
        #expect(SubjectClass(noun: "product") == .product && SubjectClass(noun: "tutor") == .person)
    }
}
