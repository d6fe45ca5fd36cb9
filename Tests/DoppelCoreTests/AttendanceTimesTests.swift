import Foundation
import Testing
@testable import DoppelEngine
@testable import DoppelPlanner

/// A working day is clocked in in the morning and out the same day, six and a half to ten hours later; a clock-in
/// or clock-out time of day is a morning's or an afternoon's, never "Clock In E".
@Suite struct AttendanceTimesTests {
    static let tables = ["attendance", "attendance_records", "employee_attendance", "timecards", "time_clock_entries", "punches"]
    static let pairs = [("check_in_time", "check_out_time"), ("clock_in_at", "clock_out_at"), ("checked_in_at", "checked_out_at")]

    static func seconds(_ iso: String) -> Double? { ISO8601DateFormatter().date(from: iso)?.timeIntervalSince1970 }

    @Test(arguments: 0..<18) func aDayIsClockedInTheMorningAndOutTheSameDay(seed: Int) throws {
        let table = Self.tables[seed % Self.tables.count], (inName, outName) = Self.pairs[(seed / 6) % Self.pairs.count]
        let prompt = "\(table) (employee_id, \(inName), \(outName)) and employees (name)"
        let (e, rows) = try TestSupport.planned(prompt, table, seed: UInt64(seed), rows: 150)
        let ins = try TestSupport.cells(e, rows, inName), outs = try TestSupport.cells(e, rows, outName)
        #expect(ins.count == outs.count && ins.count > 100, "\(prompt)")
        for (a, b) in zip(ins, outs) {
            let t0 = try #require(Self.seconds(a), "\(prompt): \(a)"), t1 = try #require(Self.seconds(b), "\(prompt): \(b)")
            let hour = Int(t0.truncatingRemainder(dividingBy: 86_400) / 3600)
            #expect((7...9).contains(hour), "\(prompt): in at \(a)")
            #expect((6.5 * 3600...10 * 3600).contains(t1 - t0), "\(prompt): \(a) → \(b)")
            #expect(a.prefix(10) == b.prefix(10), "\(prompt): \(a) → \(b)")
        }
    }

    @Test(arguments: [("clock_in", "clock_out"), ("punch_in", "punch_out"), ("time_in", "time_out")])
    func timesOfDayAreAMorningsAndAnAfternoons(names: (String, String)) throws {
        let prompt = "attendance (employee_name, date, \(names.0), \(names.1))"
        let (e, rows) = try TestSupport.planned(prompt, "attendance", seed: 3, rows: 100)
        for t in try TestSupport.cells(e, rows, names.0) { #expect(("07:00:00"..."10:00:00").contains(t), "\(prompt): \(t)") }
        for t in try TestSupport.cells(e, rows, names.1) { #expect(("15:00:00"..."19:00:00").contains(t), "\(prompt): \(t)") }
    }
}
