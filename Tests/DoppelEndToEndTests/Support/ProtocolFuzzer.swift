import DoppelJSON
import DoppelTestSupport
import Foundation

/// What a method's params look like, from protocol/schemas/<method>.params.schema.json,
/// and a request the protocol examples show it answering with a result.
struct MethodShape {
    let method: String
    /// The params a protocol example sends (answered with a result), else one
    /// built from the schema's required members.
    let baseline: JSON
    let required: [String]
    let properties: [String]
    let closed: Bool
    let schemaFile: String?
}

/// Draws frames and params for the protocol campaign (issue 11, point 6).
///
/// Inputs come from the daemon's own description: its `initialize` method
/// list, the params schemas in protocol/schemas/ and the requests in
/// protocol/examples/. A method added later is fuzzed without touching this file.
enum ProtocolFuzzer {
    static let protocolDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("protocol")

    /// Methods never fuzzed: `shutdown` ends the daemon by design, `debug.sleep` sleeps as long as it is told,
    /// `debug.worker_fault` crashes a worker by design (WorkerEndToEndTests covers it).
    static let excluded: Set<String> = ["shutdown", "debug.sleep", "debug.worker_fault"]

    static func shapes(for methods: [String]) throws -> [MethodShape] {
        let examples = try exampleParams()
        return try methods.filter { !excluded.contains($0) }.map { method in
            let file = "\(method).params.schema.json"
            let url = protocolDirectory.appendingPathComponent("schemas/\(file)")
            let schema: JSON? = FileManager.default.fileExists(atPath: url.path) ? try JSONParser.parse(Data(contentsOf: url)) : nil
            let required = schema?["required"]?.arrayValue?.compactMap(\.stringValue) ?? []
            let properties = schema?["properties"]?.objectValue?.keys ?? []
            let baseline = examples[method] ?? .object(JSONObject(required.map { ($0, placeholder(schema?["properties"]?[$0])) }))
            return MethodShape(method: method, baseline: baseline, required: required, properties: properties,
                               closed: schema?["additionalProperties"] == .bool(false), schemaFile: schema == nil ? nil : file)
        }
    }

    /// For each method, the params of the first example request answered with a result.
    static func exampleParams() throws -> [String: JSON] {
        let dir = protocolDirectory.appendingPathComponent("examples")
        var found: [String: JSON] = [:]
        for file in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() where file.hasSuffix(".json") {
            let steps = try JSONParser.parse(Data(contentsOf: dir.appendingPathComponent(file)))["steps"]?.arrayValue ?? []
            for (i, step) in steps.enumerated() {
                guard let send = step["send"], step["violatesSchema"] != .bool(true),
                      let method = send["method"]?.stringValue, let id = send["id"], found[method] == nil else { continue }
                let answer = steps[(i + 1)...].first { $0["receive"]?["id"] == id }?["receive"]
                if answer?["result"] != nil { found[method] = send["params"] ?? .object(JSONObject()) }
            }
        }
        return found
    }

    /// A value of the type a property's schema names, for methods no example shows.
    static func placeholder(_ property: JSON?) -> JSON {
        switch property?["type"]?.stringValue {
        case "integer": return .int(property?["minimum"]?.intValue ?? 1)
        case "number": return .double(1)
        case "boolean": return false
        case "array": return []
        case "object": return .object(JSONObject())
        default: return property?["enum"]?.arrayValue?.first ?? "x"
        }
    }

    // MARK: - Values

    /// Nested arrays or objects `depth` deep.
    static func nested(_ depth: Int, object: Bool) -> JSON {
        var value: JSON = 0
        for _ in 0..<depth { value = object ? ["a": value] : [value] }
        return value
    }

    /// A value of any JSON type, often hostile: huge, deep, empty, non-ASCII, extreme numbers.
    static func value(_ rng: inout FuzzRandom) -> JSON {
        switch Int.random(in: 0..<14, using: &rng) {
        case 0: return .bool(rng.chance(0.5))
        case 1: return .int(rng.pick([Int64.min, -1, 0, Int64.max, 2_147_483_648]))
        case 2: return .double(rng.pick([-0.0, 0.5, 1.5, -1e300, 1e300, 4.9e-324]))
        case 3: return ""
        case 4: return .string(String(repeating: rng.pick(["x", "é", "🚀", " "]), count: Int.random(in: 1...150_000, using: &rng)))
        case 5: return .string(rng.pick(["\u{0}", "../../etc/passwd", "日本語", "\u{FEFF}a", "a\nb", "-1", "true", "1e999"]))
        case 6: return []
        case 7: return [1, "a", nil, [:], [true]]
        case 8: return nested(Int.random(in: 50...400, using: &rng), object: false)
        case 9: return .object(JSONObject())
        case 10: return ["a": 1, "b": ["c": nil]]
        case 11: return nested(Int.random(in: 50...400, using: &rng), object: true)
        case 12: return .array((0..<Int.random(in: 100...5_000, using: &rng)).map { .int($0) })
        default: return .object(JSONObject((0..<Int.random(in: 17...3_000, using: &rng)).map { ("k\($0)", JSON.int($0)) }))
        }
    }

