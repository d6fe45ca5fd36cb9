import DoppelJSON
import DoppelProtocol
import DoppelText
import DoppelEngine

extension DaemonMethod {
    /// `initialize` {client: {name, version}, protocol} → the daemon's protocol,
    /// identity, methods and limits. A different protocol major is refused (1000).
    public static let initialize = DaemonMethod(
        "initialize", summary: "Exchange versions; learn the daemon's build and methods", inline: { request in
            let params = request.params
            try params.rejectUnknown(allowed: ["client", "protocol"])
            if let client = try params.optionalObject("client") {
                let inner = Params(.object(client))
                _ = try inner.optionalString("name")
                _ = try inner.optionalString("version")
            }
            if let text = try params.optionalString("protocol") {
                guard let version = ProtocolVersion(text) else {
                    throw params.invalid("protocol", "a version such as \"1.0\"", .string(text))
                }
                let current = ProtocolVersion.current
                if version.major != current.major {
                    throw RPCError(
                        code: .versionMismatch,
                        message: "protocol \(text) is not supported: this daemon speaks \(current)"
                            + " (upgrade the older side, then run `doppel daemon restart`)",
                        extra: JSONObject([("serverProtocol", .string(current.description)), ("clientProtocol", .string(text))]))
                }
            }
            let services = request.services
            let identity = services.identity
            return InitializeResult(
                protocolVersion: ProtocolVersion.current.description, serverVersion: identity.version,
                build: identity.build, pid: identity.pid, startedAt: Timestamp.iso8601(identity.startedAt),
                methods: services.methodNames, maxFrameBytes: services.configuration.maxFrameBytes
            ).json
        })
}
