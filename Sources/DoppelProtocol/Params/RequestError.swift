import DoppelJSON

/// A request the core cannot serve as asked, with the data a client needs to fix it.
///
/// The server turns it into a JSON-RPC error: `code` (−32602 for bad params,
/// 1000–1999 for application errors), `message`, and `data` — which always
/// carries the stable string `kind` and may carry `issues`, `suggestions`,
/// `details` (field → message) or `retryAfter`, plus members that hosted
/// contracts Doppel reproduces require (`success`, `error`, `code`, …).
public struct RequestError: Error, Sendable, Equatable, CustomStringConvertible {
    public static let invalidParamsCode = -32602

    public var code: Int
    public var kind: String
    public var message: String
    /// Extra members of `error.data`; `kind` is added by `data`.
    public var extra: JSONObject

    public init(code: Int = RequestError.invalidParamsCode, kind: String, message: String, extra: JSONObject = JSONObject()) {
        self.code = code
        self.kind = kind
        self.message = message
        self.extra = extra
    }

    /// Invalid parameters, naming every problem (`issues`) and how to fix them (`suggestions`).
    public static func invalidParams(_ message: String, issues: [String] = [], suggestions: [String] = [],
                                     details: [(String, String)] = [], kind: String = "INVALID_PARAMS") -> RequestError {
        var extra = JSONObject()
        if !issues.isEmpty { extra["issues"] = .array(issues.map(JSON.string)) }
        if !suggestions.isEmpty { extra["suggestions"] = .array(suggestions.map(JSON.string)) }
        if !details.isEmpty { extra["details"] = .object(JSONObject(details.map { ($0.0, JSON.string($0.1)) })) }
        return RequestError(kind: kind, message: message, extra: extra)
    }

    /// The full `error.data` object: `kind` first, then the extra members.
    public var data: JSON {
        var o = JSONObject()
        o.appendUnique("kind", .string(kind))
        for (k, v) in extra where k != "kind" { o.appendUnique(k, v) }
        return .object(o)
    }

    public var description: String { message }
}
