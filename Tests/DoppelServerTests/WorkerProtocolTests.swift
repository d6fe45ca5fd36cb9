import DoppelText
import DoppelEngine
import DoppelPlanner
import DoppelJSON
import DoppelPOSIX
import DoppelTestSupport
import Foundation
import Testing
@testable import DoppelServer
import DoppelProtocol

/// A job's context that keeps what the job reports.
final class CollectingJobContext: JobContext, @unchecked Sendable {
    let chunks = Locked<[JSON]>([])
    var isCancelled: Bool { false }
    func checkCancellation() throws {}
    func progress(done: Int, total: Int?, message: String?) {}
    func chunkBlocking(items: [JSON]) throws { chunks.withLock { $0 += items } }
}

/// The daemon ↔ worker protocol, in-process: the job's JSON form, and a worker's
/// `serve` loop on one end of a real socket pair.
@Suite struct WorkerProtocolTests {
    /// A drawn case as a resolved job, or nil when the engine refuses its schema (the drawer makes some wrong on purpose).
    static func job(_ fuzz: FuzzCase, destination: GenerationJob.Destination) -> WorkerJob? {
        guard case var .success(schema) = Schema.decode(fuzz.schema),
              let format = OutputFormat(name: fuzz.format, dialect: fuzz.dialect) else { return nil }
        for i in schema.entities.indices { schema.entities[i].rows = min(schema.entities[i].rows, 300) }
        schema.seed = fuzz.dataSeed | 1 << 63
        guard case .success = schema.resolve(ResolveOptions(seed: fuzz.dataSeed | 1 << 63)) else { return nil }
        return WorkerJob(work: .generate(.init(
            schema: schema, seed: fuzz.dataSeed | 1 << 63, textPools: ["\(schema.entities[0].name).note": ["a \"quoted\" text", "ünïcode"]],
            reality: fuzz.reality, format: format, shard: fuzz.shards > 1 ? Shard(index: 1, count: fuzz.shards) : nil,
            manifest: fuzz.reality >= 3, sqlStyle: .inserts, csv: CSVOptions(null: "\\N", datetime: .sql), destination: destination)))
    }

    /// A small fixed job: 500 people as JSONL.
    static func people(destination: GenerationJob.Destination) throws -> WorkerJob {
        let schema = try Schema.decode(text: """
            {"name": "t", "entities": [{"name": "people", "rows": 500, "fields": [
              {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
              {"name": "name", "type": "string", "kind": "person.full_name"}]}]}
            """).get()
        return WorkerJob(work: .generate(.init(schema: schema, seed: 42, textPools: [:], reality: 0, format: .jsonl, shard: nil,
                                               manifest: false, sqlStyle: .copy, csv: CSVOptions(), destination: destination)))
    }

    /// The job read back from its JSON generates the same bytes (the property a replay rests on),
    /// and its JSON form is a fixed point.
    @Test(arguments: 0..<24) func aJobReadBackFromItsJSONGeneratesTheSameBytes(seed: UInt64) throws {
        let fuzz = SchemaDrawer.draw(seed: seed)
        guard let job = Self.job(fuzz, destination: .stream) else { return }
        let text = job.json.serialized()
        let back = try WorkerJob(json: try JSONParser.parse(text))
        #expect(back.json.serialized() == text, "seed \(seed)")
        let original = CollectingJobContext(), replayed = CollectingJobContext()
        let first = Result { try job.run(context: original).generateOutcome() }
        let second = Result { try back.run(context: replayed).generateOutcome() }
        switch (first, second) {
        case let (.success(a), .success(b)):
            #expect(a.datasets == b.datasets && a.validation == b.validation, "seed \(seed)")
            #expect(original.chunks.current == replayed.chunks.current, "seed \(seed): \(text.prefix(300))")
        case let (.failure(a as RequestError), .failure(b as RequestError)):
            #expect(a == b, "seed \(seed)")
        default:
            Issue.record("seed \(seed): \(first) vs \(second)")
        }
        // Seeds past 2^63 stay exact: they travel as decimal strings.
        #expect(job.json["seed"]?.stringValue == String(fuzz.dataSeed | 1 << 63), "seed \(seed)")
    }

