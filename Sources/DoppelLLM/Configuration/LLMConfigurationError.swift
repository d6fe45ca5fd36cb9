/// LLM settings that cannot be used, naming every bad flag or variable at once.
///
/// Messages name the flag (or environment variable), what was expected and
/// what came — except for API keys, whose values are never repeated.
public struct LLMConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    public var problems: [String]

    public init(problems: [String]) { self.problems = problems }

    public var description: String {
        "invalid LLM configuration: " + problems.joined(separator: "; ")
    }
}
