import DoppelJSON
import DoppelPOSIX
import DoppelTestSupport
import Foundation

/// One seed's run of the protocol campaign against a live daemon: sends what
/// `ProtocolFuzzer` draws, checks every reply, and counts what happened.
///
/// - Important: used from one thread (the test's `offPool` thread).
final class ProtocolCampaign: @unchecked Sendable {
    /// What a request's reply must be, besides never −32603.
    enum Expectation {
        /// Anything but −32603 (a result, an application error, a −32602 for other reasons).
        case notInternal
        /// −32602 whose message or data names this member.
        case invalidNaming(String)
    }

    let daemon: TestDaemon
    let seed: UInt64
    var rng: FuzzRandom
    let shapes: [MethodShape]
    let validator = JSONSchemaValidator(directory: ProtocolFuzzer.protocolDirectory.appendingPathComponent("schemas"))
    private(set) var failures: [String] = []
    private(set) var crashes = 0
    /// Frames sent and replies received, by class of input.
    var sent: [String: Int] = [:]
    var replies: [String: Int] = [:]
    /// Replies by error code (0: a result).
    private(set) var codes: [Int: Int] = [:]
    private var nextID: Int64 = 1_000
    private var client: RawClient

    init(daemon: TestDaemon, seed: UInt64) throws {
        self.daemon = daemon
        self.seed = seed
        rng = FuzzRandom(seed: seed)
        client = try daemon.connect()
        let hello = try client.call("initialize", params: ["protocol": "1.0"], id: 1)
        let methods = hello["result"]?["methods"]?.arrayValue?.compactMap(\.stringValue) ?? []
        guard !methods.isEmpty else { throw TestFailure("initialize listed no methods: \(hello.serialized())") }
        shapes = try ProtocolFuzzer.shapes(for: methods)
    }

    var summary: String {
        let frames = sent.values.reduce(0, +), answered = replies.values.reduce(0, +)
        let byClass = sent.keys.sorted().map { "\($0) \(sent[$0] ?? 0)/\(replies[$0] ?? 0)" }.joined(separator: ", ")
        let byCode = codes.keys.sorted().map { "\($0 == 0 ? "result" : String($0)): \(codes[$0] ?? 0)" }.joined(separator: ", ")
        return "frames \(frames), replies \(answered) (class sent/replies: \(byClass)); by code: \(byCode); crashes \(crashes); failures \(failures.count)"
    }

    /// The same figures as one JSON object, for bench/protocol-fuzz.sh to add up.
    var figures: JSON {
        func counts(_ d: [String: Int]) -> JSON { .object(JSONObject(d.sorted { $0.key < $1.key }.map { ($0.key, JSON.int($0.value)) })) }
        return ["seed": .string(String(seed)), "sent": counts(sent), "replies": counts(replies),
                "codes": counts(Dictionary(uniqueKeysWithValues: codes.map { ($0.key == 0 ? "result" : String($0.key), $0.value) })),
                "crashes": .int(crashes), "failures": .int(failures.count)]
    }

    func fail(_ what: String) { failures.append(what.count > 600 ? String(what.prefix(600)) + "…" : what) }

    private func newID() -> JSON {
        nextID += 1
        return .int(nextID)
    }

    // MARK: - Liveness

    /// The daemon still runs with the same pid and a fresh connection's `ping` answers.
    func checkAlive(after what: String) throws {
        guard daemon.process.isRunning else {
            crashes += 1
            fail("the daemon died after \(what); its log ends: \(daemon.stderr.suffix(800))")
            throw TestFailure("daemon died")
        }
        let probe = try daemon.connect()
        let hello = try probe.call("initialize", params: nil, id: "alive")
        if hello["result"]?["server"]?["pid"]?.intValue != Int(daemon.pid) { fail("after \(what): initialize names another pid: \(hello.serialized())") }
        if try probe.call("ping", id: "alive-ping")["result"]?["pong"] != true { fail("after \(what): ping did not answer") }
    }

    private func reconnect(after what: String) throws {
        client.close()
        try checkAlive(after: what)
        client = try daemon.connect()
    }

    // MARK: - Params

