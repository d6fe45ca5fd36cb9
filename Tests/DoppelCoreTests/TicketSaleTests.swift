import Testing
import DoppelTestSupport
@testable import DoppelEngine

/// A ticket is sold before its show starts (a cinema's sales fell two years after the showing); what sells at the
/// show (merchandise) keeps its own times. Drawn table, column and parent names, row counts.
@Suite struct TicketSaleTests {
    @Test func ticketsSellBeforeTheShow() throws {
        for seed in UInt64(1)...16 {
            var rng = FuzzRandom(seed: seed)
            let parent = rng.pick(["showtimes", "events", "screenings", "performances", "matches"])
            let child = rng.pick(["ticket_sales", "tickets", "seat_sales", "admissions"])
            let sold = rng.pick(["sold_at", "sale_date", "bought_at"])
            let json = """
            {"name": "s", "seed": \(seed), "entities": [
              {"name": "\(parent)", "rows": \(rng.int(2...30)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "starts_at", "type": "datetime", "kind": "datetime.past"}]},
              {"name": "\(child)", "rows": \(rng.int(20...200)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "occasion_id", "references": "\(parent).id"},
                {"name": "\(sold)", "type": "\(sold == "sale_date" ? "date" : "datetime")", "kind": "\(sold == "sale_date" ? "date.past" : "datetime.past")"}]}]}
            """
            let plan = try TestSupport.plan(json)
            let starts = Dictionary(TestSupport.table(plan, parent).map { ($0[0] ?? "", $0[1] ?? "") }, uniquingKeysWith: { a, _ in a })
            var checked = 0
            for row in TestSupport.table(plan, child) {
                guard let p = row[1], let start = starts[p].flatMap(CivilTime.parse), let when = row[2].flatMap(CivilTime.parse) else { continue }
                #expect(when <= start, "seed \(seed): \(child).\(sold) \(row[2] ?? "") after its show at \(starts[p] ?? "")")
                checked += 1
            }
            #expect(checked > 0)
        }
    }

    @Test func merchandiseKeepsItsOwnTimes() throws {
        let json = """
        {"name": "s", "seed": 4, "entities": [
          {"name": "concerts", "rows": 5, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "starts_at", "type": "datetime", "kind": "datetime.past"}]},
          {"name": "merch_sales", "rows": 200, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "concert_id", "references": "concerts.id"}, {"name": "sold_at", "type": "datetime", "kind": "datetime.past"}]}]}
        """
        let plan = try TestSupport.plan(json)
        var starts: [String: String] = [:]
        for row in TestSupport.table(plan, "concerts") { starts[row[0] ?? ""] = row[1] ?? "" }
        var after = 0
        for row in TestSupport.table(plan, "merch_sales") {
            guard let start = starts[row[1] ?? ""].flatMap(CivilTime.parse), let sold = row[2].flatMap(CivilTime.parse) else { continue }
            if sold > start { after += 1 }
        }
        #expect(after > 0, "merchandise is not made a sign-up")
    }
}
