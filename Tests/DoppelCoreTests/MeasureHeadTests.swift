import Testing
@testable import DoppelEngine
@testable import DoppelPlanner
import DoppelTestSupport

/// A stranger's greenhouse wrote `soil_moisture` as "Soil Moisture D", an observatory's `magnitude` as
/// "Magnitude E" and its `ra` as "Ra D". A column named for a measure by its last word takes the measure's
/// values, in a schema and in a prompt alike (`Measures`, one home for both).
@Suite struct MeasureHeadTests {
    static let modifiers = ["soil", "water", "air", "sample", "surface", "inlet", "core", "lab", "river", "night"]

    /// Drawn `<modifier>_<head>` names, no type: a numeric kind within the measure's range.
    @Test(arguments: [UInt64(0x3A1), 0x3A2, 0x3A3, 0x3A4])
    func aCompoundNamedForAMeasureTakesItsValues(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let heads = Measures.byHead.keys.filter { !Measures.ambiguousHeads.contains($0) }.sorted()
        for _ in 0..<25 {
            let head = rng.pick(heads), name = "\(rng.pick(Self.modifiers))_\(head)"
            let spec = ColumnSpec(try #require(Measures.byHead[head]))
            // A name the shared table or the name's structure already decides keeps that.
            guard ColumnNames.table[name] == nil,
                  KindInference.byName(name, type: nil, entity: "readings", primaryKey: false) == nil else { continue }
            let f = try ColumnNamesTests.resolved(name, entity: "readings")
            #expect(f.field.kind == spec.kind, "\(name): \(f.field.kind ?? "nil")")
            #expect(f.field.min == spec.min && f.field.max == spec.max, "\(name)")
            // And the planner types the same column in a prompt as a number too (its own rules may refine the
            // range: a `water_temperature` is not the air's).
            let planned = try #require(ColumnLexicon.spec(name, .neutral))
            #expect([FieldType.integer, .decimal, .float].contains(planned.type) && planned.kind?.hasPrefix("number.") == true,
                    "\(name): the planner's \(planned.kind ?? "nil")")
        }
    }

    /// Structure and ambiguity still decide: a flag stays a flag, a category-like head keeps its label.
    @Test func flagsAndCategoryHeadsAreNotReadings() throws {
        #expect(try ColumnNamesTests.resolved("is_current", entity: "readings").field.kind == "boolean")
        #expect(try ColumnNamesTests.resolved("payment_frequency", entity: "readings").field.kind == "text.label")
        #expect(try ColumnNamesTests.resolved("wind_speed", entity: "readings").field.kind == "number.decimal")
    }

    /// A sky position is in degrees.
    @Test func anObservationsSkyPositionIsInDegrees() throws {
        let ra = try ColumnNamesTests.resolved("ra", entity: "observations").field
        let dec = try ColumnNamesTests.resolved("dec", entity: "observations").field
        #expect(ra.kind == "number.decimal" && ra.min == 0 && ra.max == 360)
        #expect(dec.kind == "number.decimal" && dec.min == -90 && dec.max == 90)
    }
}

/// A wind farm's `hourly_power_readings` were in deg/s, celsius and dB. A readings table with no type of its own
/// and no sensor type to follow is in the unit its own name measures. Drawn names and unit lists.
@Suite struct ReadingTableUnitTests {
    static let measures: [(word: String, unit: String)] = [("power", "kWh"), ("energy", "kWh"), ("temperature", "celsius"),
                                                           ("humidity", "percent"), ("pressure", "hPa"), ("noise", "dB")]

    @Test(arguments: 1...8) func aReadingsTableNamedForAMeasureIsInItsUnit(seed: UInt64) throws {
        var g = PlannerFuzzTests.SplitMix(state: seed &* 7919 &+ 11)
        func pick<T>(_ xs: [T]) -> T { xs[Int(g.next() % UInt64(xs.count))] }
        let m = pick(Self.measures)
        let table = "\(pick(["hourly_", "daily_", "", "site_"]))\(m.word)_\(pick(["readings", "logs", "measurements"]))"
        let units = ["celsius", "percent", "hPa", "ppm", "lux", "kWh", "dB", "deg/s"]
        let plan = try TestSupport.plan("""
            {"name": "t", "entities": [
              {"name": "turbines", "rows": 5, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "label", "type": "string"}]},
              {"name": "\(table)", "rows": 200, "fields": [
                {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "turbine_id", "type": "integer", "references": "turbines.id"},
                {"name": "value", "type": "float"},
                {"name": "unit", "type": "string", "values": [\(units.map { "\"\($0)\"" }.joined(separator: ", "))]}]}]}
            """, ResolveOptions(seed: seed))
        let seen = Set(TestSupport.column(plan, table, "unit").compactMap { $0 })
        #expect(seen == [m.unit], "\(table): \(seen)")
    }
}

/// An hourly table's readings were at 04:06:23. Drawn hourly table and column names: every own time is on the hour.
@Suite struct HourlyGrainTests {
    @Test(arguments: 1...6) func anHourlyTableRecordsOnTheHour(seed: UInt64) throws {
        var g = PlannerFuzzTests.SplitMix(state: seed &* 4099 &+ 5)
        func pick(_ xs: [String]) -> String { xs[Int(g.next() % UInt64(xs.count))] }
        let table = "hourly_\(pick(["power_readings", "weather", "traffic_counts", "sales", "metrics"]))"
        let column = pick(["recorded_at", "measured_at", "hour_start", "timestamp", "logged_at"])
        let plan = try TestSupport.plan("""
            {"name": "t", "entities": [{"name": "\(table)", "rows": 300, "fields": [
              {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
              {"name": "\(column)", "type": "datetime"}, {"name": "value", "type": "float"}]}]}
            """, ResolveOptions(seed: seed))
        let times = TestSupport.column(plan, table, column).compactMap { $0.flatMap(TestSupport.instant) }
        #expect(times.count > 250)
        for t in times { #expect(t.truncatingRemainder(dividingBy: 3600) == 0, "\(table).\(column) at \(t)") }
        // Still every hour of the day, not one.
        #expect(Set(times.map { Int($0.truncatingRemainder(dividingBy: 86_400) / 3600) }).count > 12)
    }
}
