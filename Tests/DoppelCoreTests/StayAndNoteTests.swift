import Testing
import DoppelJSON
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's hotel, dental and recipe prompts: "Fresno Summit Resort" in Anchorage, seven nights at
/// $402 paid with $111.89, an appointment's note about "History for" its dentist, and a free recipe
/// "Worth every penny".
@Suite struct StayAndNoteTests {
    @Test(arguments: [UInt64(1), 2, 3])
    func aHotelNamedForACityIsInIt(seed: UInt64) throws {
        let plan = try TestSupport.plan("""
        {"name": "t", "seed": \(seed), "entities": [{"name": "hotels", "rows": 300, "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "name", "type": "string", "kind": "travel.hotel_name"}, {"name": "city", "type": "string", "kind": "address.city"}]}]}
        """)
        let cities = Set((0..<LocaleData.enUS.cities.count).map { LocaleData.enUS.cities.string($0, LocaleData.CityColumn.name) })
        var named = 0
        for row in TestSupport.table(plan, "hotels") {
            let name = try #require(row[1]), city = try #require(row[2])
            guard !name.hasPrefix("The "), let other = cities.first(where: { name.hasPrefix($0 + " ") }) else { continue }
            named += 1
            #expect(other == city || name.hasPrefix(city + " "), "\(name) in \(city)")
        }
        #expect(named > 50)
    }

    @Test(arguments: ["total_paid", "amount_paid", "total_charged", "total_billed"])
    func aStayPaysItsRoomsRateForItsNights(total: String) throws {
        let schema = Planner().plan("Hotel chain with rooms (room_number, room_type, nightly_rate) and stays (room_id, guest_name, check_in, check_out, \(total))").schema
        let plan = try schema.resolve(ResolveOptions()).get()
        let rooms = TestSupport.table(plan, "rooms")
        let stays = try #require(plan.entity(named: "stays"))
        let ref = try #require(stays.column(named: "room_id")), cin = try #require(stays.column(named: "check_in"))
        let cout = try #require(stays.column(named: "check_out")), paid = try #require(stays.column(named: total))
        let roomsPlan = try #require(plan.entity(named: "rooms"))
        let rateColumn = try #require(roomsPlan.column(named: "nightly_rate"))
        let keyName = try #require(schema.entity(named: "stays")?.fields.first { $0.name == "room_id" }?.references?.field)
        let keyColumn = try #require(roomsPlan.column(named: keyName))
        var rateOf: [String: Double] = [:]
        for room in rooms { if let k = room[keyColumn], let r = room[rateColumn].flatMap(Double.init) { rateOf[k] = r } }
        for row in TestSupport.table(plan, "stays").prefix(200) {
            let rate = try #require(row[ref].flatMap { rateOf[$0] })
            let nights = (try #require(row[cout].flatMap(TestSupport.instant)) - (try #require(row[cin].flatMap(TestSupport.instant)))) / 86_400
            let amount = try #require(row[paid].flatMap(Double.init))
            #expect(abs(amount - rate * max(1, nights.rounded())) < 0.02, "\(nights) nights at \(rate) paid \(amount)")
        }
    }

    @Test func aRecordsNoteIsAboutItsPersonNotItsDentist() throws {
        let schema = Planner().plan("Dental practice: dentists (name, specialty), patients (first_name, last_name) and appointments (patient_id, dentist_id, appointment_date, notes)").schema
        let plan = try schema.resolve(ResolveOptions()).get()
        let dentists = Set(TestSupport.column(plan, "dentists", "name").compactMap { $0 })
        for note in TestSupport.column(plan, "appointments", "notes").compactMap({ $0 }) {
            #expect(!dentists.contains { note.contains($0) }, "\(note)")
        }
    }

    @Test func aFreeRecipeIsNeverWorthTheMoney() throws {
        let schema = Planner().plan("Recipe website: recipes (title, cuisine, author) and ratings (recipe_id, stars, comment)").schema
        let plan = try schema.resolve(ResolveOptions()).get()
        let comments = TestSupport.column(plan, "ratings", "comment").compactMap { $0 }
        #expect(comments.count > 500)
        for c in comments { #expect(!c.contains("penny") && !c.contains("money") && !c.contains("bought"), "\(c)") }
    }
}
