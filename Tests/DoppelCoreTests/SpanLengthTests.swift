import Foundation
import Testing
import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner
import DoppelTestSupport

/// A row's stated length is the time between its start and its end: drawn entities, start–end names, length
/// names and units, column types and NULL rates; every row with a start and a length ends that long after it.
@Suite struct SpanLengthTests {
    static let pairs = [("started_at", "ended_at"), ("start_time", "end_time"), ("check_in", "check_out"),
                        ("start_date", "end_date"), ("pickup_time", "dropoff_time"), ("clock_in", "clock_out")]
    static let lengths: [(name: String, unit: Double, min: Int, max: Int)] = [
        ("duration_minutes", 60, 1, 240), ("duration_seconds", 1, 5, 7_200), ("minutes", 60, 1, 90), ("hours_worked", 3_600, 1, 12),
        ("nights", 86_400, 1, 14), ("length_of_stay", 86_400, 1, 30), ("duration_days", 86_400, 1, 60), ("duration_hours", 3_600, 1, 48),
        ("total_minutes", 60, 1, 300), ("duration_mins", 60, 1, 120), ("length_weeks", 604_800, 1, 8),
    ]

    @Test(arguments: [UInt64(61), 62, 63, 64, 65, 66])
    func theEndIsTheStartPlusTheLength(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<6 {
            let entity = rng.pick(["trips", "calls", "shifts", "stays", "rentals", "sessions", "rides", "jobs", "things"])
            let (start, end) = rng.pick(Self.pairs)
            var length = rng.pick(Self.lengths)
            if rng.chance(0.2) { length.name = Inflector.singular(entity) + "_" + rng.pick(["minutes", "days", "hours"]) }
            let unit = try #require(SchemaResolver.lengthUnit(of: length.name, entity: entity))
            let dated = rng.chance(0.4)
            let type = dated ? "date" : "datetime"
            let nullRate = rng.pick([0.0, 0.0, 0.15])
            let rows = rng.int(1...800)
            let fields = [
                #"{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true}"#,
                #"{"name": "\#(length.name)", "type": "\#(rng.chance(0.3) ? "decimal" : "integer")", "min": \#(length.min), "max": \#(length.max), "null_rate": \#(nullRate)}"#,
                #"{"name": "\#(start)", "type": "\#(type)"}"#, #"{"name": "\#(end)", "type": "\#(type)"}"#,
            ]
            let text = #"{"seed": \#(rng.int(1...99_999)), "entities": [{"name": "\#(entity)", "rows": \#(rows), "fields": [\#(fields.shuffled(using: &rng).joined(separator: ", "))]}]}"#
            let plan = try TestSupport.plan(text)
            let names = plan.entities[0].fields.map(\.name)
            let l = try #require(names.firstIndex(of: length.name)), s = try #require(names.firstIndex(of: start)), e = try #require(names.firstIndex(of: end))
            for r in TestSupport.table(plan, entity) {
                let from = try #require(r[s].flatMap { TestSupport.instant($0) }), to = try #require(r[e].flatMap { TestSupport.instant($0) })
                guard let stated = r[l].flatMap(Double.init) else { continue }
                let at = from + stated * unit
                if dated {
                    #expect(to == (at / 86_400).rounded(.down) * 86_400, "seed \(seed) \(entity) \(length.name): \(r)")
                } else {
                    #expect(abs(to - at) <= 1, "seed \(seed) \(entity) \(length.name): \(r)")
                }
            }
        }
    }

    /// Only a whole length is tied: a delay, a break or a response time is not the time between start and end.
    @Test func partsAndOtherTimesAreNotLengths() {
        for name in ["delay_minutes", "break_minutes", "response_time_minutes", "prep_minutes", "minutes_late", "days_overdue",
                     "day", "hour", "time", "duration", "age_days", "days_since_last_order"] {
            #expect(SchemaResolver.lengthUnit(of: name, entity: "trips") == nil, "\(name)")
        }
        #expect(SchemaResolver.lengthUnit(of: "trip_minutes", entity: "bike_trips") == 60)
        #expect(SchemaResolver.lengthUnit(of: "rentalDays", entity: "rentals") == 86_400)
    }

    /// A request for a leave (or a rental, a stay) lasts as the activity its name gives, in days, and a
    /// `days` column the planner reads is such a length, not a count up to a thousand.
    @Test(arguments: [UInt64(71), 72, 73])
    func aRequestLastsAsItsActivity(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let entity = rng.pick(["leave_requests", "leave_applications", "absence_records", "vacation_requests"])
        let column = rng.pick(["days", "num_days", "number_of_days", "days_requested"])
        let planned = Planner().plan("\(entity) (employee_id, start_date, end_date, \(column), status)").schema
        let length = try #require(planned.entity(named: entity)?.field(named: column))
        #expect(length.type == .integer && (length.max ?? 1_000) <= 31, "\(column): \(length.min ?? -1)…\(length.max ?? -1)")
        let plan = try planned.resolve(ResolveOptions()).get()
        let columns = try #require(plan.entity(named: entity))
        let (s, e, d) = (try #require(columns.column(named: "start_date")), try #require(columns.column(named: "end_date")),
                         try #require(columns.column(named: column)))
        for row in TestSupport.table(plan, entity) {
            let start = try #require(row[s].flatMap { TestSupport.instant($0) }), end = try #require(row[e].flatMap { TestSupport.instant($0) })
            let days = try #require(row[d].flatMap { Double($0) })
            #expect(end - start == days * 86_400 && days <= 31, "\(row)")
        }
    }
}
