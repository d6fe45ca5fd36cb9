import Testing
@testable import DoppelPlanner
import DoppelTestSupport

/// "We sell shoes and bags online": after a subject pronoun comes its verb, and an adverb closing the list is
/// no part of a table's name; "We run a chain of coffee shops. Track our stores, …": the shops are the stores.
@Suite struct PlannerPronounSubjectTests {
    @Test(arguments: [UInt64(1601), 1602, 1603, 1604, 1605])
    func aPronounsVerbIsNoTable(seed: UInt64) {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<6 {
            let subject = rng.pick(["We", "I", "They"])
            let verb = rng.pick(["sell", "make", "stock", "offer", "rent out", "ship"]).split(separator: " ")[0]
            let pool = ["shoes", "bags", "hats", "customers", "orders", "products", "bikes", "lamps"]
            var tables: [String] = []
            while tables.count < 2 + rng.int(0...1) { let t = rng.pick(pool); if !tables.contains(t) { tables.append(t) } }
            let tail = rng.pick(["", " online", " worldwide", " locally", "."])
            let prompt = "\(subject) \(verb) " + tables.dropLast().joined(separator: ", ") + " and \(tables.last ?? "")" + tail
            let names = Planner().plan(prompt).schema.entities.map(\.name)
            #expect(Set(names) == Set(tables), "seed \(seed): \(prompt) plans \(names)")
        }
    }

    @Test(arguments: ["coffee shops", "shops", "cafes", "bakeries", "outlets"])
    func aChainsShopsAreItsStores(shops: String) {
        for stores in ["stores", "locations", "branches"] {
            let prompt = "We run a small chain of \(shops). Track our \(stores), staff and daily sales."
            let names = Planner().plan(prompt).schema.entities.map(\.name)
            #expect(names.contains(stores) && !names.contains(shops.replacingOccurrences(of: " ", with: "_")), "\(prompt) plans \(names)")
        }
    }
}
