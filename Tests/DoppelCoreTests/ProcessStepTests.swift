import Foundation
import Testing
import DoppelTestSupport
@testable import DoppelEngine

/// A stranger's shop paid for orders two years before placing them and shipped one order four times over a year.
/// Drawn steps of a record's process, their parents' moments and column names.
@Suite struct ProcessStepTests {
    /// (child table, its moment, parent table, the parent's moment, the longest gap in days)
    static let steps: [(String, String, String, String, Double)] = [
        ("payments", "paid_at", "orders", "placed_at", 2), ("payments", "payment_date", "orders", "order_date", 2),
        ("charges", "charged_at", "bookings", "created_at", 2),
        ("payments", "paid_at", "invoices", "issued_at", 60), ("shipments", "shipped_at", "orders", "ordered_at", 5),
        ("shipments", "dispatched_on", "purchases", "purchase_date", 5), ("deliveries", "delivered_at", "orders", "placed_at", 10),
        ("refunds", "refunded_at", "orders", "created_at", 42), ("returns", "return_date", "sales", "sold_at", 42),
        ("interviews", "scheduled_at", "applications", "applied_at", 42), ("job_offers", "offered_on", "applications", "submitted_at", 42),
        ("reviews", "created_at", "orders", "placed_at", 30), ("ratings", "rated_at", "rides", "requested_at", 30),
        ("comments", "created_at", "posts", "posted_at", 10), ("likes", "liked_at", "photos", "uploaded_at", 10),
    ]

    @Test(arguments: 1...24) func aStepFollowsItsRecordWithinItsSpan(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let (child, moment, parent, parentMoment, days) = rng.pick(Self.steps)
        let parentType = rng.pick(["datetime", "date"]), childType = parentType == "date" ? "date" : rng.pick(["datetime", "date"])
        // The record may belong to someone who signed up first (whose start the step follows through the record).
        let owner = rng.pick(["", #", {"name": "customer_id", "type": "integer", "references": "customers.id"}"#])
        let json = """
            {"name": "s", "entities": [
              {"name": "customers", "rows": 20, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "signup_date", "type": "date"}]},
              {"name": "\(parent)", "rows": \(rng.int(3...60)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "\(parentMoment)", "type": "\(parentType)"}, {"name": "total", "type": "decimal"}\(owner)]},
              {"name": "\(child)", "rows": \(rng.int(1...300)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "\(Self.singular(parent))_id", "type": "integer", "references": "\(parent).id"},
                {"name": "\(moment)", "type": "\(childType)"}, {"name": "amount", "type": "decimal"}]}]}
            """
        let plan = try TestSupport.plan(json, ResolveOptions(seed: seed))
        let parents = TestSupport.column(plan, parent, parentMoment).map { $0.flatMap(TestSupport.instant) }
        let rows = TestSupport.table(plan, child)
        for row in rows {
            guard let key = row[1].flatMap({ Int($0) }), let at = row[2].flatMap(TestSupport.instant),
                  let started = parents[key - 1] else { continue }
            // (a date-only step may fall on its record's day)
            let slack = childType == "date" || parentType == "date" ? 86_400.0 : 0
            #expect(at + slack >= started, "\(child).\(moment) \(row[2] ?? "") before \(parent).\(parentMoment) \(parents[key - 1] ?? 0)")
            #expect(at <= started + days * 86_400 + slack, "\(child).\(moment) \(row[2] ?? "") more than \(days) days after \(parent) \(started)")
        }
    }

    /// A review of a stay follows its check-out, not its booking; an empty check-out leaves the booking's date.
    @Test(arguments: 1...4) func aReviewFollowsTheEndOfWhatItReviews(seed: UInt64) throws {
        let json = """
            {"name": "s", "entities": [
              {"name": "stays", "rows": 40, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "check_in", "type": "date"}, {"name": "check_out", "type": "date"}]},
              {"name": "reviews", "rows": 30, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "stay_id", "type": "integer", "references": "stays.id"}, {"name": "created_at", "type": "datetime"},
                {"name": "rating", "type": "integer", "min": 1, "max": 5}]}]}
            """
        let plan = try TestSupport.plan(json, ResolveOptions(seed: seed))
        let out = TestSupport.column(plan, "stays", "check_out").map { $0.flatMap(TestSupport.instant) }
        for row in TestSupport.table(plan, "reviews") {
            guard let key = row[1].flatMap({ Int($0) }), let at = row[2].flatMap(TestSupport.instant), let end = out[key - 1] else { continue }
            #expect(at >= end && at <= end + 31 * 86_400, "review \(row[2] ?? "") vs check-out \(end)")
        }
    }

    /// A stranger's hospital prescribed for an admission three weeks after its discharge.
    @Test(arguments: 1...8) func whatIsDoneDuringAStayFallsWithinIt(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let (stay, start, end) = rng.pick([("admissions", "admitted_at", "discharged_at"), ("hospitalizations", "admitted_on", "discharged_on"),
                                           ("stays", "admitted_at", "discharge_date"), ("encounters", "admitted_at", "discharged_at")])
        let child = rng.pick(["prescriptions", "vital_signs", "procedures", "lab_results", "medications", "progress_notes"])
        let moment = rng.pick(["prescribed_at", "recorded_at", "performed_at", "taken_at", "created_at"])
        let json = """
            {"name": "s", "entities": [
              {"name": "\(stay)", "rows": \(rng.int(2...40)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "\(start)", "type": "datetime"}, {"name": "\(end)", "type": "datetime"}]},
              {"name": "\(child)", "rows": \(rng.int(1...200)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "stay_id", "type": "integer", "references": "\(stay).id"}, {"name": "\(moment)", "type": "datetime"}]}]}
            """
        let plan = try TestSupport.plan(json, ResolveOptions(seed: seed))
        let starts = TestSupport.column(plan, stay, start).map { $0.flatMap(TestSupport.instant) }
        let ends = TestSupport.column(plan, stay, end).map { $0.flatMap(TestSupport.instant) }
        for row in TestSupport.table(plan, child) {
            guard let key = row[1].flatMap({ Int($0) }), let at = row[2].flatMap(TestSupport.instant),
                  let from = starts[key - 1], let to = ends[key - 1] else { continue }
            // (a discharge date is the whole of its day)
            #expect(at >= from && at <= to + 86_400, "\(child).\(moment) \(row[2] ?? "") outside \(stay) \(from)–\(to)")
        }
    }

    static func singular(_ table: String) -> String {
        table.hasSuffix("ies") ? String(table.dropLast(3)) + "y" : table.hasSuffix("s") ? String(table.dropLast()) : table
    }
}
