import Testing
@testable import DoppelEngine
import DoppelTestSupport

/// An airport's code, name, city, country, coordinates and time zone are one airport's, also when the code
/// is unique; an airline's home country is its own; a flight's number starts with its airline's code.
@Suite struct AirportRecordTests {
    static let places: [(name: String, kind: String)] = [
        ("name", "travel.airport_name"), ("city", "address.city"), ("country", "address.country"),
        ("latitude", "address.latitude"), ("longitude", "address.longitude"), ("timezone", "address.timezone"),
    ]

    @Test(arguments: [UInt64(81), 82, 83, 84])
    func anAirportRowIsOneAirport(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let entity = rng.pick(["airports", "airport", "hub_airports"])
        let unique = rng.chance(0.5)
        var columns = Self.places.filter { _ in rng.chance(0.7) }
        if columns.isEmpty { columns = [Self.places[1]] }
        var fields = [#"{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true}"#,
                      #"{"name": "iata_code", "type": "string", "kind": "travel.airport_code"\#(unique ? #", "unique": true"# : "")}"#]
        fields += columns.map { c in
            let type = c.kind.hasSuffix("itude") ? "decimal" : "string"
            return #"{"name": "\#(c.name)", "type": "\#(type)", "kind": "\#(c.kind)"}"#
        }
        let rows = unique ? rng.int(1...Words.airports.count) : rng.int(1...400)
        let text = #"{"seed": \#(rng.int(1...99_999)), "entities": [{"name": "\#(entity)", "rows": \#(rows), "fields": [\#(fields.shuffled(using: &rng).joined(separator: ", "))]}]}"#
        let plan = try TestSupport.plan(text)
        let names = plan.entities[0].fields.map(\.name)
        let records = (0..<Words.airports.count).map { i in (0..<Words.airports.columns).map { Words.airports.string(i, $0) } }
        var codes = Set<String>()
        let codeColumn = try #require(names.firstIndex(of: "iata_code"))
        let placeColumns = columns.map { c in names.firstIndex(of: c.name) ?? -1 }
        for row in TestSupport.table(plan, entity) {
            let code = try #require(row[codeColumn])
            let record = try #require(records.first { $0[0] == code }, "seed \(seed): \(code)")
            for (k, c) in columns.enumerated() {
                let value = try #require(row[placeColumns[k]])
                let want = record[(Self.places.firstIndex { $0.name == c.name } ?? 0) + 1]
                if c.kind.hasSuffix("itude") {
                    #expect(abs((Double(value) ?? .nan) - (Double(want) ?? 0)) < 1e-6, "seed \(seed): \(c.name) \(row)")
                } else {
                    #expect(value == want, "seed \(seed): \(c.name) \(row)")
                }
            }
            if unique { #expect(codes.insert(code).inserted, "seed \(seed): \(code) twice") }
        }
    }

    @Test(arguments: [UInt64(91), 92, 93])
    func aFlightNumberStartsWithItsAirlinesCode(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let unique = rng.chance(0.5)
        let airlines = rng.int(1...Words.airlines.count)
        let text = """
        {"seed": \(rng.int(1...99_999)), "entities": [
          {"name": "airlines", "rows": \(airlines), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "name", "type": "string", "kind": "travel.airline", "unique": true},
            {"name": "iata_code", "type": "string", "kind": "travel.airline_code"}, {"name": "country", "type": "string", "kind": "address.country"}]},
          {"name": "flights", "rows": \(rng.int(1...2000)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "flight_number", "type": "string", "kind": "travel.flight_number"\(unique ? ", \"unique\": true" : "")},
            {"name": "airline_id", "type": "integer", "references": "airlines.id"}]}]}
        """
        let plan = try TestSupport.plan(text)
        var airline: [String: (name: String, code: String, country: String)] = [:]
        for row in TestSupport.table(plan, "airlines") {
            let name = try #require(row[1]), code = try #require(row[2]), country = try #require(row[3])
            let i = try #require((0..<Words.airlines.count).first { Words.airlines.string($0, 0) == name })
            #expect(code == Words.airlines.string(i, 1) && country == Words.airlines.string(i, 2), "seed \(seed): \(row)")
            airline[row[0] ?? ""] = (name, code, country)
        }
        var numbers = Set<String>()
        for row in TestSupport.table(plan, "flights") {
            let number = try #require(row[1]), parent = try #require(airline[row[2] ?? ""])
            #expect(number.hasPrefix(parent.code) && Int(number.dropFirst(parent.code.count)) != nil, "seed \(seed): \(row) of \(parent)")
            if unique { #expect(numbers.insert(number).inserted, "seed \(seed): \(number) twice") }
        }
    }
}
