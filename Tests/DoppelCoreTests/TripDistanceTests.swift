import Testing
import DoppelJSON
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's fleet prompt: 14.8 km from Richmond to Miami on 350 litres, a Hyundai Ioniq 5 in a
/// fleet of trucks, a 2024 truck with 104,000 miles and a 2018 one with 1,247. Drawn names and sizes.
@Suite struct TripDistanceTests {
    /// Coordinates of a city of the US table, by name.
    static func place(_ name: String) -> (Double, Double)? {
        let l = LocaleData.enUS
        guard let c = (0..<l.cities.count).first(where: { l.cities.string($0, LocaleData.CityColumn.name) == name }) else { return nil }
        return (l.coordinates[2 * c], l.coordinates[2 * c + 1])
    }

    @Test func theGreatCircleIsTheKnownOne() {
        // New York to Los Angeles is about 3,940 km as the crow flies.
        let km = CityDistancePlan.greatCircleKilometres((40.7128, -74.0060), (34.0522, -118.2437))
        #expect(abs(km - 3_940) < 20, "\(km)")
        #expect(CityDistancePlan.greatCircleKilometres((10, 20), (10, 20)) == 0)
    }

    @Test(arguments: 1...8) func aTripIsAsLongAsTheWayBetweenItsCities(seed: UInt64) throws {
        var g = PlannerFuzzTests.SplitMix(state: seed &* 19 &+ 7)
        func pick(_ xs: [String]) -> String { xs[Int(g.next() % UInt64(xs.count))] }
        let table = pick(["trips", "deliveries", "shipments", "runs", "flights", "journeys"])
        let parent = pick(["trucks", "vans", "lorries", "cars"])
        let from = pick(["origin_city", "from_city", "departure_city", "pickup_city"])
        let to = pick(["destination_city", "to_city", "arrival_city", "dropoff_city"])
        let distance = pick(["distance_km", "distance_miles", "distance", "km"])
        let fuel = pick(["fuel_liters", "fuel_used_gallons", "fuel_litres"])
        let (start, end) = table == "flights" ? ("departed_at", "arrived_at") : (pick(["departed_at", "started_at", "pickup_at"]), "")
        let endField = end.isEmpty ? (start == "started_at" ? "ended_at" : start == "pickup_at" ? "dropoff_at" : "arrived_at") : end
        let plan = try TestSupport.plan("""
        {"name": "t", "seed": \(seed), "entities": [
         {"name": "\(parent)", "rows": 20, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true}]},
         {"name": "\(table)", "rows": \(100 + g.next() % 600), "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "vehicle_id", "type": "integer", "references": "\(parent).id"},
          {"name": "\(from)", "type": "string", "kind": "address.city"}, {"name": "\(to)", "type": "string", "kind": "address.city"},
          {"name": "\(start)", "type": "datetime", "kind": "datetime.past"}, {"name": "\(endField)", "type": "datetime", "kind": "datetime.past"},
          {"name": "\(distance)", "type": "decimal", "kind": "number.decimal", "min": 1, "max": 50, "precision": 1},
          {"name": "\(fuel)", "type": "decimal", "kind": "number.decimal", "min": 1, "max": 900, "precision": 2}]}]}
        """)
        let miles = distance.contains("miles")
        let air = table == "flights"
        for row in TestSupport.table(plan, table) {
            let a = try #require(row[2]), b = try #require(row[3])
            let d = try #require(Double(row[6] ?? "")), km = d / (miles ? 0.621371 : 1)
            if a == b {
                #expect(km >= 2.9 && km <= 40.1, "\(a) to itself: \(d)")
            } else {
                let pa = try #require(Self.place(a)), pb = try #require(Self.place(b))
                let crow = CityDistancePlan.greatCircleKilometres(pa, pb)
                #expect(km >= crow * 1.019 - 0.2 && km <= crow * 1.31 + 0.2, "\(a)–\(b) \(d) \(distance), crow \(crow) km")
            }
            // The end follows at travelling speed.
            let t0 = try #require(row[4].flatMap(TestSupport.instant)), t1 = try #require(row[5].flatMap(TestSupport.instant))
            let hours = (t1 - t0) / 3_600
            #expect(abs(hours - km / (air ? 780 : 65)) < 0.01 + km / 65 * 0.01, "\(km) km in \(hours) h")
            if !air {
                let litres = try #require(Double(row[7] ?? "")) * (fuel.contains("gallons") ? 3.785 : 1)
                let heavy = parent != "cars" && parent != "vans"
                let per100 = heavy ? 28.0...38.0 : 6.0...10.0
                // (Both figures are rounded: a tenth of a unit of distance, a hundredth of fuel.)
                let slack = 0.1 / (miles ? 0.621371 : 1)
                #expect(litres >= per100.lowerBound * (km - slack) / 100 - 0.04 && litres <= per100.upperBound * (km + slack) / 100 + 0.04,
                        "\(parent): \(litres) l over \(km) km")
            }
        }
    }

    /// Without cities, a trip's distance follows its duration at its way of travelling's pace (a stranger's bike
    /// share had 147.6 km in 13 minutes for $104), and a bike's fare its minutes, a taxi's its kilometres.
    @Test(arguments: 1...8) func aTripGoesAtItsPace(seed: UInt64) throws {
        var g = PlannerFuzzTests.SplitMix(state: seed &* 43 &+ 5)
        func pick(_ xs: [String]) -> String { xs[Int(g.next() % UInt64(xs.count))] }
        let (table, speed, fare): (String, ClosedRange<Double>, ClosedRange<Double>?) = [
            ("bike_rides", 10...22, 0.15...0.45), ("scooter_trips", 10...22, 0.15...0.45), ("runs", 8...14, nil),
            ("walks", 3...6, nil), ("taxi_rides", 20...60, 1.2...2.5), ("deliveries", 20...60, nil)][Int(g.next() % 6)]
        let duration = pick(["duration_minutes", "duration_seconds", "minutes", "duration_hours", "duration_mins"])
        let distance = pick(["distance_km", "distance_miles", "distance", "km"])
        let plan = try TestSupport.plan("""
        {"name": "t", "seed": \(seed), "entities": [{"name": "\(table)", "rows": 300, "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "\(duration)", "type": "integer", "kind": "number.integer", "min": 1, "max": 90},
          {"name": "\(distance)", "type": "decimal", "kind": "number.decimal", "min": 1, "max": 500, "precision": 3},
          {"name": "fare", "type": "decimal", "kind": "number.decimal", "min": 1, "max": 900, "precision": 3}]}]}
        """)
        let hoursPer = duration.hasSuffix("seconds") ? 1.0 / 3600 : duration.hasSuffix("hours") ? 1 : 1.0 / 60
        let perKm = distance.hasSuffix("miles") ? 0.621371 : 1
        for row in TestSupport.table(plan, table) {
            let d = try #require(Double(row[1] ?? "")), km = try #require(Double(row[2] ?? "")) / perKm
            let hours = d * hoursPer
            #expect(km >= speed.lowerBound * hours - 0.01 && km <= speed.upperBound * hours + 0.01, "\(table): \(km) km in \(hours) h")
            if let fare {
                let paid = try #require(Double(row[3] ?? ""))
                let base = table == "taxi_rides" ? km : hours * 60
                #expect(paid >= fare.lowerBound * base - 0.01 && paid <= fare.upperBound * base + 0.01, "\(table): \(paid) for \(base)")
            }
        }
    }

    /// With no duration column and no cities, a trip's end follows its start by its distance at its way of
    /// travelling's pace, give or take (a stranger's bike share had 2.2 km ridden in six and a half hours), and a
    /// bike's or a taxi's fare its kilometres. A trip of dates (a holiday) is not paced.
    @Test(arguments: 1...8) func aTripEndsAfterItsDistanceAtItsPace(seed: UInt64) throws {
        var g = PlannerFuzzTests.SplitMix(state: seed &* 61 &+ 11)
        func pick(_ xs: [String]) -> String { xs[Int(g.next() % UInt64(xs.count))] }
        // The table, or the parent it references, or the dataset's name says how it travels.
        let (table, parent, dataset, speed, fare): (String, String, String, ClosedRange<Double>, ClosedRange<Double>?) = [
            ("trips", "bikes", "t", 10...22, 0.8...2.0), ("trips", "members", "bike_sharing", 10...22, 0.8...2.0),
            ("scooter_rides", "riders", "t", 10...22, 0.8...2.0), ("runs", "athletes", "t", 8...14, nil),
            ("hikes", "hikers", "t", 3...6, nil), ("taxi_rides", "drivers", "t", 20...60, 1.2...2.5)][Int(g.next() % 6)]
        let (start, end) = [("started_at", "ended_at"), ("start_time", "end_time"), ("pickup_at", "dropoff_at")][Int(g.next() % 3)]
        let distance = pick(["distance_km", "distance_miles", "distance", "km"])
        let plan = try TestSupport.plan("""
        {"name": "\(dataset)", "seed": \(seed), "entities": [
         {"name": "\(parent)", "rows": 20, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true}]},
         {"name": "\(table)", "rows": 300, "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "\(parent.dropLast())_id", "type": "integer", "references": "\(parent).id"},
          {"name": "\(start)", "type": "datetime", "kind": "datetime.past"}, {"name": "\(end)", "type": "datetime", "kind": "datetime.past"},
          {"name": "\(distance)", "type": "decimal", "kind": "number.decimal", "min": 0.5, "max": 40, "precision": 3},
          {"name": "fare", "type": "decimal", "kind": "number.decimal", "min": 1, "max": 900, "precision": 3}]}]}
        """)
        let perKm = distance.hasSuffix("miles") ? 0.621371 : 1
        // The pace strays from the range's middle by up to 40 % of the unit either way.
        let middle = (speed.lowerBound * speed.upperBound).squareRoot()
        let jitter = min(0.4, (speed.upperBound - speed.lowerBound) / (speed.upperBound + speed.lowerBound))
        for row in TestSupport.table(plan, table) {
            let km = try #require(Double(row[4] ?? "")) / perKm
            let t0 = try #require(row[2].flatMap(TestSupport.instant)), t1 = try #require(row[3].flatMap(TestSupport.instant))
            let hours = (t1 - t0) / 3_600
            let fastest = middle / (1 - jitter), slowest = middle / (1 + jitter)
            #expect(hours >= km / fastest - 0.001 && hours <= km / slowest + 0.001, "\(table) in \(dataset): \(km) km in \(hours) h")
            if let fare {
                let paid = try #require(Double(row[5] ?? ""))
                #expect(paid >= fare.lowerBound * km - 0.01 && paid <= fare.upperBound * km + 0.01, "\(table): \(paid) for \(km) km")
            }
        }
        // A trip of dates (a holiday) lasts its days, whatever its distance: its end is not paced.
        let dated = try TestSupport.plan("""
        {"name": "t", "seed": \(seed), "entities": [{"name": "bike_trips", "rows": 20, "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "start_date", "type": "date", "kind": "date.past"}, {"name": "end_date", "type": "date", "kind": "date.past"},
          {"name": "distance_km", "type": "decimal", "kind": "number.decimal", "min": 100, "max": 900, "precision": 1}]}]}
        """)
        let endPlan = try #require(dated.entity(named: "bike_trips")?.fields[2])
        guard case let .endAfter(_, _, span) = endPlan.source else { Issue.record("end_date: \(endPlan.source)"); return }
        #expect(span.lengthColumn < 0, "a trip of dates paced by its distance")
    }

    @Test(arguments: 1...4) func aVehiclesOdometerGrowsWithItsAge(seed: UInt64) throws {
        var g = PlannerFuzzTests.SplitMix(state: seed &* 23 &+ 3)
        func pick(_ xs: [String]) -> String { xs[Int(g.next() % UInt64(xs.count))] }
        let table = pick(["trucks", "cars", "vehicles", "lorries"])
        let odometer = pick(["mileage", "odometer_km", "odometer", "km_driven"])
        let plan = try TestSupport.plan("""
        {"name": "t", "seed": \(seed), "entities": [{"name": "\(table)", "rows": 300, "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "make", "type": "string", "kind": "vehicle.make"}, {"name": "year", "type": "integer", "kind": "vehicle.year"},
          {"name": "\(odometer)", "type": "integer", "kind": "number.integer", "min": 0, "max": 200000}]}]}
        """)
        let year = CivilTime.civil(CivilTime.floorDiv(plan.anchor, 86_400)).year
        let heavy = table == "trucks" || table == "lorries"
        let makes = Set(heavy ? (0..<Words.truckMakes.count).map(Words.truckMakes.string) : (0..<Words.vehicleMakes.count).map(Words.vehicleMakes.string))
        for row in TestSupport.table(plan, table) {
            #expect(makes.contains(row[1] ?? ""), "\(table): \(row[1] ?? "")")
            let made = try #require(Int(row[2] ?? "")), reading = try #require(Double(row[3] ?? ""))
            let age = max(0.5, Double(year - made))
            let perYear = reading / age / (["odometer_km", "km_driven"].contains(odometer) ? 1.609 : 1)
            #expect(perYear >= (heavy ? 49_999 : 7_999) && perYear <= (heavy ? 120_001 : 20_001), "\(table) \(row[2] ?? "") \(odometer) \(reading)")
        }
    }

    /// A daycare's children are under school age, enrolled after they were born, and checked in at a
    /// moment of their attendance day.
    @Test func aDaycaresChildrenAreYoungAndEnrolledAfterBirth() throws {
        let schema = Planner().plan("Daycare center: children (first_name, date_of_birth, enrolled_on) and attendance (child_id, date, check_in, check_out)").schema
        let checkIn = schema.entity(named: "attendance")?.fields.first { $0.name == "check_in" }
        #expect(checkIn?.type == .datetime, "\(String(describing: checkIn))")
        let plan = try schema.resolve(ResolveOptions()).get()
        let c = try #require(plan.entity(named: "children"))
        let bc = try #require(c.column(named: "date_of_birth")), ec = try #require(c.column(named: "enrolled_on"))
        for row in TestSupport.table(plan, "children") {
            let born = try #require(row[bc].flatMap(TestSupport.instant))
            let enrolled = try #require(row[ec].flatMap(TestSupport.instant))
            #expect(Double(plan.anchor) / (365.25 * 86_400) - born / (365.25 * 86_400) < 6.01, "born \(born) in a daycare")
            #expect(enrolled >= born, "enrolled before birth")
        }
        let a = try #require(plan.entity(named: "attendance"))
        let dc = try #require(a.column(named: "date")), ic = try #require(a.column(named: "check_in"))
        for row in TestSupport.table(plan, "attendance") {
            let day = try #require(row[dc]), at = try #require(row[ic])
            #expect(at.hasPrefix(day + "T"), "checked in \(at) on \(day)")
        }
    }
}
