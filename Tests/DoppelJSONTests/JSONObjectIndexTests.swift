import Testing
@testable import DoppelJSON

/// Objects built from untrusted input (a frame with hundreds of thousands of
/// members) must cost linear time: past a few members, lookups hash.
@Suite struct JSONObjectIndexTests {
    /// `{"k0":0,"k1":1,…}` with `n` members, plus `extra` text before the closing brace.
    static func objectText(members n: Int, extra: String = "") -> String {
        var text = "{"
        text.reserveCapacity(n * 14)
        for i in 0..<n {
            if i > 0 { text += "," }
            text += "\"k\(i)\":\(i)"
        }
        return text + extra + "}"
    }

    @Test func aLargeObjectParsesIntoAHashIndexedObject() throws {
        let n = 200_000
        let object = try #require(JSONParser.parse(Self.objectText(members: n)).objectValue)
        #expect(object.count == n)
        #expect(object.isHashIndexed)
        #expect(object.keys.first == "k0" && object.keys.last == "k\(n - 1)")
        for i in stride(from: 0, to: n, by: 9_973) { #expect(object["k\(i)"] == .int(i)) }
        #expect(object["k\(n)"] == nil)
    }

    @Test func smallObjectsScanLinearly() throws {
        let object = try #require(JSONParser.parse(Self.objectText(members: JSONObject.linearLimit)).objectValue)
        #expect(!object.isHashIndexed)
        #expect(object["k3"] == .int(3))
    }

    /// The documented rule (PROTOCOL.md, Messages): a repeated member keeps its
    /// first position and its last value, whether the object is small or large.
    @Test(arguments: [3, JSONObject.linearLimit, JSONObject.linearLimit + 1, 5_000])
    func aRepeatedMemberKeepsItsFirstPositionAndLastValue(members: Int) throws {
        let object = try #require(JSONParser.parse(Self.objectText(members: members, extra: #","k1":"last","k0":null"#)).objectValue)
        #expect(object.count == members)
        #expect(object.keys[1] == "k1" && object.keys[0] == "k0")
        #expect(object["k1"] == .string("last"))
        #expect(object["k0"] == .null)
        #expect(object.keys.filter { $0 == "k1" }.count == 1)
    }

    @Test func removingAMemberKeepsLookupsRight() {
        var object = JSONObject((0..<40).map { ("k\($0)", JSON.int($0)) })
        #expect(object.isHashIndexed)
        object["k5"] = nil
        #expect(object.count == 39 && object["k5"] == nil && object["k6"] == .int(6) && object["k39"] == .int(39))
        object["k5"] = .int(55)
        #expect(object.keys.last == "k5" && object["k5"] == .int(55))
        for i in 0..<30 { object["k\(i)"] = nil }
        #expect(!object.isHashIndexed)
        #expect(object.count == 10 && object["k31"] == .int(31) && object["k2"] == nil)
    }

    @Test func largeObjectsCompareAsUnorderedMaps() {
        let a = JSONObject((0..<1_000).map { ("k\($0)", JSON.int($0)) })
        let b = JSONObject((0..<1_000).reversed().map { ("k\($0)", JSON.int($0)) })
        #expect(a == b)
        var c = b
        c["k500"] = .int(-1)
        #expect(a != c)
    }
}
