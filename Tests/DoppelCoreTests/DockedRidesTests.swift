import Testing
@testable import DoppelPlanner

/// A stranger's bike share had rides requested at midnight and started at noon, as if a driver had been called.
@Suite struct DockedRidesTests {
    @Test(arguments: ["A bike sharing system with stations, bikes, members and rides",
                      "E-scooter sharing: docking stations, scooters, users and trips"])
    func aSharedBikesRideIsTakenFromADock(prompt: String) throws {
        let schema = Planner().plan(prompt).schema
        let rides = try #require(schema.entities.first { ["rides", "trips"].contains($0.name) }, "\(schema.entities.map(\.name))")
        let names = Set(rides.fields.map(\.name))
        #expect(!names.contains("requested_at") && !names.contains("driver_id"), "\(names)")
        #expect(names.contains("started_at") && names.contains("ended_at"))
    }

    @Test func aRideHailingRideIsStillRequested() {
        let schema = Planner().plan("A ride-hailing app with drivers, riders and rides").schema
        #expect(schema.entities.first { $0.name == "rides" }?.field(named: "requested_at") != nil)
    }
}
