import Foundation
import Testing
import DoppelTestSupport
@testable import DoppelEngine

/// A stranger's recipe site had a Mexican "One-Pan Tofu Stir-Fry". Drawn tables, cuisines and title columns.
@Suite struct CuisineDishTests {
    @Test(arguments: 1...6) func aDishIsOneOfItsCuisines(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let table = rng.pick(["recipes", "dishes", "menu_items", "meals"])
        let title = rng.pick(["title", "name"])
        let column = rng.pick(["cuisine", "category"])
        let cuisines = Array(CuisineDishes.dishes.keys).sorted()
        let values = (0..<4).map { _ in rng.pick(cuisines).capitalized }
        let json = """
            {"name": "s", "entities": [{"name": "\(table)", "rows": 200, "fields": [
              {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
              {"name": "\(title)", "type": "string", "kind": "text.title"},
              {"name": "\(column)", "type": "string", "kind": "enum", "values": [\(Array(Set(values)).sorted().map { "\"\($0)\"" }.joined(separator: ", "))]}]}]}
            """
        let plan = try TestSupport.plan(json, ResolveOptions(seed: seed))
        for row in TestSupport.table(plan, table) {
            guard let name = row[1], let cuisine = row[2]?.lowercased() else { continue }
            let dishes = try #require(CuisineDishes.dishes[cuisine])
            #expect(dishes.contains { name.hasSuffix($0) }, "\(table): \(cuisine) \(name)")
        }
    }
}
