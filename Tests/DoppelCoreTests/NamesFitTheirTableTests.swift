import DoppelJSON
import Testing
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner
import DoppelTestSupport

/// Names and numbers that fit the table they are in: a campaign is named for an
/// occasion and an offer, a pet has a pet's name, a nurse's licence is not a
/// driving licence.
@Suite struct NamesFitTheirTableTests {
    @Test(arguments: ["campaigns", "marketing_campaigns", "promotions", "email_campaigns", "promos"])
    func aCampaignIsNamedForAnOccasionAndAnOffer(entity: String) throws {
        let plan = try TestSupport.plan(#"{"seed": 4, "entities": [{"name": "\#(entity)", "rows": 200, "fields": [{"name": "id", "primary_key": true}, {"name": "name", "kind": "text.title"}, {"name": "budget", "type": "decimal"}]}]}"#)
        for name in TestSupport.column(plan, entity, "name") {
            let n = try #require(name)
            #expect(RowTitleWriter.campaignOccasions.contains { n.hasPrefix($0 + " ") }, "\(n)")
            #expect(RowTitleWriter.campaignOffers.contains { n.hasSuffix(" " + $0) }, "\(n)")
        }
    }

    /// Drawn pet tables, planned from a prompt or given as a schema: the name is a pet's name.
    @Test(arguments: [UInt64(21), 22, 23])
    func aPetHasAPetsName(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let entity = rng.pick(["pets", "animals", "dogs", "cats", "shelter_animals", "horses"])
        let plan = try TestSupport.plan(#"{"seed": \#(seed), "entities": [{"name": "\#(entity)", "rows": 100, "fields": [{"name": "id", "primary_key": true}, {"name": "name"}, {"name": "species"}]}]}"#)
        let names = (0..<Words.petNames.count).map { Words.petNames.string($0) }
        #expect(TestSupport.column(plan, entity, "name").allSatisfy { names.contains($0 ?? "") }, "\(entity)")
        let planned = Planner().plan("A pet clinic with owners, \(entity) (name, breed, birth_date) and appointments").schema
        let pets = try #require(planned.entities.first { $0.name.hasSuffix(entity) || $0.name == entity }, "\(planned.entities.map(\.name))")
        #expect(pets.field(named: "name")?.kind == "animal.name", "\(pets.name)")
    }

    /// A licence on a table of one occupation is that profession's; drivers and customers hold driving licences.
    @Test func aLicenceFitsWhoHoldsIt() {
        func spec(_ entity: String) -> String? {
            ColumnLexicon.spec("license_number", ColumnContext(entity: entity, nature: .person, domain: nil))?.pattern
        }
        for professional in ["nurse", "pilot", "pharmacist", "electrician", "architect"] {
            #expect(spec(professional)?.hasPrefix("LIC-") == true, "\(professional): \(spec(professional) ?? "nil")")
        }
        for driver in ["driver", "customer", "renter", "member", "courier"] {
            #expect(spec(driver)?.hasPrefix("DL") == true, "\(driver): \(spec(driver) ?? "nil")")
        }
    }

    /// A loan outside finance is something lent: a library's loans are on loan, returned or overdue,
    /// a bank's are active, paid off or in default.
    @Test func aLoansStatusFollowsWhatIsLent() {
        for prompt in ["A library with members, books and loans (due_date, status)",
                       "School library: students, books, loans (borrowed_on, returned_on, status)",
                       "Community library tracking patrons, books and their loans with status"] {
            let loans = Planner().plan(prompt).schema.entities.first { $0.name == "loans" }
            #expect(loans?.field(named: "status")?.values?.contains("returned") == true, "\(prompt)")
        }
        for prompt in ["A bank with customers, accounts and loans (amount, interest_rate, status)",
                       "Credit union: members, loans (principal, rate, status) and payments"] {
            let loans = Planner().plan(prompt).schema.entities.first { $0.name == "loans" }
            #expect(loans?.field(named: "status")?.values?.contains("paid_off") == true, "\(prompt)")
        }
    }

    /// Compounds of person and woman are people: a table of salespeople has names, not titles.
    @Test(arguments: ["salesperson", "spokesperson", "chairperson", "councilwoman", "businesswoman", "tradesperson"])
    func aCompoundOfPersonIsAPerson(noun: String) {
        #expect(DomainCatalogue.nature(of: noun, domain: nil) == .person)
    }

    /// A team is named for its own city and a nickname; unique names take a place word, never another city.
    @Test(arguments: ["en_US", "de_DE", "ja_JP"])
    func aTeamIsNamedForItsCity(locale: String) throws {
        let nicknames = (0..<Words.teamNicknames.count).map { Words.teamNicknames.string($0) }
        let plan = try TestSupport.plan(#"{"seed": 8, "locale": "\#(locale)", "entities": [{"name": "teams", "rows": 200, "fields": [{"name": "id", "primary_key": true}, {"name": "name", "kind": "sports.team_name"}, {"name": "city", "kind": "address.city"}]}]}"#)
        for r in TestSupport.table(plan, "teams") {
            let name = try #require(r[1]), city = try #require(r[2])
            #expect(nicknames.contains { name == city + " " + $0 }, "\(name) in \(city)")
        }
        let unique = try TestSupport.plan(#"{"seed": 8, "locale": "\#(locale)", "entities": [{"name": "teams", "rows": 300, "fields": [{"name": "id", "primary_key": true}, {"name": "name", "kind": "sports.team_name", "unique": true}, {"name": "city", "kind": "address.city"}]}]}"#)
        let names = TestSupport.column(unique, "teams", "name").compactMap { $0 }
        #expect(Set(names).count == 300)
        #expect(names.allSatisfy { n in RowTitleWriter.placeWords.contains { n.hasPrefix($0 + " ") } })
    }

    /// A talk, a keynote or a presentation is titled like an article, on a topic, not with loose words.
    @Test(arguments: [UInt64(121), 122, 123])
    func aTalkIsTitledLikeAnArticle(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let entity = rng.pick(["talks", "keynotes", "presentations", "conference_talks", "speeches", "panels"])
        let column = rng.pick(["title", "name", "topic"])
        let plan = try TestSupport.plan(#"{"seed": \#(seed), "entities": [{"name": "\#(entity)", "rows": 100, "fields": [{"name": "id", "primary_key": true}, {"name": "\#(column)", "kind": "text.title"}]}]}"#)
        for title in TestSupport.column(plan, entity, column) {
            let t = try #require(title)
            #expect(RowTitleWriter.postTopics.contains { t.contains($0) }, "\(entity).\(column): \(t)")
        }
    }
}

/// A pet shop sells pet goods: its categories and products come from a pet shop's shelves, not a
/// department store's (no "Running Shoes" in a pet shop), and a category's description says
/// nothing twice.
@Suite struct PetShopGoodsTests {
    @Test(arguments: ["Pet shop", "Pet store", "Online pet supplies store"])
    func aPetShopSellsPetGoods(setting: String) throws {
        let schema = Planner().plan("\(setting) with categories (name, description) and products (name, category_id, price, description)").schema
        let plan = try schema.resolve(ResolveOptions()).get()
        let shop = try #require(ShopGoods.shop(forWords: ["pet", "shop"]))
        let names = Set(shop.categories.map(\.name))
        let categories = TestSupport.column(plan, "categories", "name").compactMap { $0 }
        #expect(!categories.isEmpty && categories.allSatisfy(names.contains), "\(categories)")
        for d in TestSupport.column(plan, "categories", "description").compactMap({ $0 }) {
            let words = d.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
            #expect(Set(zip(words, words.dropFirst()).map { $0.0 + " " + $0.1 }).count == max(0, words.count - 1), "repeats: \(d)")
        }
    }
}
