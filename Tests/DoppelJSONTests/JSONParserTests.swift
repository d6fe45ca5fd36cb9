import Testing
@testable import DoppelJSON

@Suite struct JSONParserTests {
    @Test func parsesScalars() throws {
        #expect(try JSONParser.parse("null") == .null)
        #expect(try JSONParser.parse(" true ") == .bool(true))
        #expect(try JSONParser.parse("false") == .bool(false))
        #expect(try JSONParser.parse("-12") == .int(-12))
        #expect(try JSONParser.parse("9223372036854775807") == .int(Int64.max))
        #expect(try JSONParser.parse("-9223372036854775808") == .int(Int64.min))
        #expect(try JSONParser.parse("9223372036854775808") == .double(9223372036854775808.0))
        #expect(try JSONParser.parse("1.5e2") == .double(150))
        #expect(try JSONParser.parse("0.25") == .double(0.25))
        #expect(try JSONParser.parse("\"a\\u00e9\\n\\\"\"") == .string("aé\n\""))
        #expect(try JSONParser.parse("\"\\ud83d\\ude00\"") == .string("😀"))
    }

    @Test func keepsMemberOrderAndLastDuplicate() throws {
        let v = try JSONParser.parse(#"{"b":1,"a":[1,2,{"c":null}],"b":2}"#)
        #expect(v.objectValue?.keys == ["b", "a"])
        #expect(v["b"] == .int(2))
        #expect(v["a"]?[2]?["c"] == .null)
    }

    @Test(arguments: [
        "", "{", "[1,]", "{\"a\":1,}", "01", "1.", "-", "\"abc", "tru", "nul", "[1 2]", "{\"a\" 1}",
        "\"\\x\"", "\"\\ud800\"", "\"\u{01}\"", "1 2", "{1:2}", "1e", ".5", "+1", "NaN", "1e999",
    ])
    func rejectsMalformedInput(text: String) {
        #expect(throws: JSONParseError.self) { try JSONParser.parse(text) }
    }

    @Test func rejectsInvalidUTF8() {
        #expect(throws: JSONParseError.self) { try JSONParser.parse([0x22, 0xFF, 0xFE, 0x22]) }
        #expect(throws: JSONParseError.self) { try JSONParser.parse([0x22, 0x5C, 0x6E, 0xC3, 0x22]) }
    }

    @Test func boundsNestingDepth() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let error = #expect(throws: JSONParseError.self) { try JSONParser.parse(deep) }
        #expect(error?.message.contains("nesting") == true)
        let ok = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(throws: Never.self) { try JSONParser.parse(ok) }
    }

    @Test func reportsTheOffset() {
        let error = #expect(throws: JSONParseError.self) { try JSONParser.parse(#"{"a": tru}"#) }
        #expect(error?.offset == 6)
    }
}

@Suite struct JSONWriterTests {
    @Test func writesCompactDeterministicText() {
        let v: JSON = ["z": 1, "a": [true, nil, 2.5, "x\"y\\\n\u{1}é"], "n": .int(-42)]
        #expect(v.serialized() == #"{"z":1,"a":[true,null,2.5,"x\"y\\\n\u0001é"],"n":-42}"#)
    }

    @Test func writesPrettyText() {
        let v: JSON = ["a": [1, 2], "b": [:], "c": []]
        #expect(v.serialized(pretty: true) == "{\n  \"a\": [\n    1,\n    2\n  ],\n  \"b\": {},\n  \"c\": []\n}")
    }

    @Test func nonFiniteDoublesBecomeNull() {
        #expect(JSON.array([.double(.infinity), .double(.nan)]).serialized() == "[null,null]")
    }

    @Test(arguments: [Int64.min, -1, 0, 7, 1234567890123, Int64.max])
    func integersRoundTrip(value: Int64) throws {
        #expect(JSON.int(value).serialized() == String(value))
        #expect(try JSONParser.parse(JSON.int(value).serialized()) == .int(value))
    }

    @Test func valuesRoundTrip() throws {
        let v: JSON = ["s": "\u{0}\u{1F}\t😀", "d": 0.1, "e": 1e-7, "big": 1e300, "arr": [[], [:], ["k": false]]]
        #expect(try JSONParser.parse(v.serialized()) == v)
        #expect(try JSONParser.parse(v.serialized(pretty: true)) == v)
    }

    @Test func objectsCompareUnordered() throws {
        #expect(try JSONParser.parse(#"{"a":1,"b":2}"#) == JSONParser.parse(#"{"b":2,"a":1.0}"#))
        #expect(try JSONParser.parse(#"{"a":1}"#) != JSONParser.parse(#"{"a":1,"b":2}"#))
    }
}
