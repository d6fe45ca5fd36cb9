import Testing
import DoppelJSON
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner
@testable import DoppelServer
import DoppelTestSupport
import DoppelProtocol

@Suite struct ContractGenerateRequestTests {
    static let planner = Planner()
    static func plan(_ p: String) -> PlanResult { planner.plan(p) }

    static let example = "E-commerce platform with customers (id, name, email, signup_date), products (id, name, price, category_id), and orders (id, customer_id, product_id, quantity, order_date, status). Include 5 product categories and realistic order patterns."
    static let fourEntities = "Shop with customers (id, name), products (id, name, price), orders (id, customer_id, product_id, quantity) and reviews (id, product_id, customer_id, rating)."

    func validate(_ params: JSON, limits: GenerateLimits = GenerateLimits()) -> Result<GenerateRequest, RequestError> {
        GenerateRequest.validate(params, limits: limits, plan: Self.plan)
    }

    func issues(_ r: Result<GenerateRequest, RequestError>) -> [String] {
        guard case let .failure(e) = r else { return [] }
        return e.extra["issues"]?.arrayValue?.compactMap(\.stringValue) ?? []
    }

    func suggestions(_ r: Result<GenerateRequest, RequestError>) -> [String] {
        guard case let .failure(e) = r else { return [] }
        return e.extra["suggestions"]?.arrayValue?.compactMap(\.stringValue) ?? []
    }

    @Test func exampleDefaultsToItsFourTablesWithFiveCategories() throws {
        let req = try validate(["prompt": .string(Self.example)]).get()
        #expect(req.datasets == 4)
        #expect(req.datasetSize == 1000)
        #expect(req.reality == 3)
        #expect(req.outputFormat == .json)
        #expect(req.schema.entities.map(\.name).sorted() == ["categories", "customers", "orders", "products"])
        #expect(req.schema.entity(named: "categories")?.rows == 5)
        #expect(req.schema.entity(named: "orders")?.rows == 1000)
        #expect(req.totalRecords == 3005)
        #expect(req.plan != nil)
    }

    @Test func datasetsBelowNamedEntitiesIsAnIssueWithBothSuggestions() {
        let r = validate(["prompt": .string(Self.fourEntities), "datasets": 3])
        #expect(issues(r) == ["Prompt mentions 4 entities (customers, products, orders, reviews) but datasets=3"])
        #expect(suggestions(r) == ["Set datasets=4 to match entities in prompt", "Or modify prompt to only mention 3 entities"])
        guard case let .failure(e) = r else { Issue.record("expected failure"); return }
        #expect(e.code == -32602)
        #expect(e.data["error"] == "Invalid request payload")
        #expect(e.data["kind"] != nil)
    }

    @Test func sizeOverTheTotalNamesTheMaximumPerDataset() {
        let r = validate(["prompt": "customers, products and orders", "datasets": 3, "dataset_size": 2_000_000])
        #expect(issues(r).contains("Dataset size 2,000,000 exceeds limit. With 3 datasets, max size per dataset is 1,666,666"))
        #expect(suggestions(r).contains("Set dataset_size to at most 1,666,666"))
    }

    @Test func aHigherMaxRecordsAllowsMore() throws {
        let req = try validate(["prompt": "customers, products and orders", "datasets": 3, "dataset_size": 2_000_000],
                               limits: GenerateLimits(maxRecords: 10_000_000)).get()
        #expect(req.totalRecords == 6_000_000)
    }

    @Test func everyProblemIsListedAtOnce() {
        let r = validate(["datasets": 9, "dataset_size": "lots", "reality": 11, "output_format": "xml", "seed": -1, "stream": "yes"])
        let found = issues(r)
        #expect(found.contains("Missing prompt or schema: one of them is required"))
        #expect(found.contains("datasets must be between 1 and 5, got 9"))
        #expect(found.contains("Dataset size must be a number, got \"lots\""))
        #expect(found.contains("Reality level must be between 0 and 10, got 11"))
        #expect(found.contains("Unknown output_format \"xml\"; expected one of json, csv, sql, jsonl"))
        #expect(found.contains { $0.hasPrefix("seed must be a non-negative whole number") })
        #expect(found.contains("stream must be true or false, got string"))
        #expect(found.count == 7)
        #expect(suggestions(r).contains("Set output_format to \"json\", \"csv\", \"sql\" or \"jsonl\""))
    }

