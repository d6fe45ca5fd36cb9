import DoppelText

/// Places one rides between locally are one city's (protocol/SCHEMA.md, *Rows that agree*): a bike share's
/// stations are not in New York and Orlando with a 1.9 km ride between them.
extension SchemaResolver {
    /// Heads of a table of places a network's rides start and end at.
    static let networkPlaceHeads: Set<String> = ["station", "dock", "docking_station", "stop", "bus_stop", "rack", "hub", "stand"]
    /// Words of a schema whose rides stay in one city (singular, as `datasetWords` holds them).
    static let localRideWords: Set<String> = ["bike", "bicycle", "ebike", "cycle", "scooter", "tram", "metro", "subway", "bus",
                                              "transit", "shuttle"]

    /// Whether `entity` is a table of such places: its head is a station, dock or stop, the schema rides bikes,
    /// scooters, buses or trams, and another table references it from two columns (a ride's start and end).
    func isLocalNetwork(_ entity: Entity) -> Bool {
        guard Self.networkPlaceHeads.contains(Inflector.singular(KindInference.head(ofEntity: entity.name))) else { return false }
        guard !datasetWords.isDisjoint(with: Self.localRideWords) else { return false }
        return schema.entities.contains { other in
            other.name != entity.name && other.fields.filter { $0.references?.entity == entity.name }.count >= 2
        }
    }
}
