import Testing
import DoppelJSON
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

@Suite struct RelationsTests {
    @Test func everyReferenceResolvesAndChildrenFollowParents() throws {
        let plan = try TestSupport.plan(TestSupport.shop)
        let customerIDs = Set(TestSupport.column(plan, "customers", "id").compactMap { $0 })
        let orderIDs = TestSupport.column(plan, "orders", "id").compactMap { $0 }
        let orderCustomers = TestSupport.column(plan, "orders", "customer_id")
        #expect(orderCustomers.allSatisfy { $0.map(customerIDs.contains) == true })
        let itemOrders = TestSupport.column(plan, "order_items", "order_id")
        #expect(itemOrders.allSatisfy { $0.map(Set(orderIDs).contains) == true })
        // zipf fanout: some customers get many orders, most get few.
        var counts: [String: Int] = [:]
        for c in orderCustomers.compactMap({ $0 }) { counts[c, default: 0] += 1 }
        #expect((counts.values.max() ?? 0) >= 20)

        // An order comes after its customer signed up.
        let signup = Dictionary(uniqueKeysWithValues: zip(TestSupport.column(plan, "customers", "id").map { $0 ?? "" },
                                                          TestSupport.column(plan, "customers", "signup_date")))
        let orderDates = TestSupport.column(plan, "orders", "order_date")
        var checked = 0
        for (c, d) in zip(orderCustomers, orderDates) {
            guard let c, let d, let s = signup[c], let s else { continue }
            #expect(String(d.prefix(10)) >= s, "order \(d) before signup \(s)")
            checked += 1
        }
        #expect(checked > 500)
    }

