import Testing
import Foundation
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// "Sales data by region and quarter" planned sales with neither a region nor a quarter; a sale sold on 24 January was
/// in Q4 once a quarter was listed, and an order's month, year and week were drawn apart from its date. A car's own
/// model `year` stays its own. Drawn wordings and columns.
@Suite struct PeriodsOfDatesTests {
    @Test(arguments: [UInt64(1), 2, 3, 4])
    func figuresSplitByDimensionsHaveThem(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let dims = Array(["region", "quarter", "month", "country", "channel"].shuffled(using: &rng).prefix(rng.int(1...2)))
        let prompt = "\(rng.pick(["sales data", "sales", "revenue figures"])) by \(dims.joined(separator: " and "))"
        let schema = Planner().plan(prompt).schema
        #expect(PlanInvariants.problems(schema).isEmpty, "\(PlanInvariants.problems(schema))")
        let table = try #require(schema.entities.first, "\(prompt)")
        for d in dims {
            #expect(table.field(named: d) != nil || schema.entities.count > 1, "\(prompt): \(table.fields.map(\.name))")
        }
    }

    @Test(arguments: [UInt64(1), 2, 3, 4, 5])
    func aPeriodColumnIsItsRowsDatesPeriod(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let date = rng.pick(["order_date", "sold_at", "created_at", "transaction_date"])
        let periods = Array(["quarter", "month", "year", "week"].shuffled(using: &rng).prefix(rng.int(1...3)))
        let table = rng.pick(["orders", "sales", "transactions"])
        let prompt = "\(table) (\(([date] + periods + ["amount"]).joined(separator: ", ")))"
        let plan = try Planner().plan(prompt).schema.resolve(ResolveOptions(seed: seed, rows: 60)).get()
        let e = try #require(plan.entity(named: table), "\(prompt)")
        let d = try #require(e.column(named: date))
        for row in TestSupport.table(plan, table) {
            guard let text = row[d], let (y, m, day) = SchemaResolver.yearMonthDay(text) else { continue }
            for p in periods {
                guard let c = e.column(named: p), let v = row[c] else { continue }
                switch p {
                case "quarter": #expect(v == "Q\((m - 1) / 3 + 1)" || v == String((m - 1) / 3 + 1), "\(text): \(v)")
                case "month": #expect(v == String(m) || v == SchemaResolver.monthNames[m - 1], "\(text): \(v)")
                case "year": #expect(v == String(y), "\(text): \(v)")
                default:
                    let first = CivilTime.days(year: y, month: 1, day: 1), at = CivilTime.days(year: y, month: m, day: day)
                    #expect(v == String(min((at - first) / 7 + 1, 53)), "\(text): week \(v)")
                }
            }
        }
    }

    @Test func aCarsModelYearIsNotItsPurchaseYear() throws {
        let plan = try Planner().plan("cars (make, model, year, purchased_on)").schema.resolve(ResolveOptions(seed: 3, rows: 60)).get()
        let e = try #require(plan.entity(named: "cars"))
        let y = try #require(e.column(named: "year")), p = try #require(e.column(named: "purchased_on"))
        let rows = TestSupport.table(plan, "cars")
        #expect(rows.contains { row in row[y] != row[p].flatMap { SchemaResolver.yearMonthDay($0) }.map { String($0.year) } })
    }
}
