import DoppelEngine

extension GenerateRequest {
    /// Fixes the seed the generation will use and writes it into the schema,
    /// so `metadata.seed` can report it and the call can be repeated.
    ///
    /// The request's `seed` wins, then the schema's; with neither, a sharded
    /// request uses `Schema.defaultSeed` — shards started apart must agree, and a
    /// fresh seed per shard would make them disagree — and any other request
    /// takes `fresh()`.
    /// - Returns: a warning for `metadata.warnings` when a shard fell back to the default seed.
    public mutating func settleSeed(fresh: () -> UInt64) -> String? {
        if let seed = seed ?? schema.seed {
            schema.seed = seed
            return nil
        }
        if shard != nil {
            schema.seed = Schema.defaultSeed
            return "shard without seed: seed \(Schema.defaultSeed) is used so the shards agree; send seed to vary the data"
        }
        schema.seed = fresh()
        return nil
    }

    /// The seed the data was generated with (after `settleSeed`).
    public var usedSeed: UInt64 { seed ?? schema.seed ?? Schema.defaultSeed }
}
