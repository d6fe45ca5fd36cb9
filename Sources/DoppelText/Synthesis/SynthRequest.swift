import DoppelJSON
import DoppelProtocol

/// A checked `synth_data.generate` request (the hosted contract's params).
public struct SynthRequest: Sendable, Equatable {
    /// Names a model when an LLM is configured; otherwise accepted and ignored.
    public var modelID: String?
    public var multiplier: Int
    /// The example rows, each a JSON object.
    public var examples: [JSONObject]
    /// What the data is about; steers free text and conversations.
    public var prompt: String
    public var seed: UInt64
    /// `text_source`: rows from the model or the built-in engine (routed by the server).
    public var textSource: TextSourceChoice = .auto

    /// `multiplier` accepts 1 to 100; `examples` 1 to 1000 objects; at most
    /// 10,000 rows (examples × multiplier) per request.
    public static let multiplierRange = 1...100
    public static let maxExamples = 1000
    public static let maxRows = 10_000
    static let known = ["model_id", "multiplier", "examples", "prompt", "seed", "stream"] + ParamReader.textSourceMembers

    public init(examples: [JSONObject], multiplier: Int, prompt: String = "", modelID: String? = nil, seed: UInt64) {
        self.examples = examples
        self.multiplier = multiplier
        self.prompt = prompt
        self.modelID = modelID
        self.seed = seed
    }

    /// Reads params `examples` (required), `multiplier` (default 1), `prompt`
    /// (optional), `model_id` (optional), `seed`.
    ///
    /// - Throws: `RequestError` −32602 naming every bad field.
    public init(params: JSON?, defaultSeed: UInt64) throws {
        var r = ParamReader(params, known: SynthRequest.known)
        var examples: [JSONObject] = []
        switch r.object["examples"] {
        case nil, .null?:
            r.fail("examples", "Required: a non-empty array of example objects")
        case .array(let items)?:
            if items.isEmpty { r.fail("examples", "Must contain at least one example object") }
            if items.count > SynthRequest.maxExamples {
                r.fail("examples", "Must contain at most \(SynthRequest.maxExamples) examples (got \(items.count))")
            }
            for (i, item) in items.enumerated() {
                if let o = item.objectValue {
                    if o.isEmpty { r.fail("examples[\(i)]", "Must be an object with at least one member") }
                    examples.append(o)
                } else {
                    r.fail("examples[\(i)]", "Must be an object (got \(item.typeName))")
                }
            }
        case let other?:
            r.fail("examples", "Must be an array of example objects (got \(other.typeName))")
        }
        let multiplier = r.int("multiplier", in: SynthRequest.multiplierRange, default: 1)
        if let multiplier, !examples.isEmpty, examples.count * multiplier > SynthRequest.maxRows {
            r.fail("multiplier", "examples × multiplier must be at most \(SynthRequest.maxRows) (got \(examples.count) × \(multiplier))")
        }
        var prompt = ""
        if r.has("prompt") { prompt = r.string("prompt", required: false) ?? "" }
        var modelID: String?
        if let value = r.object["model_id"], !value.isNull {
            if let s = value.stringValue { modelID = s } else { r.fail("model_id", "Must be a string (got \(value.typeName))") }
        }
        let seed = r.seed(default: defaultSeed)
        let source = r.textSource()
        guard r.isValid, let multiplier else { throw r.error(method: "synth_data.generate") }
        self.init(examples: examples, multiplier: multiplier, prompt: prompt, modelID: modelID, seed: seed)
        textSource = source
    }
}
