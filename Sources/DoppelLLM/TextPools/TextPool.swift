/// A bounded set of distinct texts for one field, from which rows draw
/// deterministically: the same seed and row always give the same text.
///
/// This is what lets a million rows of review bodies cost a few model calls:
/// the model writes the pool once, rows pick from it.
public struct TextPool: Sendable, Equatable {
    public let texts: [String]
    /// Mixed into every draw so two fields with equal pools pick differently.
    public let salt: UInt64

    /// - Precondition: `texts` is not empty (the builder never makes an empty pool).
    public init(texts: [String], salt: UInt64) {
        self.texts = texts.isEmpty ? [""] : texts
        self.salt = salt
    }

    /// A pool salted by the field it serves.
    public init(texts: [String], entity: String, field: String) {
        let digest = SHA256.hash(entity + "\u{0}" + field)
        self.init(texts: texts, salt: digest.prefix(8).reduce(0) { $0 << 8 | UInt64($1) })
    }

    /// The text for `row` of a dataset generated with `seed`.
    public func text(row: Int, seed: UInt64) -> String {
        texts[index(row: row, seed: seed)]
    }

    /// The pool index for `row` under `seed`: a SplitMix64 hash, uniform over the pool.
    public func index(row: Int, seed: UInt64) -> Int {
        var z = (seed ^ salt) &+ UInt64(bitPattern: Int64(row)) &* 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return Int(z % UInt64(texts.count))
    }
}
