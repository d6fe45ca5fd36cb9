import Testing
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's museum showed the "Keystone Exhibit" by the band "The Hollow Kings" for $165 a ticket; a
/// stranger's car dealer kept its stock "in maintenance".
@Suite struct MuseumAndDealerTests {
    static func field(_ prompt: String, _ table: String, _ column: String) -> Field? {
        Planner().plan(prompt).schema.entities.first { $0.name == table }?.fields.first { $0.name == column }
    }

    @Test(arguments: [("Museum", "exhibits"), ("Sculpture gallery", "pieces"), ("Art museum", "artworks")])
    func aMuseumsPiecesAreWorksByPeople(setting: String, table: String) {
        let prompt = "\(setting): \(table) (title, artist, year_created, medium), visitors (name), tickets (visitor_id, visit_date, price)"
        #expect(Self.field(prompt, table, "artist")?.kind == "person.full_name")
        #expect(Self.field(prompt, table, "title")?.kind == "media.title")
        let price = Self.field(prompt, "tickets", "price")
        #expect((price?.min ?? 0) >= 8 && (price?.max ?? 999) <= 45, "\(String(describing: price))")
    }

    @Test(arguments: ["Car dealership", "Used car dealer"]) func aDealersCarsAreForSale(setting: String) {
        let prompt = "\(setting): cars (make, model, year, list_price, status), sales (car_id, sold_on, sale_price)"
        let statuses = Set(Self.field(prompt, "cars", "status")?.values?.compactMap(\.stringValue) ?? [])
        #expect(statuses.contains("available") && statuses.contains("sold") && !statuses.contains("maintenance"), "\(statuses)")
    }
}
