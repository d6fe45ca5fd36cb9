import Testing
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's tennis club booked a court for nine days at 23:03 for $6.70 (and later until 10:47), on "Surface C", for members
/// of skill level 91; a stranger's subscription box cost "Ford" to make. Drawn bookables and names.
@Suite struct CourtBookingTests {
    @Test(arguments: 1...6) func aCourtIsBookedForAnHourOrTwoByTheHour(seed: UInt64) throws {
        var g = PlannerFuzzTests.SplitMix(state: seed &* 29 &+ 3)
        func pick(_ xs: [String]) -> String { xs[Int(g.next() % UInt64(xs.count))] }
        let parent = pick(["courts", "lanes", "meeting_rooms", "studios", "desks"])
        let child = pick(["bookings", "reservations", "rentals"])
        let price = pick(["price", "fee", "total", "cost"])
        let plan = try TestSupport.plan("""
            {"name": "club", "entities": [
              {"name": "\(parent)", "rows": 6, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true}]},
              {"name": "\(child)", "rows": 300, "fields": [
                {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "resource_id", "type": "integer", "references": "\(parent).id"},
                {"name": "starts_at", "type": "datetime"},
                {"name": "ends_at", "type": "datetime"},
                {"name": "\(price)", "type": "decimal", "min": 1, "max": 500}]}]}
            """, ResolveOptions(seed: seed))
        for row in TestSupport.table(plan, child) {
            let a = try #require(row[2].flatMap(TestSupport.instant)), b = try #require(row[3].flatMap(TestSupport.instant))
            let paid = try #require(row[4].flatMap(Double.init))
            #expect(b - a >= 1_800 && b - a <= 3 * 3_600, "\(parent) \(child): \((b - a) / 3_600) h")
            // booked by the half hour from a quarter hour: it ends on a quarter hour too
            #expect((b - a).truncatingRemainder(dividingBy: 1_800) == 0, "\(parent) \(child): \((b - a) / 60) min")
            #expect(b.truncatingRemainder(dividingBy: 900) == 0, "\(parent) \(child) ends at \(b)")
            let hour = Int(a.truncatingRemainder(dividingBy: 86_400) / 3_600)
            #expect(hour >= 8 && hour <= 21, "starts at \(hour)h")
            let rate = paid / max(1, ((b - a) / 3_600).rounded(.up))
            #expect(rate >= 10 && rate <= 60, "\(price) \(paid) for \((b - a) / 3_600) h")
        }
    }

    @Test func aCourtsSurfaceAPlayersLevelACostsMoney() {
        let prompt = "Tennis club: members (name, skill_level), courts (name, surface), bookings (member_id, court_id, starts_at, ends_at)"
        let plan = Planner().plan(prompt).schema
        func field(_ t: String, _ c: String) -> Field? { plan.entities.first { $0.name == t }?.fields.first { $0.name == c } }
        #expect(field("courts", "surface")?.values?.contains(.string("Clay")) == true)
        #expect(field("members", "skill_level")?.values?.contains(.string("Intermediate")) == true)
        #expect(ColumnLexicon.spec("cost_to_make", .neutral)?.type == .decimal)
        #expect(ColumnLexicon.spec("fee_for_service", .neutral)?.type == .decimal)
        // a shift's logged hours are its whole length (its end follows from them)
        #expect(SchemaResolver.lengthUnit(of: "hours_logged", entity: "shifts") == 3_600)
        #expect(SchemaResolver.lengthUnit(of: "minutes_spent", entity: "visits") == 60)
        #expect(SchemaResolver.lengthUnit(of: "delay_minutes", entity: "flights") == nil)
        let box = Planner().plan("Subscription box: subscribers (name, plan), boxes (month, theme, cost_to_make)").schema
        func boxField(_ t: String, _ c: String) -> Field? { box.entities.first { $0.name == t }?.fields.first { $0.name == c } }
        #expect(boxField("subscribers", "plan")?.values?.contains(.string("Monthly")) == true)
        #expect(boxField("boxes", "theme")?.kind == "enum" && boxField("boxes", "cost_to_make")?.type == .decimal)
    }
    /// A booking's `review` with no rating beside it is a review of the place it booked, by name, never a
    /// parcel's ("Shipping took longer than promised"); an escape room costs 20–45 a player.
    @Test(arguments: [("Escape rooms", "rooms"), ("Karaoke bars", "bars"), ("Tennis courts", "courts")])
    func aBookingsReviewIsOfWhatItBooked(place: String, table: String) throws {
        let schema = Planner().plan("\(place): \(table) (name, description), bookings (\(Inflector.singular(table))_id, booked_for, review)").schema
        let plan = try schema.resolve(ResolveOptions(seed: 3, rows: 60)).get()
        let parentTable = try #require(schema.entities.first { $0.fields.contains { $0.name == "description" } }).name
        let names = TestSupport.column(plan, parentTable, "name").map { $0 ?? "" }
        let e = try #require(plan.entity(named: "bookings"))
        let r = try #require(e.column(named: "review")), k = try #require(e.fields.firstIndex { $0.field.references != nil })
        for row in TestSupport.table(plan, "bookings") {
            let review = try #require(row[r]), parent = try #require(row[k].flatMap(Int.init))
            #expect(review.contains(names[parent - 1]), "\(names[parent - 1]): \(review)")
            for goods in ["Shipping", "Returned it", "packaged", "did not fit"] { #expect(!review.contains(goods), "\(review)") }
        }
        if place == "Escape rooms" {
            let price = Planner().plan("Escape rooms: rooms (name, theme, price_per_person)").schema.entities.first?.fields.first { $0.name == "price_per_person" }
            #expect((price?.min ?? 0) >= 20 && (price?.max ?? 999) <= 45)
        }
    }
}