    /// `value` with one member or element somewhere inside it (not the top level) replaced by a drawn value;
    /// returns the new value and the path changed (`schema.entities[0].rows`).
    static func replacingLeaf(of value: JSON, _ rng: inout FuzzRandom, path: String = "") -> (JSON, String) {
        switch value {
        case var .object(o) where !o.isEmpty:
            let key = rng.pick(o.keys)
            let inner = o[key] ?? .null
            let deeper = rng.chance(0.7) && (inner.objectValue.map { !$0.isEmpty } ?? inner.arrayValue.map { !$0.isEmpty } ?? false)
            let (replaced, at) = deeper ? replacingLeaf(of: inner, &rng, path: path + (path.isEmpty ? "" : ".") + key)
                                        : (Self.value(&rng), path + (path.isEmpty ? "" : ".") + key)
            o[key] = replaced
            return (.object(o), at)
        case var .array(a) where !a.isEmpty:
            let i = Int.random(in: 0..<a.count, using: &rng)
            let deeper = rng.chance(0.7) && (a[i].objectValue.map { !$0.isEmpty } ?? a[i].arrayValue.map { !$0.isEmpty } ?? false)
            let (replaced, at) = deeper ? replacingLeaf(of: a[i], &rng, path: path + "[\(i)]") : (Self.value(&rng), path + "[\(i)]")
            a[i] = replaced
            return (.array(a), at)
        default:
            return (Self.value(&rng), path)
        }
    }

    // MARK: - Frames

    /// A frame around `body`: 4-byte big-endian length, then the bytes.
    static func frame(_ body: [UInt8]) -> [UInt8] {
        let n = UInt32(body.count)
        return [UInt8(n >> 24), UInt8(n >> 16 & 0xFF), UInt8(n >> 8 & 0xFF), UInt8(n & 0xFF)] + body
    }

    /// Requests whose bytes the mutated class starts from.
    static let seedRequests: [String] = [
        #"{"jsonrpc":"2.0","id":7,"method":"ping"}"#,
        #"{"jsonrpc":"2.0","id":"s","method":"status","params":{}}"#,
        #"{"jsonrpc":"2.0","id":8,"method":"initialize","params":{"client":{"name":"f","version":"1"},"protocol":"1.0"}}"#,
        #"{"jsonrpc":"2.0","id":9,"method":"tickets.generate","params":{"product":"Acme","count":2,"seed":1}}"#,
        #"{"jsonrpc":"2.0","id":10,"method":"generate","params":{"schema":{"entities":[{"name":"t","rows":3,"fields":[{"name":"id","type":"integer"}]}]}}}"#,
    ]

    /// A request's bytes with a few random edits: flipped, inserted, deleted or duplicated bytes, or a truncation.
    static func mutate(_ text: String, _ rng: inout FuzzRandom) -> [UInt8] {
        var bytes = Array(text.utf8)
        for _ in 0..<Int.random(in: 1...4, using: &rng) where !bytes.isEmpty {
            let i = Int.random(in: 0..<bytes.count, using: &rng)
            switch Int.random(in: 0..<5, using: &rng) {
            case 0: bytes[i] = UInt8.random(in: 0...255, using: &rng)
            case 1: bytes.insert(rng.pick(Array("{}[]\",:\\0123456789-.eE tfn".utf8) + [0x80, 0xC3, 0xFF, 0x00]), at: i)
            case 2: bytes.remove(at: i)
            case 3: bytes.insert(contentsOf: bytes[i..<min(bytes.count, i + 8)], at: i)
            default: bytes.removeSubrange(i...)
            }
        }
        return bytes.isEmpty ? [0x20] : bytes
    }

    /// Random bytes, sometimes starting like JSON.
    static func garbage(_ rng: inout FuzzRandom) -> [UInt8] {
        let prefix: [UInt8] = rng.chance(0.5) ? Array(rng.pick(["{", "[", "\"", "{\"id\":", "nul", "-"]).utf8) : []
        return prefix + (0..<Int.random(in: 1...200, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
    }

    /// A valid request whose string holds bytes that are not UTF-8.
    static func nonUTF8(_ rng: inout FuzzRandom) -> [UInt8] {
        let bad: [[UInt8]] = [[0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xC0, 0xAF], [0x80]]
        return Array(#"{"jsonrpc":"2.0","id":1,"method":"ping","params":{"x":""#.utf8) + rng.pick(bad) + Array(#""}}"#.utf8)
    }

    /// Texts that are JSON-ish but out of bounds: deep nesting, huge numbers.
    static func extremeText(_ rng: inout FuzzRandom) -> String {
        switch Int.random(in: 0..<4, using: &rng) {
        case 0: return String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        case 1: return #"{"jsonrpc":"2.0","id":1,"method":"ping","params":{"n":1"# + String(repeating: "0", count: 400) + "}}"
        case 2: return #"{"jsonrpc":"2.0","id":1,"method":"ping","params":{"n":1e99999}}"#
        default: return #"{"jsonrpc":"2.0","id":1,"method":"ping","params":"# + nested(500, object: true).serialized() + "}"
        }
    }

    /// Ids of every JSON type, and what the daemon must answer with: the id itself, or null (−32600).
    static let ids: [(id: JSON, echoed: Bool)] = [
        (.int(0), true), (.int(-1), true), (.int(Int64.max), true), (.int(Int64.min), true), ("", true), ("ünï 🚀", true),
        (.string(String(repeating: "i", count: 10_000)), true), (.null, false), (true, false), (.double(1.5), false),
        (.double(1e300), false), ([1], false), (["a": 1], false), ([], false),
    ]
}
