import DoppelText
import DoppelEngine
import DoppelPlanner
import DoppelJSON
import Foundation
import Testing
@testable import DoppelServer
import DoppelProtocol

/// The dataset store in-process: whole datasets or nothing, ids that cannot
/// leave the store, newest first, leftovers of dead writers cleaned.
@Suite struct DatasetStoreTests {
    final class Scratch {
        let path = NSTemporaryDirectory() + "dpl-store-\(UInt32.random(in: 0...UInt32.max))"
        var root: String { path + "/datasets" }
        deinit { try? FileManager.default.removeItem(atPath: path) }
    }

    static func manifest(_ draft: DatasetDraft, prompt: String = "p") -> DatasetManifest {
        DatasetManifest(id: draft.id, prompt: prompt, schema: Schema(name: "s", entities: [Entity(name: "t", rows: 2, fields: [Field(name: "a", type: .integer)])]), seed: 1, format: .csv,
                        reality: 0, sizes: [("t", 2)], files: [], createdAt: "")
    }

    static func entries(_ path: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
    }

    @Test func createListGetDeleteRoundTrip() throws {
        let scratch = Scratch()
        let store = DatasetStore(root: scratch.root + "/")
        #expect(try store.list().isEmpty)
        let made = try store.create(method: "test") { draft in
            try draft.writeFile("t.csv") { try $0.write(Array("a,b\n1,2\n3,4\n".utf8)) }
            return Self.manifest(draft)
        }
        #expect(made.files == [StoredDataset.File(name: "t.csv", path: scratch.root + "/\(made.id)/t.csv", bytes: 12)])
        #expect(try String(contentsOfFile: made.files[0].path, encoding: .utf8) == "a,b\n1,2\n3,4\n")
        #expect(Self.entries(scratch.root) == [made.id], "no temporary directory is left behind")
        #expect(made.stored["method"] == "test")
        #expect(made.stored["file_bytes"]?["t.csv"] == 12)
        #expect(made.manifest.files == ["t.csv"])
        #expect(try store.list().map(\.id) == [made.id])
        #expect(try store.get(made.id).manifest == made.manifest)
        #expect(store.statusFigures()["datasets"] == 1)
        try store.delete(made.id)
        #expect(Self.entries(scratch.root).isEmpty)
        #expect(throws: RequestError.self) { try store.get(made.id) }
        do { try store.delete(made.id) } catch let error as RequestError { #expect(error.kind == "DATASET_NOT_FOUND") }
    }

    @Test func aFailedBuildLeavesNothing() throws {
        let scratch = Scratch()
        let store = DatasetStore(root: scratch.root)
        struct Boom: Error {}
        #expect(throws: Boom.self) {
            try store.create(method: "test") { draft in
                try draft.writeFile("t.csv") { try $0.write(Array(repeating: 65, count: 3 << 20)) }
                throw Boom()
            }
        }
        #expect(Self.entries(scratch.root).isEmpty)
        #expect(try store.list().isEmpty)
        // A file name that could leave the dataset's directory is refused before anything is created.
        #expect(throws: RequestError.self) {
            try store.create(method: "test") { draft in
                try draft.writeFile("../escape.csv") { _ in }
                return Self.manifest(draft)
            }
        }
        #expect(!FileManager.default.fileExists(atPath: scratch.path + "/escape.csv"))
        #expect(Self.entries(scratch.root).isEmpty)
    }

    @Test func idsThatCouldLeaveTheStoreAreRefused() throws {
        let scratch = Scratch()
        let store = DatasetStore(root: scratch.root)
        try FileManager.default.createDirectory(atPath: scratch.root, withIntermediateDirectories: true)
        for bad in ["../datasets", "/etc", "a/b", "a\u{0}b", "..", "", ".hidden", "-x", "a\\b"] {
            for action in [{ _ = try store.get(bad) }, { try store.delete(bad) }] {
                do {
                    try action()
                    Issue.record("\(bad.debugDescription) was accepted")
                } catch let error as RequestError {
                    #expect(error.code == -32602)
                    #expect(error.extra["details"]?["id"] != nil)
                }
            }
        }
        // A link named like an id is not a dataset, even if it points at one elsewhere.
        let elsewhere = scratch.path + "/elsewhere"
        try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: scratch.root + "/ds-link", withDestinationPath: elsewhere)
        #expect(throws: RequestError.self) { try store.delete("ds-link") }
        #expect(FileManager.default.fileExists(atPath: elsewhere))
        #expect(try store.list().isEmpty)
    }

    @Test func newestFirstAndIDsSortByTime() throws {
        let scratch = Scratch()
        let store = DatasetStore(root: scratch.root)
        let base = Date(timeIntervalSince1970: 1_705_314_600)  // 2024-01-15T10:30:00Z
        let times = [base, base.addingTimeInterval(0.25), base.addingTimeInterval(0.75), base.addingTimeInterval(3600)]
        var ids: [String] = []
        for t in times.shuffled() {
            ids.append(try store.create(method: "test", now: t) { Self.manifest($0) }.id)
        }
        let listed = try store.list()
        #expect(listed.map(\.id) == ids.sorted(by: >))
        #expect(listed.first?.manifest.createdAt == "2024-01-15T11:30:00Z")
        #expect(listed.last?.id.hasPrefix("ds-20240115-103000-") == true)
    }

    @Test func leftoversOfDeadWritersAreRemovedAndNeverListed() throws {
        let scratch = Scratch()
        let store = DatasetStore(root: scratch.root)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        let dead = scratch.root + "/.tmp-\(process.processIdentifier)-ds-20240101-000000-00000001"
        let ours = scratch.root + "/.tmp-\(ProcessInfo.processInfo.processIdentifier)-ds-20240101-000000-00000002"
        let deleting = scratch.root + "/.del-\(process.processIdentifier)-ds-20240101-000000-00000003"
        for dir in [dead, ours, deleting] {
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            try Data("{}".utf8).write(to: URL(fileURLWithPath: dir + "/manifest.json"))
        }
        #expect(try store.list().isEmpty)
        #expect(store.removeStale(atStartUp: false) == 2)
        #expect(Self.entries(scratch.root) == [(ours as NSString).lastPathComponent])
        // At start-up a leftover with this process's id is from an earlier holder of the pid.
        #expect(store.removeStale(atStartUp: true) == 1)
        #expect(Self.entries(scratch.root).isEmpty)
        #expect(DatasetStore.leftoverPID(".tmp-42-ds-x") == 42)
        #expect(DatasetStore.leftoverPID("ds-20240101-000000-00000001") == nil)
    }

    @Test func defaultRootFollowsXDG() {
        #expect(DatasetStore.defaultRoot(environment: ["XDG_DATA_HOME": "/x/data", "HOME": "/h"]) == "/x/data/doppel/datasets")
        #expect(DatasetStore.defaultRoot(environment: ["XDG_DATA_HOME": "relative", "HOME": "/h"]) == "/h/.local/share/doppel/datasets")
        #expect(DatasetStore.defaultRoot(environment: ["HOME": "/h"]) == "/h/.local/share/doppel/datasets")
    }

    @Test func dataDirFlag() throws {
        guard case let .run(c) = try DaemonOptions.parse(["--data-dir", "/srv/doppel"], environment: [:]) else {
            Issue.record("not a run")
            return
        }
        #expect(c.dataDirectory == "/srv/doppel")
        #expect(throws: DaemonUsageError.self) { try DaemonOptions.parse(["--data-dir", ""], environment: [:]) }
        #expect(DaemonOptions.helpText.contains("--data-dir PATH"))
    }

    @Test func generateDataKeepsOnlyTheAskedColumns() {
        var key = Field(name: "id", type: .integer, kind: "id.sequence")
        key.primaryKey = true
        var schema = Schema(name: "s", entities: [Entity(name: "insurance", rows: 5, fields: [key, Field(name: "name", type: .string),
                                                                                               Field(name: "amount", type: .decimal)])])
        let trimmed = GenerateDataPlanning.askedColumns(schema, primary: "insurance", listed: true, prompt: "insurance (name, amount)")
        #expect(trimmed.entities[0].fields.map(\.name) == ["name", "amount"])
        #expect(GenerateDataPlanning.askedColumns(schema, primary: "insurance", listed: true, prompt: "insurance (id, name, amount)")
            .entities[0].fields.map(\.name) == ["id", "name", "amount"])
        #expect(GenerateDataPlanning.askedColumns(schema, primary: "insurance", listed: false, prompt: "insurance data")
            .entities[0].fields.count == 3)
        // A key another table references stays.
        var claim = Field(name: "insurance_id", type: .integer)
        claim.references = FieldReference(entity: "insurance", field: "id")
        schema.entities.append(Entity(name: "claims", rows: 5, fields: [claim]))
        #expect(GenerateDataPlanning.askedColumns(schema, primary: "insurance", listed: true, prompt: "insurance (name, amount)")
            .entities[0].fields.count == 3)
    }
}
