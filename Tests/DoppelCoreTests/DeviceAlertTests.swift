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
