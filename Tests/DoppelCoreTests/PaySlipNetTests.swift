import Testing
@testable import DoppelEngine
@testable import DoppelPlanner

/// A pay slip's bare `net` (or `take_home`) beside its gross and tax is money: gross − tax, to the cent.
@Suite struct PaySlipNetTests {
    static let tables = ["payroll", "payslips", "pay_stubs", "salaries", "paychecks"]
    static let nets = ["net", "take_home", "net_pay"]
    static let grosses = ["gross", "gross_pay"]
    static let taxes = ["tax", "income_tax", "tax_withheld"]

    @Test(arguments: 0..<18) func aBareNetIsGrossLessTax(seed: Int) throws {
        let table = Self.tables[seed % Self.tables.count], net = Self.nets[(seed / 2) % Self.nets.count]
        let gross = Self.grosses[seed % 2], tax = Self.taxes[(seed / 3) % Self.taxes.count]
        let prompt = "HR database with employees (name, salary) and \(table) (employee_id, \(gross), \(tax), \(net))"
        let (e, rows) = try TestSupport.planned(prompt, table, seed: UInt64(seed) + 1)
        let g = try TestSupport.cells(e, rows, gross), t = try TestSupport.cells(e, rows, tax), n = try TestSupport.cells(e, rows, net)
        #expect(!n.isEmpty && n.count == g.count && g.count == t.count, "\(prompt)")
        for (k, text) in n.enumerated() {
            let value = try #require(Double(text), "\(prompt): \(net) = \(text)")
            let want = try #require(Double(g[k])) - (try #require(Double(t[k])))
            #expect(abs(value - want) < 0.011, "\(prompt): \(g[k]) - \(t[k]) ≠ \(text)")
        }
    }
}
