import Testing
@testable import DoppelEngine

/// A claim is of a kind its policy pays for: a car policy's claim a collision or a theft, a home policy's a fire
/// or water damage, never a collision on a home policy. Drawn policy spellings, claim columns and seeds.
@Suite struct ClaimTypeTests {
    static let policyValues = [["auto", "home", "health", "life"], ["Auto", "Homeowners", "Renters", "Pet"],
                               ["car_insurance", "home_insurance", "travel_insurance"], ["Motor", "Property", "Dental", "Business"]]
    static let claimValues = [["collision", "theft", "water_damage", "fire", "medical", "liability"],
                              ["Collision", "Theft", "Water Damage", "Fire", "Medical", "Storm", "Lost Baggage", "Illness"]]
    static let claimColumns = ["type", "claim_type", "loss_type"]
    static let policyColumns = ["type", "policy_type", "coverage_type"]

    @Test(arguments: 0..<24) func aClaimIsOfAKindItsPolicyPaysFor(seed: Int) throws {
        let policies = Self.policyValues[seed % Self.policyValues.count], claims = Self.claimValues[(seed / 4) % 2]
        let cc = Self.claimColumns[seed % 3], pc = Self.policyColumns[(seed / 3) % 3]
        func list(_ v: [String]) -> String { v.map { "\"\($0)\"" }.joined(separator: ", ") }
        let plan = try TestSupport.plan("""
        {"name": "insurer", "seed": \(seed), "entities": [
          {"name": "policies", "rows": 40, "fields": [
            {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "\(pc)", "type": "string", "kind": "enum", "values": [\(list(policies))]}]},
          {"name": "claims", "rows": 300, "fields": [
            {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "policy_id", "type": "integer", "references": "policies.id"},
            {"name": "\(cc)", "type": "string", "kind": "enum", "values": [\(list(claims))]}]}]}
        """)
        let types = TestSupport.table(plan, "policies").map { $0[1] }
        for row in TestSupport.table(plan, "claims") {
            let policyRow = try #require(Int(row[1] ?? ""))
            let policy = try #require(types[policyRow - 1]), claim = try #require(row[2])
            guard let allowed = ClaimTypes.claims(ofPolicy: policy, offered: claims) else { continue }
            #expect(allowed.contains(claim), "seed \(seed): a \(claim) claim on a \(policy) policy")
            // Where the column offers one of the policy's claims, the claim is written as the column writes it.
            if claims.contains(where: { c in allowed.contains(c) }) { #expect(claims.contains(claim), "seed \(seed): \(claim)") }
        }
    }

    @Test func theKindsReadThePolicysWords() {
        #expect(ClaimTypes.claims(ofPolicy: "Auto", offered: ["Collision", "Fire"]) == ["Collision"])
        #expect(ClaimTypes.claims(ofPolicy: "home_insurance", offered: ["water damage", "collision"]) == ["water damage"])
        #expect(ClaimTypes.claims(ofPolicy: "Pet", offered: []) == ["illness", "accident", "wellness"])
        #expect(ClaimTypes.claims(ofPolicy: "umbrella", offered: ["fire"]) == nil)
    }
}
