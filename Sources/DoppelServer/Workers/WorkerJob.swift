import DoppelText
import DoppelEngine
import DoppelPlanner
import DoppelJSON

/// A resolved unit of engine work, as the daemon hands it to a worker process
/// and as it is saved when the worker dies, so `job.replay` can run it again.
///
/// Everything the engine needs and nothing it does not: the schema as planned
/// (the plan and LLM caches stay in the daemon), the seed, the text pools a
/// model wrote, the output options and the destination. Never a key or a
/// prompt: a saved job may be attached to a bug report.
struct WorkerJob: Sendable, Equatable {
    /// Bumped when a member changes meaning; a saved job of another version is refused.
    static let version = 1

    enum Work: Sendable, Equatable {
        case generate(GenerateWork)
        case generateData(GenerateDataWork)
        case text(TextWork)
    }

    var work: Work

    /// `generate`: the resolved request and where its output goes.
    struct GenerateWork: Sendable, Equatable {
        var schema: Schema
        var seed: UInt64
        var textPools: [String: [String]]
        var reality: Int
        var format: OutputFormat
        var shard: Shard?
        var manifest: Bool
        var sqlStyle: SQLStyle
        var csv: CSVOptions
        var destination: GenerationJob.Destination
        /// Block threads for the job: the daemon's `--workers`.
        var threads = 1
        /// fsync each file before it is renamed into place (`sync: true`).
        var sync = false

        /// The request as `GenerationJob` reads it.
        var request: GenerateRequest {
            var outDir: String?
            if case let .directory(d) = destination { outDir = d }
            let stream: Bool = { if case .stream = destination { return true }; return false }()
            return GenerateRequest(resolvedSchema: schema, seed: seed, reality: reality, outputFormat: format, shard: shard,
                                   manifest: manifest, sqlStyle: sqlStyle, csv: csv, outDir: outDir, stream: stream, sync: sync)
        }
    }

    /// `generate_data`: every table as CSV into a dataset draft's directory.
    struct GenerateDataWork: Sendable, Equatable {
        /// The planned schema, its seed set.
        var schema: Schema
        var primary: String
        var directory: String
        var threads: Int
    }

    /// A text method's built-in path (`feedback.generate`, `tickets.generate`,
    /// `interviews.generate`, `conversations.generate`, `synth_data.generate`):
    /// its params as the client sent them, less `api_key`, and the seed used when
    /// they name none, so the worker reads the same request the daemon read.
    struct TextWork: Sendable, Equatable {
        static let methods = ["feedback.generate", "tickets.generate", "interviews.generate", "conversations.generate",
                              "synth_data.generate"]
        var method: String
        var params: JSON
        var seed: UInt64
        /// Rows go out as `$/chunk`s while they are made (`synth_data.generate` with `"stream": true`).
        var streams: Bool = false

        init(method: String, params: JSON, seed: UInt64, streams: Bool = false) {
            self.method = method
            var object = params.objectValue ?? JSONObject()
            object["api_key"] = nil
            self.params = .object(object)
            self.seed = seed
            self.streams = streams
        }
    }

    /// The directory whose staged files belong to this job (removed if its worker dies).
    var outputDirectory: String? {
        switch work {
        case let .generate(g): if case let .directory(d) = g.destination { return d }; return nil
        case let .generateData(d): return d.directory
        case .text: return nil
        }
    }

    var method: String {
        switch work {
        case .generate: return "generate"
        case .generateData: return "generate_data"
        case let .text(t): return t.method
        }
    }
}

extension GenerationJob.Destination: Equatable {
    static func == (a: Self, b: Self) -> Bool {
        switch (a, b) {
        case let (.directory(x), .directory(y)): return x == y
        case let (.inline(x), .inline(y)): return x == y
        case (.stream, .stream): return true
        default: return false
        }
    }
}
