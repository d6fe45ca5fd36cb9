import Testing
@testable import DoppelPlanner
import DoppelTestSupport

/// "Marathon runners and their 5k splits" planned splits with no runner. A table listed as what the one before owns
/// ("and their …", "and its …") references that one, whatever either is called.
@Suite struct PossessiveListTests {
    static let owners = ["marathon_runners", "beekeepers", "zorblats", "fleets", "orchards", "studios", "kennels", "vineyards"]
    static let owned = ["splits", "hives", "grommets", "voyages", "harvests", "sessions", "litters", "vintages"]

    @Test(arguments: [UInt64(0xF1), 0xF2, 0xF3, 0xF4])
    func whatTheOneBeforeOwnsReferencesIt(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<6 {
            let owner = rng.pick(Self.owners), child = rng.pick(Self.owned)
            let lead = rng.pick(["", "Data for ", "A dataset of "])
            let joint = rng.pick([" and their ", ", and their ", " and its "])
            let prompt = lead + owner.replacingOccurrences(of: "_", with: " ") + joint + child
            let schema = Planner().plan(prompt).schema
            let c = try #require(schema.entities.first { $0.name == child }, "\(prompt): \(schema.entities.map(\.name))")
            #expect(c.fields.contains { $0.references?.entity == owner }, "\(prompt): \(c.fields.map(\.name))")
            #expect(PlanInvariants.problems(schema).isEmpty, "\(prompt)")
        }
    }

    /// Without a possessive, two unknown tables stay apart.
    @Test func twoListedTablesWithoutAPossessiveStayApart() {
        let schema = Planner().plan("zorblats and grommets").schema
        let g = schema.entities.first { $0.name == "grommets" }
        #expect(g?.fields.contains { $0.references?.entity == "zorblats" } == false)
    }
}
