import DoppelJSON

/// A seed drawn for a request that gave none, so every call differs and each
/// can still be reproduced from the seed it reports.
public enum FreshSeed {
    /// Drawn seeds stay below 2^53 so they survive JSON readers that hold
    /// numbers as doubles (JavaScript, jq) and can be sent back unchanged.
    public static let limit: UInt64 = 1 << 53

    /// A seed from the system's random source, in `0..<limit`.
    public static func draw() -> UInt64 {
        var generator = SystemRandomNumberGenerator()
        return draw(using: &generator)
    }

    /// A seed from `generator` (tests pass a seeded one).
    public static func draw<G: RandomNumberGenerator>(using generator: inout G) -> UInt64 {
        UInt64.random(in: 0..<limit, using: &generator)
    }

    /// `seed` as JSON: an integer (every seed Doppel draws fits; a larger given one is written as a double).
    public static func json(_ seed: UInt64) -> JSON {
        seed <= UInt64(Int64.max) ? .int(Int64(seed)) : .double(Double(seed))
    }
}
