import Testing
@testable import DoppelLLM

/// The NIST FIPS 180-4 example vectors (and the long-message vector from the
/// NIST test suite).
@Suite struct SHA256Tests {
    @Test func emptyMessage() {
        #expect(SHA256.hex(SHA256.hash("")) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func abc() {
        #expect(SHA256.hex(SHA256.hash("abc")) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func message448Bits() {
        let m = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
        #expect(SHA256.hex(SHA256.hash(m)) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func message896Bits() {
        let m = "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"
        #expect(SHA256.hex(SHA256.hash(m)) == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
    }

    @Test func oneMillionA() {
        #expect(SHA256.hex(SHA256.hash([UInt8](repeating: 0x61, count: 1_000_000)))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// Feeding a message in pieces of every size gives the same digest as all at once.
    @Test func incrementalUpdatesAgree() {
        let message = [UInt8]((0..<300).map { UInt8(truncatingIfNeeded: $0 &* 7) })
        let whole = SHA256.hash(message)
        for chunk in [1, 3, 63, 64, 65, 128, 299] {
            var h = SHA256()
            var i = 0
            while i < message.count {
                let piece = Array(message[i..<min(i + chunk, message.count)])
                if chunk % 2 == 0 { h.update(piece) } else { h.update(piece.lazy.map { $0 }) }
                i += chunk
            }
            #expect(h.finalize() == whole, "chunk size \(chunk)")
        }
    }

    /// Lengths around the padding boundary (55, 56, 64 bytes) against known digests.
    @Test func paddingBoundaries() {
        #expect(SHA256.hex(SHA256.hash(String(repeating: "a", count: 55)))
            == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318")
        #expect(SHA256.hex(SHA256.hash(String(repeating: "a", count: 56)))
            == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a")
        #expect(SHA256.hex(SHA256.hash(String(repeating: "a", count: 64)))
            == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb")
    }
}
