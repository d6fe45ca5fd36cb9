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
}
