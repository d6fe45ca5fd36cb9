import DoppelText
import DoppelEngine
import DoppelPlanner
import DoppelJSON
import Foundation
import Testing
@testable import DoppelLLM
import DoppelTestSupport
import DoppelProtocol

/// A key must not reach anything Doppel writes or says: cache files,
/// warnings, error messages and data, `status`.
@Suite struct KeyLeakTests {
    /// A distinctive fragment of the key: no prefix or suffix of it may show either.
    static let fragment = "SECRET-4f9a2c7e1b"

    @Test func theKeyAppearsInNoFileWarningErrorOrStatus() async throws {
        let dir = try TemporaryDirectory("leak")
        defer { dir.remove() }
        let echo = "Incorrect API key provided: \(Harness.keyText)"
        // Answers that echo the key back in every way an endpoint might.
        let fixture = try ChatCompletionsFixture { request, n in
            let user = request.messages.last?.content ?? ""
            if user.contains("unauthorized") { return .error(401, echo) }
            if user.contains("rejected") { return .error(400, echo) }
            if user.contains("overloaded") { return .error(503, echo) }
            if user.contains("ratelimited") { return .error(429, echo, headers: [("Retry-After", "0")]) }
            return .completion(#"{"answer": \#(n)}"#)
        }
        let perRequestKey = APIKey("sk-request-SECRET-77aa")!
        let h = Harness(fixture: fixture, cacheMode: .disk, cacheDirectory: dir.path,
                        retry: RetryPolicy(maxRetries: 1, baseDelay: 0.01), maxRequestsPerDay: 12)
        var said: [String] = []
        func record(_ e: RequestError?) {
            guard let e else { return }
            said.append(e.message)
            said.append(e.data.serialized())
            said.append("\(e)")
        }

        for q in ["ok one", "ok two", "unauthorized", "rejected", "overloaded", "ratelimited"] {
            record(await requestError { _ = try await h.service.completeAccepted(Harness.ask(q)) })
            record(await requestError { _ = try await h.service.completeAccepted(Harness.ask(q + " per request"), apiKey: perRequestKey) })
        }
        record(await requestError { _ = try await h.service.completeAccepted(Harness.ask("over budget")) })

        let planner = LLMSchemaPlanner(model: h.service, validator: { _ in ["always wrong"] })
        if case let .fallback(warning) = try await planner.plan(prompt: "unauthorized plan", draft: nil, apiKey: perRequestKey) {
            said.append(warning)
        }
        let pools = TextPoolBuilder(model: h.service)
        if case let .fallback(warning) = try await pools.pool(for: TextPoolRequest(entity: "e", field: "f", kind: "text.review", context: "rejected", size: 3)) {
            said.append(warning)
        }
        // Damage the log so loading it warns, then restart over it.
        let log = dir.path + "/responses.log"
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("{\"key\":\"torn".utf8))
        try handle.close()
        let restarted = Harness(fixture: fixture, cacheMode: .disk, cacheDirectory: dir.path)
        _ = try await restarted.service.completeAccepted(Harness.ask("ok one"))

        said += h.warnings.all + restarted.warnings.all
        said.append(await h.service.status().json(configuration: h.service.configuration).serialized())
        said.append("\(h.service.configuration)")

        #expect(said.count > 20)
        #expect(restarted.warnings.all.contains { $0.contains("torn") })
        for text in said {
            #expect(!text.contains(Self.fragment), "leaked in: \(text)")
            #expect(!text.contains("SECRET-77aa"), "leaked in: \(text)")
            #expect(!text.contains("sk-test"), "leaked in: \(text)")
        }
        let files = dir.files()
        #expect(!files.isEmpty)
        for file in files {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
            #expect(bytes.range(of: Data(Self.fragment.utf8)) == nil, "key in \(file)")
            #expect(bytes.range(of: Data("SECRET".utf8)) == nil, "key fragment in \(file)")
        }
        // The key did reach the endpoint, where it belongs.
        #expect(fixture.requests.contains { $0.headers["authorization"] == "Bearer " + Harness.keyText })
        #expect(fixture.requests.contains { $0.headers["authorization"] == "Bearer sk-request-SECRET-77aa" })
    }
}
