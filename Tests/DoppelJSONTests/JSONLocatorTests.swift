import Testing
@testable import DoppelJSON

@Suite struct JSONLocatorTests {
    static let text = """
    {
      "a": [1, {"b~c": "x", "d/e": [true, null]}],
      "é": {"k": "v"}, "a": "last"
    }
    """

    @Test func pointsAtValuesAndMemberNamesWithLineAndColumn() throws {
        let bytes = Array(Self.text.utf8)
        func at(_ pointer: String, name: Bool = false) -> String? {
            JSONLocator.offset(of: pointer, in: bytes, memberName: name).map { TextPosition(offset: $0, in: bytes).description }
        }
        #expect(at("") == "1:1")
        // The last of duplicate members wins, as in the parser.
        #expect(at("/a") == "3:25")
        #expect(at("/a", name: true) == "3:20")
        // Columns count characters: "é" is two bytes, one column.
        #expect(at("/é/k") == "3:14")
        #expect(at("/é/k", name: true) == "3:9")
        #expect(at("/missing") == nil)
        #expect(at("/a/0") == nil, "the last /a is a string")
        #expect(at("no-slash") == nil)
    }

    @Test func escapedTokensFollowRFC6901() throws {
        let bytes = Array(#"{"a": [1, {"b~c": "x", "d/e": [true, null]}]}"#.utf8)
        #expect(JSONLocator.offset(of: "/a/1/b~0c", in: bytes) == 18)
        #expect(JSONLocator.offset(of: "/a/1/d~1e/1", in: bytes) == 37)
        #expect(JSONLocator.offset(of: "/a/01", in: bytes) == nil, "leading zeros are not indexes")
        #expect(JSONLocator.pointer(["a/b", "c~d", "0"]) == "/a~1b/c~0d/0")
        #expect(JSONLocator.tokens(of: "/a~1b/c~0d/~01") == ["a/b", "c~d", "~1"])
    }

    /// Every value of a random document is found where its own serialization
    /// starts in the document's serialization.
    @Test func everyValueIsFoundWhereItIsWritten() throws {
        for seed in UInt64(1)...200 {
            var random = SplitMix(seed)
            let doc = Self.value(&random, depth: 0)
            let text = doc.serialized()
            let bytes = Array(text.utf8)
            for (pointer, value) in Self.pointers(doc) {
                let offset = JSONLocator.offset(of: pointer, in: bytes)
                let written = Array(value.serialized().utf8)
                let found = offset.map { Array(bytes[$0..<min(bytes.count, $0 + written.count)]) }
                #expect(found == written, "seed \(seed): \(pointer) in \(text)")
            }
        }
    }

    static func pointers(_ v: JSON, _ path: [String] = []) -> [(String, JSON)] {
        var out = [(JSONLocator.pointer(path), v)]
        switch v {
        case let .array(a): for (i, e) in a.enumerated() { out += pointers(e, path + [String(i)]) }
        case let .object(o): for (k, e) in o { out += pointers(e, path + [k]) }
        default: break
        }
        return out
    }

    static let keys = ["a", "b/c", "~", "é", "q\"", "line\nbreak", "", "0"]

    static func value(_ r: inout SplitMix, depth: Int) -> JSON {
        switch r.next() % (depth > 3 ? 4 : 6) {
        case 0: return .int(Int64(r.next() % 2000) - 1000)
        case 1: return .string(keys[Int(r.next() % UInt64(keys.count))] + "x")
        case 2: return .bool(r.next() % 2 == 0)
        case 3: return .null
        case 4: return .array((0..<Int(r.next() % 4)).map { _ in value(&r, depth: depth + 1) })
        default:
            var o = JSONObject()
            for _ in 0..<Int(r.next() % 4) { o[keys[Int(r.next() % UInt64(keys.count))]] = value(&r, depth: depth + 1) }
            return .object(o)
        }
    }
}

/// A tiny seeded generator for property tests.
struct SplitMix {
    var state: UInt64
    init(_ seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
