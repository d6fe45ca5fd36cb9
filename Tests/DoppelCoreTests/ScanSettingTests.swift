import Testing
@testable import DoppelEngine
@testable import DoppelPlanner

/// A scan is a depot's tracking event only beside things shipped; otherwise a pass's, badge's or ticket's at a gate,
/// a ski lift's where the prompt skis.
@Suite struct ScanSettingTests {
    static let gates = [("Office building with employees, badges and badge scans", "badge_scans"),
                        ("Stadium with events, tickets and ticket scans", "ticket_scans"),
                        ("Gym with members, memberships and entry scans", "entry_scans"),
                        ("Festival with attendees, wristbands and scans", "scans")]
    static let lifts = [("Ski resort with guests, lift passes and lift scans", "lift_scans"),
                        ("Ski area with skiers, passes and scans", "scans")]
    static let depots = [("Courier company with parcels and scans", "scans"), ("Logistics with shipments and scan events", "scan_events")]

    static func columns(_ prompt: String, _ table: String) throws -> Set<String> {
        let schema = Planner().plan(prompt).schema
        let e = try #require(schema.entities.first { $0.name == table }, "\(prompt): \(schema.entities.map(\.name))")
        return Set(e.fields.map(\.name))
    }

    @Test func aScanIsAtAGateUnlessSomethingIsShipped() throws {
        for (prompt, table) in Self.gates {
            let c = try Self.columns(prompt, table)
            #expect(c.isSuperset(of: ["gate", "scanned_at", "result"]) && !c.contains("event_type"), "\(prompt): \(c)")
        }
        for (prompt, table) in Self.lifts {
            let c = try Self.columns(prompt, table)
            #expect(c.isSuperset(of: ["lift", "scanned_at", "result"]), "\(prompt): \(c)")
        }
        for (prompt, table) in Self.depots {
            let c = try Self.columns(prompt, table)
            #expect(c.contains("event_type") && c.contains("location"), "\(prompt): \(c)")
        }
    }

    @Test(arguments: 0..<12) func aLiftScanReadsAnAcceptedPassMostly(seed: Int) throws {
        let (prompt, table) = Self.lifts[seed % 2]
        let (e, rows) = try TestSupport.planned(prompt, table, seed: UInt64(seed), rows: 200)
        let results = try TestSupport.cells(e, rows, "result")
        #expect(Set(results).isSubset(of: ["accepted", "denied"]) && results.filter { $0 == "accepted" }.count > results.count / 2)
    }
}