    @Test func fractionalAndNonNumericSizes() {
        #expect(issues(validate(["prompt": "users", "dataset_size": 10.5])) == ["Dataset size must be a whole number, got 10.5"])
        #expect(issues(validate(["prompt": "users", "dataset_size": 0])) == ["Dataset size must be at least 1, got 0"])
        #expect(issues(validate(["prompt": "users", "dataset_size": ["a"]])) == ["Dataset size must be a number, got array"])
        #expect(issues(validate(["prompt": "users", "dataset_size": 6_000_000])).first == "Dataset size 6,000,000 exceeds limit of 5,000,000 records per dataset")
    }

    @Test func numericStringsAreNumbers() throws {
        let req = try validate(["prompt": "users", "dataset_size": "2,500", "reality": "7"]).get()
        #expect(req.datasetSize == 2500)
        #expect(req.reality == 7)
    }

    @Test func datasetsAboveTheEntitiesIsLoweredWithAWarning() throws {
        let req = try validate(["prompt": "customers and orders", "datasets": 4]).get()
        #expect(req.datasets == 2)
        #expect(req.warnings.contains { $0.hasPrefix("datasets=4 but the prompt describes 2 entities") })
    }

    @Test func datasetsShortOnlyByImpliedTablesIsRaised() throws {
        // `category_id` needs categories; the prompt only hints at them.
        let prompt = "Bookstore inventory across categories: books (id, title, category_id) and sales (id, book_id, quantity)"
        let plan = Self.plan(prompt)
        #expect(plan.impliedEntities == ["categories"])
        let req = try validate(["prompt": .string(prompt), "datasets": 2]).get()
        #expect(req.datasets == 3)
        #expect(req.warnings.contains { $0.contains("references need 3 tables; added categories") })
    }

    @Test func raisingThatWouldBreakTheLimitIsAnIssue() {
        let prompt = "Bookstore inventory across categories: books (id, title, category_id) and sales (id, book_id, quantity)"
        let r = validate(["prompt": .string(prompt), "datasets": 2, "dataset_size": 2_000_000])
        #expect(issues(r).contains("Prompt mentions 3 entities (books, sales, categories) but datasets=2"))
    }

    @Test func moreThanFiveEntitiesCannotBeOneRequest() {
        let r = validate(["prompt": "customers, products, orders, reviews, suppliers and warehouses"])
        #expect(issues(r).first?.hasPrefix("Prompt mentions 6 entities") == true)
        #expect(suggestions(r).contains("Split the request into groups of at most 5 entities"))
    }

    @Test func schemaInsteadOfPrompt() throws {
        let schema: JSON = ["name": "s", "entities": [["name": "t", "rows": 10, "fields": [["name": "id", "type": "integer", "primary_key": true]]]]]
        let req = try validate(["schema": schema, "dataset_size": 50, "seed": 7]).get()
        #expect(req.plan == nil)
        #expect(req.prompt == nil)
        #expect(req.schema.entities[0].rows == 50)
        #expect(req.schema.seed == 7)
        let kept = try validate(["schema": schema]).get()
        #expect(kept.schema.entities[0].rows == 10)
    }

    @Test func badSchemaListsItsProblems() {
        let r = validate(["schema": ["entities": [["name": "t", "fields": "nope"]]]])
        #expect(issues(r).contains { $0.hasPrefix("schema: t: fields: expected an array") })
    }

    @Test func engineParametersAndAliases() throws {
        let req = try validate(["prompt": "users", "rows": 20, "output_format": "SQL", "dialect": "postgres", "shard": "2/4", "out_dir": "/tmp/x", "stream": true]).get()
        #expect(req.datasetSize == 20)
        #expect(req.outputFormat == .sql(.postgres))
        #expect(req.dialect == .postgres)
        #expect(req.shard == Shard(index: 2, count: 4))
        #expect(req.outDir == "/tmp/x")
        #expect(req.stream)
        #expect(issues(validate(["prompt": "users", "rows": 20, "dataset_size": 30])) == ["rows (20) and dataset_size (30) disagree"])
        #expect(issues(validate(["prompt": "users", "shard": "5/4"])).first?.hasPrefix("shard must be \"K/N\"") == true)
        #expect(issues(validate(["prompt": "users", "dialect": "oracle"])).first?.hasPrefix("Unknown dialect \"oracle\"") == true)
    }

