import Testing
import DoppelTestSupport
@testable import DoppelEngine

/// A stranger's wedding planner: the couple's e-mail belonged to a third person, a vendor served twelve days
/// after it was booked rather than on the wedding day, and the couple's tasks read "Review the mobile layout",
/// due years after the wedding. Drawn names of the occasion, its people and its tasks.
@Suite struct WeddingPlanTests {
    @Test(arguments: 1...6) func aWeddingsVendorsServeOnTheDayAndItsTasksComeBefore(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let (one, two) = rng.pick([("partner_one", "partner_two"), ("bride_name", "groom_name"), ("partner_1_name", "partner_2_name")])
        let day = rng.pick(["wedding_date", "ceremony_date", "event_date"])
        let served = rng.pick(["service_date", "event_date", "wedding_date"])
        let due = rng.pick(["due_date", "due_on", "due_by"])
        let plan = try TestSupport.plan("""
            {"name": "\(rng.pick(["wedding_planner", "weddings", "bridal_agency"]))", "seed": \(seed), "entities": [
              {"name": "couples", "rows": 30, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "\(one)", "type": "string", "kind": "person.full_name"}, {"name": "\(two)", "type": "string", "kind": "person.full_name"},
                {"name": "email", "type": "string", "kind": "internet.email"}, {"name": "\(day)", "type": "date"}]},
              {"name": "vendors", "rows": 10, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true}]},
              {"name": "bookings", "rows": 200, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "couple_id", "type": "integer", "references": "couples.id"}, {"name": "vendor_id", "type": "integer", "references": "vendors.id"},
                {"name": "booked_on", "type": "date"}, {"name": "\(served)", "type": "date"}]},
              {"name": "tasks", "rows": 200, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "couple_id", "type": "integer", "references": "couples.id"}, {"name": "title", "type": "string", "kind": "text.title"},
                {"name": "\(due)", "type": "date"}]}]}
            """)
        let couples = TestSupport.table(plan, "couples")
        for c in couples {
            // the e-mail is the first partner's: "stella.cunningham1@…" or "stella926@…" for Stella Cunningham
            let parts = try #require(c[1]).lowercased().split(separator: " ").map(String.init)
            let local = try #require(c[3]?.lowercased().split(separator: "@").first).filter(\.isLetter)
            #expect(local.contains(parts[0]) || local.contains(parts.last!), "\(c[1] ?? "") and \(c[2] ?? ""): \(c[3] ?? "")")
        }
        let dayOf = couples.map { $0[4] }
        for b in TestSupport.table(plan, "bookings") {
            let k = try #require(b[1].flatMap(Int.init)), wedding = try #require(dayOf[k - 1])
            #expect(b[4] == wedding, "bookings.\(served) \(b[4] ?? "") for a wedding on \(wedding)")
            #expect((b[3] ?? "") <= wedding, "booked \(b[3] ?? "") after the wedding \(wedding)")
        }
        let office = Set(RowTitleWriter.taskWork.flatMap(\.objects))
        for t in TestSupport.table(plan, "tasks") {
            let k = try #require(t[1].flatMap(Int.init)), wedding = try #require(dayOf[k - 1]), title = try #require(t[2])
            #expect((t[3] ?? "") <= wedding, "task \(title) due \(t[3] ?? "") after the wedding \(wedding)")
            #expect(!office.contains { title.hasSuffix($0) }, "\(title)")
        }
    }
}
