import DoppelText
import DoppelEngine
import DoppelPOSIX

/// A `ByteSink` onto a new file: bytes gather in one reusable buffer and go
/// to the file in large writes; `finish()` flushes, syncs and closes it.
///
/// Used by one generation on one thread; not shared.
final class DatasetFileSink: ByteSink {
    let path: String
    private let descriptor: FileDescriptor
    private var buffer: [UInt8] = []
    private var open = true
    private(set) var bytesWritten = 0
    static let flushThreshold = 1 << 20

    /// Creates `path`, which must not exist yet.
    init(creating path: String) throws {
        self.path = path
        descriptor = try FileSystem.createExclusive(path, mode: 0o644)
        buffer.reserveCapacity(Self.flushThreshold)
    }

    deinit { if open { descriptor.close() } }

    func write(_ bytes: UnsafeRawBufferPointer) throws {
        bytesWritten += bytes.count
        if buffer.count + bytes.count > Self.flushThreshold { try flush() }
        if bytes.count >= Self.flushThreshold {
            try descriptor.writeAll(bytes)
        } else {
            buffer.append(contentsOf: bytes)
        }
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        try descriptor.writeAll(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes what is buffered, syncs the file to disk and closes it.
    func finish() throws {
        guard open else { return }
        defer {
            descriptor.close()
            open = false
        }
        try flush()
        try descriptor.synchronize()
    }
}
