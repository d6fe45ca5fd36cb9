import DoppelJSON
import Foundation
import Testing

/// Issue 11, defects 4 and 5 over a real daemon: a write failure under `out_dir`
/// is `IO_FAILED` (1402) naming the path and the errno's text, never a bare
/// −32603; entity names that would share a file are refused before anything is written.
///
/// Tests run as root, so permission bits stop nothing: the failures come from
/// paths no user can write (`/proc/self`), a file where a directory is
/// expected, names longer than file systems allow, and a directory where the
/// output file must go.
@Suite struct OutputFailureEndToEndTests {
    static let table: JSON = ["name": "s", "entities": [["name": "t", "rows": 20, "fields": [
        ["name": "id", "type": "integer", "primary_key": true], ["name": "name", "kind": "person.full_name"]]]]]

    /// Asserts `reply` is `IO_FAILED` for `path` with `reason`, and returns its data.
    @discardableResult
    static func expectIOFailure(_ reply: JSON, path: String, reason: String? = nil,
                                sourceLocation: SourceLocation = #_sourceLocation) -> JSON? {
        let error = reply["error"]
        #expect(error?["code"] == 1402, "\(reply.serialized())", sourceLocation: sourceLocation)
        #expect(error?["data"]?["kind"] == "IO_FAILED", sourceLocation: sourceLocation)
        #expect(error?["data"]?["path"]?.stringValue?.hasPrefix(path) == true, "\(reply.serialized())", sourceLocation: sourceLocation)
        let said = error?["data"]?["reason"]?.stringValue ?? ""
        #expect(!said.isEmpty && (error?["message"]?.stringValue ?? "").contains(said), sourceLocation: sourceLocation)
        #expect(error?["data"]?["errno"]?.intValue ?? 0 > 0, sourceLocation: sourceLocation)
        if let reason { #expect(said == reason, sourceLocation: sourceLocation) }
        return error?["data"]
    }

    @Test func outDirsThatCannotBeCreatedNameThePathAndTheErrno() async throws {
        let daemon = try await TestDaemon.start()
        let client = try await daemon.connectAsync()
        let file = daemon.directory.file("plain-file")
        #expect(FileManager.default.createFile(atPath: file, contents: Data("x".utf8)))
        let long = daemon.directory.file(String(repeating: "n", count: 300))
        let cases: [(outDir: String, path: String, reason: String?)] = [
            ("/proc/self/doppel-out", "/proc/self/doppel-out", nil),
            (file + "/sub", file + "/sub", "Not a directory"),
            (file, file, "Not a directory"),
            (long + "/x", long, "File name too long"),
        ]
        for (i, c) in cases.enumerated() {
            let params: JSON = ["schema": Self.table, "output_format": "csv", "out_dir": .string(c.outDir)]
            let reply = try await client.callAsync("generate", params: params, id: .int(i + 1))
            Self.expectIOFailure(reply, path: c.path, reason: c.reason)
        }
        // The connection and the daemon carry on.
        #expect(try await client.callAsync("ping", id: 99)["result"]?["pong"] == true)
        #expect(daemon.stderr.contains("File name too long") && daemon.stderr.contains(file + "/sub"))
    }

    @Test func aFailedRenameIsReportedAndLeavesNoTemporaryFiles() async throws {
        let daemon = try await TestDaemon.start()
        let client = try await daemon.connectAsync()
        let out = daemon.directory.file("out")
        // A non-empty directory where the output file must go: the final rename fails.
        try FileManager.default.createDirectory(atPath: out + "/t.csv/keep", withIntermediateDirectories: true)
        let reply = try await client.callAsync("generate", params: ["schema": Self.table, "output_format": "csv", "out_dir": .string(out)])
        let data = Self.expectIOFailure(reply, path: out + "/t.csv")
        #expect(data?["operation"] == "rename")
        let left = try FileManager.default.contentsOfDirectory(atPath: out)
        #expect(left == ["t.csv"], "temporary files must be removed: \(left)")
    }

    @Test func entityNamesThatShareAFileAreRefusedBeforeAnythingIsWritten() async throws {
        let daemon = try await TestDaemon.start()
        let client = try await daemon.connectAsync()
        let out = daemon.directory.file("collide")
        let field: JSON = [["name": "id", "type": "integer", "primary_key": true]]
        let schema: JSON = ["name": "s", "entities": [["name": "a/b", "rows": 3, "fields": field], ["name": "a_b", "rows": 3, "fields": field]]]
        let reply = try await client.callAsync("generate", params: ["schema": schema, "output_format": "csv", "out_dir": .string(out)])
        #expect(reply["error"]?["code"] == -32602, "\(reply.serialized())")
        let issues = reply["error"]?["data"]?["issues"]?.arrayValue?.compactMap(\.stringValue) ?? []
        #expect(issues.contains { $0.contains("\"a/b\"") && $0.contains("\"a_b\"") }, "\(issues)")
        #expect((try? FileManager.default.contentsOfDirectory(atPath: out))?.isEmpty ?? true)

        let empty: JSON = ["name": "s", "entities": [["name": "", "rows": 3, "fields": field]]]
        let none = try await client.callAsync("generate", params: ["schema": empty, "output_format": "csv"], id: 2)
        #expect(none["error"]?["code"] == -32602, "\(none.serialized())")
        #expect(none.serialized().contains("entities[0]: name: expected a non-empty entity name"), "\(none.serialized())")
    }
}
