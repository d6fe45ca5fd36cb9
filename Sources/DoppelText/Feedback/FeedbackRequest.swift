import DoppelJSON
import DoppelProtocol

/// A checked `feedback.generate` request (the hosted contract's params).
public struct FeedbackRequest: Sendable, Equatable {
    public var productType: ProductType
    public var sentimentMix: SentimentMix
    public var count: Int
    public var complexity: Complexity
    public var seed: UInt64
    /// `text_source`: the model or the built-in engine (routed by the server).
    public var textSource: TextSourceChoice = .auto

    /// `feedbackCount` accepts 1 to 50, as the hosted service does.
    public static let countRange = 1...50
    static let known = ["productType", "sentimentMix", "feedbackCount", "complexityLevel", "seed", "stream"]
        + ParamReader.textSourceMembers

    public init(productType: ProductType, sentimentMix: SentimentMix, count: Int,
                complexity: Complexity = .medium, seed: UInt64) {
        self.productType = productType
        self.sentimentMix = sentimentMix
        self.count = count
        self.complexity = complexity
        self.seed = seed
    }

    /// Reads and checks params: `productType`, `sentimentMix`, `feedbackCount`
    /// (required), `complexityLevel` (default medium), `seed` (default `defaultSeed`).
    ///
    /// - Throws: `RequestError` −32602 whose data is the hosted error body
    ///   (`success`, `error`, `code: "INVALID_PARAMETERS"`, `details` naming every bad field).
    public init(params: JSON?, defaultSeed: UInt64) throws {
        var r = ParamReader(params, known: FeedbackRequest.known)
        let product = r.choice("productType", accepted: ProductType.acceptedList, default: nil, parse: ProductType.init(name:))
        let mix = r.choice("sentimentMix", accepted: SentimentMix.acceptedList, default: nil) {
            SentimentMix(rawValue: $0.lowercased())
        }
        let count = r.int("feedbackCount", in: FeedbackRequest.countRange, default: nil)
        let complexity = r.choice("complexityLevel", accepted: "simple, medium, complex", default: Complexity.medium) {
            Complexity(rawValue: $0.lowercased())
        }
        let seed = r.seed(default: defaultSeed)
        let source = r.textSource()
        guard r.isValid, let product, let mix, let count, let complexity else {
            throw FeedbackRequest.hostedError(r.problems)
        }
        self.init(productType: product, sentimentMix: mix, count: count, complexity: complexity, seed: seed)
        textSource = source
    }

    /// The hosted contract's error body, carried as the JSON-RPC error's data.
    static func hostedError(_ problems: [(field: String, message: String)]) -> RequestError {
        var details = JSONObject()
        for (field, message) in problems where details[field] == nil { details[field] = .string(message) }
        var extra = JSONObject()
        extra["success"] = false
        extra["error"] = "Invalid request parameters"
        extra["code"] = "INVALID_PARAMETERS"
        extra["details"] = .object(details)
        let summary = problems.map { "\($0.field): \($0.message)" }.joined(separator: "; ")
        return RequestError(kind: "INVALID_PARAMETERS", message: "Invalid request parameters: " + summary, extra: extra)
    }
}
