import DoppelJSON

/// One JSON-RPC method the daemon serves.
///
/// A method lives in its own file as a static member, e.g.
/// `extension DaemonMethod { static let ping = DaemonMethod("ping", …) }`,
/// and is switched on by one line in `DaemonMethod.standard(_:)`.
public struct DaemonMethod: Sendable {
    public enum Handler: Sendable {
        /// Runs on the connection's reader thread, before the next frame is
        /// read: only for methods that answer in microseconds and never block.
        case inline(@Sendable (RequestContext) throws -> JSON)
        /// Runs as its own task, so the connection keeps reading; CPU-heavy
        /// parts go through `request.compute { … }`.
        case task(@Sendable (RequestContext) async throws -> JSON)
    }

    public let name: String
    /// One line for docs and `initialize`.
    public let summary: String
    public let handler: Handler

    /// A cheap method answered on the reader thread.
    public init(_ name: String, summary: String, inline: @escaping @Sendable (RequestContext) throws -> JSON) {
        self.name = name
        self.summary = summary
        self.handler = .inline(inline)
    }

    /// A method that may take time; it runs as a task and can be cancelled.
    public init(_ name: String, summary: String, run: @escaping @Sendable (RequestContext) async throws -> JSON) {
        self.name = name
        self.summary = summary
        self.handler = .task(run)
    }
}

/// The methods a daemon serves, by name; fixed once the daemon starts.
public struct MethodRegistry: Sendable {
    private var byName: [String: DaemonMethod] = [:]
    public private(set) var names: [String] = []

    public init(_ methods: [DaemonMethod] = []) {
        for m in methods { register(m) }
    }

    /// Adds a method; a later registration of the same name replaces the earlier one.
    public mutating func register(_ method: DaemonMethod) {
        if byName[method.name] == nil { names.append(method.name) }
        byName[method.name] = method
    }

    public func method(named name: String) -> DaemonMethod? { byName[name] }
}
