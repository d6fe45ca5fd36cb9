import Testing
@testable import DoppelEngine
import DoppelTestSupport

/// A record's life opens with the participle its first date is named by (`installed_on`, `activated_at`,
/// `purchased_on`): later dates of the row follow it. Drawn names, types, row counts and seeds.
@Suite struct CreationVerbTests {
    @Test(arguments: [UInt64(1801), 1802, 1803, 1804, 1805, 1806, 1807, 1808])
    func laterDatesFollowTheOpeningOne(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let opening = rng.pick(["installed_on", "activated_at", "purchased_on", "acquired_on", "commissioned_on", "installed_at",
                                "planted_on", "launched_at", "founded_on", "established_on", "sown_on"])
        let later = rng.pick(["last_seen_at", "updated_at", "last_login_at", "last_used_at", "modified_at"])
        let openingType = opening.hasSuffix("_on") ? "date" : "datetime"
        let rows = rng.int(1...3000)
        let schema = """
        {"name": "life", "seed": \(seed), "entities": [{"name": "devices", "rows": \(rows), "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "\(later)", "type": "datetime"},
          {"name": "\(opening)", "type": "\(openingType)"}]}]}
        """
        let plan = try TestSupport.plan(schema)
        var early = 0
        for row in TestSupport.table(plan, "devices") {
            guard let l = row[1], let o = row[2] else { continue }
            if String(l.prefix(10)) < String(o.prefix(10)) { early += 1 }
        }
        #expect(early == 0, "seed \(seed): \(early) of \(rows) rows have \(later) before \(opening)")
    }

    /// A loan, rental or contract is due a week to two months after it opened (`borrowed_at` → `due_date`),
    /// not on a date of its own years away.
    @Test(arguments: [UInt64(1821), 1822, 1823, 1824])
    func aDueDateFollowsTheOpeningOne(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let (entity, opening) = rng.pick([("loans", "borrowed_at"), ("rentals", "rented_on"), ("leases", "signed_on"),
                                          ("loans", "loaned_at"), ("contracts", "signed_at"), ("leases", "leased_on")])
        let due = rng.pick(["due_date", "due_on", "return_due_date"])
        let schema = """
        {"seed": \(seed), "entities": [{"name": "\(entity)", "rows": \(rng.int(1...2000)), "fields": [
          {"name": "id", "primary_key": true}, {"name": "\(due)", "type": "date"},
          {"name": "\(opening)", "type": "\(opening.hasSuffix("_on") ? "date" : "datetime")"}]}]}
        """
        let plan = try TestSupport.plan(schema)
        for row in TestSupport.table(plan, entity) {
            let d = try #require(row[1].flatMap { TestSupport.instant($0) }), o = try #require(row[2].flatMap { TestSupport.instant(String($0.prefix(10))) })
            #expect(d >= o + 6 * 86_400 && d <= o + 61 * 86_400, "\(opening) \(row[2] ?? "") → \(due) \(row[1] ?? "")")
        }
    }

    /// A child's opening date follows its parent's: a harvest after its crop was planted, an episode after
    /// its show launched.
    @Test(arguments: [UInt64(1811), 1812, 1813])
    func aChildOpensAfterItsParent(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let (parent, parentDate, child, childDate) = rng.pick([("crops", "planted_on", "harvests", "harvested_on"),
                                                              ("shows", "launched_on", "episodes", "published_at"),
                                                              ("companies", "founded_on", "employees", "hired_on")])
        let schema = """
        {"name": "life", "seed": \(seed), "entities": [
          {"name": "\(parent)", "rows": \(rng.int(1...50)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "\(parentDate)", "type": "date"}]},
          {"name": "\(child)", "rows": \(rng.int(1...2000)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "parent_id", "type": "integer", "references": "\(parent).id"}, {"name": "\(childDate)", "type": "\(childDate.hasSuffix("_at") ? "datetime" : "date")"}]}]}
        """
        let plan = try TestSupport.plan(schema)
        let opened = Dictionary(uniqueKeysWithValues: TestSupport.table(plan, parent).map { ($0[0] ?? "", $0[1] ?? "") })
        for row in TestSupport.table(plan, child) {
            let start = try #require(opened[row[1] ?? ""]), own = try #require(row[2])
            #expect(String(own.prefix(10)) >= start, "seed \(seed): \(child) \(row) before \(parent) \(start)")
        }
    }
}
