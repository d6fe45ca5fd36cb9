import DoppelJSON

/// `initialize` params: who the client is and which protocol it speaks.
public struct InitializeParams: Sendable, Equatable {
    public var clientName: String
    public var clientVersion: String
    public var protocolVersion: String

    public init(clientName: String, clientVersion: String, protocolVersion: String = ProtocolVersion.current.description) {
        self.clientName = clientName
        self.clientVersion = clientVersion
        self.protocolVersion = protocolVersion
    }

    public var json: JSON {
        ["client": ["name": .string(clientName), "version": .string(clientVersion)],
         "protocol": .string(protocolVersion)]
    }
}

/// `initialize` result: the daemon's protocol, identity and methods.
public struct InitializeResult: Sendable, Equatable {
    public var protocolVersion: String
    public var serverVersion: String
    /// Identifies the daemon's executable; a client compares it with the
    /// `doppeld` it would start to detect a stale daemon.
    public var build: String
    public var pid: Int
    /// ISO 8601 UTC.
    public var startedAt: String
    public var methods: [String]
    public var maxFrameBytes: Int

    public init(protocolVersion: String, serverVersion: String, build: String, pid: Int, startedAt: String,
                methods: [String], maxFrameBytes: Int) {
        self.protocolVersion = protocolVersion
        self.serverVersion = serverVersion
        self.build = build
        self.pid = pid
        self.startedAt = startedAt
        self.methods = methods
        self.maxFrameBytes = maxFrameBytes
    }

    public var json: JSON {
        ["protocol": .string(protocolVersion),
         "server": ["name": "doppeld", "version": .string(serverVersion), "build": .string(build),
                    "pid": .int(pid), "startedAt": .string(startedAt)],
         "methods": .array(methods.map(JSON.string)),
         "limits": ["maxFrameBytes": .int(maxFrameBytes)]]
    }

    public init?(json: JSON) {
        guard let proto = json["protocol"]?.stringValue, let server = json["server"],
              let version = server["version"]?.stringValue, let build = server["build"]?.stringValue,
              let pid = server["pid"]?.intValue, let startedAt = server["startedAt"]?.stringValue
        else { return nil }
        self.init(protocolVersion: proto, serverVersion: version, build: build, pid: pid, startedAt: startedAt,
                  methods: json["methods"]?.arrayValue?.compactMap(\.stringValue) ?? [],
                  maxFrameBytes: json["limits"]?["maxFrameBytes"]?.intValue ?? FrameDecoder.defaultMaxFrameBytes)
    }
}
