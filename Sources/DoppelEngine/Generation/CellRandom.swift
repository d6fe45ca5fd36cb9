import DoppelText

/// Counter-based random numbers: every cell's stream is a pure function of
/// (seed, entity name, field name, row index), so any cell can be computed
/// alone, in any order, on any thread, and adding a field changes no other.
///
/// The mixer is SplitMix64's finaliser, a bijection on 64 bits with good
/// avalanche; names are hashed with FNV-1a (Swift's `Hasher` is seeded per
/// process and would break reproducibility).
public struct CellRandom: Sendable {
    public var state: UInt64

    @inline(__always) public init(state: UInt64) { self.state = state }

    /// The stream of one cell.
    @inline(__always) public init(key: UInt64, row: Int) {
        self.init(key: key, rowMix: Self.rowMix(row))
    }

    /// The stream of one cell, from its row's `rowMix`: a row's cells share that half of the work.
    @inline(__always) public init(key: UInt64, rowMix: UInt64) {
        state = Mix.mix(key &+ rowMix)
    }

    /// The part of every cell stream of `row` that depends on the row alone.
    @inline(__always) public static func rowMix(_ row: Int) -> UInt64 {
        Mix.mix(UInt64(truncatingIfNeeded: row) &+ 0x632B_E59B_D9B4_E019)
    }

    @inline(__always) public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Mix.finalize(state)
    }

    /// Uniform in `0..<n` (Lemire's multiply-high; the bias is below 2⁻⁴⁰ for the sizes used here). `n` must be > 0.
    @inline(__always) public mutating func below(_ n: Int) -> Int {
        Int(truncatingIfNeeded: next().multipliedFullWidth(by: UInt64(truncatingIfNeeded: n)).high)
    }

    @inline(__always) public mutating func below(_ n: UInt64) -> UInt64 {
        next().multipliedFullWidth(by: n).high
    }

    /// Uniform in `lo...hi` (inclusive).
    @inline(__always) public mutating func between(_ lo: Int64, _ hi: Int64) -> Int64 {
        if hi <= lo { return lo }
        let span = UInt64(bitPattern: hi &- lo) &+ 1
        if span == 0 { return Int64(bitPattern: next()) }
        return lo &+ Int64(bitPattern: below(span))
    }

    /// Uniform in `[0, 1)` with 53 bits.
    @inline(__always) public mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    @inline(__always) public mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// A standard normal deviate (Box–Muller; one of the pair is discarded to keep streams simple).
    public mutating func normal() -> Double {
        let u1 = max(unit(), 0x1p-60)
        let u2 = unit()
        return (-2 * Mathx.log(u1)).squareRoot() * Mathx.cos(2 * Double.pi * u2)
    }
}

/// Stable 64-bit mixing and name hashing.
public enum Mix {
    @inline(__always) public static func finalize(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    @inline(__always) public static func mix(_ x: UInt64) -> UInt64 { finalize(x &+ 0x9E37_79B9_7F4A_7C15) }

    /// FNV-1a over the UTF-8 bytes, then mixed: stable across runs, machines and Swift versions.
    public static func hash(_ s: String) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return mix(h)
    }

    /// The key of a named stream inside an entity (a field, or a row-wide context such as "@person").
    public static func key(seed: UInt64, entity: String, stream: String) -> UInt64 {
        mix(mix(seed ^ hash(entity)) ^ hash(stream))
    }
}

extension CellRandom {
    /// One phrase of `list` (not empty), as row text draws its wording.
    @inline(__always) mutating func pick(_ list: [String]) -> String { list[below(list.count)] }
}
