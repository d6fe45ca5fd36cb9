import Testing
import DoppelTestSupport
@testable import DoppelEngine

/// A maintenance or repair request's description says what is wrong, in its own trade's words: a
/// plumbing job leaks, an electrical one loses power, never the other way round. Drawn entity names,
/// category values and row counts; categories no trade names keep the plain record description.
@Suite struct RepairDescriptionTests {
    @Test func aRequestDescribesAProblemOfItsOwnTrade() throws {
        for seed in UInt64(1)...10 {
            var rng = FuzzRandom(seed: seed)
            let entity = rng.pick(["maintenance_requests", "repair_requests", "work_orders", "maintenance_tickets", "repairs"])
            let column = rng.pick(["category", "type", "request_type", "issue_type"])
            let categories = rng.pick([["plumbing", "electrical", "hvac", "appliance", "pest", "general"],
                                       ["Plumbing", "Electrical", "Heating", "Locks", "Roofing", "Other"],
                                       ["pest_control", "air_conditioning", "landscaping", "flooring", "IT"]])
            let json = """
            {"name": "m", "seed": \(seed), "entities": [{"name": "\(entity)", "rows": \(rng.int(60...400)), "fields": [
              {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
              {"name": "\(column)", "type": "string", "kind": "enum", "values": [\(categories.map { "\"\($0)\"" }.joined(separator: ", "))]},
              {"name": "description", "type": "text", "kind": "text.description"},
              {"name": "status", "type": "string", "kind": "enum", "values": ["open", "in_progress", "completed"]}]}]}
            """
            let plan = try TestSupport.plan(json)
            let all = Set(categories.compactMap(RepairProblems.problems(forCategory:)).flatMap { $0 })
            for row in TestSupport.table(plan, entity) {
                let category = try #require(row[1]), text = try #require(row[2])
                if let own = RepairProblems.problems(forCategory: category) {
                    #expect(own.contains { text.hasPrefix($0) }, "seed \(seed) \(category): \(text)")
                } else {
                    #expect(!all.contains { text.contains($0) }, "seed \(seed) \(category) has a trade's problem: \(text)")
                }
            }
        }
    }

    @Test func categoriesNameTheirTrades() {
        #expect(RepairProblems.problems(forCategory: "HVAC")?.contains { $0.contains("heating") || $0.contains("air conditioning") } == true)
        #expect(RepairProblems.problems(forCategory: "pest_control")?.first?.contains("Mice") == true)
        #expect(RepairProblems.problems(forCategory: "IT") == nil)
        #expect(RepairProblems.isRepairRecord("maintenance request") && RepairProblems.isRepairRecord("work order"))
        #expect(!RepairProblems.isRepairRecord("incident report") && !RepairProblems.isRepairRecord("claim"))
    }
}
