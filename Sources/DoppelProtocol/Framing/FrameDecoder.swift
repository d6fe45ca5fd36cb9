/// Splits a byte stream into frames: a 4-byte big-endian length N, then N bytes.
///
/// Feed it bytes as they arrive, in chunks of any size, then take frames out
/// until it has no complete frame left. The length is checked against
/// `maxFrameBytes` as soon as its 4 bytes are in, and the buffer only ever
/// grows by the bytes actually received, so a hostile header never makes the
/// receiver allocate N.
///
/// - Important: after a `FrameError` the decoder keeps throwing it: the stream
///   cannot be resynchronised, so the caller must close the connection.
public struct FrameDecoder: Sendable {
    /// 16 MiB, the default `--max-frame-bytes`.
    public static let defaultMaxFrameBytes = 16 * 1024 * 1024
    public static let headerBytes = 4

    public let maxFrameBytes: Int
    private var buffer: [UInt8] = []
    private var readIndex = 0
    private var failure: FrameError?

    public init(maxFrameBytes: Int = FrameDecoder.defaultMaxFrameBytes) {
        self.maxFrameBytes = maxFrameBytes
    }

    /// Bytes received but not yet returned as frames.
    public var bufferedByteCount: Int { buffer.count - readIndex }

    public mutating func append(_ bytes: UnsafeRawBufferPointer) {
        compactIfDrained()
        buffer.append(contentsOf: bytes)
    }

    public mutating func append<S: Sequence>(contentsOf bytes: S) where S.Element == UInt8 {
        compactIfDrained()
        buffer.append(contentsOf: bytes)
    }

    /// The next complete frame's payload, or nil when more bytes are needed.
    public mutating func next() throws -> [UInt8]? {
        try nextFrame { Array($0) }
    }

    /// Calls `body` with the next complete frame's payload, without copying it.
    ///
    /// The buffer passed to `body` is valid only during the call. Returns nil
    /// (without calling `body`) when more bytes are needed.
    public mutating func nextFrame<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) throws -> R? {
        if let failure { throw failure }
        let available = buffer.count - readIndex
        guard available >= Self.headerBytes else { return nil }
        let length = buffer.withUnsafeBufferPointer { p -> UInt32 in
            UInt32(p[readIndex]) << 24 | UInt32(p[readIndex + 1]) << 16 | UInt32(p[readIndex + 2]) << 8
                | UInt32(p[readIndex + 3])
        }
        if length == 0 {
            failure = .zeroLength
            throw FrameError.zeroLength
        }
        if UInt64(length) > UInt64(maxFrameBytes) {
            let error = FrameError.tooLarge(length: length, max: maxFrameBytes)
            failure = error
            throw error
        }
        let total = Self.headerBytes + Int(length)
        guard available >= total else { return nil }
        let start = readIndex + Self.headerBytes
        readIndex += total
        return try buffer.withUnsafeBufferPointer { p in
            try body(UnsafeBufferPointer(rebasing: p[start..<(start + Int(length))]))
        }
    }

    /// Drops consumed bytes, keeping capacity, so a long-lived connection
    /// reuses one buffer instead of growing it.
    private mutating func compactIfDrained() {
        guard readIndex > 0 else { return }
        if readIndex == buffer.count {
            buffer.removeAll(keepingCapacity: true)
        } else if readIndex >= 64 * 1024 {
            buffer.removeSubrange(0..<readIndex)
        } else {
            return
        }
        readIndex = 0
    }
}
