import DoppelJSON
import DoppelPOSIX
import DoppelProtocol
import Foundation
import Testing

/// One connection carrying replies from several threads at once, with the real daemon.
@Suite struct ConnectionEndToEndTests {
    /// Replies written by the reader thread (`ping`) and by task threads
    /// (`debug.sleep`'s progress and result) race for one socket; every
    /// request must still get its reply. (A lost hand-over between the
    /// thread finishing a send and a new sender left the connection silent.)
    @Test func everyReplyArrivesWhenInlineAndTaskRepliesInterleave() async throws {
        let daemon = try await TestDaemon.start()
        let client = try await daemon.connectAsync()
        let rounds = 3000
        let received: Set<Int> = try await offPool {
            let sender = Thread {
                for i in 0..<rounds {
                    let request: JSON = i % 5 == 0
                        ? ["id": .int(i), "method": "debug.sleep", "params": ["seconds": 0.001]]
                        : ["id": .int(i), "method": "ping"]
                    try? client.send(request)
                }
            }
            sender.start()
            var ids = Set<Int>()
            while ids.count < rounds {
                // A silent connection shows as no message within the timeout.
                guard let message = try? client.receive(timeout: 20) else { break }
                if message["method"] == nil, let id = message["id"]?.intValue { ids.insert(id) }
            }
            return ids
        }
        #expect(received.count == rounds, "replies missing: \(rounds - received.count)")
        #expect(try await client.callAsync("ping", id: "after")["result"] == ["pong": true])
    }
}

/// Clients that stop reading, with the real daemon: they cost bounded memory and never another client's time.
@Suite struct SlowClientEndToEndTests {
    static let bigSchema: JSON = ["entities": [["name": "events", "rows": 2_000_000, "fields": [
        ["name": "id", "type": "integer", "primary_key": true],
        ["name": "note", "type": "text", "kind": "text.sentence"],
        ["name": "at", "type": "datetime"]]]]]

    /// Two clients start streams and stop reading, with two workers: the
    /// streams pause without holding them, and a third client is answered.
    @Test func stalledStreamsHoldNoWorker() async throws {
        let daemon = try await TestDaemon.start(extraArguments: ["--workers", "2"])
        var stalled: [RawClient] = []
        for n in 0..<2 {
            let client = try await daemon.connectAsync()
            try client.send(["id": .int(n), "method": "generate",
                             "params": ["schema": Self.bigSchema, "output_format": "csv", "stream": true]])
            stalled.append(client)
        }
        let other = try await daemon.connectAsync()
        // Both streams reach their client's bound and pause (holding no worker).
        let paused = try await eventuallyAsync(within: 120) {
            try await other.callAsync("status", id: "s")["result"]?["workers"]?["paused"] == 2
        }
        #expect(paused)
        let tickets = try await other.callAsync("tickets.generate", params: ["product": "Acme App", "count": 3], id: "t", timeout: 120)
        #expect(tickets["result"] != nil, "\(tickets)")
        let small: JSON = ["entities": [["name": "users", "rows": 5, "fields": [["name": "id", "type": "integer", "primary_key": true]]]]]
        let generated = try await other.callAsync("generate", params: ["schema": small, "output_format": "csv"], id: "g", timeout: 120)
        #expect(generated["result"] != nil, "\(generated)")
        withExtendedLifetime(stalled) {}
    }

    /// Three clients send requests with large inline replies and never read:
    /// the daemon holds at most its bound for them (plus one reply each), and
    /// work past it is refused `OVERLOADED` with `retryAfter`.
    @Test func clientsThatNeverReadAreBoundedAcrossTheDaemon() async throws {
        let bound = 2_000_000
        let daemon = try await TestDaemon.start(extraArguments: [
            "--workers", "2", "--max-queued-bytes", "\(bound)", "--max-client-queued-bytes", "1000000"])
        let schema: JSON = ["entities": [["name": "rows", "rows": 4000, "fields": [
            ["name": "id", "type": "integer", "primary_key": true], ["name": "note", "type": "text", "kind": "text.sentence"]]]]]
        var silent: [RawClient] = []
        for _ in 0..<3 {
            let client = try await daemon.connectAsync()
            for i in 0..<20 { try client.send(["id": .int(i), "method": "generate", "params": ["schema": schema, "output_format": "csv", "seed": .int(i)]]) }
            silent.append(client)
        }
        let watcher = try await daemon.connectAsync()
        // Wait until the daemon has answered (or refused) all 60 requests.
        _ = try await eventuallyAsync(within: 120) {
            let status = try await watcher.callAsync("status", id: "s")["result"]
            return status?["requests"]?["inFlight"] == 0 && (status?["methods"]?["generate"]?["count"]?.intValue ?? 0) >= 60
        }
        let status = try await watcher.callAsync("status", id: "s2")["result"]
        let queued = try #require(status?["outbound"]?["queuedBytes"]?.intValue)
        #expect(queued <= bound + 3 * 400_000, "queued \(queued)")
        #expect((status?["methods"]?["generate"]?["errors"]?.intValue ?? 0) > 0)
        // New work from anyone is refused while they hold the bound; cheap methods still answer.
        let refused = try await watcher.callAsync("generate", params: ["schema": schema, "output_format": "csv"], id: "g")
        #expect(refused["error"]?["code"] == 1002)
        #expect(refused["error"]?["data"]?["retryAfter"] == 1)
        #expect(try await watcher.callAsync("ping", id: "p")["result"] == ["pong": true])
        // Each silent client finds every request answered once it reads: a result or OVERLOADED.
        for client in silent {
            let ids: Set<Int> = try await offPool {
                var ids = Set<Int>()
                while ids.count < 20, let m = try? client.receive(timeout: 30) {
                    if m["method"] == nil, let id = m["id"]?.intValue, m["result"] != nil || m["error"]?["code"] == 1002 { ids.insert(id) }
                }
                return ids
            }
            #expect(ids == Set(0..<20))
        }
    }

    /// An id still held by a running task, reused by an inline method: exactly one −32600 for it.
    @Test func reusingAnIdInFlightForAnInlineMethodIsRefused() async throws {
        let daemon = try await TestDaemon.start()
        let client = try await daemon.connectAsync()
        try client.send(["id": 7, "method": "debug.sleep", "params": ["seconds": 0.5]])
        try client.send(["id": 7, "method": "ping"])
        let replies: [JSON] = try await offPool {
            var replies: [JSON] = []
            while replies.count < 2 {
                let m = try client.receive()
                if m["method"] == nil { replies.append(m) }
            }
            return replies
        }
        #expect(replies.count == 2)
        #expect(replies.first?["error"]?["code"] == -32600)
        #expect(replies.last?["result"]?["sleptMs"] == 500)
        #expect(try await client.callAsync("ping", id: 7)["result"] == ["pong": true])  // free again once answered
    }
}
