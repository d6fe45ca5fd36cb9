import Testing
@testable import DoppelPlanner
import DoppelTestSupport

/// "A winery tracking wines, vineyards and tastings": after "a" and a singular subject, an -ing verb
/// takes the list as its objects. The subject is the setting, the verb is no part of any table's name.
@Suite struct PlannerGerundSubjectTests {
    @Test(arguments: [UInt64(201), 202, 203, 204, 205])
    func aSubjectThenAnIngVerbListsTheTables(seed: UInt64) {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<8 {
            let subject = rng.pick(["winery", "bakery", "small company", "studio", "marketplace", "local charity", "app", "platform", "startup", "zoo"])
            let verb = rng.pick(["tracking", "selling", "managing", "recording", "listing", "offering", "monitoring", "organising", "manufacturing"])
            let pool = ["wines", "vineyards", "tastings", "customers", "orders", "volunteers", "donations", "animals", "enclosures", "artists", "albums", "widgets"]
            var tables: [String] = []
            while tables.count < 2 + rng.int(0...2) { let t = rng.pick(pool); if !tables.contains(t) { tables.append(t) } }
            let article = "aeiou".contains(subject.first ?? "x") ? "An" : "A"
            let prompt = "\(article) \(subject) \(verb) " + tables.dropLast().joined(separator: ", ") + " and \(tables.last ?? "")"
            let names = Planner().plan(prompt).schema.entities.map(\.name)
            #expect(tables.allSatisfy(names.contains), "seed \(seed): \(prompt) plans \(names)")
            #expect(!names.contains { $0.contains(verb) || $0.contains(subject.split(separator: " ").last.map(String.init) ?? subject) },
                    "seed \(seed): \(prompt) plans \(names)")
        }
    }

    /// A compound made with an -ing noun stays one name: "a time tracking app", "a package tracking system".
    @Test func anIngNounBeforeASingularIsACompound() {
        let names = Planner().plan("A package tracking system with shipments, carriers and tracking events").schema.entities.map(\.name)
        #expect(names.contains("tracking_events"), "\(names)")
        #expect(names.contains("shipments") && names.contains("carriers"), "\(names)")
    }

    /// The list after `with` still belongs to the verb's object: "a company manufacturing widgets with factories".
    @Test func theObjectBeforeWithIsATableToo() {
        let names = Planner().plan("A company manufacturing widgets with factories and shipments").schema.entities.map(\.name)
        #expect(Set(names) == ["widgets", "factories", "shipments"], "\(names)")
    }
}
