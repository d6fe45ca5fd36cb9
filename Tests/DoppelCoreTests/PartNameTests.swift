import Testing
@testable import DoppelEngine
@testable import DoppelPlanner
import DoppelTestSupport

/// A planned table of parts names parts as a parts list would, sizes filled in: no consumer products
/// ("Vintage Silk Nail Polish"), no template braces left. Drawn prompts and seeds.
@Suite struct PartNameTests {
    @Test(arguments: [UInt64(1201), 1202, 1203])
    func plannedPartsAreParts(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let setting = rng.pick(["Factory with machines, parts, suppliers and work orders", "Bike repair shop: customers, bikes, repair jobs and parts",
                                "Warehouse with spare parts and suppliers", "Aircraft maintenance: aircraft, components and inspections"])
        var schema = Planner().plan(setting).schema
        schema.seed = seed
        let plan = try schema.resolve(ResolveOptions()).get()
        let table = try #require(plan.entities.first { ["parts", "spare_parts", "components"].contains($0.name) }, "\(setting)")
        let kinds = Set(PartNameKind.parts.map { String($0.prefix { $0 != "{" }).trimmingCharacters(in: .whitespaces) })
        for name in TestSupport.column(plan, table.name, "name").compactMap({ $0 }) {
            #expect(!name.contains("{") && !name.contains("}") && !name.contains("|"), "seed \(seed): \(name)")
            #expect(kinds.contains { name.hasPrefix($0) }, "seed \(seed): \(setting): \(name)")
        }
    }
}
