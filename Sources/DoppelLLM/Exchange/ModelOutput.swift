import DoppelJSON

/// Reading JSON out of what a model wrote.
///
/// Models asked for JSON still wrap it in Markdown fences or a sentence now
/// and then; taking the outermost `{…}` recovers those without accepting
/// anything that is not, in the end, one JSON object.
public enum ModelOutput {
    /// The JSON object in `content`, or why there is none (in words fit to show the model).
    public static func object(_ content: String) -> Result<JSONObject, OutputProblem> {
        let text = content.trimmingWhitespace()
        if text.isEmpty { return .failure(OutputProblem("the answer was empty")) }
        if case let .object(o)? = try? JSONParser.parse(text) { return .success(o) }
        if let open = text.firstIndex(of: "{"), let close = text.lastIndex(of: "}"), open < close,
           case let .object(o)? = try? JSONParser.parse(String(text[open...close])) {
            return .success(o)
        }
        do {
            let value = try JSONParser.parse(text)
            return .failure(OutputProblem("the answer is JSON \(value.typeName), not an object"))
        } catch {
            return .failure(OutputProblem("the answer is not valid JSON (\(error))"))
        }
    }
}

/// What is wrong with a model's answer, in words the model is shown on repair.
public struct OutputProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
