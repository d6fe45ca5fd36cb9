import Testing
import DoppelTestSupport
@testable import DoppelEngine

/// A reading is in the unit of what its sensor measures, within what a building's sensor reads, and an
/// alert says what its sensor watches; an alert is resolved after it was acknowledged. Drawn type lists,
/// unit sets, column names and seeds.
/// (An alert may also be about the sensor itself: offline, a low battery, named by its type.)
@Suite struct SensorUnitsTests {
    @Test func readingsAndAlertsFollowTheirSensor() throws {
        for seed in UInt64(1)...12 {
            var rng = FuzzRandom(seed: seed)
            let types = rng.pick([["temperature", "humidity", "co2", "light", "noise"], ["Temperature", "Humidity", "Pressure", "Energy meter"],
                                  ["temp_sensor", "humidity_sensor", "air_quality", "vibration", "current"]])
            let units = rng.pick([["celsius", "percent", "ppm", "lux", "dB", "hPa", "kWh", "mm/s", "A"], ["°C", "%", "ppm", "lux", "dB", "hPa", "kWh", "mm/s", "A"]])
            let own = rng.chance(0.3)
            let typeColumn = rng.pick(["sensor_type", "type", "kind"])
            let quoted = { (l: [String]) in l.map { "\"\($0)\"" }.joined(separator: ", ") }
            let json = """
            {"name": "s", "seed": \(seed), "entities": [
              {"name": "sensors", "rows": \(rng.int(5...30)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "\(typeColumn)", "type": "string", "kind": "enum", "values": [\(quoted(types))]}]},
              {"name": "readings", "rows": \(rng.int(50...400)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "sensor_id", "references": "sensors.id"}\(own ? #", {"name": "\#(typeColumn)", "type": "string", "kind": "enum", "values": [\#(quoted(types))]}"# : ""),
                {"name": "value", "type": "decimal", "kind": "number.decimal", "min": 0, "max": 1000},
                {"name": "unit", "type": "string", "kind": "enum", "values": [\(quoted(units))]}]},
              {"name": "alerts", "rows": \(rng.int(20...200)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "sensor_id", "references": "sensors.id"}, {"name": "message", "type": "text", "kind": "text.sentence"},
                {"name": "triggered_at", "type": "datetime", "kind": "datetime.past"},
                {"name": "acknowledged_at", "type": "datetime", "kind": "datetime.past"}, {"name": "resolved_at", "type": "datetime", "kind": "datetime.past"}]}]}
            """
            let plan = try TestSupport.plan(json)
            let sensorType = Dictionary(uniqueKeysWithValues: TestSupport.table(plan, "sensors").map { ($0[0] ?? "", $0[1] ?? "") })
            for row in TestSupport.table(plan, "readings") {
                let type = own ? row[2] ?? "" : sensorType[row[1] ?? ""] ?? ""
                let unit = row[own ? 4 : 3] ?? "", value = try #require(Double(row[own ? 3 : 2] ?? ""))
                let context = "seed \(seed): \(type) \(value) \(unit)"
                if let want = SensorUnits.unit(ofType: type, among: units) { #expect(unit == want, "\(context)") }
                if let range = SensorUnits.range(of: unit) { #expect(range.contains(value), "\(context)") }
            }
            for row in TestSupport.table(plan, "alerts") {
                let type = sensorType[row[1] ?? ""] ?? "", message = row[2] ?? ""
                let words = Set(type.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
                if let typed = SystemLineWriter.typedDeviceLines.first(where: { !$0.words.isDisjoint(with: words.subtracting(["sensor"])) }) {
                    // What the sensor watches, or what befell the sensor itself, named by its type.
                    let openings = typed.lines.map { String($0.prefix { $0 != "{" }) }
                    let itself = SystemLineWriter.device(ofType: type).map { message.lowercased().contains($0) } ?? false
                    #expect(openings.contains { !$0.isEmpty && message.hasPrefix($0) } || typed.lines.contains { $0.hasPrefix("{") } || itself,
                            "seed \(seed): a \(type) sensor's alert: \(message)")
                }
                if let a = row[4], let z = row[5] { #expect(z >= a, "seed \(seed): resolved \(z) before acknowledged \(a)") }
            }
        }
    }

    /// A reading with no unit column is in its sensor's unit (the sensor's unit column when it has one, else the
    /// usual unit of its type), or in its own metric's; a type no unit fits keeps the column's draw.
    @Test func readingsWithoutUnitsFollowTheirSensorOrMetric() throws {
        for seed in UInt64(1)...16 {
            var rng = FuzzRandom(seed: seed)
            let types = rng.pick([["temperature", "humidity", "co2", "light", "noise", "motion"], ["Temperature", "Humidity", "Pressure", "Energy meter"],
                                  ["temp_sensor", "air_quality", "vibration", "door_contact"]])
            let parentUnit = rng.chance(0.5)
            let mode = rng.int(0...1)  // 0: the sensor's type, 1: the row's own metric
            let typeColumn = rng.pick(["sensor_type", "type", "metric"])
            let valueColumn = rng.pick(["value", "reading", "measurement"])
            let quoted = { (l: [String]) in l.map { "\"\($0)\"" }.joined(separator: ", ") }
            let units = ["celsius", "percent", "ppm", "lux", "dB", "hPa", "kWh", "mm/s"]
            let json = """
            {"name": "s", "seed": \(seed), "entities": [
              {"name": "sensors", "rows": \(rng.int(5...30)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "\(typeColumn)", "type": "string", "kind": "enum", "values": [\(quoted(types))]}\(parentUnit ? #", {"name": "unit", "type": "string", "kind": "enum", "values": [\#(quoted(units))]}"# : "")]},
              {"name": "readings", "rows": \(rng.int(50...300)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "sensor_id", "references": "sensors.id"}\(mode == 1 ? #", {"name": "\#(typeColumn)", "type": "string", "kind": "enum", "values": [\#(quoted(types))]}"# : ""),
                {"name": "\(valueColumn)", "type": "decimal", "kind": "number.decimal", "min": 0, "max": 100000}]}]}
            """
            let plan = try TestSupport.plan(json)
            let sensors = Dictionary(uniqueKeysWithValues: TestSupport.table(plan, "sensors").map { ($0[0] ?? "", $0) })
            for row in TestSupport.table(plan, "readings") {
                let sensor = sensors[row[1] ?? ""] ?? []
                let value = try #require(Double(row[mode == 1 ? 3 : 2] ?? ""))
                let range: ClosedRange<Double>?
                if mode == 1 {
                    range = SensorUnits.range(ofType: row[2] ?? "")
                } else if parentUnit {
                    range = SensorUnits.range(of: sensor[2] ?? "")
                } else {
                    range = SensorUnits.range(ofType: sensor[1] ?? "")
                }
                let context = "seed \(seed): sensor \(sensor.compactMap { $0 }), reading \(row.compactMap { $0 })"
                if let range { #expect(range.contains(value), "\(context)") } else { #expect((0...100000).contains(value), "\(context)") }
            }
        }
    }

    /// A sensor reading's `metric` is what a sensor measures (not a SaaS plan's api calls or seats), so its value has a range.
    @Test func aReadingsMetricIsWhatASensorMeasures() throws {
        for (i, prompt) in ["readings (device_id, metric, value, recorded_at) and devices (name, location)",
                            "sensor_readings (sensor_id, metric, value) and sensors (name, room)",
                            "telemetry (device_id, metric, value, recorded_at) and devices (name)"].enumerated() {
            let table = prompt.prefix { $0 != " " }
            let (e, rows) = try TestSupport.planned(prompt, String(table), seed: UInt64(i + 1))
            let metrics = try TestSupport.cells(e, rows, "metric"), values = try TestSupport.cells(e, rows, "value")
            for (m, v) in zip(metrics, values) {
                let range = try #require(SensorUnits.range(ofType: m), "\(prompt): metric \(m)")
                #expect(range.contains(try #require(Double(v))), "\(prompt): \(m) \(v)")
            }
        }
    }
}