    /// Every method with its baseline, each required member missing, each member
    /// given drawn values, an extra member, and params that are not an object.
    func params() throws {
        for shape in shapes {
            let baseline = try run(shape.method, [("baseline", shape.baseline, .notInternal)], label: "params")
            let named = baseline.first.map { $0["error"]?["code"] != -32602 } ?? false
            if !named { fail("\(shape.method): its baseline params are refused, so members cannot be checked: \(baseline.first?.serialized() ?? "no reply")") }
            var requests: [(String, JSON?, Expectation)] = []
            let base = shape.baseline.objectValue ?? JSONObject()
            for name in shape.required {
                var params = base
                params[name] = nil
                requests.append(("missing \(name)", .object(params), named ? .invalidNaming(name) : .notInternal))
            }
            for name in shape.properties {
                for _ in 0..<4 {
                    var params = base
                    params[name] = ProtocolFuzzer.value(&rng)
                    let refused = try shape.schemaFile.map { try validator.validate(.object(params), against: $0) }?
                        .contains { $0.hasPrefix("$.\(name):") || $0.hasPrefix("$.\(name).") || $0.hasPrefix("$.\(name)[") } ?? false
                    requests.append(("\(name) drawn", .object(params), refused && named ? .invalidNaming(name) : .notInternal))
                }
            }
            // Somewhere inside the params (a schema's field, an example row, a nested option).
            for _ in 0..<6 where !base.isEmpty {
                let (params, path) = ProtocolFuzzer.replacingLeaf(of: .object(base), &rng)
                requests.append(("nested \(path)", params, .notInternal))
            }
            var extra = base
            extra["zz_unknown_member"] = ProtocolFuzzer.value(&rng)
            requests.append(("extra member", .object(extra), shape.closed && named ? .invalidNaming("zz_unknown_member") : .notInternal))
            requests.append(("params not an object", rng.pick(["x", 5, true, .double(1.5), [1, 2]]), .notInternal))
            _ = try run(shape.method, requests, label: "params")
            try checkAlive(after: "params of \(shape.method)")
        }
    }

    /// Sends requests a few at a time (all in flight together), checks that each
    /// id gets exactly one reply and that the reply meets its expectation.
    @discardableResult
    private func run(_ method: String, _ requests: [(String, JSON?, Expectation)], label: String) throws -> [JSON] {
        var answers: [JSON] = []
        var answered: Set<String> = []
        for window in stride(from: 0, to: requests.count, by: 4) {
            var pending: [String: (String, JSON, Expectation)] = [:]
            for (what, params, expectation) in requests[window..<min(requests.count, window + 4)] {
                let id = newID()
                var request = JSONObject([("jsonrpc", "2.0"), ("id", id), ("method", .string(method))])
                if let params { request["params"] = params }
                let text = JSON.object(request).serialized()
                pending[id.serialized()] = ("\(method) \(what): \(text.prefix(300))", id, expectation)
                do { try client.send(.object(request)) } catch {
                    fail("\(method) \(what): the daemon stopped reading (\(error))")
                    try reconnect(after: "\(method) \(what)")
                }
                sent[label, default: 0] += 1
            }
            while !pending.isEmpty {
                let reply: JSON
                do { reply = try client.receive(timeout: 120) } catch {
                    fail("\(pending.values.map(\.0).joined(separator: " | ")): no reply, the connection ended or stalled (\(error))")
                    try reconnect(after: method)
                    break
                }
                if reply["method"] != nil { continue }  // $/progress, $/chunk
                let key = reply["id"]?.serialized() ?? "null"
                guard let (what, _, expectation) = pending.removeValue(forKey: key) else {
                    fail("\(method): a reply no request is waiting for (a second reply?): \(reply.serialized().prefix(300))")
                    continue
                }
                answered.insert(key)
                replies[label, default: 0] += 1
                answers.append(reply)
                check(reply, what, expectation)
            }
        }
        // Nothing more may arrive for those ids: the next reply must be this ping's.
        let sentinel = JSON.string("sentinel-\(nextID)")
        try client.send(["jsonrpc": "2.0", "id": sentinel, "method": "ping"])
        while true {
            let reply = try client.receive(timeout: 120)
            if reply["method"] != nil { continue }
            if reply["id"] == sentinel { break }
            fail("\(method): an extra reply after every request was answered: \(reply.serialized().prefix(300))")
        }
        return answers
    }

    func recordCode(_ code: Int) { codes[code, default: 0] += 1 }

    private func check(_ reply: JSON, _ what: String, _ expectation: Expectation) {
        let code = reply["error"]?["code"]?.intValue ?? 0
        recordCode(code)
        if reply["jsonrpc"] != "2.0" || (reply["result"] == nil) == (reply["error"] == nil) {
            fail("\(what): not a JSON-RPC response: \(reply.serialized().prefix(300))")
        }
        if code == -32603 { fail("\(what): −32603 \(reply.serialized().prefix(300))") }
        if case let .invalidNaming(name) = expectation {
            let text = Self.normalized(reply["error"].map { $0.serialized() } ?? "")
            if code != -32602 || !text.contains(Self.normalized(name)) {
                fail("\(what): expected −32602 naming \"\(name)\", got \(reply.serialized().prefix(300))")
            }
        }
    }

    /// Lower case with `_` as a space, so `dataset_size` is named by "Dataset size" (the hosted contract's words).
    static func normalized(_ text: String) -> String { text.lowercased().replacingOccurrences(of: "_", with: " ") }
}
