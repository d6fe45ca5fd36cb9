import Foundation
import Testing
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's bank lent $26,000 over ten years at $143.68 a month with library statuses (on_loan, returned), filed
/// Whole Foods under utilities, and described each transaction as "This is a utilities transaction". Drawn loans,
/// transactions and settings.
@Suite struct BankTests {
    @Test(arguments: 1...8) func aMonthlyPaymentRepaysItsLoan(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let principal = rng.pick(SchemaResolver.principalNames)
        let rate = rng.pick(["interest_rate", "apr", "annual_rate"])
        let (term, months) = rng.pick(SchemaResolver.termNames.filter { $0.0 != "months" && $0.0 != "years" })
        let payment = rng.pick(["monthly_payment", "emi", "installment_amount", "monthly_repayment"])
        let fraction = rng.int(0...1) == 1
        let json = """
            {"name": "s", "entities": [{"name": "loans", "rows": 200, "fields": [
              {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
              {"name": "\(principal)", "type": "decimal", "min": 1000, "max": 500000},
              {"name": "\(rate)", "type": "decimal", "min": \(fraction ? 0.01 : 1), "max": \(fraction ? 0.25 : 25), "precision": 4},
              {"name": "\(term)", "type": "integer", "kind": "enum", "values": \(months == 1 ? "[12, 36, 60, 120, 360]" : "[1, 3, 5, 15, 30]")},
              {"name": "\(payment)", "type": "decimal", "min": 10, "max": 2000, "precision": 2}]}]}
            """
        let plan = try TestSupport.plan(json, ResolveOptions(seed: seed))
        for row in TestSupport.table(plan, "loans") {
            guard let p = row[1].flatMap(Double.init), let y = row[2].flatMap(Double.init), let n = row[3].flatMap(Double.init),
                  let paid = row[4].flatMap(Double.init) else { continue }
            let r = (y > 1 ? y / 100 : y) / 12, count = n * months
            let expected = r == 0 ? p / count : p * r / (1 - pow(1 + r, -count))
            #expect(abs(paid - expected) <= 0.011, "\(principal) \(p), \(rate) \(y), \(term) \(n): \(payment) \(paid) vs \(expected)")
            // Over the term, the loan costs at least its principal.
            #expect(paid * count >= p - 0.01 * count)
        }
    }

    @Test(arguments: ["Retail bank", "A credit union", "Consumer lending startup", "Online retailer with store credit"])
    func aLoanOutsideALibraryIsMoney(setting: String) throws {
        let schema = Planner().plan("\(setting): customers (name, email), loans (customer_id, principal, interest_rate, term_months, status)").schema
        let status = try #require(schema.entity(named: "loans")?.fields.first { $0.name == "status" })
        let values = Set(status.values?.compactMap(\.stringValue) ?? [])
        #expect(!values.contains("on_loan") && !values.contains("returned"), "\(setting): \(values)")
        let library = Planner().plan("A public library: members (name), books (title, author), loans (member_id, book_id, status)").schema
        let lent = Set(library.entity(named: "loans")?.fields.first { $0.name == "status" }?.values?.compactMap(\.stringValue) ?? [])
        #expect(lent.contains("returned"), "\(lent)")
    }

    @Test(arguments: 1...6) func aTransactionAgreesWithItsMerchant(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let table = rng.pick(["transactions", "card_transactions", "bank_transactions"])
        let category = rng.pick(["category", "spending_category"])
        let values = rng.pick([["groceries", "dining", "transport", "entertainment", "shopping", "health", "travel", "utilities"],
                               ["Groceries", "Restaurants", "Fuel", "Subscriptions", "Retail", "Pharmacy", "Travel", "Home"]])
        let json = """
            {"name": "s", "entities": [{"name": "\(table)", "rows": 300, "fields": [
              {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
              {"name": "type", "type": "string", "kind": "finance.transaction_type"},
              {"name": "merchant", "type": "string", "kind": "finance.merchant", "nullable": 0},
              {"name": "\(category)", "type": "string", "kind": "enum", "values": [\(values.map { "\"\($0)\"" }.joined(separator: ", "))]},
              {"name": "description", "type": "text", "kind": "text.description"}]}]}
            """
        let plan = try TestSupport.plan(json, ResolveOptions(seed: seed))
        let map = MerchantCategories.map(onto: values)
        var purchases = 0
        for row in TestSupport.table(plan, table) {
            let type = try #require(row[1]), description = try #require(row[4])
            #expect(!description.hasPrefix("This is"), "\(description)")
            let atShop: Set<TransactionLines.Kind> = [.purchase, .payment, .refund, .chargeback]
            if atShop.contains(TransactionLines.kind(type)) {
                let merchant = try #require(row[2], "\(type) without a merchant")
                if let expected = map[merchant] { #expect(row[3] == expected, "\(merchant): \(row[3] ?? "nil")") }
                #expect(description.contains(merchant), "\(type) \(merchant): \(description)")
                if TransactionLines.kind(type) == .purchase { purchases += 1 }
            } else {
                #expect(row[2] == nil && row[3] == nil, "\(type) at \(row[2] ?? "") in \(row[3] ?? "")")
            }
        }
        #expect(purchases * 2 > 300 / 2, "purchases are most of a card account's transactions: \(purchases)")
    }

    /// The stranger's bank charged a $114.96 fee. Drawn transaction tables: an amount fits its type.
    @Test(arguments: 1...4) func anAmountFitsItsTransactionsType(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let table = rng.pick(["transactions", "bank_transactions", "card_transactions"])
        let amount = rng.pick(SchemaResolver.transactionAmountNames)
        let json = """
            {"name": "s", "entities": [{"name": "\(table)", "rows": 400, "fields": [
              {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
              {"name": "type", "type": "string", "kind": "finance.transaction_type"},
              {"name": "\(amount)", "type": "decimal", "min": 1, "max": 1000, "precision": 2}]}]}
            """
        let plan = try TestSupport.plan(json, ResolveOptions(seed: seed))
        var seen = 0
        for row in TestSupport.table(plan, table) {
            guard let type = row[1], let value = row[2].flatMap(Double.init),
                  let range = SchemaResolver.amountsByKind[TransactionLines.kind(type)] else { continue }
            #expect(value >= max(range.lowerBound, 1) - 0.01 && value <= min(range.upperBound, 1000) + 0.01, "\(type) of \(value)")
            seen += 1
        }
        #expect(seen > 0)
    }
}
