import Foundation
import DoppelText

/// Part `index` (1-based) of `count` equal parts of a dataset.
///
/// For CSV, JSON and JSONL, shard K holds rows ⌊(K−1)·n/N⌋ ..< ⌊K·n/N⌋ of
/// every entity; for SQL the unit is the INSERT statement over the whole
/// script (see `DatasetGenerator`). Concatenating shards 1…N in order gives
/// exactly the unsharded bytes.
public struct Shard: Sendable, Equatable, CustomStringConvertible {
    public let index: Int
    public let count: Int

    public static let whole = Shard(uncheckedIndex: 1, count: 1)

    private init(uncheckedIndex: Int, count: Int) {
        self.index = uncheckedIndex
        self.count = count
    }

    /// nil unless 1 ≤ index ≤ count.
    public init?(index: Int, count: Int) {
        guard count >= 1, index >= 1, index <= count else { return nil }
        self.index = index
        self.count = count
    }

    /// Parses `K/N`.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let k = Int(parts[0].trimmingCharacters(in: .whitespaces)),
              let n = Int(parts[1].trimmingCharacters(in: .whitespaces)) else { return nil }
        self.init(index: k, count: n)
    }

    public var isFirst: Bool { index == 1 }
    public var isLast: Bool { index == count }

    /// This shard's part of `0..<total`.
    public func range(of total: Int) -> Range<Int> {
        // ⌊t·k/n⌋ without overflow: (t/n)·k + ⌊(t mod n)·k/n⌋.
        func cut(_ k: Int) -> Int { (total / count) * k + (total % count) * k / count }
        return cut(index - 1)..<cut(index)
    }

    public var description: String { "\(index)/\(count)" }
}

/// Progress of a write: rows generated so far out of the rows it will generate.
public struct GenerationProgress: Sendable, Equatable {
    public let rowsDone: Int
    public let rowsTotal: Int
}

/// How to run a generation.
public struct GenerationOptions {
    public var shard: Shard = .whole
    /// Worker threads (default: every core). Output is byte-identical for any value.
    public var threads: Int = ProcessInfo.processInfo.activeProcessorCount
    /// Rows per block: the unit of parallel work, of progress and of cancellation checks.
    /// Blocks start at multiples of it; changing it changes no CSV/JSON/JSONL byte, and SQL
    /// only where statements are split (it is rounded up to a multiple of `sql.statementRows`).
    public var blockRows: Int = 4000
    public var sql = SQLOptions()
    public var csv = CSVOptions()
    /// A stage between generation and encoding (the reality engine).
    public var transform: (any RowBlockTransform)?
    /// Called on the calling thread after each block is written.
    public var progress: ((GenerationProgress) -> Void)?
    /// Called on the calling thread after each block is written, in order (see `BlockReport`).
    public var blockWritten: ((BlockReport) -> Void)?
    /// Checks the output as it is written (see `OutputValidator`); its figures cover exactly
    /// the rows this write produced. Fed on the calling thread, one block at a time, in order.
    public var validator: OutputValidator?
    /// Polled on the calling thread between blocks; when it returns true the write stops with `CancellationError`.
    public var isCancelled: (() -> Bool)?

    public init(shard: Shard = .whole, threads: Int? = nil) {
        self.shard = shard
        if let threads { self.threads = max(1, threads) }
    }

    /// `blockRows` rounded up to a multiple of the SQL statement size, so a statement never spans two blocks.
    func effectiveBlockRows(_ format: OutputFormat) -> Int {
        let b: Int
        if case let .sql(d) = format { b = sql.statementRows(d) } else { b = max(1, sql.batchRows) }
        let r = max(1, blockRows)
        return (r + b - 1) / b * b
    }
}
