import DoppelJSON
import Foundation
import Testing

/// `kinds.list`, `schema.validate` and `schema.jsonschema` through the real
/// daemon and the real `doppel schema` commands.
@Suite struct SchemaToolsEndToEndTests {
    static let shipped = ProtocolExamplesTests.protocolDirectory.appendingPathComponent("schemas/doppel-schema.schema.json")

    @Test func theShippedJSONSchemaIsTheMethodsOutput() throws {
        let daemon = try TestDaemon()
        let client = try daemon.connect()
        let answer = try client.call("schema.jsonschema")
        let file = try JSONParser.parse(Data(contentsOf: Self.shipped))
        #expect(answer["result"] == file, "regenerate it: doppel schema jsonschema > protocol/schemas/doppel-schema.schema.json")
        // The command prints the same document, byte for byte as shipped.
        let printed = try runCLI(["schema", "jsonschema", "--socket", daemon.socketPath, "--no-autostart"])
        #expect(printed.status == 0)
        #expect(printed.stdout == (try String(contentsOf: Self.shipped, encoding: .utf8)))
    }

    /// What an editor would check with the shipped file: planned schemas and the
    /// client examples conform; a misspelt kind and an unknown entity member do not.
    @Test func plannedSchemasConformToTheShippedJSONSchema() throws {
        let validator = JSONSchemaValidator(directory: Self.shipped.deletingLastPathComponent())
        let daemon = try TestDaemon()
        let client = try daemon.connect()
        for (i, prompt) in ["customers (id, name, email) and orders (id, customer_id, total, order_date)",
                            "A clinic with patients, doctors and appointments. Include 20 doctors.",
                            "an online library: books, authors, loans and members"].enumerated() {
            let schema = try #require(client.call("schema.plan", params: ["prompt": .string(prompt)], id: .int(Int64(i + 1)))["result"]?["schema"])
            #expect(try validator.validate(schema, against: "doppel-schema.schema.json") == [], "\(prompt)")
        }
        let example = try JSONParser.parse(Data(contentsOf: ProtocolExamplesTests.protocolDirectory.deletingLastPathComponent()
            .appendingPathComponent("clients/python/examples/schemas/shop.json")))
        #expect(try validator.validate(example, against: "doppel-schema.schema.json") == [])
        let misspelt: JSON = ["entities": [["name": "u", "rowz": 3, "fields": [["name": "m", "kind": "internet.emial"]]]]]
        #expect(try validator.validate(misspelt, against: "doppel-schema.schema.json").count == 2)
    }

    @Test func validatePrintsQuickfixLinesAndExitsOneOnErrors() throws {
        let daemon = try TestDaemon()
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let bad = dir.file("bad.json"), good = dir.file("good.json")
        try Data("""
            {"entities": [
              {"name": "users", "fields": [
                {"name": "mail", "kind": "internet.emial"}]}]}
            """.utf8).write(to: URL(fileURLWithPath: bad))
        try Data(#"{"entities": [{"name": "users", "fields": [{"name": "id", "kind": "id.sequence"}]}]}"#.utf8)
            .write(to: URL(fileURLWithPath: good))
        let failing = try runCLI(["schema", "validate", bad, "--socket", daemon.socketPath, "--no-autostart"])
        #expect(failing.status == 1)
        #expect(failing.stdout == "\(bad):3:30: error: users.mail: kind: unknown kind \"internet.emial\"; did you mean `internet.email`?\n")
        let passing = try runCLI(["schema", "validate", good, "--socket", daemon.socketPath, "--no-autostart"])
        #expect(passing.status == 0)
        #expect(passing.stdout == "")
        let missing = try runCLI(["schema", "validate", dir.file("none.json"), "--socket", daemon.socketPath, "--no-autostart"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("none.json: cannot read it"))
    }

    @Test func kindsListAgreesWithWhatGenerateAccepts() throws {
        let daemon = try TestDaemon()
        let client = try daemon.connect()
        let kinds = try client.call("kinds.list")["result"]?["kinds"]?.arrayValue ?? []
        #expect(kinds.count > 100)
        // Every listed kind with its listed defaults makes a schema that validates.
        var fields: [JSON] = []
        for (i, k) in kinds.enumerated() {
            guard let name = k["kind"]?.stringValue, name != "enum" else { continue }
            fields.append(["name": .string("f\(i)"), "kind": .string(name)])
        }
        let schema: JSON = ["entities": [["name": "all", "rows": 3, "fields": .array(fields)]]]
        let result = try client.call("schema.validate", params: ["text": .string(schema.serialized())], id: 2)
        #expect(result["result"]?["valid"] == true, "\(result.serialized())")
    }
}
