import Testing
import DoppelTestSupport
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// A child that references a parent and an entity the parent references too
/// names the same one: a prescription's pet is its appointment's pet. Schemas
/// are drawn from a seeded generator (names, row counts, fanouts, key types,
/// NULL rates, whether the column names agree); a failure prints its seed.
@Suite struct ReferenceDiamondTests {
    static let shapes: [(g: String, p: String, c: String)] = [
        ("pets", "appointments", "prescriptions"), ("members", "loans", "fines"), ("customers", "orders", "refunds"),
        ("projects", "tasks", "time_entries"), ("patients", "visits", "lab_results"), ("accounts", "invoices", "payments"),
    ]

    static func draw(seed: UInt64) -> (json: String, g: String, p: String, c: String, sameName: Bool) {
        var rng = FuzzRandom(seed: seed)
        let (g, p, c) = rng.pick(shapes)
        let gKey = String(g.dropLast()) + "_id"
        let sameName = rng.chance(0.7)
        let childColumn = sameName ? gKey : "related_" + gKey
        let uuid = rng.chance(0.3)
        let keyField = uuid ? #"{"name": "id", "kind": "id.uuid", "primary_key": true}"# : #"{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true}"#
        let pNull = rng.pick([0.0, 0.0, 0.2])
        let json = """
        {"name": "diamond", "seed": \(seed), "entities": [
          {"name": "\(g)", "rows": \(rng.int(3...60)), "fields": [\(keyField), {"name": "name", "kind": "person.full_name"}]},
          {"name": "\(p)", "rows": \(rng.int(5...200)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "\(gKey)", "references": "\(g).id", "fanout": "\(rng.pick(["uniform", "zipf"]))", "nullable": \(pNull)},
            {"name": "created_at", "type": "datetime"}]},
          {"name": "\(c)", "rows": \(rng.int(10...400)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "\(String(p.dropLast()))_id", "references": "\(p).id", "fanout": "\(rng.pick(["uniform", "zipf"]))"},
            {"name": "\(childColumn)", "references": "\(g).id"},
            {"name": "amount", "type": "decimal", "min": 1, "max": 100}]}]}
        """
        return (json, g, p, c, sameName)
    }

    @Test func aChildsSharedReferenceIsItsParents() throws {
        for seed in UInt64(1)...60 {
            let (json, g, p, c, sameName) = Self.draw(seed: seed)
            let plan = try TestSupport.plan(json)
            let gKey = String(g.dropLast()) + "_id"
            let parentKeys = TestSupport.table(plan, p).map { ($0[0], $0[1]) }
            let byId = Dictionary(parentKeys.map { ($0.0 ?? "", $0.1) }, uniquingKeysWith: { a, _ in a })
            let gIds = Set(TestSupport.column(plan, g, "id").compactMap { $0 })
            var mismatches = 0, unresolved = 0
            for row in TestSupport.table(plan, c) {
                guard let pid = row[1], let own = row[2] else { unresolved += 1; continue }
                if !gIds.contains(own) { unresolved += 1 }
                if let parentG = byId[pid] ?? nil, parentG != own { mismatches += 1 }
            }
            #expect(unresolved == 0, "seed \(seed): \(unresolved) rows of \(c) name no existing \(g)\n\(json)")
            #expect(mismatches == 0, "seed \(seed): \(mismatches) rows of \(c) disagree with their \(p)'s \(gKey) (same name: \(sameName))\n\(json)")
        }
    }

    @Test func aUniqueSharedReferenceKeepsItsOwnDraw() throws {
        let json = """
        {"name": "d", "seed": 3, "entities": [
          {"name": "pets", "rows": 50, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true}]},
          {"name": "visits", "rows": 50, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "pet_id", "references": "pets.id"}]},
          {"name": "passports", "rows": 50, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "visit_id", "references": "visits.id"}, {"name": "pet_id", "references": "pets.id", "unique": true}]}]}
        """
        let pets = TestSupport.column(try TestSupport.plan(json), "passports", "pet_id")
        #expect(Set(pets).count == 50, "a unique reference stays one per pet")
    }
}
