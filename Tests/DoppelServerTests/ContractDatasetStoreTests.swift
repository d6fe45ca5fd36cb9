import Testing
import DoppelJSON
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner
@testable import DoppelServer

@Suite struct ContractDatasetStoreTests {
    @Test(arguments: ["../etc", "..", ".", "/etc/passwd", "a/b", "a\\b", "a\u{0}b", "", String(repeating: "x", count: 65), "-rf", ".hidden", "ds..1", "ü"])
    func idsThatCouldEscapeAreRejected(_ id: String) {
        guard case let .failure(e) = DatasetStorePath.validateID(id) else {
            Issue.record("accepted \(id.debugDescription)")
            return
        }
        #expect(e.code == -32602)
        #expect(!(e.extra["issues"]?.arrayValue?.isEmpty ?? true))
    }

    @Test(arguments: ["ds-20240115-103000-9f2c4a1b", "abc", "A_b-9", String(repeating: "x", count: 64)])
    func ordinaryIdsPass(_ id: String) {
        #expect((try? DatasetStorePath.validateID(id).get()) == id)
    }

    @Test func directoriesStayUnderTheRoot() throws {
        #expect(try DatasetStorePath.directory(root: "/data/doppel/datasets/", id: "ds-1").get() == "/data/doppel/datasets/ds-1")
        if case .success = DatasetStorePath.directory(root: "/data", id: "../x") { Issue.record("escaped the store") }
    }

    @Test func fileNames() {
        #expect((try? DatasetStorePath.validateFileName("customers.csv").get()) == "customers.csv")
        for bad in ["../x.csv", ".manifest", "a/b.csv", "", "x\u{0}.csv", "-x.csv"] {
            if case .success = DatasetStorePath.validateFileName(bad) { Issue.record("accepted \(bad.debugDescription)") }
        }
        #expect(DatasetStorePath.fileName(entity: "order items/../x", format: .csv) == "order_items____x.csv")
        #expect(DatasetStorePath.fileName(entity: "---", format: .json) == "dataset.json")
        for entity in ["a/../../b", "..", "\u{0}", "日本"] {
            let name = DatasetStorePath.fileName(entity: entity, format: .sql(.sqlite))
            #expect((try? DatasetStorePath.validateFileName(name).get()) == name)
        }
    }

    @Test func newIdsAreValidAndSortable() throws {
        let a = DatasetStorePath.newID(secondsSince1970: 1_705_314_600, random: 0x9f2c4a1b)
        #expect(a == "ds-20240115-103000-9f2c4a1b")
        #expect(try DatasetStorePath.validateID(a).get() == a)
        #expect(DatasetStorePath.newID(secondsSince1970: 1_705_314_601, random: 0) > a)
    }

    @Test func manifestRoundTripsAndHoldsWhatWasAsked() throws {
        let req = try GenerateRequest.validate(["prompt": "customers and orders", "seed": 42, "output_format": "csv"], plan: { Planner().plan($0) }).get()
        let m = DatasetManifest(id: "ds-1", request: req, files: ["customers.csv", "orders.csv"], createdAt: 1_705_314_600)
        let json = m.json
        #expect(json["prompt"] == "customers and orders")
        #expect(json["seed"] == 42)
        #expect(json["created_at"] == "2024-01-15T10:30:00Z")
        #expect(json["sizes"]?["orders"] == 1000)
        #expect(json["schema"]?["entities"]?.arrayValue?.count == 2)
        let back = try #require(DatasetManifest.decode(try JSONParser.parse(json.serialized())))
        #expect(back == m)
        #expect(DatasetManifest.decode(["id": "x"]) == nil)
    }
}
