import DoppelJSON
import DoppelPOSIX
import Foundation

extension ProtocolCampaign {
    /// How many frames of each class one round sends.
    static let frameCounts: [(kind: String, count: Int)] = [("garbage", 80), ("non-utf8", 16), ("mutated", 300), ("extreme", 12)]

    /// Well-framed but hostile payloads on one connection, each followed by a
    /// `ping`: garbage and mutated frames get at most one reply (exactly one
    /// when they are not JSON), never −32603, and the connection stays usable.
    func frames() throws {
        var client = try daemon.connect()
        for (kind, count) in Self.frameCounts {
            for _ in 0..<count {
                let body: [UInt8]
                switch kind {
                case "garbage": body = ProtocolFuzzer.garbage(&rng)
                case "non-utf8": body = ProtocolFuzzer.nonUTF8(&rng)
                case "mutated": body = ProtocolFuzzer.mutate(rng.pick(ProtocolFuzzer.inlineRequests), &rng)
                default: body = Array(ProtocolFuzzer.extremeText(&rng).utf8)
                }
                let shown = String(decoding: body.prefix(200), as: UTF8.self).debugDescription
                let before = try exchange(client, body, kind: kind)
                guard let before else {
                    fail("\(kind) frame \(shown): the connection dropped or stalled")
                    client = try daemon.connect()
                    try checkAlive(after: "\(kind) frame")
                    continue
                }
                let isJSON = (try? JSONParser.parse(body)) != nil
                if !isJSON && before.count != 1 { fail("\(kind) frame \(shown): \(before.count) replies, expected one −32700") }
                if before.count > 1 { fail("\(kind) frame \(shown): \(before.count) replies") }
                for reply in before {
                    let code = reply["error"]?["code"]?.intValue ?? 0
                    record(code)
                    if code == -32603 { fail("\(kind) frame \(shown): −32603 \(reply.serialized().prefix(300))") }
                    if !isJSON && code != -32700 { fail("\(kind) frame \(shown): expected −32700, got \(reply.serialized().prefix(300))") }
                }
            }
            try checkAlive(after: "\(kind) frames")
        }
        for (id, echoed) in ProtocolFuzzer.ids {
            let request: JSON = ["jsonrpc": "2.0", "id": id, "method": "ping"]
            guard let before = try exchange(client, request.serializedBytes(), kind: "ids") else {
                fail("id \(id.serialized().prefix(40)): the connection dropped or stalled")
                client = try daemon.connect()
                continue
            }
            let expected = echoed ? "result with the same id" : "−32600 with id null"
            let ok = before.count == 1 && (echoed ? before[0]["id"] == id && before[0]["result"]?["pong"] == true
                                                  : before[0]["id"] == .null && before[0]["error"]?["code"] == -32600)
            before.forEach { record($0["error"]?["code"]?.intValue ?? 0) }
            if !ok { fail("id \(id.serialized().prefix(40)): expected one reply, a \(expected); got \(before.map { $0.serialized().prefix(200) })") }
        }
        try checkAlive(after: "ids")
    }

    /// Sends one frame then a sentinel `ping`; returns the replies that came
    /// before the sentinel's, or nil if the connection dropped or stalled.
    private func exchange(_ client: RawClient, _ body: [UInt8], kind: String) throws -> [JSON]? {
        let sentinel = JSON.string("sentinel-\(UInt32.random(in: 0...UInt32.max, using: &rng))")
        do {
            try client.sendRaw(ProtocolFuzzer.frame(body))
            try client.send(["jsonrpc": "2.0", "id": sentinel, "method": "ping"])
            sent[kind, default: 0] += 1
            var before: [JSON] = []
            while true {
                let reply = try client.receive(timeout: 30)
                if reply["method"] != nil { continue }
                if reply["id"] == sentinel { break }
                before.append(reply)
            }
            replies[kind, default: 0] += before.count
            return before
        } catch {
            return nil
        }
    }

    /// Broken framing, each on its own connection: a zero length (1004, closed),
    /// a length past the maximum (1003, closed), a header or body cut short by a
    /// hang-up, a frame fed byte by byte, frames split at a random offset.
    func framing() throws {
        func connection(_ kind: String, _ body: (RawClient) throws -> Void) throws {
            let client = try daemon.connect()
            sent[kind, default: 0] += 1
            do { try body(client) } catch { fail("\(kind): \(error)") }
            client.close()
            try checkAlive(after: kind)
        }
        for (kind, length, code) in [("zero length", UInt32(0), 1004), ("too long", UInt32(4_194_305), 1003), ("length 2^32-1", UInt32.max, 1003)] {
            try connection(kind) { client in
                try client.sendRaw([UInt8(length >> 24), UInt8(length >> 16 & 0xFF), UInt8(length >> 8 & 0xFF), UInt8(length & 0xFF)])
                let reply = try client.receive(timeout: 30)
                replies[kind, default: 0] += 1
                record(reply["error"]?["code"]?.intValue ?? 0)
                if reply["error"]?["code"]?.intValue != code { fail("\(kind): expected \(code), got \(reply.serialized())") }
                if !client.isClosedByPeer(timeout: 30) { fail("\(kind): the connection stayed open") }
            }
        }
        try connection("header cut short") { try $0.sendRaw([0, 0]) }
        try connection("body cut short") { try $0.sendRaw([0, 0, 0, 100] + Array(#"{"jsonrpc":"2.0""#.utf8)) }
        try connection("no bytes") { _ in }
        try connection("byte by byte") { client in
            for byte in ProtocolFuzzer.frame(Array(#"{"jsonrpc":"2.0","id":"drip","method":"ping"}"#.utf8)) { try client.sendRaw([byte]) }
            let reply = try client.receive(timeout: 30)
            replies["byte by byte", default: 0] += 1
            if reply["id"] != "drip" || reply["result"]?["pong"] != true { fail("byte by byte: \(reply.serialized())") }
        }
        try connection("split frames") { client in
            let bytes = ProtocolFuzzer.frame(Array(#"{"jsonrpc":"2.0","id":"a","method":"ping"}"#.utf8))
                + ProtocolFuzzer.frame(Array(#"{"jsonrpc":"2.0","id":"b","method":"status"}"#.utf8))
            let cut = Int.random(in: 1..<bytes.count, using: &rng)
            try client.sendRaw(Array(bytes[..<cut]))
            try client.sendRaw(Array(bytes[cut...]))
            let ids = try [client.receive(timeout: 30), client.receive(timeout: 30)].compactMap { $0["id"]?.stringValue }
            replies["split frames", default: 0] += 2
            if Set(ids) != ["a", "b"] { fail("split at \(cut): replies \(ids)") }
        }
    }

    private func record(_ code: Int) { recordCode(code) }
}

extension ProtocolFuzzer {
    /// Requests answered on the connection's reader, so their replies come before the sentinel `ping`'s.
    static let inlineRequests = Array(seedRequests.prefix(3))
}
