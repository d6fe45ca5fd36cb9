import Testing
@testable import DoppelEngine

/// CSV copies the cells of kinds that promise plain text (`KindGenerator.writesPlainText`) without
/// looking for bytes to quote; every other cell is still quoted as it needs.
@Suite struct PlainTextTests {
    @Test func wordTablesKnowWhetherTheyArePlain() {
        #expect(WordTable("Ann|Bob|Cleo").isPlain)
        #expect(!WordTable("Ann|Smith, Jones|Cleo").isPlain)
        #expect(!WordTable("Ann|say \"hi\"").isPlain)
    }

    @Test func plainColumnsAreCopiedAndOthersStillQuoted() throws {
        let schema = #"""
        {"name": "t", "locale": "en_US", "entities": [{"name": "people", "rows": 300, "fields": [
          {"name": "first_name", "type": "string", "kind": "person.first_name"},
          {"name": "email", "type": "string", "kind": "internet.email"},
          {"name": "company", "type": "string", "kind": "company.name"},
          {"name": "plain", "type": "string", "kind": "enum", "values": ["a", "b"]},
          {"name": "odd", "type": "string", "kind": "enum", "values": ["x, y", "say \"hi\""]}]}]}
        """#
        let plan = try TestSupport.plan(schema)
        let e = try #require(plan.entity(named: "people"))
        let plain = e.fields.map { f -> Bool in
            if case let .kind(g, _) = f.source { return g.writesPlainText(locales: e.locales) }
            return false
        }
        // Company names can hold a comma ("Smith, Jones and Brown").
        #expect(plain == [true, true, false, true, false])
        let csv = String(decoding: try #require(try TestSupport.outputs(plan, .csv)["people.csv"]), as: UTF8.self)
        let lines = csv.split(separator: "\n").dropFirst()
        #expect(lines.count == 300)
        var quotedCompanies = 0
        for line in lines {
            let odd = line.hasSuffix(#","x, y""#) ? #","x, y""# : #","say ""hi""""#
            #expect(line.hasSuffix(odd), "\(line)")
            // Before the last column only a company name with a comma is quoted.
            if line.dropLast(odd.count).contains("\"") { quotedCompanies += 1 }
        }
        #expect(quotedCompanies > 0, "some company names should be quoted for their comma")
    }
}
