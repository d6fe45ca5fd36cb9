import Testing
@testable import DoppelEngine

/// A stranger's bike share had stations in New York and Orlando and a 1.9 km ride between them. Drawn local
/// networks keep their stations in one city; weather stations and a railway's do not.
@Suite struct LocalNetworkTests {
    static func stations(schema: String, table: String, trips: String, twoReferences: Bool, seed: UInt64) throws -> [(Double, Double, String)] {
        let plan = try TestSupport.plan("""
            {"name": "\(schema)", "entities": [
              {"name": "\(table)", "rows": 60, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "city", "type": "string", "kind": "address.city"},
                {"name": "latitude", "type": "decimal", "kind": "address.latitude"},
                {"name": "longitude", "type": "decimal", "kind": "address.longitude"}]},
              {"name": "\(trips)", "rows": 50, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "start_id", "type": "integer", "references": "\(table).id"}\(twoReferences ? #", {"name": "end_id", "type": "integer", "references": "\#(table).id"}"# : "")]}]}
            """, ResolveOptions(seed: seed))
        return TestSupport.table(plan, table).map { (Double($0[2] ?? "") ?? .nan, Double($0[3] ?? "") ?? .nan, $0[1] ?? "") }
    }

    @Test(arguments: 1...6) func aBikeSharesStationsAreInOneCity(seed: UInt64) throws {
        let schema = ["bike_share", "scooter_rentals", "city_transit", "bikes"][Int(seed % 4)]
        let table = ["stations", "docks", "stops", "docking_stations"][Int(seed % 3)]
        let rows = try Self.stations(schema: schema, table: table, trips: "rides", twoReferences: true, seed: seed)
        #expect(Set(rows.map(\.2)).count == 1, "\(schema).\(table): \(Set(rows.map(\.2)))")
        let lats = rows.map(\.0), lons = rows.map(\.1)
        #expect(lats.max()! - lats.min()! < 0.2 && lons.max()! - lons.min()! < 0.2)
    }

    @Test func stationsOfAnotherKindSpreadOut() throws {
        let weather = try Self.stations(schema: "weather", table: "stations", trips: "readings", twoReferences: false, seed: 3)
        #expect(Set(weather.map(\.2)).count > 5)
        let railway = try Self.stations(schema: "railway", table: "stations", trips: "journeys", twoReferences: true, seed: 3)
        #expect(Set(railway.map(\.2)).count > 5)
    }
}
