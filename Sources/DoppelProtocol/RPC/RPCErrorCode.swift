/// A JSON-RPC error code.
///
/// A struct rather than an enum so that a client meeting a code added later
/// still decodes it (as swift-system's `Errno` does).
public struct RPCErrorCode: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public var rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    public init(_ rawValue: Int) { self.rawValue = rawValue }

    /// The frame held bytes that are not JSON. The framing is intact, so the connection stays usable.
    public static let parseError = RPCErrorCode(-32700)
    /// JSON that is not a JSON-RPC request (no method, wrong `jsonrpc`, bad id, a batch).
    public static let invalidRequest = RPCErrorCode(-32600)
    public static let methodNotFound = RPCErrorCode(-32601)
    public static let invalidParams = RPCErrorCode(-32602)
    public static let internalError = RPCErrorCode(-32603)
    /// The request was cancelled by `$/cancel` (or its client went away).
    public static let requestCancelled = RPCErrorCode(-32800)

    // Application codes, 1000–1999.
    /// The client speaks a protocol major version the daemon does not.
    public static let versionMismatch = RPCErrorCode(1000)
    /// The daemon is draining before exit and takes no new requests.
    public static let shuttingDown = RPCErrorCode(1001)
    /// Too much work is queued; retry after `data.retryAfter` seconds.
    public static let overloaded = RPCErrorCode(1002)
    /// A frame longer than the daemon's `--max-frame-bytes`; the connection closes.
    public static let frameTooLarge = RPCErrorCode(1003)
    /// A frame of length 0; the connection closes.
    public static let invalidFrame = RPCErrorCode(1004)

    /// The stable `error.data.kind` used when nothing more specific applies.
    public var defaultKind: String {
        switch self {
        case .parseError: return "PARSE_ERROR"
        case .invalidRequest: return "INVALID_REQUEST"
        case .methodNotFound: return "METHOD_NOT_FOUND"
        case .invalidParams: return "INVALID_PARAMS"
        case .internalError: return "INTERNAL_ERROR"
        case .requestCancelled: return "REQUEST_CANCELLED"
        case .versionMismatch: return "VERSION_MISMATCH"
        case .shuttingDown: return "SHUTTING_DOWN"
        case .overloaded: return "OVERLOADED"
        case .frameTooLarge: return "FRAME_TOO_LARGE"
        case .invalidFrame: return "INVALID_FRAME"
        default: return rawValue >= 1000 && rawValue <= 1999 ? "APPLICATION_ERROR" : "ERROR"
        }
    }

    public var description: String { String(rawValue) }
}
