import Foundation
import Testing
@testable import DoppelEngine
@testable import DoppelPlanner

/// A ride requested starts when its car arrives, minutes later: not four hours or four days on.
@Suite struct RideWaitTests {
    static let tables = ["rides", "trips", "taxi_rides", "ride_requests"]
    static let pairs = [("requested_at", "started_at"), ("requested_at", "accepted_at"), ("hailed_at", "started_at"),
                        ("requested_at", "pickup_at")]

    @Test(arguments: 0..<16) func aRideStartsMinutesAfterItIsRequested(seed: Int) throws {
        let table = Self.tables[seed % 4], (asked, began) = Self.pairs[(seed / 4) % 4]
        let prompt = "Taxi company with drivers, riders and \(table) (rider_id, driver_id, \(asked), \(began), fare)"
        let (e, rows) = try TestSupport.planned(prompt, table, seed: UInt64(seed), rows: 150)
        let a = try TestSupport.cells(e, rows, asked), b = try TestSupport.cells(e, rows, began)
        let f = ISO8601DateFormatter()
        #expect(a.count == b.count && a.count > 100, "\(prompt)")
        for (x, y) in zip(a, b) {
            let wait = try #require(f.date(from: y)).timeIntervalSince(try #require(f.date(from: x)))
            #expect((60...1_800).contains(wait), "\(prompt): \(x) → \(y)")
        }
    }
}
