/// A framing violation. The byte stream cannot be resynchronised after one,
/// so the connection that produced it must be closed.
public enum FrameError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A header announced N = 0; an empty frame carries no JSON and is invalid.
    case zeroLength
    /// A header announced more bytes than the receiver accepts.
    case tooLarge(length: UInt32, max: Int)

    public var description: String {
        switch self {
        case .zeroLength:
            return "invalid frame: length 0 (a frame carries 1 or more bytes of JSON)"
        case let .tooLarge(length, max):
            return "frame of \(length) bytes exceeds the maximum of \(max) bytes"
        }
    }
}
