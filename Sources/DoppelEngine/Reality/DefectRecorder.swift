import DoppelJSON
import DoppelText

/// Turns the reality transform's block sidecars into the defect record:
/// `<entity>.defects.jsonl` through a sink, JSON values for inline results,
/// and counts per kind for `metadata`.
///
/// Each line is `{"entity", "row", "field", "kind", "clean", "dirty"}` (plus
/// `"copy_of"` for duplicates), `row` being the 0-based index in the entity's
/// whole written output (for a shard too, so the shards' records concatenate
/// to the whole's); `clean` and `dirty` are the cell's values as the JSON
/// writer prints them (null for NULL).
///
/// - Important: not thread-safe; feed it from `GenerationOptions.blockWritten`
///   (the generator calls that on its calling thread, in output order).
public final class DefectRecorder {
    let reality: Reality
    let collect: Bool
    let sinkFor: ((String) throws -> any ByteSink)?
    /// The entities kept, in the order given.
    public let entities: [String]
    private var states: [String: EntityState] = [:]
    /// Defects per kind (duplicates: inserted rows; a near-duplicate's changed fields are not counted again).
    public var counts: [DefectKind: Int] {
        var out: [DefectKind: Int] = [:]
        for (k, n) in zip(DefectKind.allCases, tally) where n > 0 { out[k] = n }
        return out
    }
    private var tally = [Int](repeating: 0, count: DefectKind.allCases.count)
    /// Rows written per entity, as reported by the generator (inserted duplicates included).
    public private(set) var writtenRows: [String: Int] = [:]
    /// The records as JSON values per entity, when collecting (inline results).
    public private(set) var defects: [String: [JSON]] = [:]
    /// The first error a sink threw; `finish()` rethrows it.
    public private(set) var error: (any Error)?

    final class EntityState {
        var sink: (any ByteSink)?
        var buffer: [UInt8] = []
    }

    init(reality: Reality, entities: [String], collect: Bool, sink: ((String) throws -> any ByteSink)?) {
        self.reality = reality
        self.entities = entities
        self.collect = collect
        sinkFor = sink
    }

    private func state(_ entity: String) -> EntityState {
        if let s = states[entity] { return s }
        let s = EntityState()
        if let sinkFor, error == nil {
            do { s.sink = try sinkFor(entity) } catch { self.error = error }
        }
        states[entity] = s
        return s
    }

    /// Takes one block's report (hand this to `GenerationOptions.blockWritten`, or let `Reality.configure` do it).
    public func add(_ report: BlockReport) {
        guard entities.contains(report.entity) else { return }
        writtenRows[report.entity, default: 0] += report.writtenRows
        let s = state(report.entity)
        guard !report.sidecar.isEmpty else { return }
        // The worker rendered whole lines with their rows: add the counts, pass the bytes on.
        let (counts, lines) = DefectSidecar.read(report.sidecar)
        for k in counts.indices { tally[k] += counts[k] }
        guard !lines.isEmpty, reality.recordsValues else { return }
        if collect {
            for line in report.sidecar[lines].split(separator: 10) {
                if let json = try? JSONParser.parse(line) { defects[report.entity, default: []].append(json) }
            }
        }
        guard let sink = s.sink else { return }
        if s.buffer.isEmpty && lines.count >= 1 << 16 {
            // A block's lines are already one large chunk: hand them over without another copy.
            guard error == nil else { return }
            do { try report.sidecar.withUnsafeBytes { try sink.write(UnsafeRawBufferPointer(rebasing: $0[lines])) } } catch { self.error = error }
            return
        }
        s.buffer.appendBytes(report.sidecar[lines])
        if s.buffer.count >= 1 << 20 { flush(s) }
    }

    private func flush(_ s: EntityState) {
        defer { s.buffer.removeAll(keepingCapacity: true) }
        guard let sink = s.sink, error == nil, !s.buffer.isEmpty else { return }
        do { try sink.write(s.buffer) } catch { self.error = error }
    }

    /// Flushes every record file (opening empty ones for entities without defects) and rethrows a sink's error.
    public func finish() throws {
        for e in entities {
            let s = state(e)
            flush(s)
        }
        if let error { throw error }
    }

    /// Counts per kind as a JSON object, every kind in table order (zeros included), for `metadata`.
    public var countsJSON: JSON {
        var o = JSONObject()
        for k in DefectKind.allCases { o.appendUnique(k.rawValue, .int(Int64(counts[k] ?? 0))) }
        return .object(o)
    }

    /// Total defects counted.
    public var total: Int { tally.reduce(0, +) }
}
