import Foundation
import Testing
@testable import DoppelEngine
@testable import DoppelPlanner

/// One-line requests for the datasets people ask for by their topic: a churn table, a card-fraud table, a coffee
/// chain's sales; what the data is for ("for fraud detection") is no column.
@Suite struct OneLinerDatasetTests {
    static let churn = ["Customer churn dataset", "telecom customer churn", "churn data for a subscription business",
                        "Customer churn dataset for a telecom company", "Generate customer churn data", "I need subscriber churn data"]
    static let fraud = ["Credit card fraud detection dataset", "credit card fraud data", "card fraud dataset", "Fraud detection dataset",
                        "credit card transactions for fraud detection"]
    static let cafe = ["Sales transactions for a coffee shop chain", "coffee shop sales", "cafe sales transactions",
                       "Coffee shop chain with stores and sales"]

    static func only(_ prompt: String, containing column: String) throws -> Entity {
        let schema = Planner().plan(prompt).schema
        return try #require(schema.entities.first { $0.fields.contains { $0.name == column } }, "\(prompt): \(schema.entities.map { ($0.name, $0.fields.map(\.name)) })")
    }

    @Test(arguments: 0..<6) func aChurnRequestIsAChurnTable(seed: Int) throws {
        let prompt = Self.churn[seed]
        let e = try Self.only(prompt, containing: "churned")
        let (plan, rows) = try TestSupport.planned(prompt, e.name, seed: UInt64(seed), rows: 120)
        let tenure = try TestSupport.cells(plan, rows, "tenure_months"), monthly = try TestSupport.cells(plan, rows, "monthly_charges")
        let total = try TestSupport.cells(plan, rows, "total_charges"), churned = try TestSupport.cells(plan, rows, "churned")
        #expect(Set(churned) == ["true", "false"], "\(prompt)")
        for k in tenure.indices {
            let want = (Double(tenure[k]) ?? 0) * (Double(monthly[k]) ?? 0)
            #expect(abs((Double(total[k]) ?? -1) - want) < 0.011, "\(prompt): \(tenure[k]) × \(monthly[k]) ≠ \(total[k])")
        }
    }

    @Test(arguments: 0..<5) func aFraudRequestIsTransactionsWithAFraudFlag(seed: Int) throws {
        let prompt = Self.fraud[seed]
        let e = try Self.only(prompt, containing: "is_fraud")
        let names = Set(e.fields.map(\.name))
        #expect(names.contains("amount") && !names.contains { $0.contains("detection") }, "\(prompt): \(names)")
    }

    @Test(arguments: ["credit card transactions for fraud detection", "customers for churn prediction", "orders for dashboard testing",
                      "loans for credit scoring", "patients for machine learning", "sales for demand forecasting"])
    func whatTheDataIsForIsNoColumn(prompt: String) throws {
        let schema = Planner().plan(prompt).schema
        let purpose = ["detection", "prediction", "testing", "scoring", "learning", "forecasting"]
        for e in schema.entities {
            #expect(!e.fields.contains { f in purpose.contains { f.name.contains($0) } }, "\(prompt): \(e.fields.map(\.name))")
        }
    }

    @Test(arguments: 0..<4) func aCoffeeChainsSalesAreDrinksInOpeningHours(seed: Int) throws {
        let prompt = Self.cafe[seed]
        let e = try Self.only(prompt, containing: "drink")
        let (plan, rows) = try TestSupport.planned(prompt, e.name, seed: UInt64(seed), rows: 120)
        let drinks = try TestSupport.cells(plan, rows, "drink"), sold = try TestSupport.cells(plan, rows, "sold_at")
        #expect(drinks.allSatisfy { !$0.hasPrefix("Drink ") }, "\(prompt): \(Set(drinks))")
        #expect(!e.fields.contains { ["merchant", "is_fraud"].contains($0.name) }, "\(prompt)")
        for s in sold {
            let hour = Int(s.dropFirst(11).prefix(2)) ?? -1
            #expect((6...20).contains(hour), "\(prompt): sold at \(s)")
        }
        let q = try TestSupport.cells(plan, rows, "quantity"), p = try TestSupport.cells(plan, rows, "unit_price"), t = try TestSupport.cells(plan, rows, "total")
        for k in q.indices { #expect(abs((Double(q[k]) ?? 0) * (Double(p[k]) ?? 0) - (Double(t[k]) ?? -1)) < 0.011, "\(prompt): \(q[k]) × \(p[k]) ≠ \(t[k])") }
    }
}
