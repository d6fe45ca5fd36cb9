import Foundation
import Testing
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's building had a "Training Tennis Racket" pressure sensor and alerts about "Vibration above normal on
/// meter" from an accelerometer. Drawn device tables, types and alert tables.
@Suite struct SensorDeviceTests {
    @Test(arguments: ["sensors", "devices", "iot_devices", "smart_meters", "thermostats", "gateways"])
    func aDevicesModelIsADeviceMakers(table: String) throws {
        let schema = Planner().plan("A smart building with \(table) (sensor_type, model, installed_at)").schema
        let model = try #require(schema.entity(named: table)?.fields.first { $0.name == "model" })
        let values = model.values?.compactMap(\.stringValue) ?? []
        // A listed maker's models (a known table's own, such as a thermostat's Nest and Ecobee, or the sensor models).
        #expect(model.kind == "enum" && !values.isEmpty, "\(table).model \(model)")
        if ["sensors", "smart_meters", "gateways"].contains(table) {
            #expect(values.allSatisfy(SensorModels.all.contains), "\(table).model \(values)")
        }
    }

    @Test(arguments: 1...6) func aSensorsModelAndAlertsFitItsType(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let types = (0..<4).map { _ in rng.pick(SensorModels.byType.map { $0.words.sorted().first! }) }
        let alerts = rng.pick(["alerts", "alarms", "device_alerts"])
        let json = """
            {"name": "s", "entities": [
              {"name": "sensors", "rows": 40, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "sensor_type", "type": "string", "kind": "enum", "values": [\(Set(types).sorted().map { "\"\($0)\"" }.joined(separator: ", "))]},
                {"name": "model", "type": "string", "kind": "enum", "values": [\(SensorModels.all.map { "\"\($0)\"" }.joined(separator: ", "))]}]},
              {"name": "\(alerts)", "rows": 200, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "sensor_id", "type": "integer", "references": "sensors.id"}, {"name": "message", "type": "string", "kind": "text.sentence"}]}]}
            """
        let plan = try TestSupport.plan(json, ResolveOptions(seed: seed))
        let sensors = TestSupport.table(plan, "sensors")
        for row in sensors {
            let type = try #require(row[1]), model = try #require(row[2])
            #expect(SensorModels.models(ofType: type)?.contains(model) == true, "\(type): \(model)")
        }
        for row in TestSupport.table(plan, alerts) {
            let message = try #require(row[2])
            let type = sensors[Int(row[1] ?? "1")! - 1][1] ?? ""
            // A device named in the message is this sensor, by its type; a room is fine.
            let own = SystemLineWriter.device(ofType: type)
            for other in SystemLineWriter.devices where other != own && message.contains(other) {
                Issue.record("\(type) sensor's alert names \(other): \(message)")
            }
            #expect(!message.contains(" on meter") && !message.contains(" on thermostat"), "\(message)")
        }
    }
}
