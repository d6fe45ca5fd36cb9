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

/// A parent that pairs two rows of an entity (a match's two users, a game's two teams): a child with one
/// reference to that entity names one of the pair, and both sides turn up. Drawn: names, row counts, key
/// types, whether the pair's columns are NULL sometimes.
@Suite struct PairedParentTests {
    static let shapes: [(g: String, p: String, a: String, b: String, c: String, role: String)] = [
        ("users", "matches", "user_id", "matched_user_id", "messages", "sender_id"),
        ("teams", "games", "home_team_id", "away_team_id", "goals", "scoring_team_id"),
        ("players", "trades", "buyer_id", "seller_id", "disputes", "raised_by_id"),
        ("accounts", "transfers", "from_account_id", "to_account_id", "fees", "charged_account_id"),
    ]

    @Test func aChildOfAPairNamesOneOfTheTwo() throws {
        for seed in UInt64(1)...40 {
            var rng = FuzzRandom(seed: seed)
            let s = rng.pick(Self.shapes)
            let nullable = rng.pick([0.0, 0.0, 0.1])
            let json = """
            {"name": "pairs", "seed": \(seed), "entities": [
              {"name": "\(s.g)", "rows": \(rng.int(2...40)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "name", "kind": "person.full_name"}]},
              {"name": "\(s.p)", "rows": \(rng.int(3...80)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "\(s.a)", "references": "\(s.g).id"}, {"name": "\(s.b)", "references": "\(s.g).id", "nullable": \(nullable)}]},
              {"name": "\(s.c)", "rows": \(rng.int(40...300)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "\(String(s.p.dropLast(s.p.hasSuffix("ches") || s.p.hasSuffix("sses") ? 2 : 1)))_id", "references": "\(s.p).id"},
                {"name": "\(s.role)", "references": "\(s.g).id"}]}]}
            """
            let plan = try TestSupport.plan(json)
            let pairs = Dictionary(TestSupport.table(plan, s.p).map { ($0[0] ?? "", [$0[1], $0[2]]) }, uniquingKeysWith: { a, _ in a })
            var outside = 0, first = 0, second = 0
            for row in TestSupport.table(plan, s.c) {
                guard let pid = row[1], let pair = pairs[pid], let who = row[2] else { continue }
                if who == pair[0] { first += 1 } else if who == pair[1] { second += 1 } else if pair[1] != nil { outside += 1 }
            }
            #expect(outside == 0, "seed \(seed): \(outside) rows of \(s.c) name neither of their \(s.p)'s two\n\(json)")
            #expect(first > 0 && second > 0, "seed \(seed): one side only (\(first) / \(second))")
        }
    }
}
