import Testing
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// Names strangers found as code names: a cinema's "Orion Screen", an escape room's "Vertex Booking" group, a florist's
/// "Cascade Bouquet", a zoo's "Arctic Ridge" enclosure of savanna. Drawn tables and seeds.
@Suite struct NamedPlacesAndGroupsTests {
    @Test(arguments: ["screens", "auditoriums"])
    func aCinemasScreensAreNumbered(table: String) throws {
        let plan = try Planner().plan("A cinema with \(table) (name, seats) and showtimes (\(table.dropLast())_id, starts_at)").schema
            .resolve(ResolveOptions(seed: 2, rows: 12)).get()
        let names = TestSupport.column(plan, table, "name").compactMap { $0 }
        #expect(names == names.indices.map { "\(table.dropLast().capitalized) \($0 + 1)" }, "\(names)")
    }

    @Test(arguments: ["group_name", "team_name", "party_name"])
    func aBookingsGroupHasAName(column: String) throws {
        let plan = try Planner().plan("An escape room with rooms (name, theme, max_players) and bookings (room_id, \(column), players, booked_for)").schema
            .resolve(ResolveOptions(seed: 3, rows: 40)).get()
        let names = TestSupport.column(plan, "bookings", column).compactMap { $0 }
        #expect(!names.isEmpty && names.allSatisfy(RowTitleWriter.groupNames.contains), "\(names.prefix(4))")
    }

    @Test func bouquetsAndEnclosuresAreNamedAsTheirKeepersNameThem() throws {
        let florist = try Planner().plan("A florist with bouquets (name, price) and orders (bouquet_id, delivery_date)").schema
            .resolve(ResolveOptions(seed: 4, rows: 30)).get()
        #expect(TestSupport.column(florist, "bouquets", "name").compactMap { $0 }.allSatisfy(RowTitleWriter.bouquetNames.contains))
        let zoo = try Planner().plan("A zoo with enclosures (name, habitat, size_sqm) and animals (enclosure_id, name, species)").schema
            .resolve(ResolveOptions(seed: 5, rows: 30)).get()
        for row in TestSupport.table(zoo, "enclosures") {
            let name = row[1] ?? "", habitat = row[2] ?? ""
            #expect(name.hasPrefix(habitat + " "), "\(name) holds \(habitat)")
        }
    }
}
