import Testing
@testable import DoppelEngine
@testable import DoppelPlanner
@testable import DoppelText
import DoppelTestSupport

/// A prompt that names only a setting ("Generate data for a hospital") gets the tables such a setting
/// usually has, and "… data for customers and orders" reads the tables after `for`. Over drawn prompts.
@Suite struct PlannerSettingTablesTests {
    @Test func everySettingTableIsACatalogueEntity() {
        for (setting, tables) in SettingTables.bySetting {
            for t in tables {
                #expect(DomainCatalogue.isKnownEntity(Inflector.singular(t)), "\(setting): \(t)")
            }
        }
    }

    @Test(arguments: [UInt64(151), 152, 153, 154])
    func aSettingAloneGetsItsUsualTables(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let settings = SettingTables.bySetting.keys.sorted()
        for _ in 0..<8 {
            let setting = rng.pick(settings)
            let adjective = rng.pick(["", "small ", "busy ", "local ", "new "])
            let lead = rng.pick(["Generate data for a", "Sample data for a", "A", "Test data for our", "Mock data about a", "I need data for a"])
            let prompt = "\(lead) \(adjective)\(setting)"
            let plan = Planner().plan(prompt)
            let names = plan.schema.entities.map(\.name)
            let expected = SettingTables.bySetting[setting] ?? []
            #expect(Set(names).isSuperset(of: expected), "seed \(seed): \(prompt) plans \(names)")
            #expect(!names.contains("records"), "seed \(seed): \(prompt) plans \(names)")
            // The tables are related: every one but the first references another, or is referenced.
            for e in plan.schema.entities where names.count > 1 {
                let related = e.fields.contains { $0.references != nil } || plan.schema.entities.contains { o in o.fields.contains { $0.references?.entity == e.name } }
                #expect(related, "seed \(seed): \(prompt): \(e.name) stands alone")
            }
        }
    }

    @Test(arguments: [UInt64(161), 162, 163])
    func tablesAfterDataForAreRead(seed: UInt64) {
        var rng = FuzzRandom(seed: seed)
        let pool = ["customers", "orders", "patients", "appointments", "books", "authors", "users", "sessions", "invoices", "vehicles", "drivers", "tickets"]
        for _ in 0..<8 {
            var tables: [String] = []
            while tables.count < rng.int(2...3) { let t = rng.pick(pool); if !tables.contains(t) { tables.append(t) } }
            let lead = rng.pick(["Data for", "Generate data for", "Test data for", "Realistic sample data for", "Seed data for", "Create fake data for"])
            let prompt = "\(lead) " + tables.dropLast().joined(separator: ", ") + " and \(tables.last ?? "")"
            let names = Planner().plan(prompt).schema.entities.map(\.name)
            #expect(Set(names).isSuperset(of: tables), "seed \(seed): \(prompt) plans \(names)")
        }
    }

    /// A shop's departments are what it sells, and its products are of them; a company's stay its own.
    @Test(arguments: [UInt64(171), 172])
    func aShopsDepartmentsAreWhatItSells(seed: UInt64) {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<4 {
            let shop = rng.pick(["Hardware store", "Department store", "An online shop", "Garden centre store", "Retail store"])
            let prompt = "\(shop) with departments, products and orders"
            let schema = Planner().plan(prompt).schema
            let name = schema.entities.first { $0.name == "departments" }?.field(named: "name")
            // A shop whose goods the vocabulary knows (a hardware store) sells its own categories.
            if let known = ShopGoods.shop(forWords: prompt.lowercased().split(separator: " ").map(String.init)) {
                #expect(name?.values?.compactMap(\.stringValue) == known.categories.map(\.name), "seed \(seed): \(prompt): \(String(describing: name))")
            } else {
                #expect(name?.kind == "commerce.category", "seed \(seed): \(prompt): departments.name is \(name?.kind ?? "nil")")
            }
        }
        let company = Planner().plan("A consulting company with departments and employees").schema
        #expect(company.entities.first { $0.name == "departments" }?.field(named: "name")?.kind == "company.department")
    }
}
