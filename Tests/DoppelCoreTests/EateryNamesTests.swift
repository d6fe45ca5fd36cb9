import Testing
@testable import DoppelText
@testable import DoppelEngine
import DoppelTestSupport

/// A restaurant's name is written for the cuisine on its row ("Trattoria Basil" for Italian), a café's
/// or a pub's for what it is; never a company's legal name. Over drawn entity names, cuisines and seeds.
@Suite struct EateryNamesTests {
    static func matches(_ name: String, _ patterns: [String]) -> Bool {
        patterns.contains { p in EateryNames.words.contains { w in SlotFill.fill(p) { $0 == "w" ? w : nil } == name } }
    }

    @Test(arguments: [UInt64(191), 192, 193])
    func aRestaurantIsNamedForItsCuisine(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let cuisines = EateryNames.byCuisine.keys.sorted().map(TextPolish.capitalised)
        for _ in 0..<3 {
            let entity = rng.pick(["restaurants", "eateries", "partner_restaurants", "bistros"])
            let chosen = (0..<4).map { _ in rng.pick(cuisines) }
            let values = chosen.map { "\"\($0)\"" }.joined(separator: ", ")
            let plan = try TestSupport.plan(#"{"seed": \#(seed), "entities": [{"name": "\#(entity)", "rows": 80, "fields": [{"name": "id", "primary_key": true}, {"name": "name", "kind": "text.title"}, {"name": "cuisine", "values": [\#(values)]}]}]}"#)
            for (name, cuisine) in zip(TestSupport.column(plan, entity, "name"), TestSupport.column(plan, entity, "cuisine")) {
                let name = try #require(name), cuisine = try #require(cuisine)
                let patterns = EateryNames.byCuisine[cuisine.lowercased()] ?? []
                #expect(Self.matches(name, patterns), "seed \(seed): \(entity) \(cuisine): \(name)")
            }
        }
    }

    @Test(arguments: ["cafes", "pubs", "bakeries", "coffee_shops", "bars"])
    func aPlaceWithNoCuisineIsNamedForWhatItIs(entity: String) throws {
        let plan = try TestSupport.plan(#"{"seed": 3, "entities": [{"name": "\#(entity)", "rows": 40, "fields": [{"name": "id", "primary_key": true}, {"name": "name", "kind": "text.title"}]}]}"#)
        let patterns = EateryNames.kind(of: entity).flatMap { EateryNames.byNoun[$0] } ?? []
        #expect(!patterns.isEmpty, "\(entity)")
        for name in TestSupport.column(plan, entity, "name") {
            let name = try #require(name)
            #expect(Self.matches(name, patterns), "\(entity): \(name)")
        }
    }
}
