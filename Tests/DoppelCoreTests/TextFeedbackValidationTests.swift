import Testing
import DoppelJSON
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner
import DoppelProtocol

@Suite struct TextFeedbackValidationTests {
    func error(_ params: JSON?) throws -> RequestError {
        do {
            _ = try FeedbackGenerator.generate(params: params)
        } catch let e as RequestError {
            return e
        }
        Issue.record("expected a RequestError")
        return RequestError(kind: "none", message: "")
    }

    @Test func badProductTypeGetsTheHostedErrorBody() throws {
        let e = try error(["productType": "spaceship", "sentimentMix": "balanced", "feedbackCount": 5])
        #expect(e.code == -32602)
        #expect(e.kind == "INVALID_PARAMETERS")
        #expect(e.data["kind"] == "INVALID_PARAMETERS")
        #expect(e.data["success"] == false)
        #expect(e.data["error"] == "Invalid request parameters")
        #expect(e.data["code"] == "INVALID_PARAMETERS")
        let message = try #require(e.data["details"]?["productType"]?.stringValue)
        #expect(message.hasPrefix("Must be one of: mobile_app, web_app, ecommerce"))
        #expect(message.contains("\"spaceship\""))
        #expect(e.data["details"]?.objectValue?.count == 1)
    }

    @Test func everyBadFieldIsNamedAtOnce() throws {
        let e = try error(["productType": 3, "sentimentMix": "happy", "feedbackCount": 51, "complexityLevel": "huge", "seed": "x"])
        let details = try #require(e.data["details"]?.objectValue)
        #expect(Set(details.keys) == ["productType", "sentimentMix", "feedbackCount", "complexityLevel", "seed"])
        #expect(details["sentimentMix"]?.stringValue?.hasPrefix("Must be one of: balanced, positive, negative, mixed") == true)
        #expect(details["feedbackCount"]?.stringValue == "Must be an integer from 1 to 50 (got 51)")
        #expect(details["complexityLevel"]?.stringValue?.hasPrefix("Must be one of: simple, medium, complex") == true)
    }

    @Test func missingFieldsAndWrongContainer() throws {
        let missing = try error(["productType": "hotel"])
        #expect(Set(missing.data["details"]?.objectValue?.keys ?? []) == ["sentimentMix", "feedbackCount"])
        let notObject = try error([1, 2])
        #expect(notObject.data["details"]?["params"] != nil)
        let zero = try error(["productType": "hotel", "sentimentMix": "balanced", "feedbackCount": 0])
        #expect(zero.data["details"]?["feedbackCount"] == "Must be an integer from 1 to 50 (got 0)")
        let fraction = try error(["productType": "hotel", "sentimentMix": "balanced", "feedbackCount": 2.5])
        #expect(fraction.data["details"]?["feedbackCount"] != nil)
    }

    @Test func misspeltParameterIsReportedWithTheIntendedName() throws {
        let e = try error(["product_type": "hotel", "sentimentMix": "balanced", "feedbackCount": 2])
        #expect(e.data["details"]?["product_type"]?.stringValue == "Unknown parameter; did you mean \"productType\"?")
        // unrelated extra members are ignored
        let ok = try FeedbackGenerator.generate(params: ["productType": "hotel", "sentimentMix": "balanced", "feedbackCount": 2, "requestId": "abc"])
        #expect(ok["data"]?.arrayValue?.count == 2)
    }
}
