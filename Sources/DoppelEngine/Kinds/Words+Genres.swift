import DoppelText

extension Words {
    /// Genres by what the entity holds: a book is never "Metal", a song never "Biography".
    static let bookGenres = WordTable("""
    Mystery|Thriller|Romance|Science Fiction|Fantasy|Historical Fiction|Literary Fiction|Biography|Memoir|\
    Horror|Young Adult|Self-Help|Poetry|Crime|Adventure|History|Travel|Business|Cookbook|Children's
    """)
    static let musicGenres = WordTable("""
    Rock|Pop|Jazz|Classical|Hip Hop|Electronic|Country|Folk|Blues|Reggae|Metal|R&B|Soul|Indie|Punk|Latin
    """)
    static let screenGenres = WordTable("""
    Drama|Comedy|Thriller|Science Fiction|Fantasy|Romance|Horror|Documentary|Mystery|Animation|Action|Adventure|Crime|Family
    """)
    static let podcastGenres = WordTable("""
    True Crime|Comedy|News|Business|Technology|Health & Fitness|Society & Culture|History|Education|Sports|Science|\
    Arts|Kids & Family|Fiction|Music|Politics
    """)

    /// The genre list for an entity's words (`books`, `songs`, `movies`), nil when none fits better than the mixed list.
    static func genres(forEntityWords words: Set<String>, setting: Set<String> = []) -> WordTable? {
        // A podcast's shows and episodes, said by the table or by the dataset (`podcast_platform`).
        if !words.union(setting).isDisjoint(with: ["podcast", "podcasts"]) { return podcastGenres }
        if !words.isDisjoint(with: ["book", "books", "novel", "novels", "ebook", "ebooks", "title", "titles", "publication"]) {
            return bookGenres
        }
        if !words.isDisjoint(with: ["song", "songs", "track", "tracks", "album", "albums", "artist", "artists", "band", "bands",
                                    "playlist", "playlists", "concert", "concerts"]) {
            return musicGenres
        }
        if !words.isDisjoint(with: ["movie", "movies", "film", "films", "show", "shows", "series", "episode", "episodes"]) {
            return screenGenres
        }
        return nil
    }
}
