import DoppelText
import DoppelEngine
import DoppelPlanner
import DoppelJSON
import DoppelLLM

extension DaemonMethod {
    /// `synth_data.generate` {examples, multiplier?, prompt?, model_id?, seed?, text_source?, api_key?, stream?}
    /// → `[{"original": {…}, "generated": "<JSON text of a new row>"}, …]`, examples × multiplier long (the hosted contract).
    ///
    /// With `"stream": true` each row goes out as its own `$/chunk` as soon as
    /// it is ready, in order; the reply then holds every row.
    public static let synthDataGenerate = DaemonMethod(
        "synth_data.generate", summary: "More rows like the given examples (hosted contract)", run: { request in
            let params = request.params
            let fallback = TextMethods.seed(for: request)
            let plan = try await request.compute {
                try SynthDataGenerator.plan(params: params.json, defaultSeed: fallback)
            }
            TextMethods.announce(plan.request.seed, for: request)
            let model = try request.services.llm.rowSynthesizer(plan.request.textSource,
                                                                key: try ModelChoice.key(params, llm: request.services.llm), for: request,
                                                                modelID: plan.request.modelID)
            let rows: [JSON]
            if let model {
                rows = try await SynthRowStream(plan: plan, request: request).fromModel(model)
            } else {
                rows = try await TextJob.items("synth_data.generate", seed: fallback, for: request)
            }
            return .array(rows)
        })
}
