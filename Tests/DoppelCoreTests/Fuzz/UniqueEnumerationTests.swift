import Testing
import DoppelJSON
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// Unique mode numbers a kind's values 0..<capacity; that is only distinct if every list it
/// enumerates has distinct entries. Every kind of the catalogue, each locale, up to 3,000 rows.
@Suite struct UniqueEnumerationTests {
    /// Seed 895934857525 drew `text.word` unique: its word list held "site" twice, so two rows
    /// got the same word.
    @Test(arguments: ["en_US", "de_DE", "fr_FR", "es_ES", "pt_BR", "ja_JP"])
    func everyEnumerableKindGivesDistinctValuesUpToItsCapacity(locale: String) throws {
        var repeats: [String] = []
        for entry in KindCatalogue.entries where entry.name != "enum" {
            let probe = #"{"name": "u", "locale": "\#(locale)", "entities": [{"name": "t", "rows": 1, "fields": [{"name": "v", "kind": "\#(entry.name)", "unique": true}]}]}"#
            guard let plan = try? TestSupport.plan(probe), case let .kind(g, _)? = plan.entities.first?.fields.first?.source else { continue }
            let cap = g.uniqueCapacity
            guard cap > 1 else { continue }
            let rows = Int(min(cap, 3000))
            let text = #"{"name": "u", "locale": "\#(locale)", "entities": [{"name": "t", "rows": \#(rows), "fields": [{"name": "v", "kind": "\#(entry.name)", "unique": true}]}]}"#
            guard let full = try? TestSupport.plan(text) else { repeats.append("\(entry.name): \(rows) rows refused at its own capacity"); continue }
            var seen: [String: Int] = [:]
            for (row, v) in TestSupport.column(full, "t", "v").enumerated() {
                if let v, let first = seen.updateValue(row, forKey: v) {
                    repeats.append("\(entry.name): \"\(v)\" in rows \(first) and \(row) of \(rows)")
                    break
                }
            }
        }
        #expect(repeats.isEmpty, "\(repeats.joined(separator: "\n"))")
    }
}
