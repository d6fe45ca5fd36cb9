import Foundation
import Testing
import DoppelTestSupport
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// Column names that carry a unit or a measured quantity are numbers in a
/// range that fits the unit, whatever the entity; ends follow their starts
/// within the span of the activity the entity records. Names are drawn
/// from a seeded generator; a failure prints its seed.
@Suite struct MeasureLexiconTests {
    static let entities = ["trips", "shipments", "readings", "batches", "vehicles", "machines", "orders", "logs", "deliveries",
                           "animals", "tanks", "servers", "harvests", "runs", "jobs", "batches"]
    static let qualifiers = ["", "total_", "avg_", "net_", "gross_", "daily_", "max_", "actual_", "estimated_"]
    /// Unit suffixes and the bounds any value in that unit must stay within for one record.
    static let unitBounds: [String: ClosedRange<Double>] = [
        "l": 0...1000, "liters": 0...1000, "ml": 0...5000, "kg": 0...5000, "g": 0...10000, "mg": 0...5000, "km": 0...5000,
        "m": 0...100000, "mb": 0...100000, "gb": 0...100000, "pct": 0...100, "usd": 0...1_000_000, "hours": 0...1000,
        "min": 0...100000, "sec": 0...1_000_000, "lb": 0...10000, "gal": 0...1000, "kwh": 0...100000,
    ]

    /// A name of the shape `[qualifier][substance_participle|quantity]_unit`, or without the unit.
    static func drawName(_ rng: inout FuzzRandom) -> (name: String, unit: String?) {
        let substance = rng.pick(Array(MeasureLexicon.substances.keys).sorted())
        let participle = rng.pick(Array(MeasureLexicon.amountParticiples).sorted())
        let quantity = rng.pick(Array(MeasureLexicon.quantities.keys).sorted())
        let bySubstance = rng.chance(0.5)
        let base = bySubstance ? "\(substance)_\(participle)" : quantity
        // A unit of the quantity's own dimension: litres of fuel, grams of flour, miles of distance.
        let usual = bySubstance ? MeasureLexicon.substances[substance] : MeasureLexicon.quantities[quantity]
        let dimension = usual.flatMap { MeasureLexicon.units[$0]?.dimension }
        let fitting = unitBounds.keys.filter { MeasureLexicon.units[$0]?.dimension == dimension }.sorted()
        let unit: String? = rng.chance(0.75) && !fitting.isEmpty ? rng.pick(fitting) : nil
        return (rng.pick(qualifiers) + base + (unit.map { "_" + $0 } ?? ""), unit)
    }

    @Test func unitSuffixesAndMeasuredQuantitiesAreNumbersInTheirUnitsRange() {
        var failures: [String] = []
        for seed in UInt64(1)...400 {
            var rng = FuzzRandom(seed: seed)
            let entity = rng.pick(Self.entities)
            let (name, unit) = Self.drawName(&rng)
            let plan = Planner().plan("\(entity) with id, \(name) and notes")
            guard let field = plan.schema.entities.first(where: { $0.name == entity })?.fields.first(where: { $0.name == name }) else {
                failures.append("seed \(seed): \(entity).\(name) missing"); continue
            }
            guard [.integer, .decimal, .float].contains(field.type), field.kind != "enum", field.kind != "boolean" else {
                failures.append("seed \(seed): \(entity).\(name) is \(field.type.rawValue) \(field.kind ?? "-")"); continue
            }
            if let unit, let bounds = Self.unitBounds[unit] {
                let lo = field.min ?? 0, hi = field.max ?? .infinity
                if !(bounds.contains(lo) && bounds.contains(hi)) { failures.append("seed \(seed): \(entity).\(name) range \(lo)…\(hi) outside \(bounds)") }
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(5).joined(separator: "\n"))")
    }

    @Test func countedThingsUsedStayFlags() {
        // A coupon is counted, not measured: `coupon_used` is still a yes/no.
        for name in ["coupon_used", "is_used", "voucher_redeemed"] {
            let field = Planner().plan("orders with id, \(name)").schema.entities.first?.fields.first { $0.name == name }
            #expect(field?.type == .boolean, "\(name)")
        }
    }

    /// Progress and completion are shares of the whole, 0 to 100, not words.
    @Test func progressIsAShareOfTheWhole() {
        for name in ["progress", "completion", "percent_complete", "progress_pct"] {
            for entity in ["enrollments", "tasks", "projects", "downloads"] {
                let field = Planner().plan("\(entity) with id, \(name) and completed_at").schema.entities
                    .first { $0.name == entity }?.fields.first { $0.name == name }
                #expect(field?.type == .integer && field?.min == 0 && field?.max == 100,
                        "\(entity).\(name): \(field?.type.rawValue ?? "missing") \(field?.kind ?? "-")")
            }
        }
    }

    /// An end after its start lies within the span of what the entity records.
    @Test func durationsFitTheEntity() throws {
        let cases: [(String, ActivitySpan)] = [("trips", .hours), ("rides", .hours), ("shifts", .shift), ("duties", .shift), ("calls", .brief),
                                               ("loans", .weeks), ("rentals", .weeks), ("projects", .months), ("leases", .months),
                                               ("bookings", .days), ("widgets", .general)]
        for seed in UInt64(1)...20 {
            var rng = FuzzRandom(seed: seed)
            let (entity, drawnSpan) = rng.pick(cases)
            let (start, end) = rng.pick([("started_at", "ended_at"), ("start_time", "end_time"), ("borrowed_at", "returned_at"), ("check_in", "check_out")])
            let dateOnly = rng.chance(0.3)
            // (a trip given in whole dates is a traveller's, days long; a ride in dates stays a ride)
            let span = entity == "trips" && dateOnly ? ActivitySpan.days : drawnSpan
            let type = dateOnly ? "date" : "datetime"
            let text = """
            {"name": "spans", "seed": \(seed), "entities": [{"name": "\(entity)", "rows": 400, "fields": [
              {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
              {"name": "\(start)", "type": "\(type)"}, {"name": "\(end)", "type": "\(type)"}]}]}
            """
            let plan = try TestSupport.plan(text)
            let rows = TestSupport.table(plan, entity)
            for row in rows {
                guard let a = row[1].flatMap(TestSupport.instant), let b = row[2].flatMap(TestSupport.instant) else { continue }
                let gap = b - a
                let ok = dateOnly ? (Double(span.days.lowerBound) * 86_400...Double(span.days.upperBound) * 86_400).contains(gap)
                    : (span.seconds.lowerBound - 1...span.seconds.upperBound + 1).contains(gap)
                #expect(ok, "seed \(seed): \(entity).\(start)→\(end) \(row[1] ?? "")→\(row[2] ?? "") outside \(span)")
                if !ok { break }
            }
        }
    }
}
