import DoppelJSON

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
        var base: Int
        var sink: (any ByteSink)?
        var buffer: [UInt8] = []
        let entityMember: [UInt8]
        init(base: Int, entity: String) {
            self.base = base
            var b: [UInt8] = Array("{\"entity\":".utf8)
            JSONWriter.writeString(entity, into: &b)
            b.append(contentsOf: ",\"row\":".utf8)
            entityMember = b
        }
    }

    init(reality: Reality, entities: [String], collect: Bool, sink: ((String) throws -> any ByteSink)?) {
        self.reality = reality
        self.entities = entities
        self.collect = collect
        sinkFor = sink
    }

    private func state(_ entity: String, firstReport: BlockReport?) -> EntityState {
        if let s = states[entity] { return s }
        var base = 0
        if let r = firstReport { base = reality.writtenRowIndex(entity: entity, cleanRow: r.firstRow) - r.outputRowOffset }
        let s = EntityState(base: base, entity: entity)
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
        let s = state(report.entity, firstReport: report)
        guard !report.sidecar.isEmpty else { return }
        let offset = s.base + report.outputRowOffset
        let writeLines = reality.recordsValues && (s.sink != nil || collect)
        var found = [Int](repeating: 0, count: DefectKind.allCases.count)
        defer { for k in found.indices { tally[k] += found[k] } }
        guard writeLines else {
            DefectSidecar.forEach(report.sidecar) { rec in if rec.counted { found[rec.kind.ordinal] += 1 } }
            return
        }
        // The lines are built in a local buffer: a class's stored array is checked for exclusive
        // access on every mutation.
        var buffer: [UInt8] = []
        swap(&buffer, &s.buffer)
        let member = s.entityMember
        let keepLines = s.sink != nil
        report.sidecar.withUnsafeBufferPointer { sidecar in
            DefectSidecar.forEach(report.sidecar) { rec in
                if rec.counted { found[rec.kind.ordinal] += 1 }
                let start = buffer.count
                buffer.appendBytes(member)
                ByteFormat.appendInt(offset + rec.row, to: &buffer)
                buffer.append(44)
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: sidecar[rec.payload]))
                if let copy = rec.copy {
                    buffer.appendBytes(",\"copy_of\":" as StaticString)
                    ByteFormat.appendInt(offset + copy, to: &buffer)
                }
                buffer.appendBytes("}\n" as StaticString)
                if collect, let line = try? JSONParser.parse(buffer[start...]) { defects[report.entity, default: []].append(line) }
                if !keepLines { buffer.removeAll(keepingCapacity: true) }
            }
        }
        swap(&buffer, &s.buffer)
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
            let s = state(e, firstReport: nil)
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
