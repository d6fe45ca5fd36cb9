import DoppelText
import DoppelEngine
import DoppelJSON
import DoppelLLM
import Foundation

extension LLMBackend {
    /// The model a text request goes to with how much it depends on it, or nil
    /// for the built-in engine.
    ///
    /// - `builtin`: nil. `auto`: the model when one is configured (`.preferred`:
    ///   only a malformed key is an error, every other failure falls back).
    ///   `llm`: the model (`.required`: no model, a refused key and a spent
    ///   budget are errors).
    /// - Throws: `LLM_NOT_CONFIGURED` for `llm` without a model.
    func route(_ choice: TextSourceChoice) throws -> (LLMService, LLMUse)? {
        switch choice {
        case .builtin:
            return nil
        case .auto:
            return service.map { ($0, .preferred) }
        case .llm:
            guard let service else {
                throw LLMErrorKind.notConfigured.error(
                    "text_source \"llm\" needs a model: start doppeld with --llm-model (or set DOPPEL_LLM_MODEL), or use text_source \"auto\" or \"builtin\"")
            }
            return (service, .required)
        }
    }

    /// A request's own key (`api_key`, read by `ModelChoice`), checked against
    /// the endpoint: for OpenAI's it must start with `sk-` (`INVALID_API_KEY`),
    /// whether or not this request then calls the model, as the hosted services
    /// check it. The text goes straight into an `APIKey`, which never prints it.
    func checkedKey(_ text: String) throws -> APIKey? {
        guard let key = APIKey(text) else { return nil }
        if let problem = ChatCompletionsClient.keyProblem(key, baseURL: configuration.baseURL) { throw problem }
        return key
    }

    /// The text source for a request of the text methods, or nil for the built-in engine.
    ///
    /// Whatever the built-in engine writes instead of the model, and why, is
    /// logged and added to the response's `warnings`.
    func textSource(_ choice: TextSourceChoice, key: APIKey?, for request: RequestContext) throws -> (any TextSource)? {
        guard let (service, use) = try route(choice) else { return nil }
        return LLMTextSource(model: service, apiKey: key, use: use, warn: warner(for: request))
    }

    /// Logs a warning and adds it to `request`'s response.
    func warner(for request: RequestContext) -> @Sendable (String) -> Void {
        let log = self.log
        let method = request.method
        return { warning in
            log.warning("\(method): \(warning)")
            request.warn(warning)
        }
    }

    /// The model's row writer for `synth_data.generate`, or nil for the built-in engine.
    /// `model_id` names the model for this request when one is configured.
    func rowSynthesizer(_ choice: TextSourceChoice, key: APIKey?, for request: RequestContext, modelID: String?) throws -> LLMRowSynthesizer? {
        guard let (service, use) = try route(choice) else { return nil }
        let name = modelID.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        return LLMRowSynthesizer(model: service, apiKey: key, modelName: name, use: use, warn: warner(for: request))
    }
}
