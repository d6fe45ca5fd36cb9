import DoppelJSON

/// A request: it has an id and gets exactly one response.
public struct RPCRequest: Sendable, Equatable {
    public var id: RPCID
    public var method: String
    /// An object, an array, or nil when absent.
    public var params: JSON?

    public init(id: RPCID, method: String, params: JSON? = nil) {
        self.id = id
        self.method = method
        self.params = params
    }
}

/// A notification: no id, no response.
public struct RPCNotification: Sendable, Equatable {
    public var method: String
    public var params: JSON?

    public init(method: String, params: JSON? = nil) {
        self.method = method
        self.params = params
    }
}

/// A response: the request's id with either a result or an error.
public struct RPCResponse: Sendable, Equatable {
    public var id: RPCID
    public var outcome: Result<JSON, RPCError>
    /// Beside `result`: what a method whose result has a fixed (hosted) shape
    /// did not do as asked — e.g. items the built-in engine wrote because the
    /// model failed. Sent only when not empty.
    public var warnings: [String]

    public init(id: RPCID, outcome: Result<JSON, RPCError>, warnings: [String] = []) {
        self.id = id
        self.outcome = outcome
        self.warnings = warnings
    }

    public init(id: RPCID, result: JSON) { self.init(id: id, outcome: .success(result)) }
    public init(id: RPCID, error: RPCError) { self.init(id: id, outcome: .failure(error)) }
}

/// Any JSON-RPC 2.0 message.
public enum RPCMessage: Sendable, Equatable {
    case request(RPCRequest)
    case notification(RPCNotification)
    case response(RPCResponse)
}

/// A JSON value that is not a valid JSON-RPC message, with the id to answer
/// it under when one could be read.
public struct RPCDecodeError: Error, Sendable, Equatable {
    public var id: RPCID
    /// −32700 for bytes that are not JSON, −32600 for JSON that is not a message.
    public var error: RPCError

    public init(id: RPCID, message: String, code: RPCErrorCode = .invalidRequest) {
        self.id = id
        self.error = RPCError(code: code, message: message)
    }

    /// The response that answers the bad message.
    public var response: RPCResponse { RPCResponse(id: id, error: error) }
}

extension RPCMessage {
    /// Decodes the bytes of one frame: −32700 if they are not JSON, −32600 if
    /// the JSON is not a JSON-RPC message.
    public static func decode(bytes: UnsafeBufferPointer<UInt8>) -> Result<RPCMessage, RPCDecodeError> {
        let json: JSON
        do {
            json = try JSONParser.parse(buffer: bytes)
        } catch {
            let message = (error as? JSONParseError)?.description ?? "invalid JSON"
            return .failure(RPCDecodeError(id: .null, message: "parse error: \(message)", code: .parseError))
        }
        return decode(json)
    }

    /// Decodes a parsed JSON value. `jsonrpc` may be absent; if present it must be "2.0".
    public static func decode(_ json: JSON) -> Result<RPCMessage, RPCDecodeError> {
        guard case let .object(o) = json else {
            let what = json.arrayValue != nil ? "batches (arrays) are not supported" : "expected an object, got \(json.typeName)"
            return .failure(RPCDecodeError(id: .null, message: "invalid request: \(what)"))
        }
        var id: RPCID?
        if let rawID = o["id"] {
            guard let parsed = RPCID(json: rawID) else {
                return .failure(RPCDecodeError(
                    id: .null, message: "invalid request: \"id\" must be an integer or a string, got \(rawID.typeName)"))
            }
            id = parsed
        }
        if let version = o["jsonrpc"], version != .string("2.0") {
            return .failure(RPCDecodeError(
                id: id ?? .null, message: "invalid request: \"jsonrpc\" must be \"2.0\", got \(version.serialized())"))
        }
        if let method = o["method"] {
            guard let name = method.stringValue else {
                return .failure(RPCDecodeError(
                    id: id ?? .null, message: "invalid request: \"method\" must be a string, got \(method.typeName)"))
            }
            let params = o["params"]
            if let params, params.objectValue == nil, params.arrayValue == nil {
                return .failure(RPCDecodeError(
                    id: id ?? .null,
                    message: "invalid request: \"params\" must be an object or an array, got \(params.typeName)"))
            }
            if let id { return .success(.request(RPCRequest(id: id, method: name, params: params))) }
            return .success(.notification(RPCNotification(method: name, params: params)))
        }
        if let result = o["result"] {
            let warnings = o["warnings"]?.arrayValue?.compactMap(\.stringValue) ?? []
            return .success(.response(RPCResponse(id: id ?? .null, outcome: .success(result), warnings: warnings)))
        }
        if let rawError = o["error"] {
            guard let error = RPCError(json: rawError) else {
                return .failure(RPCDecodeError(id: id ?? .null, message: "invalid response: malformed \"error\""))
            }
            return .success(.response(RPCResponse(id: id ?? .null, error: error)))
        }
        return .failure(RPCDecodeError(id: id ?? .null, message: "invalid request: missing \"method\""))
    }
}
