import DoppelJSON

/// A JSON-RPC request id: an integer or a string, echoed back in the response.
///
/// `.null` appears only in error responses to messages whose id could not be read.
public enum RPCID: Hashable, Sendable, CustomStringConvertible {
    case int(Int64)
    case string(String)
    case null

    /// The id held in a JSON value, or nil if the value cannot be an id.
    public init?(json: JSON) {
        switch json {
        case let .int(i): self = .int(i)
        case let .string(s): self = .string(s)
        case let .double(d):
            guard let i = Int64(exactly: d) else { return nil }
            self = .int(i)
        default: return nil
        }
    }

    public var json: JSON {
        switch self {
        case let .int(i): return .int(i)
        case let .string(s): return .string(s)
        case .null: return .null
        }
    }

    public var description: String { json.serialized() }
}
