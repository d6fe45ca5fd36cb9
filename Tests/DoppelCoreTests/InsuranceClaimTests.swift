import Testing
import DoppelJSON
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's insurer: every claim's description read "This is a claim. Current status: submitted.", a
/// submitted claim had a `settled_amount`, and "Medical claims (patient_id, amount)" gained a second
/// `claims` table with three amount columns.
@Suite struct InsuranceClaimTests {
    static let prompt = "An insurance company: policyholders (name, date_of_birth), policies (policyholder_id, policy_type, premium, "
        + "start_date, end_date, status), claims (policy_id, claim_date, amount, description, status, settled_amount)"

    /// Each account belongs to one line of cover; a policy's line decides the account, a claim's own peril narrows it.
    @Test func anAccountFitsItsLineAndPeril() {
        #expect(ClaimAccounts.line(of: "auto") == .vehicle && ClaimAccounts.line(of: "Homeowners") == .property)
        #expect(ClaimAccounts.line(of: "pet_insurance") == .pet && ClaimAccounts.line(of: "life") == .life)
        #expect(ClaimAccounts.peril(of: "water_damage") == .water && ClaimAccounts.peril(of: "collision") == .collision)
        #expect(ClaimAccounts.line(of: "gold") == nil && ClaimAccounts.peril(of: "other") == nil)
        var r = CellRandom(state: 7)
        let vehicle = Set(ClaimAccounts.accounts.filter { $0.line == .vehicle }.map(\.text))
        let theftOfCars = Set(ClaimAccounts.accounts.filter { $0.line == .vehicle && $0.peril == .theft }.map(\.text))
        let unknown = Set(ClaimAccounts.accounts.filter { $0.line == .vehicle || $0.line == .property }.map(\.text))
        for _ in 0..<200 {
            #expect(vehicle.contains(ClaimAccounts.write(type: nil, policyType: "auto", &r)))
            #expect(theftOfCars.contains(ClaimAccounts.write(type: "theft", policyType: "car", &r)))
            // A type that names nothing known is a loss of the common lines, never a death.
            #expect(unknown.contains(ClaimAccounts.write(type: "misc", policyType: nil, &r)))
        }
        for a in ClaimAccounts.accounts {
            #expect(a.text.first?.isUppercase == true && a.text.hasSuffix("."), "\(a.text)")
        }
    }

    /// In generated rows, a claim's description is a loss of its policy's line, and what was settled exists
    /// only once the claim was approved or paid, at 50–100 % of the amount claimed.
    @Test(arguments: [UInt64(1), 2, 3]) func aClaimTellsItsLossAndSettlesPartOfIt(seed: UInt64) throws {
        let plan = try Planner().plan(Self.prompt).schema.resolve(ResolveOptions(seed: seed, rows: 300)).get()
        let policies = try #require(plan.entity(named: "policies")), claims = try #require(plan.entity(named: "claims"))
        let typeColumn = try #require(policies.column(named: "policy_type"))
        let lines = TestSupport.table(plan, "policies").map { $0[typeColumn].flatMap(ClaimAccounts.line(of:)) }
        let p = try #require(claims.column(named: "policy_id")), d = try #require(claims.column(named: "description"))
        let a = try #require(claims.column(named: "amount")), s = try #require(claims.column(named: "status"))
        let settled = try #require(claims.column(named: "settled_amount"))
        for row in TestSupport.table(plan, "claims") {
            let policy = try #require(row[p].flatMap { Int($0) })
            let text = try #require(row[d])
            let account = try #require(ClaimAccounts.accounts.first { $0.text == text }, "not an account: \(text)")
            if let line = lines[policy - 1] { #expect(account.line == line, "\(text) under a \(String(describing: line)) policy") }
            let status = try #require(row[s])
            let granted = !LifecycleStage.words(of: status).isDisjoint(with: SchemaResolver.grantedStatusWords)
            if granted {
                let asked = try #require(row[a].flatMap(Double.init)), paid = try #require(row[settled].flatMap(Double.init))
                #expect(paid <= asked + 0.01 && paid >= asked * 0.5 - 0.01, "\(status): \(paid) of \(asked)")
            } else {
                #expect(row[settled] == nil, "\(status) claim settled at \(row[settled] ?? "")")
            }
        }
    }

    /// A listed table's own words are not a table beside it, and a claim's `amount_claimed` is the template's amount.
    @Test func aTablesOwnWordsAreNotAnotherTable() throws {
        for prompt in ["Medical claims (patient_id, amount)", "Insurance policies (holder_name, premium)", "Insurance claims (policy_id, amount_claimed, status)"] {
            #expect(Planner().plan(prompt).schema.entities.count == 1, "\(prompt)")
        }
        let claimed = Planner().plan("Insurance claims (policy_id, amount_claimed, status)").schema.entities.first?.fields.first { $0.name == "amount_claimed" }
        #expect(claimed?.min == 200 && claimed?.max == 40_000, "\(String(describing: claimed))")
        let whole = Planner().plan("Insurance claims dataset").schema.entities.first { $0.name.hasSuffix("claims") }
        let amounts = whole?.fields.filter { $0.name.contains("amount") }.map(\.name) ?? []
        #expect(amounts.count == 1, "\(amounts)")
    }
}
