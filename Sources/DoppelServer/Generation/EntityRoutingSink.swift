import DoppelText
import DoppelEngine

/// Collects an output's bytes and hands them over, block by block, to the
/// entity they belong to: for a SQL script that holds every table, the bytes
/// written before a block's report (its INSERTs, and the DDL before the first)
/// are that block's entity's.
///
/// `GenerationOptions.blockWritten` cannot throw, so a delivery error is kept
/// and rethrown by the next `write` (and `failed` stops the generator).
final class EntityRoutingSink: ByteSink {
    private var pending: [UInt8] = []
    private let deliver: (String, [UInt8]) throws -> Void
    private(set) var error: (any Error)?

    init(deliver: @escaping (String, [UInt8]) throws -> Void) { self.deliver = deliver }

    var failed: Bool { error != nil }

    func write(_ bytes: UnsafeRawBufferPointer) throws {
        if let error { throw error }
        pending.append(contentsOf: bytes)
    }

    /// Delivers what is pending to `entity`.
    func route(to entity: String) {
        guard error == nil, !pending.isEmpty else { return }
        do { try deliver(entity, pending) } catch { self.error = error }
        pending.removeAll(keepingCapacity: true)
    }
}
