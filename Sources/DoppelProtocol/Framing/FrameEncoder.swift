/// Writes frames: a 4-byte big-endian length, then the payload.
public enum FrameEncoder {
    /// A complete frame holding `payload`.
    public static func frame<C: Collection>(_ payload: C) -> [UInt8] where C.Element == UInt8 {
        var out: [UInt8] = []
        out.reserveCapacity(payload.count + FrameDecoder.headerBytes)
        appendHeader(length: UInt32(truncatingIfNeeded: payload.count), into: &out)
        out.append(contentsOf: payload)
        return out
    }

    public static func appendHeader(length: UInt32, into out: inout [UInt8]) {
        out.append(UInt8(truncatingIfNeeded: length >> 24))
        out.append(UInt8(truncatingIfNeeded: length >> 16))
        out.append(UInt8(truncatingIfNeeded: length >> 8))
        out.append(UInt8(truncatingIfNeeded: length))
    }

    /// Reserves a header in `out` and returns its position, so a payload can be
    /// written in place and the length filled in by `endFrame` — no copy.
    public static func beginFrame(in out: inout [UInt8]) -> Int {
        let start = out.count
        out.append(contentsOf: [0, 0, 0, 0])
        return start
    }

    /// Fills in the header reserved by `beginFrame` at `start`.
    public static func endFrame(in out: inout [UInt8], start: Int) {
        let length = UInt32(truncatingIfNeeded: out.count - start - FrameDecoder.headerBytes)
        out[start] = UInt8(truncatingIfNeeded: length >> 24)
        out[start + 1] = UInt8(truncatingIfNeeded: length >> 16)
        out[start + 2] = UInt8(truncatingIfNeeded: length >> 8)
        out[start + 3] = UInt8(truncatingIfNeeded: length)
    }
}
