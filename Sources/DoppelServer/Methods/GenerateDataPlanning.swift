import DoppelText
import DoppelEngine
import DoppelPlanner
import DoppelJSON
import DoppelProtocol

/// The steps of `generate_data` between validated params and stored files.
enum GenerateDataPlanning {
    /// The schema to generate: the plan's, less a surrogate key the planner
    /// added to the linked table when the prompt listed that table's columns
    /// (`insurance dataset with the columns (name, amount)` → exactly `name,amount`).
    /// The key goes only when the prompt never says its name and nothing references it.
    static func askedColumns(_ schema: Schema, primary: String, listed: Bool, prompt: String) -> Schema {
        guard listed, let e = schema.entities.firstIndex(where: { $0.name == primary }) else { return schema }
        let words = Set(prompt.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init))
        let fieldCount = schema.entities[e].fields.count
        var out = schema
        out.entities[e].fields.removeAll { f in
            f.primaryKey && f.kind == "id.sequence" && !words.contains(f.name.lowercased())
                && fieldCount > 1
                && !schema.entities.contains { other in other.fields.contains { $0.references?.entity == primary } }
                && !schema.entities[e].uniqueTogether.contains { $0.contains(f.name) }
        }
        return out
    }

    /// The engine's plan for a planned schema; a schema the engine refuses is reported with its problems.
    static func resolve(_ schema: Schema) throws -> DatasetPlan {
        switch schema.resolve(ResolveOptions()) {
        case let .success(plan): return plan
        case let .failure(error):
            let problems = error.problems.prefix(20).map(\.description)
            throw RequestError.invalidParams("The plan made from this prompt cannot be generated: \(problems.first ?? "unknown problem")",
                                             issues: problems, suggestions: ["Rephrase the prompt, listing the columns in parentheses"])
        }
    }

    /// Writes every table of `plan` as `<table>.csv` into `draft`, with progress
    /// and cancellation; returns the file name of the `primary` table.
    static func writeCSV(_ plan: DatasetPlan, primary: String, into draft: DatasetDraft, threads: Int,
                         request: any JobContext) throws -> String {
        let generator = DatasetGenerator(plan: plan)
        let total = plan.totalRows
        var before = 0
        var options = GenerationOptions(threads: threads)
        options.isCancelled = { request.isCancelled }
        options.progress = { p in request.progress(done: before + p.rowsDone, total: total, message: "generating") }
        var used: Set<String> = []
        var primaryFile = ""
        for output in generator.outputs(for: .csv) {
            var name = DatasetStorePath.fileName(entity: output.name, format: .csv)
            // Entity names that differ only in characters a file name cannot hold.
            var n = 2
            while used.contains(name) {
                name = DatasetStorePath.fileName(entity: "\(output.name)-\(n)", format: .csv)
                n += 1
            }
            used.insert(name)
            if output.name == primary { primaryFile = name }
            let summary = try draft.writeFile(name) { sink in
                try generator.write(output, format: .csv, to: sink, options: options)
            }
            before += summary.rows
        }
        return primaryFile
    }
}
