import DoppelText
import DoppelEngine
import DoppelPlanner
import DoppelJSON
import Testing
@testable import DoppelServer
import DoppelProtocol

@Suite struct ParamsTests {
    let params = Params(["rows": 10, "name": "shop", "ratio": 0.5, "stream": true, "tags": ["a", 2], "nothing": nil])

    @Test func readsTypedMembers() throws {
        #expect(try params.int("rows", in: 1...100) == 10)
        #expect(try params.string("name") == "shop")
        #expect(try params.double("ratio", default: 0) == 0.5)
        #expect(try params.bool("stream", default: false))
        #expect(try params.int("missing", default: 7) == 7)
        #expect(try params.optionalString("nothing") == nil)  // null reads as absent
        #expect(try params.choice("mode", ["fast", "exact"], default: "fast") == "fast")
    }

    @Test func errorsNameTheFieldTheExpectationAndWhatCame() {
        let wrongType = #expect(throws: RequestError.self) { try params.int("name") }
        #expect(wrongType?.message == "invalid params: \"name\" must be an integer, got string \"shop\"")
        #expect(wrongType?.code == -32602)
        #expect(wrongType?.data["details"]?["name"] == "expected an integer, got string \"shop\"")

        let range = #expect(throws: RequestError.self) { try params.int("rows", in: 100...200) }
        #expect(range?.message == "invalid params: \"rows\" must be an integer from 100 to 200, got integer 10")

        let missing = #expect(throws: RequestError.self) { try params.string("schema") }
        #expect(missing?.message == "invalid params: \"schema\" is required (a string)")
        #expect(missing?.data["kind"] == "INVALID_PARAMS")

        let element = #expect(throws: RequestError.self) { try params.stringArray("tags") }
        #expect(element?.message == "invalid params: \"tags[1]\" must be a string, got integer 2")

        let choice = #expect(throws: RequestError.self) { try params.choice("name", ["a", "b"], default: "a") }
        #expect(choice?.message == "invalid params: \"name\" must be one of a, b, got string \"shop\"")
    }

    @Test func unknownMembersAreNamed() {
        let error = #expect(throws: RequestError.self) {
            try Params(["row": 1, "seed": 2]).rejectUnknown(allowed: ["rows", "seed"])
        }
        #expect(error?.message == "invalid params: unknown member \"row\"; expected one of rows, seed")
        #expect(error?.data["issues"] == ["unknown member \"row\""])
    }

    @Test func paramsMustBeAnObject() {
        let error = #expect(throws: RequestError.self) { try Params([1, 2]).string("x") }
        #expect(error?.message == "invalid params: expected an object, got array of 2")
        #expect(throws: Never.self) { try Params(nil).rejectUnknown(allowed: []) }
    }

    /// A frame with 100,000 unknown members gets a small error, not one that lists them all.
    @Test func manyUnknownMembersAreCountedNotListed() {
        let params = JSON.object(JSONObject((0..<100_000).map { ("k\($0)", JSON.int($0)) }))
        let error = #expect(throws: RequestError.self) { try Params(params).rejectUnknown(allowed: ["rows"]) }
        #expect(error?.message == "invalid params: unknown members \"k0\", \"k1\", \"k2\", \"k3\", \"k4\", \"k5\", \"k6\", \"k7\", \"k8\", \"k9\" and 99990 more; expected one of rows")
        #expect(error?.data["issues"]?.arrayValue?.count == 11)
        #expect(error?.data["details"]?.objectValue?.count == 10)
    }

    @Test func longStringsAreShortenedInMessages() {
        let long = String(repeating: "x", count: 100)
        #expect(Params.describe(.string(long)) == "string \"\(String(repeating: "x", count: 40))…\"")
        #expect(Params.describe(.double(2.5)) == "number 2.5")
    }
}
