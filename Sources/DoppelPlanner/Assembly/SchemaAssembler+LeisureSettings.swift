import DoppelEngine

/// Where a dance studio, a zoo, a tattoo parlour, a newsroom or a fishing fleet changes what a table is
/// (`DomainCatalogue+Leisure`); before `settingTemplate`'s own overrides (a ballet school is no school district).
extension SchemaAssembler {
    /// The template the prompt's setting gives entity `i` (key `key`), or nil to keep the catalogue's.
    func leisureTemplate(_ i: Int, key: String) -> EntityTemplate? {
        let head = entities[i].head
        let words = Set(reading.allWords.map { $0.lowercased() }).union(entities[i].keyWords.map(String.init))
        func setting(_ list: Set<String>) -> Bool { !words.isDisjoint(with: list) }
        let explicit = entities[i].draft.columnsExplicit
        if !explicit, ["class", "lesson"].contains(head), setting(DomainCatalogue.danceWords), !setting(["university", "college"]) {
            return DomainCatalogue.danceClasses
        } else if !explicit, ["student", "dancer"].contains(head), setting(DomainCatalogue.danceWords),
                  !setting(["university", "college", "gpa"]) {
            return DomainCatalogue.danceStudents
        } else if !explicit, ["instructor", "teacher", "choreographer"].contains(head), setting(DomainCatalogue.danceWords),
                  !setting(["university", "college"]) {
            return DomainCatalogue.danceInstructors
        } else if !explicit, head == "animal", setting(DomainCatalogue.zooWords) {
            return DomainCatalogue.zooAnimals
        } else if !explicit, head == "artist", setting(DomainCatalogue.tattooWords) {
            return DomainCatalogue.tattooArtists
        } else if !explicit, ["appointment", "booking", "session"].contains(head), setting(DomainCatalogue.tattooWords) {
            return DomainCatalogue.tattooAppointments
        } else if !explicit, head == "deposit",
                  entities.contains(where: { ["appointment", "booking", "reservation", "session"].contains($0.head) }),
                  !entities.contains(where: { ["account", "wallet", "bank", "withdrawal"].contains($0.head) }) {
            return DomainCatalogue.bookingDeposits
        } else if !explicit, ["section", "desk"].contains(head), setting(NewsHeadlines.newsWords) {
            return DomainCatalogue.newsSections
        } else if !explicit, ["trip", "voyage", "outing"].contains(head), setting(DomainCatalogue.fishingWords),
                  entities.contains(where: { ["boat", "vessel", "ship", "trawler"].contains($0.head) }) {
            return DomainCatalogue.fishingTrips
        } else if !explicit, ["catch", "landing"].contains(head), setting(DomainCatalogue.fishingWords) {
            return DomainCatalogue.fishCatches
        }
        return nil
    }
}
