import DoppelJSON
import DoppelPOSIX
import Foundation
import Testing

/// Replays every conversation in protocol/examples/ against the real daemon,
/// and checks each message sent and received against protocol/schemas/.
@Suite struct ProtocolExamplesTests {
    static let protocolDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("protocol")

    static let exampleFiles: [String] = {
        let dir = protocolDirectory.appendingPathComponent("examples").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
    }()

    let validator = JSONSchemaValidator(directory: protocolDirectory.appendingPathComponent("schemas"))

    @Test func everyMethodHasSchemasAndThereAreExamples() {
        #expect(Self.exampleFiles.count >= 10)
        for method in ["initialize", "ping", "status", "shutdown", "debug.sleep", "feedback.generate", "tickets.generate",
                       "interviews.generate", "conversations.generate", "synth_data.generate",
                       "generate_data", "datasets.list", "datasets.get", "datasets.delete", "schema.plan", "generate",
                       "kinds.list", "schema.validate", "schema.jsonschema", "job.replay", "debug.worker_fault"] {
            for part in ["params", "result"] {
                #expect((try? validator.schema("\(method).\(part).schema.json")) != nil, "\(method).\(part)")
            }
        }
    }

    @Test(arguments: exampleFiles)
    func replay(file: String) throws {
        let url = Self.protocolDirectory.appendingPathComponent("examples/\(file)")
        let example = try JSONParser.parse(Data(contentsOf: url))
        let arguments = example["daemonArguments"]?.arrayValue?.compactMap(\.stringValue) ?? []
        let daemon = try TestDaemon(extraArguments: arguments)
        let client = try daemon.connect()
        var methodsByID: [String: String] = [:]
        for (index, step) in (example["steps"]?.arrayValue ?? []).enumerated() {
            let at = "\(file) step \(index)"
            if let message = step["send"] {
                if step["violatesSchema"] == true {
                    #expect(try !problems(message).isEmpty, "\(at): the schemas accept a message marked as violating them")
                } else {
                    try expectConforms(message, sent: true, methodsByID: &methodsByID, at: at)
                }
                try client.send(message)
            } else if let text = step["sendText"]?.stringValue {
                try client.sendPayload(text)
            } else if let bytes = step["sendBytes"]?.arrayValue {
                try client.sendRaw(bytes.compactMap { $0.intValue.map(UInt8.init(truncatingIfNeeded:)) })
            } else if let expected = step["receive"] {
                var actual = try client.receive()
                // $/progress and $/seed are informational: skipped unless the step expects them.
                while let method = actual["method"]?.stringValue, ["$/progress", "$/seed"].contains(method),
                      expected["method"]?.stringValue != method {
                    actual = try client.receive()
                }
                var why: [String] = []
                #expect(Self.match(actual, expected, path: "$", why: &why), "\(at): \(why) in \(actual.serialized())")
                try expectConforms(actual, sent: false, methodsByID: &methodsByID, at: at)
            } else if step["expectClose"] != nil {
                #expect(client.isClosedByPeer(), "\(at)")
            } else if let code = step["expectExit"]?.intValue {
                #expect(daemon.waitForExit() == Int32(code), "\(at)")
            } else {
                Issue.record("\(at): unknown step \(step.serialized())")
            }
        }
    }

    /// Everything the schemas find wrong with a message to the daemon.
    private func problems(_ message: JSON) throws -> [String] {
        var found = try validator.validate(message, against: "envelope.schema.json")
        if let method = message["method"]?.stringValue, let params = message["params"],
           (try? validator.schema("\(method).params.schema.json")) != nil {
            found += try validator.validate(params, against: "\(method).params.schema.json")
        }
        return found
    }

    /// Checks a message against the envelope schema and its method's params or result schema.
    private func expectConforms(_ message: JSON, sent: Bool, methodsByID: inout [String: String], at: String) throws {
        #expect(try validator.validate(message, against: "envelope.schema.json") == [], "\(at)")
        if let method = message["method"]?.stringValue {
            if let id = message["id"] { methodsByID[id.serialized()] = method }
            let name = method.hasPrefix("$/") ? String(method.dropFirst(2)) : method
            if let params = message["params"], (try? validator.schema("\(name).params.schema.json")) != nil {
                #expect(try validator.validate(params, against: "\(name).params.schema.json") == [], "\(at)")
            }
        } else if let result = message["result"], let id = message["id"], let method = methodsByID[id.serialized()] {
            #expect(try validator.validate(result, against: "\(method).result.schema.json") == [], "\(at)")
        }
    }

    /// `actual` matches `expected`, where "$string", "$integer", … stand for any value of that type.
    static func match(_ actual: JSON, _ expected: JSON, path: String, why: inout [String]) -> Bool {
        if case let .string(s) = expected, s.hasPrefix("$"), s.count > 1, !s.hasPrefix("$/") {
            let ok: Bool
            switch (s, actual) {
            case ("$any", _), ("$string", .string), ("$integer", .int), ("$number", .int), ("$number", .double),
                 ("$boolean", .bool), ("$object", .object), ("$array", .array): ok = true
            default: ok = false
            }
            if !ok { why.append("\(path): expected \(s), got \(actual.serialized())") }
            return ok
        }
        switch (actual, expected) {
        case let (.object(a), .object(e)):
            var ok = true
            for key in Set(a.keys).union(e.keys) {
                guard let av = a[key], let ev = e[key] else {
                    why.append("\(path).\(key): \(a[key] == nil ? "missing" : "unexpected")")
                    ok = false
                    continue
                }
                ok = match(av, ev, path: "\(path).\(key)", why: &why) && ok
            }
            return ok
        case let (.array(a), .array(e)):
            guard a.count == e.count else { why.append("\(path): \(a.count) elements, expected \(e.count)"); return false }
            return zip(a, e).enumerated().allSatisfy { match($0.element.0, $0.element.1, path: "\(path)[\($0.offset)]", why: &why) }
        default:
            if actual != expected { why.append("\(path): got \(actual.serialized()), expected \(expected.serialized())") }
            return actual == expected
        }
    }
}
