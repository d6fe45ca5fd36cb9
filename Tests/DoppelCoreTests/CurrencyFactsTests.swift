import Testing
@testable import DoppelEngine
import DoppelTestSupport

/// A currency's name and symbol are its code's, over drawn tables; an account's own
/// `name` beside its currency stays the account's.
@Suite struct CurrencyFactsTests {
    @Test(arguments: [UInt64(121), 122, 123])
    func aCurrencysNameAndSymbolAreItsCodes(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let codes = (0..<Words.currencyCodes.count).map { Words.currencyCodes.string($0) }
        for _ in 0..<4 {
            let entity = rng.pick(["currencies", "supported_currencies", "currency_rates", "wallets"])
            let kind = rng.pick(["finance.currency_code", "commerce.currency"])
            let currencyTable = entity.contains("currenc")
            let (nameColumn, symbolColumn) = currencyTable ? rng.pick([("name", "symbol"), ("currency_name", "currency_symbol"), ("name", "sign")])
                : ("currency_name", "currency_symbol")
            let text = """
            {"seed": \(rng.int(1...9_999)), "entities": [{"name": "\(entity)", "rows": 200, "fields": [
              {"name": "id", "primary_key": true}, {"name": "code", "kind": "\(kind)"},
              {"name": "\(nameColumn)", "kind": "text.title"}, {"name": "\(symbolColumn)", "values": ["$", "€", "£"]}]}]}
            """
            let plan = try TestSupport.plan(text)
            for row in TestSupport.table(plan, entity) {
                let code = try #require(row[1])
                let k = try #require(codes.firstIndex(of: code), "\(code)")
                #expect(row[2] == Words.currencyNames[k] && row[3] == Words.currencySymbols[k], "\(entity): \(code) \(row[2] ?? "") \(row[3] ?? "")")
            }
        }
    }

    @Test func anAccountKeepsItsOwnName() throws {
        let plan = try TestSupport.plan(#"{"seed": 3, "entities": [{"name": "accounts", "rows": 100, "fields": [{"name": "id", "primary_key": true}, {"name": "name", "kind": "company.name"}, {"name": "currency", "kind": "finance.currency_code"}]}]}"#)
        #expect(TestSupport.column(plan, "accounts", "name").allSatisfy { !Words.currencyNames.contains($0 ?? "") })
    }
}
