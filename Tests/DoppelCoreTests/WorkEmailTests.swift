import Testing
import DoppelTestSupport
@testable import DoppelEngine

/// A stranger's CRM had Mary Kim of Lumina Group at hotmail.com and a recruitment client's contact at aol.com. A
/// person's work address is at their organisation's domain. Drawn tables, names, uniqueness and seeds.
@Suite struct WorkEmailTests {
    @Test(arguments: 1...8) func aContactsEmailIsAtTheirCompanysDomain(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let people = rng.pick(["contacts", "employees", "users", "leads"]), org = rng.pick(["companies", "vendors", "clients", "organizations"])
        let email = rng.pick(["email", "work_email", "business_email"]), unique = rng.chance(0.5)
        let json = """
        {"name": "crm", "seed": \(seed), "locale": "\(rng.pick(["en_US", "de_DE", "fr_FR"]))", "entities": [
          {"name": "\(org)", "rows": \(rng.int(3...40)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "name", "kind": "company.name"}]},
          {"name": "\(people)", "rows": 300, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "first_name", "kind": "person.first_name"}, {"name": "last_name", "kind": "person.last_name"},
            {"name": "\(email)", "kind": "internet.email", "unique": \(unique)}, {"name": "org_id", "references": "\(org).id"}]}]}
        """
        let plan = try TestSupport.plan(json)
        let names = Dictionary(uniqueKeysWithValues: TestSupport.table(plan, org).map { ($0[0] ?? "", $0[1] ?? "") })
        var seen = Set<String>()
        for row in TestSupport.table(plan, people) {
            let address = try #require(row[3]), company = try #require(names[row[4] ?? ""])
            let domain = try #require(SiteAddress.domain(ofName: company))
            #expect(address.hasSuffix("@" + domain), "seed \(seed): \(address) at \(company)")
            if unique { #expect(seen.insert(address).inserted, "seed \(seed): \(address) twice") }
        }
    }

    @Test func aClientsContactIsAtItsOwnDomain() throws {
        let json = """
        {"name": "agency", "seed": 4, "entities": [{"name": "clients", "rows": 50, "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true}, {"name": "name", "kind": "company.name"},
          {"name": "contact_name", "kind": "person.full_name"}, {"name": "contact_email", "kind": "internet.email"}]}]}
        """
        let plan = try TestSupport.plan(json)
        for row in TestSupport.table(plan, "clients") {
            let domain = try #require(SiteAddress.domain(ofName: row[1] ?? ""))
            #expect(row[3]?.hasSuffix("@" + domain) == true, "\(row)")
        }
    }

    @Test func aStoresCustomerWritesFromTheirOwnAddress() throws {
        let json = """
        {"name": "shop", "seed": 2, "entities": [
          {"name": "stores", "rows": 5, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "name", "kind": "company.name"}]},
          {"name": "customers", "rows": 100, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "first_name", "kind": "person.first_name"}, {"name": "email", "kind": "internet.email"},
            {"name": "store_id", "references": "stores.id"}]}]}
        """
        let plan = try TestSupport.plan(json)
        let domains = Set(TestSupport.table(plan, "stores").compactMap { $0[1].flatMap(SiteAddress.domain(ofName:)) })
        for row in TestSupport.table(plan, "customers") {
            #expect(!domains.contains(String((row[2] ?? "").split(separator: "@").last ?? "")), "\(row)")
        }
    }
}
