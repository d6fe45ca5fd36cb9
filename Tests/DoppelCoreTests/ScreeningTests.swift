import Testing
import DoppelJSON
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's cinema and ski-resort prompts: a 134-minute film screened in 34 minutes, a $62.88 ticket
/// to a $12.06 screening, lift passes scanned in July outside their dates, lifts of type "standard"
/// carrying 26.80 riders an hour.
@Suite struct ScreeningTests {
    @Test(arguments: [("movies", "runtime_minutes", "screenings", 600.0...1_500.0), ("films", "duration_minutes", "showings", 600.0...1_500.0),
                      ("services", "duration_minutes", "appointments", 0.0...0.0), ("courses", "length_minutes", "sessions", 0.0...0.0)])
    func aShowingLastsWhatItShows(names: (String, String, String, ClosedRange<Double>)) throws {
        let (parent, length, child, lead) = names
        let plan = try TestSupport.plan("""
        {"name": "t", "seed": 4, "entities": [
          {"name": "\(parent)", "rows": 20, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "\(length)", "type": "integer", "kind": "number.integer", "min": 30, "max": 180}]},
          {"name": "\(child)", "rows": 300, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "ref_id", "type": "integer", "references": "\(parent).id"},
            {"name": "starts_at", "type": "datetime", "kind": "datetime.past"}, {"name": "ends_at", "type": "datetime", "kind": "datetime.past"}]}]}
        """)
        let parents = TestSupport.table(plan, parent)
        for row in TestSupport.table(plan, child) {
            let ref = try #require(row[1].flatMap { Int($0) })
            let minutes = try #require(parents[ref - 1][1].flatMap(Double.init))
            let t0 = try #require(row[2].flatMap(TestSupport.instant)), t1 = try #require(row[3].flatMap(TestSupport.instant))
            let extra = t1 - t0 - minutes * 60
            #expect(extra >= lead.lowerBound - 1 && extra <= lead.upperBound + 1, "\(minutes) min shown in \((t1 - t0) / 60) min")
        }
    }

    @Test func aTicketPaysItsScreeningsPriceAndAPassIsUsedWhileValid() throws {
        let schema = Planner().plan("Movie theater: screenings (starts_at, ticket_price) and tickets (screening_id, seat, price); ski resort: lifts (name, type, capacity_per_hour), passes (holder_name, pass_type, valid_from, valid_to) and lift_scans (pass_id, lift_id, scanned_at)").schema
        #expect(schema.entity(named: "lifts")?.fields.first { $0.name == "type" }?.values?.contains(.string("Gondola")) == true)
        let capacity = schema.entity(named: "lifts")?.fields.first { $0.name == "capacity_per_hour" }
        #expect(capacity?.type == .integer && (capacity?.min ?? 0) >= 100)
        let plan = try schema.resolve(ResolveOptions()).get()
        let screenings = TestSupport.table(plan, "screenings")
        let s = try #require(plan.entity(named: "screenings")), t = try #require(plan.entity(named: "tickets"))
        let sp = try #require(s.column(named: "ticket_price")), tp = try #require(t.column(named: "price")), tr = try #require(t.column(named: "screening_id"))
        for row in TestSupport.table(plan, "tickets").prefix(300) {
            let ref = try #require(row[tr].flatMap { Int($0) })
            let base = try #require(screenings[ref - 1][sp].flatMap(Double.init))
            let paid = try #require(row[tp].flatMap(Double.init))
            #expect(paid >= base * 0.8 - 0.01 && paid <= base + 0.01, "paid \(paid) for a \(base) screening")
        }
        let passes = TestSupport.table(plan, "passes")
        let pe = try #require(plan.entity(named: "passes")), le = try #require(plan.entity(named: "lift_scans"))
        let from = try #require(pe.column(named: "valid_from")), to = try #require(pe.column(named: "valid_to"))
        let pr = try #require(le.column(named: "pass_id")), at = try #require(le.column(named: "scanned_at"))
        for row in TestSupport.table(plan, "lift_scans").prefix(300) {
            let ref = try #require(row[pr].flatMap { Int($0) })
            let pass = passes[ref - 1]
            let day = String(try #require(row[at]).prefix(10))
            #expect(day >= (pass[from] ?? "") && day <= (pass[to] ?? ""), "scanned \(day), valid \(pass[from] ?? "")…\(pass[to] ?? "")")
        }
    }
}