    @Test func endsComeAfterStarts() throws {
        let text = #"""
        {"name": "t", "entities": [{"name": "stays", "rows": 3000, "fields": [
          {"name": "id", "primary_key": true},
          {"name": "check_in", "type": "date"}, {"name": "check_out", "type": "date"},
          {"name": "created_at", "type": "datetime"}, {"name": "resolved_at", "type": "datetime", "nullable": 0.2},
          {"name": "start_time", "type": "datetime"}, {"name": "end_time", "type": "datetime"},
          {"name": "started_at", "type": "datetime", "nullable": 0.5}, {"name": "ended_at", "type": "datetime"},
          {"name": "placed_at", "type": "datetime"}, {"name": "delivered_at", "type": "datetime"},
          {"name": "updated_at", "type": "datetime"}]}]}
        """#
        let plan = try TestSupport.plan(text)
        let pairs = [("check_in", "check_out"), ("created_at", "resolved_at"), ("start_time", "end_time"),
                     ("started_at", "ended_at"), ("placed_at", "delivered_at"), ("created_at", "updated_at")]
        for (s, e) in pairs {
            let starts = TestSupport.column(plan, "stays", s), ends = TestSupport.column(plan, "stays", e)
            var n = 0
            for (a, b) in zip(starts, ends) {
                guard let a, let b else { continue }
                #expect(b > a, "\(e) \(b) is not after \(s) \(a)")
                n += 1
            }
            #expect(n > 1000, "\(s)/\(e) compared only \(n) rows")
        }
    }

    @Test func totalIsPriceTimesQuantity() throws {
        let plan = try TestSupport.plan(TestSupport.shop)
        let rows = TestSupport.table(plan, "order_items")
        let e = try #require(plan.entity(named: "order_items"))
        let p = try #require(e.column(named: "price")), q = try #require(e.column(named: "quantity")), t = try #require(e.column(named: "total"))
        for r in rows {
            let price = try #require(Decimalish(r[p])), qty = try #require(Int(r[q] ?? "")), total = try #require(Decimalish(r[t]))
            #expect(price * qty == total, "\(r[p] ?? "") × \(qty) ≠ \(r[t] ?? "")")
        }
    }

    @Test func costIsBelowPriceOnTheSameRow() throws {
        let plan = try TestSupport.plan(#"""
        {"name": "s", "seed": 9, "entities": [{"name": "products", "rows": 2000, "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "cost", "type": "decimal", "kind": "finance.amount", "min": 1, "max": 1000},
          {"name": "price", "type": "decimal", "kind": "commerce.price"}]}]}
        """#)
        let e = try #require(plan.entity(named: "products"))
        let c = try #require(e.column(named: "cost")), p = try #require(e.column(named: "price"))
        let rows = TestSupport.table(plan, "products")
        #expect(rows.count == 2000)
        for r in rows {
            let cost = try #require(Decimalish(r[c])), price = try #require(Decimalish(r[p]))
            #expect(cost < price && cost * 100 >= price * 30, "cost \(r[c] ?? "") against price \(r[p] ?? "")")
        }
    }

    /// Cents of a two-decimal text.
    func Decimalish(_ s: String?) -> Int? {
        guard let s else { return nil }
        let parts = s.split(separator: ".")
        guard parts.count == 2, let a = Int(parts[0]), let b = Int(parts[1]), parts[1].count == 2 else { return nil }
        return a * 100 + b
    }

    @Test func selfReferencesFormNoCycles() throws {
        let text = #"""
        {"name": "t", "entities": [{"name": "employees", "rows": 2000, "fields": [
          {"name": "id", "primary_key": true}, {"name": "name"},
          {"name": "manager_id", "references": "employees.id", "nullable": 0.05, "fanout": "zipf"}]}]}
        """#
        let plan = try TestSupport.plan(text)
        let ids = TestSupport.column(plan, "employees", "id").map { Int($0 ?? "") ?? -1 }
        let managers = TestSupport.column(plan, "employees", "manager_id")
        var parent: [Int: Int] = [:]
        for (id, m) in zip(ids, managers) { if let m, let v = Int(m) { parent[id] = v } }
        #expect(parent.count > 1800)
        #expect(managers.first == .some(nil))
        for id in ids {
            var seen: Set<Int> = [id]
            var cur = id
            while let p = parent[cur] {
                #expect(!seen.contains(p), "cycle through \(p)")
                if seen.contains(p) { break }
                seen.insert(p)
                cur = p
            }
        }
    }

    @Test func joinTablePairsAreUnique() throws {
        let text = #"""
        {"name": "t", "entities": [
          {"name": "students", "rows": 40, "fields": [{"name": "id", "primary_key": true}]},
          {"name": "courses", "rows": 30, "fields": [{"name": "id", "primary_key": true}]},
          {"name": "enrollments", "rows": 1100, "unique_together": [["student_id", "course_id"]], "fields": [
            {"name": "student_id", "references": "students.id"}, {"name": "course_id", "references": "courses.id"},
            {"name": "grade"}]},
          {"name": "tags", "rows": 1200, "fields": [
            {"name": "student_id", "references": "students.id", "primary_key": true},
            {"name": "course_id", "references": "courses.id", "primary_key": true}]}]}
        """#
        let plan = try TestSupport.plan(text)
        for entity in ["enrollments", "tags"] {
            let rows = TestSupport.table(plan, entity)
            let pairs = rows.map { "\($0[0] ?? "")/\($0[1] ?? "")" }
            #expect(Set(pairs).count == rows.count, "\(entity) has duplicate pairs")
            #expect(rows.allSatisfy { (Int($0[0] ?? "") ?? 0) >= 1 && (Int($0[0] ?? "") ?? 0) <= 40 })
        }
        // 40 × 30 = 1200 pairs: one more row cannot be unique.
        let tooMany = text.replacingOccurrences(of: "\"rows\": 1200", with: "\"rows\": 1201")
        #expect(throws: SchemaError.self) { try TestSupport.plan(tooMany) }
    }

    @Test func rowsAgreeWithThemselves() throws {
        let text = #"""
        {"name": "t", "locale": "en_US,de_DE,fr_FR,es_ES,pt_BR,ja_JP", "entities": [{"name": "people", "rows": 600, "fields": [
          {"name": "first_name"}, {"name": "last_name"}, {"name": "email"}, {"name": "username"},
          {"name": "city"}, {"name": "region", "kind": "address.region"}, {"name": "postal_code"},
          {"name": "country"}, {"name": "country_code"}, {"name": "phone"},
          {"name": "card_type", "kind": "finance.card_type"}, {"name": "card", "kind": "finance.card_number"},
          {"name": "iban", "kind": "finance.iban"}]}]}
        """#
        let plan = try TestSupport.plan(text)
        let rows = TestSupport.table(plan, "people")
        let e = try #require(plan.entity(named: "people"))
        func col(_ n: String) -> Int { e.column(named: n) ?? -1 }
        var countries: Set<String> = []
        for r in rows {
            let first = r[col("first_name")] ?? "", last = r[col("last_name")] ?? "", email = r[col("email")] ?? ""
            let code = r[col("country_code")] ?? ""
            countries.insert(code)
            let local = String(email.split(separator: "@").first ?? "")
            if code != "JP" {
                let fold = { (s: String) in String(s.lowercased().unicodeScalars.filter { $0.isASCII && $0.properties.isAlphabetic }) }
                let f = fold(first.folding(options: .diacriticInsensitive, locale: nil))
                let l = fold(last.folding(options: .diacriticInsensitive, locale: nil))
                #expect(local.contains(l) || local.contains(f), "\(email) does not come from \(first) \(last)")
            }
            // City, region and country agree: the city is one of that country's, in that region.
            let locale = try #require(LocaleData.all.first { $0.countryCode == code })
            let city = r[col("city")] ?? "", region = r[col("region")] ?? ""
            let match = (0..<locale.cities.count).contains {
                locale.cities.string($0, 0) == city && locale.cities.string($0, 1) == region
            }
            #expect(match, "\(city) / \(region) is not a city of \(code)")
            // The postal code starts with the city's prefix.
            let prefixes = (0..<locale.cities.count).filter { locale.cities.string($0, 0) == city }.map { locale.cities.string($0, 3) }
            let postal = (r[col("postal_code")] ?? "").filter(\.isNumber)
            #expect(prefixes.contains { postal.hasPrefix($0) }, "\(postal) does not fit \(city)")
            let phone = r[col("phone")] ?? ""
            switch code {
            case "DE": #expect(phone.hasPrefix("+49") || phone.hasPrefix("0"))
            case "FR": #expect(phone.hasPrefix("+33") || phone.hasPrefix("0"))
            case "ES": #expect(phone.hasPrefix("+34") || "679".contains(phone.first ?? "x"))
            case "BR": #expect(phone.hasPrefix("+55") || phone.hasPrefix("("))
            case "JP": #expect(phone.hasPrefix("+81") || phone.hasPrefix("0"))
            default: #expect(!phone.hasPrefix("+4") && !phone.hasPrefix("+3"))
            }
            // Card number and type agree, and the Luhn digit is valid.
            let card = r[col("card")] ?? "", type = r[col("card_type")] ?? ""
            #expect(Luhn.isValid(card), "\(card) fails the Luhn check")
            switch type {
            case "Visa": #expect(card.hasPrefix("4") && card.count == 16)
            case "American Express": #expect((card.hasPrefix("34") || card.hasPrefix("37")) && card.count == 15)
            case "Mastercard": #expect(card.hasPrefix("5") || card.hasPrefix("2"))
            default: #expect(card.hasPrefix("6"))
            }
            #expect(IBANKind.isValid(r[col("iban")] ?? ""), "invalid IBAN \(r[col("iban")] ?? "")")
        }
        #expect(countries.count == 6)
    }
}

import Foundation
