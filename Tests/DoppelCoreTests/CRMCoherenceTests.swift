import Testing
import DoppelTestSupport
@testable import DoppelEngine

/// A stranger's CRM: companies at a website of random words (Reyes-Hernandez at orbitlink.co/guides), contacts'
/// phones in four formats in one clean column, a lost deal at 70 % and open deals expected to close two years ago.
/// Drawn names, locales, stage lists and seeds.
@Suite struct CRMCoherenceTests {
    @Test(arguments: 1...6) func aSiteIsItsOwnersName(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let table = rng.pick(["companies", "vendors", "suppliers", "organizations", "agencies"])
        let (site, kind) = rng.pick([("website", "internet.url"), ("homepage", "internet.url"), ("url", "internet.url"),
                                     ("domain", "internet.domain"), ("web_site", "internet.url")])
        let locale = rng.pick(["en_US", "de_DE", "fr_FR", "es_ES", "pt_BR"])
        let json = """
        {"name": "crm", "seed": \(seed), "locale": "\(locale)", "entities": [
          {"name": "\(table)", "rows": \(rng.int(20...200)), "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "name", "kind": "company.name"}, {"name": "\(site)", "kind": "\(kind)"}]}]}
        """
        for row in TestSupport.table(try TestSupport.plan(json), table) {
            let name = try #require(row[1]), got = try #require(row[2])
            let want = try #require(kind == "internet.domain" ? SiteAddress.domain(ofName: name) : SiteAddress.url(ofName: name))
            #expect(got == want, "seed \(seed): \(name) at \(got)")
            // The stem is the name's first word, folded: never words of its own.
            let first = try #require(name.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "-" }).first)
            var folded = CellBytes()
            Array(first.utf8).withUnsafeBufferPointer { ASCIIFold.append($0, to: &folded) }
            #expect(got.contains(String(decoding: folded.bytes, as: UTF8.self)), "seed \(seed): \(name) at \(got)")
        }
    }

    @Test func aDomainLeavesLegalFormsOutAndSaysTheirCountry() {
        #expect(SiteAddress.domain(ofName: "Lumina Group LLC") == "luminagroup.com")
        #expect(SiteAddress.domain(ofName: "Weber GmbH") == "weber.de")
        #expect(SiteAddress.domain(ofName: "Reyes-Hernandez") == "reyes-hernandez.com")
        #expect(SiteAddress.domain(ofName: "Smith, Jones and Brown") == "smithjonesbrown.com")
        #expect(SiteAddress.domain(ofName: "Müller & Söhne KG") == "mullersohne.de" || SiteAddress.domain(ofName: "Müller & Söhne KG") == "muellersoehne.de")
        #expect(SiteAddress.domain(ofName: "Riverside Community Foundation") == "riversidecommunityfoundation.org"
                    || SiteAddress.domain(ofName: "Riverside Community Foundation") == "riversidecommunity.org")
        #expect(SiteAddress.domain(ofName: "株式会社") == nil)
    }

    @Test(arguments: 1...6) func aCleanPhoneColumnHasOneFormat(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let locale = rng.pick(["en_US", "de_DE", "fr_FR", "es_ES", "pt_BR", "ja_JP"])
        let json = """
        {"name": "people", "seed": \(seed), "locale": "\(locale)", "entities": [
          {"name": "contacts", "rows": 300, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "phone", "kind": "phone.number"}, {"name": "mobile", "kind": "phone.number"}]}]}
        """
        let rows = TestSupport.table(try TestSupport.plan(json), "contacts")
        for column in [1, 2] {
            // The shape: digits as #, the rest as they are.
            let shapes = Set(rows.map { String(($0[column] ?? "").map { $0.isNumber ? "#" : $0 }) })
            #expect(shapes.count == 1, "seed \(seed) \(locale): \(shapes)")
        }
    }

    @Test(arguments: 1...8) func aDealsChanceAndCloseFollowItsStage(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let open = Array(["lead", "prospecting", "qualification", "discovery", "demo", "proposal", "negotiation"].shuffled(using: &rng)
            .prefix(rng.int(1...5)))
        let closed = rng.pick([["closed_won", "closed_lost"], ["won", "lost"], ["Closed Won", "Closed Lost"]])
        let values = (open + closed).map { "\"\($0)\"" }.joined(separator: ", ")
        let (chance, type, scale) = rng.pick([("probability", "decimal", 1.0), ("win_probability", "integer", 100.0),
                                              ("likelihood", "decimal", 1.0)])
        let close = rng.pick(["close_date", "expected_close_date", "closing_date"])
        let json = """
        {"name": "sales", "seed": \(seed), "reference_date": "2025-01-01", "entities": [
          {"name": "deals", "rows": 400, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "stage", "kind": "enum", "values": [\(values)]},
            {"name": "\(chance)", "type": "\(type)", "kind": "number.decimal", "min": 0, "max": \(scale == 1 ? 1 : 100)},
            {"name": "\(close)", "type": "date", "kind": "date.past"}]}]}
        """
        let plan = try TestSupport.plan(json)
        let now = "2025-01-01"
        for row in TestSupport.table(plan, "deals") {
            let stage = try #require(row[1]), p = try #require(Double(row[2] ?? "")), date = try #require(row[3])
            let isClosed = closed.contains(stage)
            if isClosed {
                #expect(p == (stage.lowercased().contains("won") ? scale : 0), "seed \(seed): \(row)")
                #expect(date < now, "seed \(seed): \(row) closed after \(now)")
            } else {
                let i = try #require(open.firstIndex(of: stage))
                let centre = Double(i + 1) / Double(open.count + 1) * scale
                #expect(p > 0 && p < scale && abs(p - centre) <= 0.21 * scale, "seed \(seed): \(row) in \(open)")
                #expect(date > now, "seed \(seed): \(row) open yet closed by \(now)")
            }
        }
    }

    @Test(arguments: 1...3) func anAccountThatIsOnlyClosedKeepsItsCloseDate(seed: UInt64) throws {
        // An account's `status` (active, closed) is no deal's stage: its close date is not moved ahead for open ones.
        let json = """
        {"name": "bank", "seed": \(seed), "reference_date": "2025-01-01", "entities": [
          {"name": "accounts", "rows": 300, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "status", "kind": "enum", "values": ["active", "dormant", "closed"]},
            {"name": "close_date", "type": "date", "kind": "date.past"}]}]}
        """
        let plan = try TestSupport.plan(json)
        for row in TestSupport.table(plan, "accounts") {
            #expect((row[2] ?? "") < "2025-01-01", "seed \(seed): \(row)")
        }
    }
}
