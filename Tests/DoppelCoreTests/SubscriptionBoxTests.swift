import Testing
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's subscription box business had boxes "recorded on 2021-10-10. Title: Movie Night. The box is active
/// and awaits follow-up.", subscriptions with SaaS seats and MRR, and 50 kg parcels. Drawn themes, names and seeds.
@Suite struct SubscriptionBoxTests {
    @Test(arguments: 1...6) func aBoxSaysWhatItsThemeHolds(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let themes = Array(BoxThemes.themes.map(\.theme).shuffled(using: &rng).prefix(rng.int(2...6)))
        let name = rng.pick(["theme", "name", "title"]), text = rng.pick(["description", "contents", "summary"])
        let json = """
        {"name": "subscription_box", "seed": \(seed), "entities": [
          {"name": "\(rng.pick(["boxes", "monthly_boxes"]))", "rows": \(rng.int(10...200)), "fields": [
            {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "\(name)", "kind": "enum", "values": [\(themes.map { "\"\($0)\"" }.joined(separator: ", "))]},
            {"name": "\(text)", "type": "text", "kind": "text.description"}]}]}
        """
        let plan = try TestSupport.plan(json)
        for row in TestSupport.table(plan, plan.entities[0].name) {
            let theme = try #require(row[1]), said = try #require(row[2])
            #expect(BoxThemes.descriptions(ofTheme: theme)?.contains(said) == true, "seed \(seed): \(row)")
        }
    }

    @Test func aShopsSubscriptionIsAPlanAndAPrice() throws {
        let schema = Planner().plan("A subscription box business with customers, subscriptions, boxes, shipments and payments").schema
        let subscriptions = try #require(schema.entities.first { $0.name == "subscriptions" })
        let names = Set(subscriptions.fields.map(\.name))
        #expect(names.contains("price") && !names.contains("seats") && !names.contains("mrr"), "\(names)")
        let boxes = try #require(schema.entities.first { $0.name == "boxes" })
        #expect(boxes.fields.first { $0.name == "title" }?.values?.count == BoxThemes.themes.count)
        let weight = schema.entities.first { $0.name == "shipments" }?.field(named: "weight_kg")
        #expect((weight?.max ?? 100) <= 30, "\(String(describing: weight))")
        // A SaaS subscription keeps its seats.
        let saas = Planner().plan("A SaaS company with accounts, users, subscriptions and invoices").schema
        #expect(saas.entities.first { $0.name == "subscriptions" }?.field(named: "seats") != nil)
    }

    @Test func aListWithANameIsATablesColumns() throws {
        // "(name, paid)" after a table is its columns, not the values of a column of the business.
        let schema = Planner().plan("A scrap business with drop_offs (name, paid)").schema
        let drops = try #require(schema.entities.first { $0.name == "drop_offs" })
        #expect(Set(drops.fields.map(\.name)).isSuperset(of: ["name", "paid"]))
    }
}
