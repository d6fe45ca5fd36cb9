import Testing
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// A record's own date (the one its name gives: `offer_date` of an offer,
/// `listed_on` of a listing) is its creation, so a child is dated on or after
/// the parent it references: no offer before its listing. Schemas (names,
/// column spellings, types, seeds) are drawn from a seeded generator; a
/// failure prints the draw.
@Suite struct OwnDateOrderTests {
    static let parents: [(String, [String])] = [
        ("listings", ["listed_on", "listing_date", "listed_at"]),
        ("shipments", ["shipped_at", "shipment_date"]),
        ("auctions", ["auction_date", "auctioned_on"]),
        ("campaigns", ["campaign_date", "launch_date"]),
    ]
    static let children: [(String, [String])] = [
        ("offers", ["offer_date", "offered_at", "offered_on"]),
        ("bids", ["bid_date", "bid_at"]),
        ("bookings", ["booking_date", "booked_at"]),
        ("applications", ["application_date"]),
    ]

    @Test func aChildIsDatedAfterTheParentItReferences() throws {
        var draw = TextRNG(seed: 0x0FFE_4)
        var checked = 0
        for _ in 0..<8 {
            let seed = draw.next() % 1_000_000
            let parent = Self.parents[draw.below(Self.parents.count)]
            // `launch_date` is not the campaign's own name: only columns the rule reads are drawn.
            let parentColumn = parent.1.filter { $0 != "launch_date" }[draw.below(parent.1.filter { $0 != "launch_date" }.count)]
            let child = Self.children[draw.below(Self.children.count)]
            let childColumn = child.1[draw.below(child.1.count)]
            func type(_ column: String) -> String { column.hasSuffix("_at") ? "datetime" : "date" }
            let schema = """
            {"name": "market", "seed": \(seed), "entities": [
              {"name": "\(parent.0)", "rows": 300, "fields": [
                {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "\(parentColumn)", "type": "\(type(parentColumn))", "kind": "\(type(parentColumn)).past"}]},
              {"name": "\(child.0)", "rows": 3000, "fields": [
                {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "parent_id", "type": "integer", "references": "\(parent.0).id"},
                {"name": "\(childColumn)", "type": "\(type(childColumn))", "kind": "\(type(childColumn)).past"}]}]}
            """
            let plan = try TestSupport.plan(schema)
            var parentDate: [String: String] = [:]
            for row in TestSupport.table(plan, parent.0) { if let id = row[0], let d = row[1] { parentDate[id] = String(d.prefix(10)) } }
            var broken = 0, first = ""
            for row in TestSupport.table(plan, child.0) {
                guard let p = row[1], let mine = row[2], let theirs = parentDate[p] else { continue }
                checked += 1
                if String(mine.prefix(10)) < theirs {
                    broken += 1
                    if first.isEmpty { first = "\(child.0).\(childColumn) \(mine) before \(parent.0).\(parentColumn) \(theirs)" }
                }
            }
            #expect(broken == 0, "seed \(seed): \(broken) rows, first \(first)")
        }
        #expect(checked > 10_000)
    }
}
