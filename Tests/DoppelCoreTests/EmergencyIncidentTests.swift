import Foundation
import Testing
@testable import DoppelPlanner
import DoppelEngine
import DoppelTestSupport

/// A volunteer fire department's incidents were titled "Refund request for a duplicate charge" and stayed open for
/// months. An emergency service's incidents are calls of a type to an address, dispatched after they are reported
/// and cleared after that; a software team's stay outages. Drawn services, tables, row counts and seeds.
@Suite struct EmergencyIncidentTests {
    @Test(arguments: [UInt64(0x81), 0x82, 0x83])
    func anEmergencyServicesIncidentsAreCallsToAnAddress(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<3 {
            let service = rng.pick(["A volunteer fire department with firefighters, stations and", "An ambulance service with paramedics and",
                                    "A 911 dispatch centre with dispatchers and", "County police with officers and"])
            let table = rng.pick(["incidents", "calls", "callouts"])
            let prompt = "\(service) \(table)"
            let schema = Planner().plan(prompt).schema
            let e = try #require(schema.entities.first { $0.name == table }, "\(prompt): \(schema.entities.map(\.name))")
            let names = e.fields.map(\.name)
            #expect(names.contains("address") && names.contains("incident_type") && !names.contains("title"), "\(prompt): \(names)")
            let plan = try schema.resolve(ResolveOptions(seed: seed, rows: rng.int(5...200))).get()
            let rows = TestSupport.table(plan, table)
            let reported = try #require(names.firstIndex(of: "reported_at")), dispatched = try #require(names.firstIndex(of: "dispatched_at"))
            let cleared = try #require(names.firstIndex(of: "cleared_at"))
            for row in rows {
                guard let r = row[reported], let d = row[dispatched], let c = row[cleared] else { continue }
                #expect(r <= d && d <= c, "\(prompt): reported \(r), dispatched \(d), cleared \(c)")
                // (a crew is dispatched minutes after the call, not days)
                let iso = ISO8601DateFormatter()
                if let rt = iso.date(from: r), let dt = iso.date(from: d) {
                    #expect(dt.timeIntervalSince(rt) <= 3 * 3600, "\(prompt): reported \(r), dispatched \(d)")
                }
            }
        }
        // A software team's incidents are still outages.
        let outage = Planner().plan("An SRE team with services, on-call engineers and incidents").schema.entities.first { $0.name == "incidents" }
        #expect(outage?.field(named: "severity") != nil, "\(String(describing: outage?.fields.map(\.name)))")
    }
}