    @Test func apiKeyIsAcceptedAndNeverKept() throws {
        let secret = "sk-live-DO-NOT-LEAK-1234567890"
        let req = try validate(["prompt": "users", "api_key": .string(secret)]).get()
        #expect(req.apiKeyProvided)
        #expect(!"\(req)".contains(secret))
        let manifest = DatasetManifest(id: "ds-1", request: req, files: ["users.json"], createdAt: 0)
        #expect(!manifest.json.serialized().contains(secret))
        // Not even in errors about other members.
        let bad = validate(["prompt": 5, "api_key": .string(secret)])
        guard case let .failure(e) = bad else { Issue.record("expected failure"); return }
        #expect(!e.data.serialized().contains(secret))
        #expect(!e.message.contains(secret))
    }

    @Test func unknownMembersAreWarnings() throws {
        let req = try validate(["prompt": "users", "colour": "blue"]).get()
        #expect(req.warnings.contains("Ignored unknown parameter \"colour\""))
    }

    @Test func paramsMustBeAnObject() {
        #expect(issues(GenerateRequest.validate([1, 2], plan: Self.plan)) == ["params must be an object, got array"])
        #expect(issues(GenerateRequest.validate(nil, plan: Self.plan)) == ["Missing prompt or schema: one of them is required"])
    }

    @Test func emptyPromptIsAnIssue() {
        #expect(issues(validate(["prompt": "   "])) == ["prompt must not be empty"])
    }

    @Test func rowsFixedBySchemaCountAgainstTheLimitWithoutTrapping() {
        let huge: JSON = ["entities": [
            ["name": "a", "rows": .int(Int.max), "fields": [["name": "id", "type": "integer", "primary_key": true]]],
            ["name": "b", "rows": .int(Int.max), "fields": [["name": "id", "type": "integer", "primary_key": true]]],
        ]]
        let r = validate(["schema": huge])
        #expect(issues(r).contains { $0.hasPrefix("Schema asks for") && $0.hasSuffix("the limit is 5,000,000") })
        #expect(suggestions(r).contains { $0.hasPrefix("Lower the rows of a") })
    }

    @Test func countsInThePromptCountAgainstTheLimit() {
        let r = validate(["prompt": "A shop with 9 million customers and 9 million orders"])
        #expect(issues(r).contains { $0.hasPrefix("Prompt asks for 18,000,000 records in total") })
        // dataset_size over the limit is said once, not twice.
        let both = validate(["prompt": "customers and orders", "dataset_size": 4_000_000])
        #expect(issues(both) == ["Dataset size 4,000,000 exceeds limit. With 2 datasets, max size per dataset is 2,500,000"])
    }

    /// Random params objects, made of the members the contract knows and odd
    /// values (huge numbers, NaN-like doubles, long strings, nesting): the
    /// validator never traps, and a failure always lists at least one issue.
    @Test func randomParamsNeverTrapAndFailuresExplainThemselves() {
        var rng = FuzzRandom(seed: 0xC0_47AC7)
        let keys = ["prompt", "schema", "datasets", "dataset_size", "reality", "output_format", "seed", "out_dir", "stream",
                    "api_key", "dialect", "shard", "rows", "extra"]
        let values: [JSON] = [
            .int(Int.max), .int(Int.min), 0, -1, 1, 3, 5, 6, 11, .double(1e300), .double(-1e300), .double(2.5), .double(0.0),
            "", " ", "abc", "1,000", "2e6", "1/0", "0/4", "3/2", "csv", "SQL", "jsonl", "xml", "postgres", "../x", "\u{0}",
            .string(String(repeating: "orders and customers ", count: 400)), "customers, products and orders",
            .bool(true), .bool(false), .null, [], [1, "a"], ["entities": []], ["entities": [["name": "t"]]],
            ["entities": [["name": "t", "rows": .int(Int.max), "fields": [["name": "id", "type": "integer"]]]]],
        ]
        let limits = [GenerateLimits(), GenerateLimits(maxRecords: 1), GenerateLimits(maxRecords: Int.max)]
        for _ in 0..<600 {
            var object = JSONObject()
            for _ in 0..<Int.random(in: 0...6, using: &rng) {
                object[keys.randomElement(using: &rng)!] = values.randomElement(using: &rng)!
            }
            let r = GenerateRequest.validate(.object(object), limits: limits.randomElement(using: &rng)!, plan: Self.plan)
            switch r {
            case .success(let req):
                #expect(req.datasets >= 1 && req.datasets <= 5)
                #expect(req.totalRecords >= 0)
            case .failure:
                #expect(!issues(r).isEmpty, "\(JSON.object(object).serialized().prefix(200))")
            }
            let d = GenerateDataRequest.validate(.object(object), plan: Self.plan)
            if case .failure(let e) = d { #expect(e.extra["issues"]?.arrayValue?.isEmpty == false) }
        }
    }
}
