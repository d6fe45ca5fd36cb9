import Testing
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner
import DoppelTestSupport

/// A stranger's third thirty prompts: two subscription plans both "Business", a pawn loan above its item's appraisal and
/// redeemed four years before it was pawned, a funeral home's `deceaseds` with a title and its services cloud hosts.
@Suite struct ListedNamesPawnsAndFuneralsTests {
    /// A table's own name drawn from a list of distinct values differs on every row while the list lasts.
    @Test(arguments: [UInt64(0x11), 0x12, 0x13])
    func aSmallTablesListedNamesDiffer(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let values = ["Breakfast", "Lunch", "Dinner", "Drinks", "Desserts", "Kids", "Brunch", "Late Night"]
        for _ in 0..<6 {
            let column = rng.pick(["name", "title", "menu_name"])
            let rows = rng.int(2...values.count)
            let json = #"{"seed": \#(seed), "entities": [{"name": "menus", "rows": \#(rows), "fields": [{"name": "id", "primary_key": true}, {"name": "\#(column)", "values": [\#(values.map { "\"\($0)\"" }.joined(separator: ", "))]}]}]}"#
            let plan = try TestSupport.plan(json)
            let names = TestSupport.column(plan, "menus", column).compactMap { $0 }
            #expect(names.count == rows && Set(names).count == rows, "\(column), \(rows) rows: \(names)")
        }
        // A column that is not the table's name keeps drawing freely (two menus may both be active).
        let json = #"{"seed": 1, "entities": [{"name": "menus", "rows": 6, "fields": [{"name": "id", "primary_key": true}, {"name": "season", "values": ["Spring", "Summer", "Autumn", "Winter", "All", "Holiday"]}]}]}"#
        #expect(!SchemaResolver.namesRowsFromList(try TestSupport.plan(json).schema.entities[0], try TestSupport.plan(json).schema.entities[0].fields[1]))
    }

    /// A loan against something appraised lends 30–90 % of it; what is pawned is redeemed after.
    @Test func aPawnLendsPartOfTheAppraisalAndIsRedeemedAfter() throws {
        let schema = Planner().plan("Pawn shop loans (loan_id, customer_name, appraised_value, loan_amount, pawned_on, due_date, redeemed_on)").schema
        let plan = try schema.resolve(ResolveOptions(seed: 4, rows: 300)).get()
        let name = try #require(plan.entities.first?.name)
        let e = try #require(plan.entity(named: name))
        let (v, l) = (try #require(e.column(named: "appraised_value")), try #require(e.column(named: "loan_amount")))
        let (p, r) = (try #require(e.column(named: "pawned_on")), try #require(e.column(named: "redeemed_on")))
        for row in TestSupport.table(plan, name) {
            if let value = row[v].flatMap(Double.init), let loan = row[l].flatMap(Double.init) {
                #expect(loan >= 0.3 * value - 0.01 && loan <= 0.9 * value + 0.01, "\(loan) on \(value)")
            }
            if let a = row[p], let b = row[r] { #expect(a <= b, "pawned \(a), redeemed \(b)") }
        }
    }

    /// The deceased are people with a birth and a death (no email), and are not pluralised; a business's services are
    /// what it offers, a cloud platform's are software, a salon's its own.
    @Test func theDeceasedAndServices() throws {
        #expect(Inflector.singular("deceased") == "deceased" && !Inflector.isPlural("deceased"))
        let funeral = Planner().plan("Funeral home with deceased, services and caskets").schema
        let deceased = try #require(funeral.entities.first { $0.name == "deceased" }, "\(funeral.entities.map(\.name))")
        let columns = Set(deceased.fields.map(\.name))
        #expect(columns.isSuperset(of: ["date_of_birth", "date_of_death"]) && !columns.contains("email"), "\(columns)")
        let services = try #require(funeral.entities.first { $0.name == "services" })
        #expect(services.fields.contains { $0.name == "price" } && !services.fields.contains { $0.name == "region" })
        let cloud = Planner().plan("Cloud platform with services, deployments and incidents").schema
        #expect(cloud.entities.first { $0.name == "services" }?.fields.contains { $0.name == "region" } == true)
        let salon = Planner().plan("Salon with stylists, clients, services and appointments").schema
        let values = salon.entities.first { $0.name == "services" }?.fields.first { $0.name == "name" }?.values?.compactMap(\.stringValue) ?? []
        #expect(values.contains("Haircut"), "\(values)")
    }
}
