import Testing
@testable import DoppelEngine

/// A hotel room's rate and how many it sleeps follow its type: a suite costs more than a standard room and sleeps
/// more than a single. Drawn type lists, column names and seeds.
@Suite struct RoomTypeTests {
    static let typeLists = [["standard", "deluxe", "suite"], ["Single", "Double", "Family", "Suite"],
                            ["Standard King", "Deluxe Queen", "Junior Suite", "Penthouse"], ["economy", "twin", "executive", "suite"]]
    static let rates = ["nightly_rate", "price", "price_per_night", "base_rate"]
    static let guests = ["max_occupancy", "capacity", "max_guests", "sleeps"]

    @Test(arguments: 0..<16) func aRoomsRateAndGuestsFollowItsType(seed: Int) throws {
        let types = Self.typeLists[seed % 4], rate = Self.rates[(seed / 4) % 4], sleeps = Self.guests[(seed + 1) % 4]
        let plan = try TestSupport.plan("""
        {"name": "hotel", "seed": \(seed), "entities": [{"name": "rooms", "rows": 200, "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "room_type", "type": "string", "kind": "enum", "values": [\(types.map { "\"\($0)\"" }.joined(separator: ", "))]},
          {"name": "\(rate)", "type": "decimal", "kind": "number.decimal", "min": 10, "max": 2000, "precision": 2},
          {"name": "\(sleeps)", "type": "integer", "kind": "number.integer", "min": 1, "max": 10}]}]}
        """)
        for row in TestSupport.table(plan, "rooms") {
            let type = try #require(row[1]), band = try #require(RoomTypes.band(of: type))
            let r = try #require(Double(row[2] ?? "")), g = try #require(Double(row[3] ?? ""))
            #expect(band.rate.contains(r), "seed \(seed): a \(type) at \(r)")
            #expect(band.guests.contains(g) && g == g.rounded(), "seed \(seed): a \(type) for \(g)")
        }
    }

    @Test func aStatedBoundHolds() throws {
        // A rate column capped at 300 keeps its cap: a penthouse at the cap, not at 1,200.
        let plan = try TestSupport.plan("""
        {"name": "hotel", "entities": [{"name": "rooms", "rows": 200, "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "room_type", "type": "string", "kind": "enum", "values": ["standard", "suite", "penthouse"]},
          {"name": "nightly_rate", "type": "decimal", "kind": "number.decimal", "min": 50, "max": 300, "precision": 2}]}]}
        """)
        for row in TestSupport.table(plan, "rooms") {
            let r = try #require(Double(row[2] ?? ""))
            #expect((50...300).contains(r), "\(row)")
            if row[1] == "standard" { #expect((80...160).contains(r), "\(row)") }
        }
    }

    @Test func aPlansTiersAreNoRooms() throws {
        // Basic, standard and premium are a plan's tiers too: its price keeps its own range.
        let plan = try TestSupport.plan("""
        {"name": "saas", "entities": [{"name": "plans", "rows": 100, "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "type", "type": "string", "kind": "enum", "values": ["basic", "standard", "premium"]},
          {"name": "price", "type": "decimal", "kind": "number.decimal", "min": 5, "max": 50, "precision": 2},
          {"name": "capacity", "type": "integer", "kind": "number.integer", "min": 10, "max": 100}]}]}
        """)
        for row in TestSupport.table(plan, "plans") {
            #expect((5...50).contains(Double(row[2] ?? "") ?? 0) && (10...100).contains(Int(row[3] ?? "") ?? 0), "\(row)")
        }
        #expect(Set(TestSupport.table(plan, "plans").compactMap { $0[3] }).count > 5)
    }

    @Test func otherTypesKeepTheirDraw() throws {
        // A warehouse's zones are no room types: the rate keeps its own range.
        let plan = try TestSupport.plan("""
        {"name": "w", "entities": [{"name": "zones", "rows": 100, "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "type", "type": "string", "kind": "enum", "values": ["cold", "bulk", "racked"]},
          {"name": "rate", "type": "decimal", "kind": "number.decimal", "min": 1, "max": 5, "precision": 2}]}]}
        """)
        #expect(TestSupport.table(plan, "zones").allSatisfy { (Double($0[2] ?? "") ?? 0) <= 5 })
    }
}
