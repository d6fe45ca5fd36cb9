/// A field's values drawn from a given pool of texts (free text a model wrote
/// once) instead of its kind's generator: see `ResolveOptions.textPools`.
///
/// Row `i` takes text number `mix(key, i) mod count`, where `key` is the
/// field's stream key (a hash of seed, entity and field name): a pure
/// function of (seed, entity, field, row), so output is the same whatever the
/// thread count or shard, and two fields with the same pool pick differently.
struct PooledText: KindGenerator {
    /// The texts as UTF-8, converted once at plan time.
    let texts: [[UInt8]]
    let key: UInt64

    /// Nil for an empty pool (the field keeps its kind).
    init?(_ pool: [String], key: UInt64) {
        guard !pool.isEmpty else { return nil }
        texts = pool.map { Array($0.utf8) }
        self.key = key
    }

    /// The pool index of `row`: SplitMix64's finalizer over the key and row.
    func index(row: Int) -> Int {
        var z = key &+ UInt64(bitPattern: Int64(row)) &* 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return Int(z % UInt64(texts.count))
    }

    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        out.append(contentsOf: texts[index(row: c.row)])
        return .text
    }
}
