import DoppelJSON

extension RPCMessage {
    /// This message as a JSON value, always with `"jsonrpc":"2.0"` first.
    public var json: JSON {
        var o = JSONObject()
        o.appendUnique("jsonrpc", "2.0")
        switch self {
        case let .request(r):
            o.appendUnique("id", r.id.json)
            o.appendUnique("method", .string(r.method))
            if let p = r.params { o.appendUnique("params", p) }
        case let .notification(n):
            o.appendUnique("method", .string(n.method))
            if let p = n.params { o.appendUnique("params", p) }
        case let .response(r):
            o.appendUnique("id", r.id.json)
            switch r.outcome {
            case let .success(result):
                o.appendUnique("result", result)
                if !r.warnings.isEmpty { o.appendUnique("warnings", .array(r.warnings.map(JSON.string))) }
            case let .failure(error): o.appendUnique("error", error.json)
            }
        }
        return .object(o)
    }

    /// Appends this message as one frame to `out`.
    public func appendFrame(to out: inout [UInt8]) {
        let start = FrameEncoder.beginFrame(in: &out)
        JSONWriter.write(json, into: &out)
        FrameEncoder.endFrame(in: &out, start: start)
    }

    /// This message as one frame.
    public var frame: [UInt8] {
        var out: [UInt8] = []
        appendFrame(to: &out)
        return out
    }
}

/// Writes response envelopes straight into a byte buffer, for the daemon's
/// hot path: no intermediate envelope object is built.
public enum RPCEnvelopeWriter {
    /// Appends a framed success response `{"jsonrpc":"2.0","id":…,"result":…}`.
    public static func appendResult(id: RPCID, result: JSON, warnings: [String] = [], to out: inout [UInt8]) {
        let start = FrameEncoder.beginFrame(in: &out)
        out.append(contentsOf: #"{"jsonrpc":"2.0","id":"#.utf8)
        JSONWriter.write(id.json, into: &out)
        out.append(contentsOf: #","result":"#.utf8)
        JSONWriter.write(result, into: &out)
        if !warnings.isEmpty {
            out.append(contentsOf: #","warnings":"#.utf8)
            JSONWriter.write(.array(warnings.map(JSON.string)), into: &out)
        }
        out.append(UInt8(ascii: "}"))
        FrameEncoder.endFrame(in: &out, start: start)
    }

    /// Appends a framed error response.
    public static func appendError(id: RPCID, error: RPCError, to out: inout [UInt8]) {
        let start = FrameEncoder.beginFrame(in: &out)
        out.append(contentsOf: #"{"jsonrpc":"2.0","id":"#.utf8)
        JSONWriter.write(id.json, into: &out)
        out.append(contentsOf: #","error":"#.utf8)
        JSONWriter.write(error.json, into: &out)
        out.append(UInt8(ascii: "}"))
        FrameEncoder.endFrame(in: &out, start: start)
    }

    /// Appends a framed response with either outcome.
    public static func append(_ response: RPCResponse, to out: inout [UInt8]) {
        switch response.outcome {
        case let .success(result): appendResult(id: response.id, result: result, warnings: response.warnings, to: &out)
        case let .failure(error): appendError(id: response.id, error: error, to: &out)
        }
    }

    /// Appends a framed notification `{"jsonrpc":"2.0","method":…,"params":…}`.
    public static func appendNotification(method: String, params: JSON, to out: inout [UInt8]) {
        let start = FrameEncoder.beginFrame(in: &out)
        out.append(contentsOf: #"{"jsonrpc":"2.0","method":"#.utf8)
        JSONWriter.writeString(method, into: &out)
        out.append(contentsOf: #","params":"#.utf8)
        JSONWriter.write(params, into: &out)
        out.append(UInt8(ascii: "}"))
        FrameEncoder.endFrame(in: &out, start: start)
    }
}
