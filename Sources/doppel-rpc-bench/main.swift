// doppel-rpc-bench: ping round trips against a running doppeld.
//
//   doppel-rpc-bench SOCKET sequential [REQUESTS=100000]
//       one connection, one request in flight: p50/p90/p99/p99.9/max latency
//   doppel-rpc-bench SOCKET concurrent [CLIENTS=8] [REQUESTS_PER_CLIENT=20000]
//       CLIENTS connections in parallel, each sequential: total requests/s
//
// The request is a complete JSON-RPC ping frame written in one write(), the
// reply is read whole and checked, as ../shared/bench/uds_rtt.c does for its echo.
import DoppelPOSIX
import DoppelProtocol
import Foundation

let warmup = 2_000

struct Client {
    let fd: FileDescriptor
    var buffer = [UInt8](repeating: 0, count: 4096)
    let request: [UInt8]

    init(socket: String, id: Int) throws {
        fd = try UnixSocket.connect(path: socket)
        request = FrameEncoder.frame(Array(#"{"jsonrpc":"2.0","id":\#(id),"method":"ping"}"#.utf8))
    }

    /// One round trip; returns the reply's length.
    mutating func ping() throws -> Int {
        try fd.writeAll(request)
        var have = 0
        var need = 4
        while have < need {
            let n = try buffer.withUnsafeMutableBytes { raw in
                try fd.read(into: UnsafeMutableRawBufferPointer(rebasing: raw[have..<raw.count]))
            }
            guard n > 0 else { throw SystemError("read", errno: 104) }
            have += n
            if need == 4, have >= 4 {
                need = 4 + (Int(buffer[0]) << 24 | Int(buffer[1]) << 16 | Int(buffer[2]) << 8 | Int(buffer[3]))
            }
        }
        // {"jsonrpc":"2.0","id":N,"result":{"pong":true}}
        guard buffer[4..<need].contains(UInt8(ascii: "p")) else { throw SystemError("bad reply", errno: 22) }
        return need
    }
}

func percentile(_ sorted: [UInt64], _ p: Double) -> Double {
    Double(sorted[Int(p * Double(sorted.count - 1))]) / 1000
}

func sequential(socket: String, requests: Int) throws {
    var client = try Client(socket: socket, id: 1)
    for _ in 0..<warmup { _ = try client.ping() }
    var latencies = [UInt64](repeating: 0, count: requests)
    let start = MonotonicClock.nanoseconds()
    for i in 0..<requests {
        let t0 = MonotonicClock.nanoseconds()
        _ = try client.ping()
        latencies[i] = MonotonicClock.nanoseconds() - t0
    }
    let total = Double(MonotonicClock.nanoseconds() - start) / 1e9
    let mean = Double(latencies.reduce(0, +)) / Double(requests) / 1000
    latencies.sort()
    print(String(format: "mode=sequential requests=%d p50_us=%.2f p90_us=%.2f p99_us=%.2f p999_us=%.2f max_us=%.2f mean_us=%.2f total_s=%.4f req_per_s=%.0f",
                 requests, percentile(latencies, 0.5), percentile(latencies, 0.9), percentile(latencies, 0.99),
                 percentile(latencies, 0.999), Double(latencies[requests - 1]) / 1000, mean, total, Double(requests) / total))
}

func concurrent(socket: String, clients: Int, perClient: Int) throws {
    let errors = NSLock()
    nonisolated(unsafe) var failures = 0
    var prepared: [Client] = []
    for i in 0..<clients {
        var c = try Client(socket: socket, id: i + 1)
        for _ in 0..<(warmup / clients) { _ = try c.ping() }
        prepared.append(c)
    }
    let ready = prepared
    let start = MonotonicClock.nanoseconds()
    DispatchQueue.concurrentPerform(iterations: clients) { i in
        var c = ready[i]
        do {
            for _ in 0..<perClient { _ = try c.ping() }
        } catch {
            errors.lock(); failures += 1; errors.unlock()
        }
    }
    let total = Double(MonotonicClock.nanoseconds() - start) / 1e9
    let requests = clients * perClient
    print(String(format: "mode=concurrent clients=%d requests=%d failures=%d total_s=%.4f req_per_s=%.0f",
                 clients, requests, failures, total, Double(requests) / total))
}

let args = CommandLine.arguments
guard args.count >= 3 else {
    FileHandle.standardError.write(Data("usage: doppel-rpc-bench SOCKET sequential [N] | concurrent [CLIENTS] [N]\n".utf8))
    exit(2)
}
do {
    switch args[2] {
    case "sequential": try sequential(socket: args[1], requests: args.count > 3 ? Int(args[3]) ?? 100_000 : 100_000)
    case "concurrent":
        try concurrent(socket: args[1], clients: args.count > 3 ? Int(args[3]) ?? 8 : 8,
                       perClient: args.count > 4 ? Int(args[4]) ?? 20_000 : 20_000)
    default:
        FileHandle.standardError.write(Data("unknown mode \(args[2])\n".utf8))
        exit(2)
    }
} catch {
    FileHandle.standardError.write(Data("doppel-rpc-bench: \(error)\n".utf8))
    exit(1)
}
