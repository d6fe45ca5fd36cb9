import DoppelJSON

/// The `error` member of a JSON-RPC response.
///
/// `data` is always an object with a stable string `kind`; it may also carry
/// `issues` (strings), `suggestions`, `details` (field → message) and
/// `retryAfter` (seconds).
public struct RPCError: Error, Sendable, Equatable, CustomStringConvertible {
    public var code: RPCErrorCode
    public var message: String
    public var data: JSONObject

    /// - Parameters:
    ///   - kind: the stable `data.kind`; defaults to the code's own kind.
    ///   - extra: further `data` members; a `kind` among them is ignored.
    public init(code: RPCErrorCode, message: String, kind: String? = nil, extra: JSONObject = JSONObject()) {
        self.code = code
        self.message = message
        var data = JSONObject()
        data.appendUnique("kind", .string(kind ?? code.defaultKind))
        for (k, v) in extra where k != "kind" { data.appendUnique(k, v) }
        self.data = data
    }

    /// Decodes an `error` object; a missing or malformed `data.kind` becomes the code's default.
    public init?(json: JSON) {
        guard let code = json["code"]?.intValue, let message = json["message"]?.stringValue else { return nil }
        let data = json["data"]?.objectValue ?? JSONObject()
        let kind = data["kind"]?.stringValue
        var extra = data
        extra["kind"] = nil
        self.init(code: RPCErrorCode(code), message: message, kind: kind, extra: extra)
    }

    public var kind: String { data["kind"]?.stringValue ?? code.defaultKind }

    /// Seconds to wait before retrying, when the daemon said so.
    public var retryAfter: Double? { data["retryAfter"]?.doubleValue }

    public var json: JSON {
        ["code": .int(Int64(code.rawValue)), "message": .string(message), "data": .object(data)]
    }

    public var description: String { "\(message) (\(kind), code \(code.rawValue))" }

    public static func methodNotFound(_ method: String) -> RPCError {
        RPCError(code: .methodNotFound, message: "unknown method \"\(method)\"")
    }

    public static func cancelled() -> RPCError {
        RPCError(code: .requestCancelled, message: "request cancelled")
    }

    public static func shuttingDown() -> RPCError {
        RPCError(code: .shuttingDown, message: "the daemon is shutting down and takes no new requests")
    }
}
