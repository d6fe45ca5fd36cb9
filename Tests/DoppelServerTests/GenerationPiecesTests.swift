import DoppelText
import DoppelEngine
import DoppelPlanner
import DoppelJSON
import Testing
@testable import DoppelServer

/// The server-side pieces of `generate` that need no socket.
@Suite struct GenerationPiecesTests {
    static let schema: JSON = (try? JSONParser.parse("""
        {"name": "s", "seed": 5, "entities": [
          {"name": "parents", "rows": 300, "fields": [
            {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "code", "type": "string", "kind": "id.pattern", "pattern": "P-#####", "unique": true}]},
          {"name": "children", "rows": 500, "fields": [
            {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "parent_code", "type": "string", "references": "parents.code"}]}]}
        """)) ?? .null

    func plan() throws -> DatasetPlan {
        let schema = try Schema.decode(Self.schema).get()
        return try schema.resolve().get()
    }

    @Test func jsonContentParsesWholeOutputsAndShards() throws {
        let plan = try plan()
        let generator = DatasetGenerator(plan: plan)
        let output = try #require(generator.outputs(for: .json).first { $0.name == "children" })
        let whole = ByteBufferSink()
        try generator.write(output, format: .json, to: whole)
        let rows = try #require(GenerationJob.content(whole.bytes, format: .json).arrayValue)
        #expect(rows.count == 500)
        #expect(JSON.array(rows) == (try JSONParser.parse(whole.bytes)))
        // The middle shard has neither bracket; its rows still parse.
        let middle = ByteBufferSink()
        try generator.write(output, format: .json, to: middle, options: GenerationOptions(shard: Shard(index: 2, count: 3) ?? .whole))
        let part = try #require(GenerationJob.content(middle.bytes, format: .json).arrayValue)
        #expect(part == Array(rows[166..<333]))
        #expect(GenerationJob.content(Array("a,b\n1,2\n".utf8), format: .csv) == "a,b\n1,2\n")
    }

    @Test func routingSinkHandsPendingBytesToTheReportedEntity() {
        var delivered: [(String, String)] = []
        let sink = EntityRoutingSink { entity, bytes in delivered.append((entity, String(decoding: bytes, as: UTF8.self))) }
        try? sink.write(Array("DDL;".utf8))
        try? sink.write(Array("INSERT a;".utf8))
        sink.route(to: "a")
        sink.route(to: "a")  // nothing pending: nothing delivered
        try? sink.write(Array("INSERT b;".utf8))
        sink.route(to: "b")
        #expect(delivered.map(\.0) == ["a", "b"])
        #expect(delivered.map(\.1) == ["DDL;INSERT a;", "INSERT b;"])
    }

    @Test func aDeliveryErrorStopsTheSink() {
        struct Full: Error {}
        let sink = EntityRoutingSink { _, _ in throw Full() }
        try? sink.write(Array("x".utf8))
        sink.route(to: "a")
        #expect(sink.failed)
        #expect(throws: Full.self) { try sink.write(Array("y".utf8)) }
    }
}
