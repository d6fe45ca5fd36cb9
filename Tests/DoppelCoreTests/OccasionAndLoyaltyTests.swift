import Foundation
import Testing
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// Occasions, admissions, interviews and loyalty read as what they are: an open house lasts hours
/// after its listing is listed, an event named for its kind, a ticket type is an admission, an
/// interviewer's feedback is about the candidate, a gerund's events are not web analytics, miles are
/// whole and earned or redeemed, a membership's fee follows its type. Drawn tables and prompts.
@Suite struct OccasionAndLoyaltyTests {
    @Test func spansFitTheOccasion() {
        #expect(ActivitySpan.of(entity: "open_houses") == .hours)
        #expect(ActivitySpan.of(entity: "property_viewings") == .hours)
        #expect(ActivitySpan.of(entity: "clinical_trials") == .months)
        #expect(ActivitySpan.of(entity: "exhibitions") == .months)
        #expect(ActivitySpan.of(entity: "free_trials") == .days)
    }

    @Test func anOpenHouseFollowsItsListing() throws {
        let plan = try TestSupport.plan(#"""
            {"name": "agency", "seed": 6, "entities": [
              {"name": "listings", "rows": 30, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "listed_on", "type": "date", "kind": "date.past"}]},
              {"name": "open_houses", "rows": 200, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "listing_id", "type": "integer", "references": "listings.id"},
                {"name": "starts_at", "type": "datetime", "kind": "datetime.past"},
                {"name": "ends_at", "type": "datetime", "kind": "datetime.past"}]}]}
            """#)
        let listed = TestSupport.column(plan, "listings", "listed_on").map { $0 ?? "" }
        for row in TestSupport.table(plan, "open_houses") {
            let listing = listed[(Int(row[1] ?? "") ?? 1) - 1], start = row[2] ?? "", end = row[3] ?? ""
            #expect(String(start.prefix(10)) >= listing, "\(listing) → \(start)")
            let f = ISO8601DateFormatter()
            if let s = f.date(from: start), let e = f.date(from: end) {
                #expect(e.timeIntervalSince(s) > 0 && e.timeIntervalSince(s) <= 14 * 3600, "\(start) → \(end)")
            }
        }
    }

    @Test func eventsTicketTypesAndInterviewsReadAsTheyShould() throws {
        let kinds = RowTitleWriter.eventKinds.map { $0.lowercased() }
        var g = PlannerFuzzTests.SplitMix(state: 9)
        for round in 0..<6 {
            let category = kinds[Int(g.next() % UInt64(kinds.count))]
            let rating = 1 + Int(g.next() % 5)
            let plan = try TestSupport.plan(#"""
                {"name": "t", "seed": \#(round), "entities": [
                  {"name": "events", "rows": 20, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                    {"name": "name", "type": "string", "kind": "text.title"},
                    {"name": "category", "type": "string", "kind": "enum", "values": ["\#(category)"]}]},
                  {"name": "ticket_types", "rows": 20, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                    {"name": "event_id", "type": "integer", "references": "events.id"},
                    {"name": "name", "type": "string", "kind": "text.title"}]},
                  {"name": "interviews", "rows": 30, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                    {"name": "rating", "type": "integer", "kind": "enum", "values": [\#(rating)]},
                    {"name": "feedback", "type": "text", "kind": "text.sentence"}]}]}
                """#)
            for name in TestSupport.column(plan, "events", "name").compactMap({ $0 }) {
                let words = name.split(separator: " ").map { $0.lowercased() }
                #expect(words.last == category && words.filter { $0 == category }.count == 1, "\(category): \(name)")
            }
            for name in TestSupport.column(plan, "ticket_types", "name").compactMap({ $0 }) {
                #expect(RowTitleWriter.admissions.contains(name), "\(name)")
            }
            for text in TestSupport.column(plan, "interviews", "feedback").compactMap({ $0 }) {
                let known = RowAppraisalWriter.candidateStrengths + RowAppraisalWriter.candidateGaps
                #expect(known.contains { text.contains($0) }, "\(rating): \(text)")
                if rating >= 4 { #expect(!text.contains("Struggled") && !text.contains("Not a fit"), "\(text)") }
                if rating <= 2 { #expect(text.contains("Struggled"), "\(text)") }
            }
        }
    }

    @Test func aGerundsEventsAreNotWebAnalytics() {
        for (prompt, table) in [("Hospital pharmacy: medications, prescriptions and dispensing events", "dispensing_events"),
                                ("Zoo with animals, keepers and feeding events", "feeding_events"),
                                ("Hotel with rooms and cleaning records", "cleaning_records")] {
            let f = Planner().plan(prompt).schema.entities.first { $0.name == table }?.fields.map(\.name) ?? []
            #expect(!f.isEmpty && !f.contains("page_url") && !f.contains("event_name"), "\(table): \(f)")
        }
        let clicks = Planner().plan("Website analytics: users and click events").schema
        #expect(clicks.entities.contains { $0.name == "click_events" })
    }

    @Test func milesAreWholeAndMembershipFeesFollowTheType() throws {
        let schema = Planner().plan("Airline loyalty: members (name, tier, miles_balance) and mile transactions (member_id, miles, kind, posted_at)").schema
        let members = schema.entities.first { $0.name == "members" }?.fields ?? []
        #expect(members.first { $0.name == "miles_balance" }?.type == .integer)
        let tx = schema.entities.first { $0.name == "mile_transactions" }?.fields ?? []
        #expect(tx.first { $0.name == "miles" }?.type == .integer)
        #expect(tx.first { $0.name == "kind" }?.values?.compactMap(\.stringValue).contains("redeemed") == true)
        let plan = try TestSupport.plan(#"""
            {"name": "gym", "seed": 4, "entities": [{"name": "members", "rows": 300, "fields": [
              {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
              {"name": "membership_type", "type": "string", "kind": "enum", "values": ["basic", "premium", "student"]},
              {"name": "monthly_fee", "type": "decimal", "kind": "number.decimal", "min": 1, "max": 20}]}]}
            """#)
        for row in TestSupport.table(plan, "members") {
            let fee = Double(row[2] ?? "") ?? -1
            let range = SchemaResolver.planPrices[row[1] ?? ""]?.account ?? 0...0
            #expect(range.contains(fee), "\(row[1] ?? ""): \(fee)")
        }
    }
}
