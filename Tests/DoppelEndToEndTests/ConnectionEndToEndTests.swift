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
