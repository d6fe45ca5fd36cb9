import Testing
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// A non-fiction book's description speaks of its subject, never of a plot:
/// a biography has no protagonist who "uncovers a secret". Schemas (genre
/// lists, column names, seeds) are drawn from a seeded generator; a failure
/// prints the draw.
@Suite struct NonFictionDescriptionTests {
    static let nonFiction = ["Biography", "History", "Cookbook", "Self-Help", "Business", "Memoir", "Travel", "True Crime", "Science"]
    static let fiction = ["Mystery", "Romance", "Fantasy", "Thriller", "Historical Fiction", "Science Fiction"]
    /// Words a plot summary uses and a description of a real subject does not.
    static let plotMarks = ["It follows", " who ", "secret", "mistake", "heiress", "detective"]

    @Test func nonFictionBooksAreNotDescribedByAPlot() throws {
        var draw = TextRNG(seed: 0xB10)
        var checkedNonFiction = 0, plotsInFiction = 0
        for _ in 0..<6 {
            let seed = draw.next() % 1_000_000
            let genres = (Self.nonFiction + Self.fiction).filter { _ in draw.chance(0.6) } + ["Biography", "Mystery"]
            let genreColumn = ["genre", "category"][draw.below(2)]
            let list = Array(Set(genres)).sorted().map { "\"\($0)\"" }.joined(separator: ", ")
            let schema = """
            {"name": "shop", "seed": \(seed), "entities": [{"name": "books", "rows": 3000, "fields": [
              {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
              {"name": "title", "type": "string", "kind": "text.title"},
              {"name": "\(genreColumn)", "type": "string", "kind": "enum", "values": [\(list)]},
              {"name": "description", "type": "text", "kind": "text.description"}]}]}
            """
            let rows = TestSupport.table(try TestSupport.plan(schema), "books")
            var broken = 0, first = ""
            for row in rows {
                guard let genre = row[2], let text = row[3] else { continue }
                let plot = Self.plotMarks.contains { text.contains($0) }
                if Self.nonFiction.contains(genre) {
                    checkedNonFiction += 1
                    if plot { broken += 1; if first.isEmpty { first = "\(genre): \(text)" } }
                } else if plot {
                    plotsInFiction += 1
                }
            }
            #expect(broken == 0, "seed \(seed) \(genreColumn): \(broken) rows, first \(first)")
        }
        #expect(checkedNonFiction > 1000)
        #expect(plotsInFiction > 1000, "fiction still gets its plot")
    }
}
