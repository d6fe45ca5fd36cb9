import DoppelJSON
import Testing
@testable import DoppelProtocol

@Suite struct RPCMessageTests {
    private func decode(_ text: String) -> Result<RPCMessage, RPCDecodeError> {
        Array(text.utf8).withUnsafeBufferPointer { RPCMessage.decode(bytes: $0) }
    }

    @Test func decodesRequestWithAndWithoutJSONRPCMember() throws {
        let expected = RPCMessage.request(RPCRequest(id: .int(7), method: "ping", params: ["a": 1]))
        #expect(try decode(#"{"jsonrpc":"2.0","id":7,"method":"ping","params":{"a":1}}"#).get() == expected)
        #expect(try decode(#"{"id":7,"method":"ping","params":{"a":1}}"#).get() == expected)
        #expect(try decode(#"{"id":"x","method":"m"}"#).get() == .request(RPCRequest(id: .string("x"), method: "m")))
    }

    @Test func decodesNotificationAndResponses() throws {
        #expect(try decode(#"{"method":"$/cancel","params":{"id":3}}"#).get()
            == .notification(RPCNotification(method: "$/cancel", params: ["id": 3])))
        #expect(try decode(#"{"jsonrpc":"2.0","id":1,"result":{"pong":true}}"#).get()
            == .response(RPCResponse(id: .int(1), result: ["pong": true])))
        guard case let .response(r) = try decode(#"{"id":2,"error":{"code":-32601,"message":"no"}}"#).get(),
              case let .failure(e) = r.outcome
        else { Issue.record("not an error response"); return }
        #expect(e.code == .methodNotFound)
        #expect(e.kind == "METHOD_NOT_FOUND")
    }

    @Test func malformedJSONIsAParseErrorWithNullID() {
        guard case let .failure(e) = decode(#"{"id":1,"method":"#) else { Issue.record("decoded"); return }
        #expect(e.error.code == .parseError)
        #expect(e.id == .null)
        #expect(e.error.data["kind"] == "PARSE_ERROR")
    }

    @Test(arguments: [
        (#"[1,2]"#, "batches"),
        (#""ping""#, "expected an object"),
        (#"{"id":1}"#, "missing \"method\""),
        (#"{"id":1,"method":5}"#, "\"method\" must be a string"),
        (#"{"id":1.5,"method":"x"}"#, "\"id\" must be an integer or a string"),
        (#"{"id":{},"method":"x"}"#, "\"id\" must be an integer or a string"),
        (#"{"jsonrpc":"1.0","id":1,"method":"x"}"#, "\"jsonrpc\" must be \"2.0\""),
        (#"{"id":1,"method":"x","params":3}"#, "\"params\" must be an object or an array"),
    ])
    func invalidRequestsNameTheProblem(text: String, fragment: String) {
        guard case let .failure(e) = decode(text) else { Issue.record("decoded \(text)"); return }
        #expect(e.error.code == .invalidRequest)
        #expect(e.error.message.contains(fragment), "\(e.error.message)")
    }

    @Test func invalidRequestKeepsAReadableID() {
        guard case let .failure(e) = decode(#"{"jsonrpc":"1.0","id":"abc","method":"x"}"#) else { return }
        #expect(e.id == .string("abc"))
    }

    @Test func envelopeWriterMatchesTheGenericEncoder() throws {
        let responses = [
            RPCResponse(id: .int(1), result: ["pong": true]),
            RPCResponse(id: .string("q\"1"), error: RPCError(code: .invalidParams, message: "bad", kind: "X",
                                                           extra: JSONObject([("issues", .array(["a"]))]))),
        ]
        for response in responses {
            var fast: [UInt8] = []
            RPCEnvelopeWriter.append(response, to: &fast)
            #expect(fast == RPCMessage.response(response).frame)
            var decoder = FrameDecoder()
            decoder.append(contentsOf: fast)
            let payload = try #require(try decoder.next())
            #expect(try JSONParser.parse(payload) == RPCMessage.response(response).json)
        }
    }

    @Test func errorDataAlwaysHasKindFirst() {
        let e = RPCError(code: RPCErrorCode(1500), message: "m", extra: JSONObject([("kind", "ignored"), ("retryAfter", 2)]))
        #expect(e.data.keys == ["kind", "retryAfter"])
        #expect(e.kind == "APPLICATION_ERROR")
        #expect(e.retryAfter == 2)
        #expect(RPCError(json: e.json) == e)
    }

    @Test func notificationParamsRoundTrip() {
        #expect(ProgressParams(id: .int(3), done: 1, total: nil, message: nil).json
            == ["id": 3, "done": 1, "total": nil])
        #expect(ChunkParams(id: .string("a"), seq: 2, items: [1]).json == ["id": "a", "seq": 2, "items": [1]])
        #expect(CancelParams(json: ["id": 9])?.id == .int(9))
        #expect(CancelParams(json: ["id": true]) == nil)
    }

    @Test func protocolVersionParsing() {
        #expect(ProtocolVersion("1.0") == ProtocolVersion(major: 1, minor: 0))
        #expect(ProtocolVersion("2") == ProtocolVersion(major: 2, minor: 0))
        #expect(ProtocolVersion("1.x") == nil)
        #expect(ProtocolVersion("") == nil)
        #expect(ProtocolVersion("1.2.3") == nil)
    }
}
