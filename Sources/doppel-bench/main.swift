import DoppelText
import DoppelEngine
import DoppelJSON
import Foundation

/// doppel-bench: runs the engine in-process and writes one output to a file.
///
///     doppel-bench (--standard | --relational | --schema FILE) [--rows N] [--seed S]
///                  [--format csv|json|jsonl|sql] [--dialect D] [--threads T] [--shard K/N]
///                  [--reality LEVEL [--manifest DIR]] [--validate] --out PATH
///     doppel-bench --rates [--mix | --standard | --schema FILE] [--rows N]
///
/// With `--reality`, the level's defects are injected (bench/reality.sh); `--manifest DIR`
/// also writes `DIR/<entity>.defects.jsonl`. Prints the defect total as `defects=…`.
///
/// With `--validate`, the output is checked as it is written (`OutputValidator`, as `generate`
/// does) and the score is printed as `score=…`: the cost of validation, A/B.
///
/// Prints `rows=… seconds=… rows_per_s=…` like the Python peers.
var args = CommandLine.arguments.dropFirst()
var schemaText = BenchSchemas.standard
var rows: Int?
var seed: UInt64 = 42
var format = OutputFormat.csv
var formatName = "csv", dialect: String?
var threads: Int?
var shard = Shard.whole
var out = "/dev/stdout"
var entityName: String?
var relational = false
var realityLevel: Int?
var manifestDir: String?
var rates = false
var mix = false
var validate = false

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data(("doppel-bench: " + message + "\n").utf8))
    exit(2)
}

func need<T>(_ v: T?, _ message: String) -> T {
    guard let v else { fail(message) }
    return v
}

while let a = args.popFirst() {
    func value() -> String { need(args.popFirst(), "\(a) needs a value") }
    switch a {
    case "--standard": schemaText = BenchSchemas.standard
    case "--relational": relational = true
    case "--mix": mix = true
    case "--schema":
        let path = value()
        guard let d = FileManager.default.contents(atPath: path) else { fail("cannot read \(path)") }
        schemaText = String(decoding: d, as: UTF8.self)
    case "--rows": rows = need(Int(value()), "--rows expects an integer")
    case "--seed": seed = need(UInt64(value()), "--seed expects an integer")
    case "--format": formatName = value()
    case "--dialect": dialect = value()
    case "--threads": threads = need(Int(value()), "--threads expects an integer")
    case "--shard": shard = need(Shard(value()), "--shard expects K/N")
    case "--entity": entityName = value()
    case "--out": out = value()
    case "--reality": realityLevel = need(Int(value()), "--reality expects an integer")
    case "--manifest": manifestDir = value()
    case "--rates": rates = true
    case "--validate": validate = true
    default: fail("unknown argument \(a)")
    }
}
format = need(OutputFormat(name: formatName, dialect: dialect), "unknown format \(formatName)")
if relational { schemaText = BenchSchemas.relational(items: rows ?? 1_000_000); rows = nil }
if mix { schemaText = BenchSchemas.realityMix(rows: rows ?? 100_000); rows = nil }

/// Appends to a file through a 1 MiB buffer.
final class FileSink: ByteSink {
    let handle: FileHandle
    var buffer: [UInt8] = []
    init(path: String) {
        // Opened in place, never created by replacing: `createFile` writes a new file and renames it over
        // the path, which turned `--out /dev/null` into a regular file and broke /dev/null for the machine.
        if !FileManager.default.fileExists(atPath: path) { _ = FileManager.default.createFile(atPath: path, contents: nil) }
        guard let h = FileHandle(forWritingAtPath: path) else { fail("cannot open \(path)") }
        // A regular file left from an earlier run starts empty; a device or pipe cannot be truncated and needs not be.
        try? h.truncate(atOffset: 0)
        handle = h
        buffer.reserveCapacity(1 << 20)
    }
    func write(_ bytes: UnsafeRawBufferPointer) throws {
        // Blocks arrive as large chunks: write those straight from the engine's buffer.
        if bytes.count >= 1 << 16 {
            flush()
            try handle.write(contentsOf: bytes)
            return
        }
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 20 { flush() }
    }
    func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { try? handle.write(contentsOf: $0) }
        buffer.removeAll(keepingCapacity: true)
    }
}

let start = Date()
let schema: Schema
switch Schema.decode(text: schemaText) {
case let .success(s): schema = s
case let .failure(e): fail(e.description)
}
let plan: DatasetPlan
switch schema.resolve(ResolveOptions(seed: seed, rows: rows)) {
case let .success(p): plan = p
case let .failure(e): fail(e.description)
}
if rates {
    try RateReport.run(plan: plan)
    exit(0)
}
let generator = DatasetGenerator(plan: plan)
var options = GenerationOptions(shard: shard, threads: threads)
var recorder: DefectRecorder?
var recordSinks: [FileSink] = []
if let realityLevel {
    let reality: Reality
    do { reality = try Reality(level: realityLevel, plan: plan, recordsValues: manifestDir != nil) } catch { fail("\(error)") }
    let r = reality.makeRecorder(sink: manifestDir.map { dir in
        { (entity: String) -> any ByteSink in
            let s = FileSink(path: dir + "/" + Reality.defectsFileName(entity))
            recordSinks.append(s)
            return s
        }
    })
    reality.configure(&options, recorder: r)
    recorder = r
}
let validator = validate ? OutputValidator(plan: plan, shard: shard) : nil
options.validator = validator
var produced = 0
let outputs = generator.outputs(for: format)
let sink = FileSink(path: out)
for o in outputs where entityName == nil || o.entities.contains(entityName ?? "") || outputs.count == 1 {
    // With several entities and no --entity, every output goes to the one file (relational timing).
    produced += try generator.write(o, format: format, to: sink, options: options).rows
}
try recorder?.finish()
sink.flush()
for s in recordSinks { s.flush() }
let score = validator.map { " score=\($0.report().score)" } ?? ""
let seconds = Date().timeIntervalSince(start)
let defects = recorder.map { " defects=\($0.total)" } ?? ""
print("rows=\(produced) seconds=\(String(format: "%.3f", seconds)) rows_per_s=\(Int(Double(produced) / seconds))" + defects + score)
