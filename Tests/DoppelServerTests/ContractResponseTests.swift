import Testing
import DoppelJSON
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner
@testable import DoppelServer
import DoppelProtocol

@Suite struct ContractResponseTests {
    func request() throws -> GenerateRequest {
        try GenerateRequest.validate(["prompt": "customers and orders", "reality": 3], plan: { Planner().plan($0) }).get()
    }

    @Test func generateResponseHasTheContractShape() throws {
        let req = try request()
        let data = GeneratedDataset(name: "customers", format: .json, size: 2, columns: ["id", "name"],
                                    payload: .content([["id": 1, "name": "A"], ["id": 2, "name": "B"]]))
        let path = GeneratedDataset(name: "orders", format: .json, size: 3, columns: ["id"], payload: .path("/d/orders.json"))
        let report = ValidationReport(entityTypes: ["customers", "orders"],
                                      checks: [ValidationCheck(family: .references, target: "orders.customer_id", passed: true, detail: "ok")])
        let json = GenerateResponse.build(request: req, datasets: [data, path], validation: report, generatedAt: 1_705_314_600)
        #expect(json.objectValue?.keys == ["success", "message", "datasets", "metadata", "download_links"])
        #expect(json["success"] == true)
        #expect(json["message"] == "Successfully generated 2 dataset(s)")
        #expect(json["download_links"] == .null)
        #expect(json["datasets"]?["customers"]?.objectValue?.keys == ["format", "size", "columns", "content"])
        #expect(json["datasets"]?["orders"]?["path"] == "/d/orders.json")
        #expect(json["datasets"]?["orders"]?["content"] == nil)
        let meta = try #require(json["metadata"])
        #expect(meta.objectValue?.keys.prefix(7) == ["total_datasets", "total_records", "reality_level", "output_format", "prompt", "generation_timestamp", "validation"])
        #expect(meta["total_records"] == 5)
        #expect(meta["generation_timestamp"] == "2024-01-15T10:30:00Z")
        #expect(meta["prompt"] == "customers and orders")
        #expect(meta["validation"]?["validation_status"] == "completed")
        #expect(meta["validation"]?["validation_score"] == 10)
        #expect(meta["validation"]?["entity_types_generated"] == ["customers", "orders"])
        #expect(meta["validation"]?["checks"]?[0]?["check"] == "references_resolve")
        #expect(meta["warnings"] == nil)
    }

    @Test func warningsAppearInMetadataWhenThereAreSome() throws {
        let req = try GenerateRequest.validate(["prompt": "customers and orders", "datasets": 5], plan: { Planner().plan($0) }).get()
        let json = GenerateResponse.build(request: req, datasets: [], validation: .skipped(entityTypes: []), generatedAt: 0)
        #expect(json["metadata"]?["warnings"]?.arrayValue?.isEmpty == false)
        #expect(json["metadata"]?["validation"]?["validation_status"] == "skipped")
        #expect(json["metadata"]?["validation"]?["validation_score"] == 0)
    }

    @Test func generateDataResponseIsAFileURL() {
        #expect(GenerateDataResponse.build(csvPath: "/home/me/data sets/insurance.csv")
            == ["status": true, "message": "file:///home/me/data%20sets/insurance.csv"])
        #expect(FileURL.string(forAbsolutePath: "/a/ü.csv") == "file:///a/%C3%BC.csv")
    }

    @Test func timestampsAreUTC() {
        #expect(ISOTimestamp.format(0) == "1970-01-01T00:00:00Z")
        #expect(ISOTimestamp.format(951_782_400) == "2000-02-29T00:00:00Z")
        #expect(ISOTimestamp.format(1_705_314_600) == "2024-01-15T10:30:00Z")
        #expect(ISOTimestamp.format(-1) == "1969-12-31T23:59:59Z")
    }

    @Test func groupedNumbers() {
        #expect(2_000_000.grouped == "2,000,000")
        #expect(1_666_666.grouped == "1,666,666")
        #expect(999.grouped == "999")
        #expect((-1234).grouped == "-1,234")
    }
}

@Suite struct ContractGenerateDataTests {
    func validate(_ params: JSON) -> Result<GenerateDataRequest, RequestError> {
        GenerateDataRequest.validate(params, plan: { Planner().plan($0) })
    }

    @Test func rowsAsAStringSetsTheTableSizeAndKeepsTheColumns() throws {
        let req = try validate(["prompt": "insurance dataset with the columns (name, amount)", "rows": "100"]).get()
        #expect(req.rows == 100)
        let table = try #require(req.plan.schema.entity(named: req.primaryEntity))
        #expect(table.rows == 100)
        #expect(table.fields.map(\.name).contains("name"))
        #expect(table.fields.map(\.name).contains("amount"))
        #expect(table.field(named: "amount")?.type == .decimal)
    }

    @Test func rowsAsANumber() throws {
        #expect(try validate(["prompt": "users", "rows": 25]).get().rows == 25)
    }

    @Test func problemsComeTogetherWithStatusFalse() {
        guard case let .failure(e) = validate(["rows": "many"]) else { Issue.record("expected failure"); return }
        let issues = e.extra["issues"]?.arrayValue?.compactMap(\.stringValue) ?? []
        #expect(issues == ["prompt is required", "rows must be a number, got \"many\""])
        #expect(e.data["status"] == false)
        #expect(e.data["error"] == "Invalid request payload")
        guard case let .failure(e2) = validate(["prompt": "users", "rows": 0]) else { Issue.record("expected failure"); return }
        #expect(e2.extra["issues"]?[0] == "rows must be between 1 and 5,000,000, got 0")
    }
}
