import Testing
@testable import DoppelEngine
import DoppelTestSupport

/// A genre fits what the table holds: a podcast's (said by the table or by the dataset's name) is a podcast
/// category, never "Animation"; a book's never "Metal".
@Suite struct GenreListTests {
    @Test(arguments: [UInt64(2101), 2102, 2103, 2104])
    func aGenreFitsItsTable(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let (dataset, entity, list) = rng.pick([("podcast_platform", "shows", Words.podcastGenres), ("media", "podcasts", Words.podcastGenres),
                                                ("podcast_network", "episodes", Words.podcastGenres), ("bookstore", "books", Words.bookGenres),
                                                ("streaming", "movies", Words.screenGenres), ("music", "songs", Words.musicGenres)])
        let schema = """
        {"name": "\(dataset)", "seed": \(seed), "entities": [{"name": "\(entity)", "rows": \(rng.int(1...500)), "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true}, {"name": "genre", "type": "string", "kind": "media.genre"}]}]}
        """
        let allowed = Set((0..<list.count).map { list.string($0) })
        for row in TestSupport.table(try TestSupport.plan(schema), entity) {
            #expect(allowed.contains(row[1] ?? ""), "seed \(seed): \(dataset).\(entity) \(row)")
        }
    }
}
