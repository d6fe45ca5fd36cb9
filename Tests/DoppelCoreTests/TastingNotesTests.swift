import Testing
@testable import DoppelText
@testable import DoppelEngine

/// Tasting notes are written for what is tasted: a red wine's of dark fruit, a white's of citrus and
/// orchard fruit, a beer's of hops or roast by its style; two different aromas, one capital. Drawn
/// tables, columns and grapes.
@Suite struct TastingNotesTests {
    @Test func notesFitWhatIsTasted() throws {
        var g = PlannerFuzzTests.SplitMix(state: 17)
        let grapes = ["Merlot", "Pinot Noir", "Chardonnay", "Riesling", "Syrah", "Sauvignon Blanc"]
        let columns = ["tasting_notes", "flavor_notes", "aroma", "palate", "flavour_profile"]
        for round in 0..<10 {
            let column = columns[Int(g.next() % UInt64(columns.count))]
            let plan = try TestSupport.plan(#"""
                {"name": "cellar", "seed": \#(round), "entities": [{"name": "wines", "rows": 60, "fields": [
                  {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                  {"name": "name", "type": "string", "kind": "text.title"},
                  {"name": "grape_variety", "type": "string", "kind": "enum", "values": [\#(grapes.map { "\"\($0)\"" }.joined(separator: ","))]},
                  {"name": "\#(column)", "type": "text", "kind": "text.sentence"}]}]}
                """#)
            for row in TestSupport.table(plan, "wines") {
                let grape = row[2] ?? "", note = row[3] ?? ""
                let red = !Set(grape.lowercased().split(separator: " ").map(String.init)).isDisjoint(with: TastingNotes.redWords)
                let (aromas, _, _) = TastingNotes.words(red ? .redWine : .whiteWine)
                let (other, _, _) = TastingNotes.words(red ? .whiteWine : .redWine)
                let lower = note.lowercased()
                #expect(aromas.filter { lower.contains($0) }.count >= 2, "\(grape): \(note)")
                #expect(!other.contains { lower.contains($0) && !aromas.contains($0) }, "\(grape): \(note)")
                // Each sentence starts with a capital, and only there.
                for sentence in note.components(separatedBy: ". ") {
                    #expect(sentence.first?.isUppercase == true && sentence.dropFirst().filter(\.isUppercase).isEmpty, "\(note)")
                }
            }
        }
    }

    @Test func aBatchTastesOfTheBeerItBrews() throws {
        let plan = try TestSupport.plan(#"""
            {"name": "brewery", "seed": 2, "entities": [
              {"name": "beers", "rows": 5, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "name", "type": "string", "kind": "text.title"}]},
              {"name": "batches", "rows": 40, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "beer_id", "type": "integer", "references": "beers.id"},
                {"name": "tasting_notes", "type": "text", "kind": "text.sentence"}]}]}
            """#)
        let (pale, _, _) = TastingNotes.words(.beer), (dark, _, _) = TastingNotes.words(.darkBeer)
        for note in TestSupport.column(plan, "batches", "tasting_notes").compactMap({ $0 }) {
            let lower = note.lowercased()
            #expect((pale + dark).contains { lower.contains($0) }, "\(note)")
        }
    }
}
