import DoppelJSON
import DoppelText

/// The response-cache key: SHA-256 of (base URL, model, messages, temperature,
/// response format, seed).
///
/// No key material goes in: two users of one endpoint asking the same thing
/// share an answer, and the hash stored on disk reveals nothing about keys.
public struct CacheKey: Sendable, Hashable, CustomStringConvertible {
    /// The 32-byte digest as four big-endian words, cheap to hash and compare.
    let words: (UInt64, UInt64, UInt64, UInt64)

    /// The key of `request` sent to `baseURL` for `model`.
    public init(baseURL: String, model: String, request: ChatRequest) {
        // A JSON array is an unambiguous encoding: no field can bleed into the next.
        var parts: [JSON] = ["doppel-llm-cache/1", .string(baseURL), .string(model)]
        parts.append(.array(request.messages.map(\.json)))
        parts.append(request.temperature.map(JSON.double) ?? .null)
        parts.append(request.responseFormat.json)
        parts.append(request.seed.map { JSON.int($0) } ?? .null)
        // Only when set, so keys of requests without it are what they were.
        if let maxTokens = request.maxTokens { parts.append(.int(maxTokens)) }
        self.init(digest: SHA256.hash(JSON.array(parts).serializedBytes()))
    }

    init(digest: [UInt8]) {
        func word(_ i: Int) -> UInt64 {
            var w: UInt64 = 0
            for b in digest[(i * 8)..<(i * 8 + 8)] { w = w << 8 | UInt64(b) }
            return w
        }
        words = (word(0), word(1), word(2), word(3))
    }

    /// Parses the 64-digit hex form; nil for anything else.
    init?(hex: String) {
        let utf8 = Array(hex.utf8)
        guard utf8.count == 64 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        var i = 0
        while i < 64 {
            guard let hi = CacheKey.nibble(utf8[i]), let lo = CacheKey.nibble(utf8[i + 1]) else { return nil }
            bytes.append(hi << 4 | lo)
            i += 2
        }
        self.init(digest: bytes)
    }

    private static func nibble(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return c - UInt8(ascii: "a") + 10
        default: return nil
        }
    }

    /// Lower-case hex, 64 digits: the form written to disk.
    public var hex: String {
        var bytes: [UInt8] = []
        for w in [words.0, words.1, words.2, words.3] {
            for shift in stride(from: 56, through: 0, by: -8) { bytes.append(UInt8(truncatingIfNeeded: w >> UInt64(shift))) }
        }
        return SHA256.hex(bytes)
    }

    public var description: String { hex }

    public static func == (a: CacheKey, b: CacheKey) -> Bool { a.words == b.words }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(words.0)
        hasher.combine(words.1)
        hasher.combine(words.2)
        hasher.combine(words.3)
    }
}
