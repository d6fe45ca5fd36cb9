import Testing
@testable import DoppelEngine
import DoppelTestSupport

/// An alert a device raises speaks of the device and the room it watches, in the words of its type
/// (a `low_battery` alert is about a battery); a server's alert stays a system line. Drawn references,
/// types, severities and seeds.
@Suite struct DeviceAlertTests {
    static let typed: [(type: String, word: String)] = [("low_battery", "battery"), ("device_offline", "offline"), ("sensor_fault", "fault"),
                                                        ("threshold_exceeded", "°c"), ("water_leak", "leak"), ("smoke", "smoke")]

    @Test(arguments: [UInt64(1901), 1902, 1903, 1904])
    func aDevicesAlertIsAboutTheDevice(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let parent = rng.pick(["devices", "sensors", "machines", "meters"])
        let types = Self.typed.map(\.type)
        let schema = """
        {"name": "iot", "seed": \(seed), "entities": [
          {"name": "\(parent)", "rows": 10, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true}]},
          {"name": "\(rng.pick(["alerts", "alarms"]))", "rows": \(rng.int(1...500)), "fields": [
            {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "\(String(parent.dropLast()))_id", "type": "integer", "references": "\(parent).id"},
            {"name": "alert_type", "type": "string", "kind": "enum", "values": [\(types.map { "\"\($0)\"" }.joined(separator: ", "))]},
            {"name": "severity", "type": "string", "kind": "enum", "values": ["low", "medium", "high", "critical"]},
            {"name": "message", "type": "text", "kind": "text.sentence"}]}]}
        """
        let plan = try TestSupport.plan(schema)
        let table = plan.entities[1].name
        for row in TestSupport.table(plan, table) {
            let type = try #require(row[2]), message = try #require(row[4]).lowercased()
            #expect(!["db-", "api-", "worker-", "get /", "post /", "order ", "deployed"].contains { message.contains($0) }, "seed \(seed): \(message)")
            if let word = Self.typed.first(where: { $0.type == type })?.word {
                #expect(message.contains(word) || type == "threshold_exceeded" && message.contains("humidity")
                        || type == "sensor_fault" && message.contains("failure"), "seed \(seed): \(type): \(message)")
            }
        }
    }

    @Test func aServersAlertIsASystemLine() throws {
        let schema = """
        {"name": "ops", "seed": 5, "entities": [
          {"name": "servers", "rows": 5, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true}]},
          {"name": "alerts", "rows": 200, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "server_id", "type": "integer", "references": "servers.id"},
            {"name": "message", "type": "text", "kind": "text.sentence"}]}]}
        """
        let plan = try TestSupport.plan(schema)
        let lines = TestSupport.column(plan, "alerts", "message").compactMap { $0 }
        #expect(!lines.contains { $0.lowercased().contains("°c") || $0.lowercased().contains(" in the ") }, "\(lines.prefix(5))")
    }
}

/// An alert with no type of its own, raised by a device whose model the catalogue knows, names that device by its
/// type and speaks of the room it is in: a Honeywell T9 in the kitchen is "the thermostat", its alerts are about
/// the thermostat or the kitchen's temperature, never a water leak in the garage. Drawn models, rooms, severities.
@Suite struct DeviceModelAlertTests {
    @Test(arguments: [UInt64(2301), 2302, 2303, 2304, 2305])
    func anAlertNamesItsDeviceAndRoom(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let models = SmartHomeDevices.models.map(\.model)
        let rooms = ["Kitchen", "Living Room", "Garage", "Basement", "Hallway", "Office"]
        let table = rng.pick(["devices", "smart_devices"])
        let schema = """
        {"name": "home", "seed": \(seed), "entities": [
          {"name": "\(table)", "rows": \(rng.int(2...30)), "fields": [
            {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "model", "type": "string", "kind": "enum", "values": [\(models.map { "\"\($0)\"" }.joined(separator: ", "))]},
            {"name": "location", "type": "string", "kind": "enum", "values": [\(rooms.map { "\"\($0)\"" }.joined(separator: ", "))]}]},
          {"name": "alerts", "rows": \(rng.int(50...300)), "fields": [
            {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "device_id", "type": "integer", "references": "\(table).id"},
            {"name": "severity", "type": "string", "kind": "enum", "values": ["low", "medium", "high", "critical"]},
            {"name": "message", "type": "text", "kind": "text.sentence"}]}]}
        """
        let plan = try TestSupport.plan(schema)
        let devices = Dictionary(TestSupport.table(plan, plan.entities[0].name).map { ($0[0] ?? "", ($0[1] ?? "", ($0[2] ?? "").lowercased())) },
                                 uniquingKeysWith: { a, _ in a })
        let allNames = Set(SmartHomeDevices.models.compactMap { SystemLineWriter.device(ofType: $0.type) })
        for row in TestSupport.table(plan, "alerts") {
            guard let (model, room) = devices[row[1] ?? ""] else { continue }
            let message = try #require(row[3]).lowercased()
            let own = try #require(DeviceCatalogue.type(ofModel: model).flatMap(SystemLineWriter.device(ofType:)))
            #expect(message.contains(own) || message.contains("in the \(room)"), "seed \(seed): \(model) in \(room): \(message)")
            for other in allNames where other != own && !own.contains(other) {
                #expect(!message.contains(other), "seed \(seed): \(model)'s alert names \(other): \(message)")
            }
            for place in rooms.map({ $0.lowercased() }) where place != room {
                #expect(!message.contains("in the \(place)"), "seed \(seed): \(model) in \(room): \(message)")
            }
            #expect(!message.contains("water leak") && !message.contains("smoke") || own.contains("smoke") || own.contains("water"),
                    "seed \(seed): \(model): \(message)")
        }
    }
}
