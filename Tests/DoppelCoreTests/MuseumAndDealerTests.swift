import Testing
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's museum showed the "Keystone Exhibit" by the band "The Hollow Kings" for $165 a ticket; a
/// stranger's car dealer kept its stock "in maintenance".
@Suite struct MuseumAndDealerTests {
    @Test(arguments: [("Museum", "exhibits"), ("Sculpture gallery", "pieces"), ("Art museum", "artworks")])
    func aMuseumsPiecesAreWorksByPeople(setting: String, table: String) {
        let prompt = "\(setting): \(table) (title, artist, year_created, medium), visitors (name), tickets (visitor_id, visit_date, price)"
        #expect(TestSupport.plannedField(prompt, table, "artist")?.kind == "person.full_name")
        #expect(TestSupport.plannedField(prompt, table, "title")?.kind == "media.title")
        let price = TestSupport.plannedField(prompt, "tickets", "price")
        #expect((price?.min ?? 0) >= 8 && (price?.max ?? 999) <= 45, "\(String(describing: price))")
    }

    @Test(arguments: ["Car dealership", "Used car dealer"]) func aDealersCarsAreForSale(setting: String) {
        let prompt = "\(setting): cars (make, model, year, list_price, status), sales (car_id, sold_on, sale_price)"
        let statuses = Set(TestSupport.plannedField(prompt, "cars", "status")?.values?.compactMap(\.stringValue) ?? [])
        #expect(statuses.contains("available") && statuses.contains("sold") && !statuses.contains("maintenance"), "\(statuses)")
    }
    /// A visitor's comment on a work of art speaks of seeing it (never of reading or writing it), and its
    /// description names it and its artist.
    @Test(arguments: ["exhibits", "paintings", "sculptures", "artworks"]) func aWorkIsSeen(table: String) throws {
        let schema = Planner().plan("Museum \(table) (title, artist, description) and visitor comments (\(Inflector.singular(table))_id, visitor_name, comment)").schema
        let plan = try schema.resolve(ResolveOptions(seed: 4, rows: 80)).get()
        for row in TestSupport.table(plan, table) {
            let title = try #require(row[1]), artist = try #require(row[2]), description = try #require(row[3])
            #expect(description.contains(title) && description.contains(artist), "\(description)")
        }
        let comments = TestSupport.column(plan, "visitor_comments", "comment").compactMap { $0 }
        #expect(comments.count == 80)
        for c in comments { for word in ["writing", "read", "sharing", "post"] { #expect(!c.lowercased().contains(word), "\(c)") } }
    }
}
