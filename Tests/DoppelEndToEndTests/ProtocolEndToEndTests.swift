import DoppelJSON
import DoppelPOSIX
import DoppelProtocol
import Foundation
import Testing

/// The wire protocol against the real daemon over a real socket.
@Suite struct ProtocolEndToEndTests {
    @Test func initializeAndPing() throws {
        let daemon = try TestDaemon()
        let client = try daemon.connect()
        let reply = try client.call("initialize", params: ["client": ["name": "test", "version": "0"], "protocol": "1.0"])
        #expect(reply["jsonrpc"] == "2.0")
        let result = try #require(reply["result"])
        #expect(result["protocol"] == "1.0")
        #expect(result["server"]?["pid"]?.intValue == Int(daemon.pid))
        let methods = result["methods"]?.arrayValue?.compactMap(\.stringValue) ?? []
        #expect(Set(["initialize", "ping", "status", "shutdown", "debug.sleep"]).isSubset(of: Set(methods)))
        #expect(try client.call("ping", id: "p")["result"] == ["pong": true])
    }

    @Test func protocolMajorMismatchIsAClearError() throws {
        let daemon = try TestDaemon()
        let reply = try daemon.connect().call("initialize", params: ["protocol": "2.0"])
        #expect(reply["error"]?["code"] == 1000)
        #expect(reply["error"]?["data"]?["kind"] == "VERSION_MISMATCH")
        #expect(reply["error"]?["message"]?.stringValue?.contains("speaks 1.0") == true)
    }

