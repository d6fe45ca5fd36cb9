import Testing
import DoppelJSON
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's outings: a bike share whose 2.2 km rides took six hours and cost $92, hikes of 312 km that
/// started at midnight, `avg_heart_rate` 9.45 (a percentage) above its `max_heart_rate`, trails called
/// "Atlas Hike", and "bottles in storage (rack, quantity)" given a `storage` of 512 (gigabytes).
@Suite struct OutingTests {
    /// Where a listed table's rows are ("in storage", "on the lot", "at the depot") adds no column; a grouping
    /// ("by region") still does.
    @Test(arguments: [("bottles in storage (wine_id, rack, quantity)", "bottles", "storage"),
                      ("cars on the lot (make, model, price)", "cars", "lot"),
                      ("books in stock (title, author)", "books", "stock"),
                      ("vans at the depot (plate, capacity)", "vans", "depot")])
    func aPlaceAfterAListedTableIsNoColumn(prompt: String, table: String, place: String) throws {
        let entity = try #require(Planner().plan(prompt).schema.entities.first { $0.name == table }, "\(prompt)")
        #expect(!entity.fields.contains { $0.name == place }, "\(prompt): \(entity.fields.map(\.name))")
    }

    @Test func aGroupingStillIsAColumn() {
        #expect(TestSupport.plannedField("sales by region (amount, date)", "sales", "region") != nil)
    }

    /// A shared bike's ride is a few kilometres for a few dollars; a bike tour's trips are not priced as one.
    @Test func aSharedBikesRideIsShortAndCheap() throws {
        let prompt = "A bike sharing system with stations (name, capacity), bikes (station_id, model) and trips (bike_id, started_at, ended_at, distance_km, fare)"
        let fare = try #require(TestSupport.plannedField(prompt, "trips", "fare")), distance = try #require(TestSupport.plannedField(prompt, "trips", "distance_km"))
        #expect((fare.min ?? 0) >= 1 && (fare.max ?? .infinity) <= 25, "\(fare)")
        #expect((distance.min ?? 0) >= 0.3 && (distance.max ?? .infinity) <= 15, "\(distance)")
        let tour = try #require(TestSupport.plannedField("Bike tour company: tours (name, days) and trips (tour_id, start_date, fare)", "trips", "fare"))
        #expect((tour.max ?? 0) > 25, "\(tour)")
    }

    /// A hike or a walk, a run, a swim: as far as one goes on foot or in the water, in the column's unit.
    @Test(arguments: [("hikes", "distance_km", 2.0...30.0), ("walks", "distance", 2.0...30.0), ("runs", "distance_km", 2.0...42.0),
                      ("runs", "distance_miles", 1.2...26.1), ("swims", "distance_km", 0.2...5.0)])
    func anOutingGoesAsFarAsOnFoot(table: String, column: String, range: ClosedRange<Double>) throws {
        let f = try #require(TestSupport.plannedField("Fitness log: \(table) (started_at, ended_at, \(column))", table, column))
        #expect(f.min == range.lowerBound && f.max == range.upperBound, "\(table).\(column): \(String(describing: f.min))..\(String(describing: f.max))")
    }

    /// A summary of a known measure has its values (`avg_heart_rate` is beats a minute, not a percentage),
    /// in the planner and in inference alike (a patient's vitals: a workout's is an exercising rate, `WorkoutGoalTests`).
    @Test(arguments: ["avg_heart_rate", "average_heart_rate", "heart_rate_avg", "mean_heart_rate", "heart_rate_median"])
    func aSummaryOfAMeasureIsThatMeasure(column: String) throws {
        #expect(ColumnNames.measureStem(of: column) == "heart_rate")
        let planned = try #require(TestSupport.plannedField("Clinic: vitals (recorded_at, \(column))", "vitals", column))
        let workout = try #require(TestSupport.plannedField("Fitness log: workouts (started_at, \(column))", "workouts", column))
        #expect(workout.min == 100 && workout.max == 175, "\(workout)")
        #expect(planned.kind == "number.integer" && planned.min == 50 && planned.max == 120, "\(planned)")
        let inferred = KindInference.spec(for: Field(name: column, type: .integer), entity: "workouts")
        #expect(inferred?.kind == "number.integer", "\(String(describing: inferred))")
        #expect(ColumnNames.measureStem(of: "avg") == nil && ColumnNames.measureStem(of: "average") == nil)
    }

    /// A top beside the average of the same measure, with no bottom, is above the average in every row.
    @Test(arguments: 1...4) func aMaximumIsAboveItsAverage(seed: UInt64) throws {
        var g = PlannerFuzzTests.SplitMix(state: seed &* 71 &+ 3)
        func pick(_ xs: [String]) -> String { xs[Int(g.next() % UInt64(xs.count))] }
        let stem = pick(["heart_rate", "speed", "power", "temperature"])
        let average = pick(["avg_", "average_", "mean_"]) + stem
        let top = pick(["max_\(stem)", "\(stem)_max", "maximum_\(stem)", "highest_\(stem)"])
        let plan = try TestSupport.plan("""
        {"name": "t", "seed": \(seed), "entities": [{"name": "sessions", "rows": 500, "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "\(top)", "type": "decimal", "kind": "number.decimal", "min": 1, "max": 200, "precision": 1},
          {"name": "\(average)", "type": "decimal", "kind": "number.decimal", "min": 1, "max": 200, "precision": 1}]}]}
        """)
        for row in TestSupport.table(plan, "sessions") {
            let high = try #require(Double(row[1] ?? "")), mean = try #require(Double(row[2] ?? ""))
            #expect(high >= mean * 1.1 - 0.1 && high <= mean * 1.5 + 0.1, "\(top) \(high), \(average) \(mean)")
        }
    }

    /// A hike's `trail_name` names a trail, a stock level's `warehouse_name` a warehouse; a hike starts in the waking day.
    @Test func aPlacesNameNamesThePlace() throws {
        let plan = try Planner().plan("Hiking log: hikes (trail_name, started_at, finished_at, distance_km)").schema.resolve(ResolveOptions()).get()
        let hikes = try #require(plan.entity(named: "hikes"))
        let trail = try #require(hikes.column(named: "trail_name")), start = try #require(hikes.column(named: "started_at"))
        for row in TestSupport.table(plan, "hikes").prefix(200) {
            #expect(row[trail]?.hasSuffix(" Trail") == true, "\(row[trail] ?? "nil")")
            let t = try #require(row[start].flatMap(TestSupport.instant))
            let hour = Int(t.truncatingRemainder(dividingBy: 86_400) / 3_600)
            #expect(hour >= 7 && hour < 22, "a hike started at \(hour)h")
        }
        let stock = try Planner().plan("Inventory: stock levels (warehouse_name, sku, quantity)").schema.resolve(ResolveOptions()).get()
        for name in TestSupport.column(stock, "stock_levels", "warehouse_name").prefix(50) {
            #expect(name?.hasSuffix(" Warehouse") == true, "\(name ?? "nil")")
        }
        #expect(SchemaResolver.namesPlace(["trail", "name"]) && !SchemaResolver.namesPlace(["name"]) && !SchemaResolver.namesPlace(["hike", "name"]))
    }
}
