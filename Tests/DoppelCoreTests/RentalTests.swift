import Testing
import DoppelJSON
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's car rental: each branch location belonged to a customer, and a rental drove "Km Driven E".
@Suite struct RentalTests {
    static func schema(_ prompt: String) -> Schema { Planner().plan(prompt).schema }

    @Test func aLendingBusinessesPlacesAreItsOwn() throws {
        let rental = Self.schema("Car rental company: locations (name, city), cars (location_id, make, model), customers (name, license_number)")
        let locations = try #require(rental.entity(named: "locations"))
        #expect(!locations.fields.contains { $0.references?.entity == "customers" }, "\(locations.fields.map(\.name))")
        // A field service's equipment stands at its customers' sites.
        let service = Self.schema("Field service: customers (name), sites (name, address), equipment (site_id, serial)")
        #expect(service.entity(named: "sites")?.fields.contains { $0.references?.entity == "customers" } == true)
    }

    @Test func aRentalDrivesTensToThousandsOfKilometres() throws {
        let schema = Self.schema("Car rental: cars (make, km_driven), rentals (car_id, pickup_at, return_at, km_driven, miles_driven)")
        let rental = try #require(schema.entity(named: "rentals"))
        let km = try #require(rental.fields.first { $0.name == "km_driven" }), miles = try #require(rental.fields.first { $0.name == "miles_driven" })
        #expect(km.kind == "number.integer" && (km.min ?? 0) >= 10 && (km.max ?? .infinity) <= 3000, "\(km)")
        #expect((miles.max ?? .infinity) <= 2000, "\(miles)")
        // A car's own km driven is its odometer.
        let car = try #require(schema.entity(named: "cars")?.fields.first { $0.name == "km_driven" })
        #expect((car.max ?? 0) >= 100_000, "\(car)")
    }
}
