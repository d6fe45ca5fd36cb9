import DoppelText

/// A keyed bijection of `0..<domain` onto itself.
///
/// Unique fields are unique by construction: row `i` takes value number
/// `permutation(i)`, so distinct rows get distinct values without any set of
/// seen values. A balanced Feistel network over the smallest even bit width
/// that covers the domain, with cycle walking back into range (the expected
/// number of walks is below 4).
public struct IndexPermutation: Sendable {
    public let domain: UInt64
    let halfBits: UInt64
    let mask: UInt64
    let keys: (UInt64, UInt64, UInt64, UInt64)

    public init(domain: UInt64, key: UInt64) {
        self.domain = Swift.max(domain, 1)
        var bits: UInt64 = 2
        while bits < 64, (UInt64(1) << bits) < self.domain { bits += 2 }
        halfBits = bits / 2
        mask = (UInt64(1) << halfBits) &- 1
        keys = (Mix.mix(key ^ 1), Mix.mix(key ^ 2), Mix.mix(key ^ 3), Mix.mix(key ^ 4))
    }

    @inline(__always) func round(_ x: UInt64, _ k: UInt64) -> UInt64 { Mix.finalize(x ^ k) & mask }

    @inline(__always) func encrypt(_ x: UInt64) -> UInt64 {
        var l = x >> halfBits, r = x & mask
        l ^= round(r, keys.0); swap(&l, &r)
        l ^= round(r, keys.1); swap(&l, &r)
        l ^= round(r, keys.2); swap(&l, &r)
        l ^= round(r, keys.3); swap(&l, &r)
        return (l << halfBits) | r
    }

    /// The image of `index` (which must be below `domain`).
    public func callAsFunction(_ index: UInt64) -> UInt64 {
        if domain <= 1 { return 0 }
        var x = encrypt(index)
        while x >= domain { x = encrypt(x) }
        return x
    }
}
