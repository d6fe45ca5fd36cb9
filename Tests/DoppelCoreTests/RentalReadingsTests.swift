import Foundation
import Testing
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's car rental wrote odometer readings as dates and damage reports as "This is a damage report, reported
/// on 2021-12-04." two years before the rental. Drawn meters, spellings, settings and report tables.
@Suite struct RentalReadingsTests {
    @Test(arguments: 1...8) func aMeterReadAtTheEndIsItsStartPlusTheUse(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let stem = rng.pick(["odometer", "mileage", "engine_hours", "meter_reading"])
        let (begin, end) = rng.pick(SchemaResolver.meterPairs.map { ($0.begin.replacingOccurrences(of: "*", with: stem),
                                                                     $0.end.replacingOccurrences(of: "*", with: stem)) })
        // The planner types a reading as a number, never as a date.
        let prompt = "Rentals (car_id, pickup_at, return_at, \(begin), \(end))"
        for name in [begin, end] {
            let f = try #require(TestSupport.plannedField(prompt, "rentals", name), "\(prompt): \(name)")
            #expect([.integer, .decimal, .float].contains(f.type), "\(prompt): \(name) \(f)")
        }
        let timed = rng.int(0...1) == 1
        let json = """
            {"name": "s", "entities": [{"name": "rentals", "rows": 300, "fields": [
              {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true}\(timed ? #", {"name": "pickup_at", "type": "datetime"}, {"name": "return_at", "type": "datetime"}"# : ""),
              {"name": "\(begin)", "type": "integer", "min": 0, "max": 200000}, {"name": "\(end)", "type": "integer", "min": 0, "max": 200000}]}]}
            """
        let plan = try TestSupport.plan(json, ResolveOptions(seed: seed))
        let rows = TestSupport.table(plan, "rentals")
        let perDay = try #require(SchemaResolver.meterStems.first { $0.stems.contains(stem) })
        for row in rows {
            let k = timed ? 3 : 1
            guard let a = row[k].flatMap(Double.init), let b = row[k + 1].flatMap(Double.init) else { continue }
            #expect(b >= a, "\(begin) \(a) → \(end) \(b)")
            if timed, let from = row[1].flatMap(TestSupport.instant), let to = row[2].flatMap(TestSupport.instant) {
                let days = max(1.0 / 24, (to - from) / 86_400)
                #expect(b - a <= days * perDay.perDay.upperBound + 1 && b - a >= days * perDay.perDay.lowerBound - 1, "\(a)→\(b) over \(days) days")
            } else {
                #expect(b - a <= perDay.perUse.upperBound + 1, "\(a)→\(b)")
            }
        }
    }

    @Test(arguments: 1...6) func aDamageReportSaysWhatWasDamagedAndFollowsItsUse(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let (setting, use, thing) = rng.pick([("cars", "rentals", DamageAccounts.Thing.vehicle), ("vehicles", "rentals", .vehicle),
                                              ("properties", "stays", .home), ("parcels", "deliveries", .parcel)])
        let report = rng.pick(["damage_reports", "damages", "damage_records"])
        let json = """
            {"name": "s", "entities": [
              {"name": "\(setting)", "rows": 10, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true}]},
              {"name": "\(use)", "rows": 40, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "thing_id", "type": "integer", "references": "\(setting).id"},
                {"name": "started_at", "type": "datetime"}, {"name": "ended_at", "type": "datetime"}]},
              {"name": "\(report)", "rows": 60, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "use_id", "type": "integer", "references": "\(use).id"}, {"name": "reported_at", "type": "datetime"},
                {"name": "description", "type": "text", "kind": "text.description"}]}]}
            """
        let plan = try TestSupport.plan(json, ResolveOptions(seed: seed))
        let ends = TestSupport.column(plan, use, "ended_at").map { $0.flatMap(TestSupport.instant) }
        let parts = Set((DamageAccounts.damages[thing] ?? []).flatMap(\.parts))
        for row in TestSupport.table(plan, report) {
            let text = try #require(row[3])
            #expect(!text.hasPrefix("This is") && parts.contains { text.contains($0) }, "\(report): \(text)")
            if let key = row[1].flatMap({ Int($0) }), let at = row[2].flatMap(TestSupport.instant), let end = ends[key - 1] {
                #expect(at >= end && at <= end + 3 * 86_400, "\(report).reported_at \(row[2] ?? "") vs \(use) ended \(end)")
            }
        }
    }
}