    @Test func aBadJobIsRefusedNamingTheMember() throws {
        let job = try Self.people(destination: .stream)
        var o = try #require(job.json.objectValue)
        o["seed"] = "twelve"
        #expect(throws: RequestError.self) { _ = try WorkerJob(json: .object(o)) }
        do { _ = try WorkerJob(json: .object(o)) } catch let error as RequestError {
            #expect(error.message.contains("seed") && error.message.contains("twelve"), "\(error.message)")
        }
        o["seed"] = "12"
        o["doppel_job"] = 99
        do { _ = try WorkerJob(json: .object(o)); Issue.record("version 99 accepted") } catch let error as RequestError {
            #expect(error.message.contains("doppel_job"), "\(error.message)")
        }
    }

    /// What a worker answers over the socket equals what the job gives when run here.
    @Test(arguments: [3, 7, 11, 19] as [UInt64]) func aWorkerAnswersWithWhatTheJobGivesInProcess(seed: UInt64) throws {
        guard let job = Self.job(SchemaDrawer.draw(seed: seed), destination: .inline(limit: 64 << 20)) else { return }
        let direct = try job.run(context: CollectingJobContext()).generateOutcome()

        let (daemonEnd, workerEnd) = try FileDescriptor.socketPair()
        let daemonSide = WorkerChannel(daemonEnd), workerSide = WorkerChannel(workerEnd)
        let worker = Thread { _ = try? WorkerMain.serve(workerSide, limited: false) }
        worker.start()
        defer { daemonSide.close() }  // the worker's loop ends at end-of-file

        let ready = try #require(try daemonSide.receive(timeoutMilliseconds: 10_000))
        #expect(ready["method"] == "worker/ready" && ready["params"]?["pid"] == .int(Int64(CurrentProcess.pid)))
        try daemonSide.send(["jsonrpc": "2.0", "id": 7, "method": "run", "params": ["job": job.json]])
        var reply: JSON?
        var progress = 0
        while reply == nil {
            let message = try #require(try daemonSide.receive(timeoutMilliseconds: 60_000), "seed \(seed): no reply")
            if message["method"] == "$/progress" { progress += 1 } else { reply = message }
        }
        let answer = try #require(reply)
        #expect(answer["id"] == 7)
        let outcome = try WorkerJob.Result(json: try #require(answer["result"], "seed \(seed): \(answer)"), for: job).generateOutcome()
        #expect(outcome.datasets == direct.datasets, "seed \(seed)")
        #expect(outcome.validation == direct.validation, "seed \(seed)")
        #expect(outcome.defectCounts == direct.defectCounts, "seed \(seed)")
        #expect(progress >= 1, "seed \(seed): the worker reports progress through the socket")
    }

    @Test func aJobErrorComesBackAsTheSameRequestError() throws {
        let (daemonEnd, workerEnd) = try FileDescriptor.socketPair()
        let daemonSide = WorkerChannel(daemonEnd), workerSide = WorkerChannel(workerEnd)
        Thread { _ = try? WorkerMain.serve(workerSide, limited: false) }.start()
        defer { daemonSide.close() }
        _ = try daemonSide.receive(timeoutMilliseconds: 10_000)
        try daemonSide.send(["jsonrpc": "2.0", "id": 1, "method": "run", "params": ["job": ["doppel_job": 1, "method": "generate"]]])
        let reply = try #require(try daemonSide.receive(timeoutMilliseconds: 10_000))
        let error = WorkerSupervisor.requestError(try #require(reply["error"], "\(reply)"))
        let request = try #require(error as? RequestError)
        #expect(request.code == -32602 && request.message.contains("schema"), "\(request)")
    }

    @Test func streamedChunksTravelAsChunkMessagesInOrder() throws {
        let job = try Self.people(destination: .stream)
        let local = CollectingJobContext()
        _ = try job.run(context: local)
        let (daemonEnd, workerEnd) = try FileDescriptor.socketPair()
        let daemonSide = WorkerChannel(daemonEnd), workerSide = WorkerChannel(workerEnd)
        Thread { _ = try? WorkerMain.serve(workerSide, limited: false) }.start()
        defer { daemonSide.close() }
        _ = try daemonSide.receive(timeoutMilliseconds: 10_000)
        try daemonSide.send(["jsonrpc": "2.0", "id": 1, "method": "run", "params": ["job": job.json]])
        var items: [JSON] = []
        while true {
            let message = try #require(try daemonSide.receive(timeoutMilliseconds: 60_000))
            if message["method"] == "$/chunk" { items += message["params"]?["items"]?.arrayValue ?? [] }
            if message["id"] != nil { break }
        }
        #expect(items == local.chunks.current)
        #expect(!items.isEmpty)
    }
}
