import Testing
import DoppelJSON
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's coffee chain ordered "Drink F" in XXL for $72.32 by bank transfer from a barista on $37 an hour;
/// a stranger's library gave each book a member as its author, and loans to the authors.
@Suite struct CafeAndLibraryTests {
    @Test(arguments: ["A coffee shop chain", "Our café", "A small coffeehouse with baristas"])
    func aCafesCounterSellsDrinks(setting: String) throws {
        let prompt = "\(setting): baristas (name, hourly_wage), orders (barista_id, ordered_at, drink, size, price, payment_method)"
        let drink = try #require(TestSupport.plannedField(prompt, "orders", "drink"))
        let drinks = Set(drink.values?.compactMap(\.stringValue) ?? [])
        #expect(drinks.contains("Latte") && drinks.contains("Cappuccino"), "\(drinks)")
        let size = Set(try #require(TestSupport.plannedField(prompt, "orders", "size")).values?.compactMap(\.stringValue) ?? [])
        #expect(size == ["Small", "Medium", "Large"], "\(size)")
        let price = try #require(TestSupport.plannedField(prompt, "orders", "price"))
        #expect((price.min ?? 0) >= 2 && (price.max ?? .infinity) <= 8, "\(price)")
        let paid = Set(try #require(TestSupport.plannedField(prompt, "orders", "payment_method")).values?.compactMap(\.stringValue) ?? [])
        #expect(!paid.contains("bank_transfer") && paid.contains("cash"), "\(paid)")
        let wage = try #require(TestSupport.plannedField(prompt, "baristas", "hourly_wage"))
        #expect((wage.min ?? 0) >= 10 && (wage.max ?? .infinity) <= 30, "\(wage)")
    }

    /// "Coffee" alone is no café: an importer's shipments of coffee keep their own prices.
    @Test func coffeeAloneIsNoCafe() throws {
        let price = try #require(TestSupport.plannedField("Coffee importer: suppliers (name, country), shipments (supplier_id, price, weight_kg)", "shipments", "price"))
        #expect((price.max ?? 0) > 8, "\(price)")
    }

    /// A book's author is a writer: a person's name with no authors table, the authors table when there is one,
    /// never a member; and a loan of a book is not its author's.
    @Test func aBooksAuthorIsAWriter() throws {
        let author = try #require(TestSupport.plannedField("A library: members (name, email), books (title, author, isbn, genre), loans (member_id, book_id)", "books", "author"))
        #expect(author.references == nil && author.kind == "person.full_name", "\(author)")
        let schema = Planner().plan("Library with authors (name, country), books (title, author, isbn) and loans").schema
        #expect(schema.entity(named: "books")?.fields.first { $0.name == "author" }?.references?.entity == "authors")
        let loans = try #require(schema.entity(named: "loans"))
        #expect(!loans.fields.contains { $0.references?.entity == "authors" }, "\(loans.fields.map(\.name))")
        // A blog's post is written by one of its users.
        #expect(TestSupport.plannedField("Blog with users (name) and posts (title, author, body)", "posts", "author")?.references?.entity == "users")
    }
}
