import DoppelJSON
import Testing
@testable import DoppelEngine
import DoppelTestSupport

/// A trip's airports: where it starts and where it goes are two airports, and
/// a code agrees with the name of its own role.
@Suite struct AirportRoleTests {
    static let pairs: [(String, String)] = [("origin", "destination"), ("departure_airport", "arrival_airport"),
                                            ("from_airport_code", "to_airport_code"), ("origin_airport", "destination_airport"),
                                            ("airport_code", "arrival_airport_code")]

    @Test(arguments: [UInt64(1), 2, 3])
    func theDestinationIsNeverTheOrigin(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for (start, end) in Self.pairs {
            let entity = rng.pick(["flights", "routes", "flight_legs", "itineraries"])
            let text = """
            {"seed": \(rng.int(1...1_000_000)), "entities": [{"name": "\(entity)", "rows": 2000, "fields": [
              {"name": "id", "primary_key": true},
              {"name": "\(start)", "kind": "travel.airport_code"}, {"name": "\(end)", "kind": "travel.airport_code"},
              {"name": "\(end)_name", "kind": "travel.airport_name"}]}]}
            """
            let plan = try TestSupport.plan(text)
            let rows = TestSupport.table(plan, entity)
            #expect(rows.allSatisfy { $0[1] != $0[2] }, "\(start)/\(end) in \(entity)")
            // Both roles vary over the table: neither is a constant.
            #expect(Set(rows.map { $0[1] }).count > 20 && Set(rows.map { $0[2] }).count > 20)
            // The destination's name is the destination's airport.
            for r in rows.prefix(200) {
                let i = try #require((0..<Words.airports.count).first { Words.airports.string($0, 0) == r[2] })
                #expect(Words.airports.string(i, 1) == r[3], "\(r)")
            }
        }
    }
}