    @Test func hundredPipelinedRequests() throws {
        let daemon = try TestDaemon()
        let client = try daemon.connect()
        var bytes: [UInt8] = []
        for i in 0..<100 {
            let method = i % 10 == 9 ? "status" : "ping"
            let request: JSON = ["id": .int(i), "method": .string(method)]
            bytes += FrameEncoder.frame(request.serializedBytes())
        }
        try client.sendRaw(bytes)  // all 100 in one write, before reading any reply
        var seen = Set<Int>()
        for _ in 0..<100 {
            let reply = try client.receive()
            let id = try #require(reply["id"]?.intValue)
            #expect(reply["result"] != nil)
            if id % 10 != 9 { #expect(reply["result"] == ["pong": true]) }
            seen.insert(id)
        }
        #expect(seen == Set(0..<100))
    }

    @Test func malformedJSONIsAnsweredAndTheConnectionStaysUsable() throws {
        let daemon = try TestDaemon()
        let client = try daemon.connect()
        try client.sendPayload(#"{"id":1,"method":"ping""#)
        let reply = try client.receive()
        #expect(reply["error"]?["code"] == -32700)
        #expect(reply["id"] == .null)
        #expect(reply["error"]?["data"]?["kind"] == "PARSE_ERROR")
        #expect(try client.call("ping", id: 2)["result"] == ["pong": true])
    }

    @Test func hostileFramesAreAnsweredAndTheDaemonKeepsServing() throws {
        let daemon = try TestDaemon()
        let client = try daemon.connect()
        try client.sendRaw(FrameEncoder.frame(Array(repeating: UInt8(ascii: "["), count: 200_000)))
        #expect(try client.receive()["error"]?["message"]?.stringValue?.contains("nesting deeper than 512") == true)
        try client.sendRaw(FrameEncoder.frame(Array(#"{"id":2,"method":""#.utf8) + [0xFF, 0xFE] + Array(#""}"#.utf8)))
        #expect(try client.receive()["error"]?["message"]?.stringValue?.contains("invalid UTF-8") == true)
        let big: JSON = ["id": 3, "method": "ping", "params": ["padding": .string(String(repeating: "x", count: 8_000_000))]]
        try client.send(big)
        #expect(try client.receive()["result"] == ["pong": true])
        #expect(try client.call("status", params: [1], id: 4)["error"]?["code"] == -32602)
        #expect(try daemon.connect().call("ping", id: 5)["result"] == ["pong": true])
    }

    @Test func invalidRequestAndUnknownMethod() throws {
        let daemon = try TestDaemon()
        let client = try daemon.connect()
        let unknown = try client.call("no.such.method", id: 5)
        #expect(unknown["error"]?["code"] == -32601)
        #expect(unknown["id"] == 5)
        #expect(unknown["error"]?["message"]?.stringValue?.contains("no.such.method") == true)
        try client.sendPayload(#"{"id":6,"method":42}"#)
        let invalid = try client.receive()
        #expect(invalid["error"]?["code"] == -32600)
        #expect(invalid["id"] == 6)
        let badParams = try client.call("debug.sleep", params: ["seconds": "soon"], id: 7)
        #expect(badParams["error"]?["code"] == -32602)
        #expect(badParams["error"]?["data"]?["details"]?["seconds"]?.stringValue?.contains("got string \"soon\"") == true)
    }

    @Test func zeroLengthFrameClosesTheConnectionWithAnError() throws {
        let daemon = try TestDaemon()
        let client = try daemon.connect()
        try client.sendRaw([0, 0, 0, 0])
        let reply = try client.receive()
        #expect(reply["error"]?["code"] == 1004)
        #expect(client.isClosedByPeer())
        #expect(try daemon.connect().call("ping")["result"] == ["pong": true])
    }

    @Test func oversizedFrameIsRefusedBeforeItsPayload() throws {
        let daemon = try TestDaemon(extraArguments: ["--max-frame-bytes", "1024"])
        let client = try daemon.connect()
        try client.sendRaw([0, 0, 4, 1])  // announces 1025 bytes; none follow
        let reply = try client.receive()
        #expect(reply["error"]?["code"] == 1003)
        #expect(reply["error"]?["data"]?["kind"] == "FRAME_TOO_LARGE")
        #expect(reply["error"]?["data"]?["maxFrameBytes"] == 1024)
        #expect(client.isClosedByPeer())
    }

    @Test func fiftyConcurrentClients() throws {
        let daemon = try TestDaemon()
        let socketPath = daemon.socketPath
        let failures = Locked(0)
        DispatchQueue.concurrentPerform(iterations: 50) { n in
            do {
                let client = try RawClient(socketPath: socketPath)
                for i in 0..<20 {
                    let reply = try client.call("ping", id: .int(n * 100 + i))
                    if reply["result"] != ["pong": true] { failures.withLock { $0 += 1 } }
                }
            } catch {
                failures.withLock { $0 += 1 }
            }
        }
        #expect(failures.current == 0)
        let status = try daemon.connect().call("status")["result"]
        #expect((status?["connections"]?["total"]?.intValue ?? 0) >= 51)
        #expect((status?["methods"]?["ping"]?["count"]?.intValue ?? 0) == 1000)
    }

    @Test func stalledClientDoesNotDelayOthers() throws {
        let daemon = try TestDaemon()
        // Half a frame, then silence.
        let stalled = try daemon.connect()
        let whole = FrameEncoder.frame(Array(#"{"id":1,"method":"ping","params":{}}"#.utf8))
        try stalled.sendRaw(Array(whole[..<16]))
        // A client that floods requests and never reads its replies.
        let deaf = try daemon.connect()
        var flood: [UInt8] = []
        for i in 0..<5_000 {
            let request: JSON = ["id": .int(i), "method": "status"]
            flood += FrameEncoder.frame(request.serializedBytes())
        }
        try deaf.sendRaw(flood)
        let other = try daemon.connect()
        for i in 0..<50 {
            #expect(try other.call("ping", id: .int(i), timeout: 5)["result"] == ["pong": true])
        }
        // The stalled one is still served once it finishes its frame.
        try stalled.sendRaw(Array(whole[16...]))
        #expect(try stalled.receive()["result"] == ["pong": true])
    }

    @Test func cancelALongRequest() throws {
        let daemon = try TestDaemon()
        let client = try daemon.connect()
        try client.send(["id": "long", "method": "debug.sleep", "params": ["seconds": 60]])
        var notifications: [JSON] = []
        // The first progress notification shows the work has started.
        let first = try client.receive()
        #expect(first["method"] == "$/progress")
        #expect(first["params"]?["id"] == "long")
        try client.send(["method": "$/cancel", "params": ["id": "long"]])
        try client.send(["method": "$/cancel", "params": ["id": "unknown"]])  // ignored
        let reply = try client.response(id: "long", notifications: &notifications)
        #expect(reply["error"]?["code"] == -32800)
        #expect(reply["error"]?["data"]?["kind"] == "REQUEST_CANCELLED")
        #expect(try client.call("ping", id: 2)["result"] == ["pong": true])
        let cancelled = eventually {
            let status = try? client.call("status", id: 3)["result"]
            return status?["methods"]?["debug.sleep"]?["cancelled"] == 1 && status?["requests"]?["inFlight"] == 0
        }
        #expect(cancelled)
    }

    @Test func disconnectCancelsWork() throws {
        let daemon = try TestDaemon()
        let client = try daemon.connect()
        try client.send(["id": 1, "method": "debug.sleep", "params": ["seconds": 60]])
        #expect(try client.receive()["method"] == "$/progress")
        let observer = try daemon.connect()
        #expect(try observer.call("status")["result"]?["requests"]?["inFlight"] == 1)
        client.close()
        let cancelled = eventually {
            let status = try? observer.call("status", id: 2)["result"]
            return status?["requests"]?["inFlight"] == 0 && status?["methods"]?["debug.sleep"]?["cancelled"] == 1
        }
        #expect(cancelled)
    }

    @Test func responsesComeOutOfOrderAndStreamChunks() throws {
        let daemon = try TestDaemon()
        let client = try daemon.connect()
        try client.send(["id": "slow", "method": "debug.sleep", "params": ["seconds": 0.35, "stream": true]])
        try client.send(["id": "fast", "method": "ping"])
        var order: [JSON] = []
        var chunks: [JSON] = []
        var progress: [JSON] = []
        while order.count < 2 {
            let m = try client.receive()
            switch m["method"]?.stringValue {
            case "$/chunk": chunks.append(m["params"] ?? nil)
            case "$/progress": progress.append(m["params"] ?? nil)
            default: order.append(m["id"] ?? nil)
            }
        }
        #expect(order == ["fast", "slow"])
        #expect(chunks.count >= 3)
        #expect(chunks.enumerated().allSatisfy { $0.element["seq"]?.intValue == $0.offset && $0.element["id"] == "slow" })
        #expect(chunks.last?["items"]?[0]?["elapsedMs"] == 350)
        #expect(progress.first?["done"] == 0)
        #expect(progress.last?["done"] == 350 && progress.last?["total"] == 350)
    }
}