/// A stranger's rentals referred to their car by `car_id` and got its plate. Drawn owners of natural keys.
@Suite struct NaturalKeyTests {
    @Test(arguments: [("cars", "car", "vin"), ("cars", "car", "license_plate"), ("books", "book", "isbn"), ("products", "product", "sku"),
                      ("devices", "device", "serial_number"), ("patients", "patient", "mrn")])
    func aRowReferredToByIdHasAnId(table: String, singular: String, key: String) throws {
        let referred = Planner().plan("\(table) (\(key), name, created_at) and events (\(singular)_id, happened_at)").schema
        let owner = try #require(referred.entity(named: table))
        #expect(owner.fields.first { $0.primaryKey }?.name == "id", "\(table): \(owner.fields.map(\.name))")
        #expect(owner.fields.first { $0.name == key }?.unique == true, "\(table).\(key) stays unique")
        let events = try #require(referred.entity(named: "events"))
        #expect(events.fields.first { $0.name == "\(singular)_id" }?.references?.field == "id")
        // Referred to by the key itself, the key is the key.
        let byKey = Planner().plan("\(table) (\(key), name, created_at) and events (\(key), happened_at)").schema
        #expect(byKey.entity(named: table)?.fields.first { $0.primaryKey }?.name == key, "\(table) by \(key)")
    }

    /// Airports referred to by id keep their codes unique, and a flight between them still takes the way's time.
    @Test(arguments: 1...4) func aFlightBetweenAirportsByIdTakesItsWaysTime(seed: UInt64) throws {
        let schema = Planner().plan("Airline: airports (iata_code, name, city), flights (flight_number, origin_airport_id, destination_airport_id, departs_at, arrives_at, distance_km) and bookings (flight_id, booked_at)").schema
        #expect(schema.entity(named: "airports")?.fields.first { $0.primaryKey }?.name == "id")
        #expect(schema.entity(named: "flights")?.fields.first { $0.primaryKey }?.name == "id")
        // (as many airports as the kinds know by code and place)
        var sized = schema
        sized.entities = schema.entities.map { e in var e = e; e.rows = e.name == "airports" ? 12 : 200; return e }
        let plan = try sized.resolve(ResolveOptions(seed: seed)).get()
        let flights = TestSupport.table(plan, "flights")
        let f = try #require(plan.entity(named: "flights"))
        let (dep, arr, km) = (try #require(f.column(named: "departs_at")), try #require(f.column(named: "arrives_at")), try #require(f.column(named: "distance_km")))
        let (o, d) = (try #require(f.column(named: "origin_airport_id")), try #require(f.column(named: "destination_airport_id")))
        for row in flights.prefix(200) {
            guard let a = row[dep].flatMap(TestSupport.instant), let b = row[arr].flatMap(TestSupport.instant),
                  let way = row[km].flatMap(Double.init), row[o] != row[d] else { continue }
            #expect(way > 50, "a flight between two airports by id: \(way) km")
            let hours = (b - a) / 3600
            #expect(hours >= way / 900 && hours <= way / 500 + 1.5, "\(way) km in \(hours) h")
        }
        // Bookings are made before the flight departs.
        let booked = TestSupport.table(plan, "bookings")
        let b = try #require(plan.entity(named: "bookings"))
        let (fc, bc) = (try #require(b.column(named: "flight_id")), try #require(b.column(named: "booked_at")))
        for row in booked.prefix(200) {
            guard let k = row[fc].flatMap({ Int($0) }), let at = row[bc].flatMap(TestSupport.instant),
                  let departs = flights[k - 1][dep].flatMap(TestSupport.instant) else { continue }
            #expect(at <= departs, "booked \(row[bc] ?? "") after the flight departed")
        }
    }
}
