import DoppelEngine

extension GenerateRequest {
    /// A request rebuilt from a resolved job (a worker's, or a saved one being
    /// replayed): the schema as resolved, its seed, and the output options.
    /// What only the original params held (the prompt, `api_key`, warnings) is absent.
    public init(resolvedSchema schema: Schema, seed: UInt64, reality: Int, outputFormat: OutputFormat, shard: Shard?,
                manifest: Bool, sqlStyle: SQLStyle, csv: CSVOptions, outDir: String?, stream: Bool, sync: Bool = false) {
        var dialect: SQLDialect?
        if case let .sql(d) = outputFormat { dialect = d }
        self.init(prompt: nil, plan: nil, schema: schema, datasets: schema.entities.count,
                  datasetSize: schema.entities.first?.rows ?? 0, reality: reality, outputFormat: outputFormat,
                  dialect: dialect, shard: shard, seed: seed, outDir: outDir, stream: stream, manifest: manifest,
                  apiKeyProvided: false, warnings: [], sqlStyle: sqlStyle, csv: csv, sync: sync)
    }
}
