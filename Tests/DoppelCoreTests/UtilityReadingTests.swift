import Testing
@testable import DoppelEngine
@testable import DoppelPlanner

/// A utility meter's readings are in its meter's unit (electric in kWh, gas and water in m³), within what one
/// interval reads; not a building sensor's °C, percent or lux.
@Suite struct UtilityReadingTests {
    static let settings = ["Utility company", "Energy provider", "Water and power utility", "Smart meter platform"]
    static let meters = ["meters", "smart meters"]
    static let readings = ["meter readings", "readings", "usage readings"]

    @Test(arguments: 0..<24) func aReadingIsInItsMetersUnit(seed: Int) throws {
        let setting = Self.settings[seed % Self.settings.count], meter = Self.meters[(seed / 4) % 2]
        let reading = Self.readings[(seed / 8) % Self.readings.count]
        let prompt = "\(setting) with customers, \(meter), \(reading) and bills"
        let schema = Planner().plan(prompt).schema
        let plan = try schema.resolve(ResolveOptions(seed: UInt64(seed), rows: 120)).get()
        let meterTable = meter.replacingOccurrences(of: " ", with: "_"), readingTable = reading.replacingOccurrences(of: " ", with: "_")
        let m = try #require(plan.entity(named: meterTable), "\(prompt): \(schema.entities.map(\.name))")
        let r = try #require(plan.entity(named: readingTable), "\(prompt): \(schema.entities.map(\.name))")
        let typeColumn = try #require(m.column(named: "meter_type"))
        let types = TestSupport.table(plan, meterTable).map { $0[typeColumn] }
        let rows = TestSupport.table(plan, readingTable)
        let entity = try #require(schema.entities.first { $0.name == readingTable })
        let refName = try #require(entity.fields.first { $0.references?.entity == meterTable }?.name, "\(prompt)")
        let ref = try #require(r.column(named: refName))
        let unit = try #require(r.column(named: "unit")), value = try #require(r.column(named: "reading"))
        #expect(rows.count >= 100)
        for row in rows {
            let meterRow = try #require(Int(row[ref] ?? ""))
            let type = try #require(types[meterRow - 1])
            let u = try #require(row[unit]), v = try #require(Double(row[value] ?? ""))
            #expect(u == (type == "electric" ? "kWh" : "m3"), "\(prompt): a \(type) meter read in \(u)")
            #expect(u == "kWh" ? (0.1...40).contains(v) : (0.05...3).contains(v), "\(prompt): \(v) \(u)")
        }
    }
}
