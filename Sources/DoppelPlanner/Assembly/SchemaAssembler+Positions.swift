import DoppelEngine

extension SchemaAssembler {
    /// A numbered position (a bed, a stall, a berth, a locker) is in a place: a table of them that points at nothing
    /// references the place listed nearest before it (a greenhouse's beds), else after it. Before, strangers' beds
    /// and greenhouses could not be joined.
    mutating func linkPositionsToPlaces() {
        // An object the catalogue does not know, listed right after a place, is kept there: an apiary's hives.
        for i in entities.indices.dropFirst() where entities[i].template == nil && entities[i].nature == .thing
            && DomainCatalogue.unknownThing(entities[i].key) == .object && entities[i - 1].nature == .place {
            let own = entities[i].name
            guard !entities[i].referencesOthers, !entities[i - 1].references(own) else { continue }
            addReference(from: i, to: i - 1)
            warnings.append("`\(own)` are kept at `\(entities[i - 1].name)`: added a reference to it.")
        }
        for i in entities.indices where entities[i].template == nil && RowTitleWriter.positionNouns.contains(entities[i].head) {
            let own = entities[i].name
            guard !entities[i].referencesOthers else { continue }
            let places = entities.indices.filter { j in
                j != i && entities[j].nature == .place && !RowTitleWriter.positionNouns.contains(entities[j].head)
                    && !entities[j].references(own)
            }
            guard let j = places.filter({ $0 < i }).max() ?? places.min() else { continue }
            addReference(from: i, to: j)
            warnings.append("`\(own)` are places in `\(entities[j].name)`: added a reference to it.")
        }
    }
}
