/// The parts of an `http://` or `https://` URL the HTTP clients need.
struct EndpointURL: Equatable {
    var isSecure: Bool
    var host: String
    var port: Int
    /// The path and query, at least `/`.
    var target: String

    /// Parses `text`; nil when it is not an absolute http(s) URL with a host.
    init?(_ text: String) {
        let lower = text.lowercased()
        let rest: Substring
        if lower.hasPrefix("http://") {
            isSecure = false
            rest = text.dropFirst(7)
        } else if lower.hasPrefix("https://") {
            isSecure = true
            rest = text.dropFirst(8)
        } else {
            return nil
        }
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let path = rest.dropFirst(authority.count).prefix { $0 != "#" }
        target = path.isEmpty ? "/" : (path.hasPrefix("/") ? String(path) : "/" + path)
        var hostPart = authority.split(separator: "@").last.map(String.init) ?? ""
        var explicitPort: Int?
        if let close = hostPart.lastIndex(of: "]") {
            let after = hostPart[hostPart.index(after: close)...]
            if after.hasPrefix(":") { explicitPort = Int(after.dropFirst()) ; guard explicitPort != nil else { return nil } }
            hostPart = String(hostPart[...close])
        } else if let colon = hostPart.lastIndex(of: ":") {
            guard let p = Int(hostPart[hostPart.index(after: colon)...]) else { return nil }
            explicitPort = p
            hostPart = String(hostPart[..<colon])
        }
        guard !hostPart.isEmpty else { return nil }
        host = hostPart
        port = explicitPort ?? (isSecure ? 443 : 80)
        guard (1...65535).contains(port) else { return nil }
    }

    /// `Host` header value.
    var hostHeader: String { (port == (isSecure ? 443 : 80)) ? host : "\(host):\(port)" }

    /// True for `localhost`, `127.0.0.0/8` and `::1`: a server on this machine.
    var isLoopback: Bool {
        let h = host.lowercased()
        return h == "localhost" || h.hasSuffix(".localhost") || h.hasPrefix("127.") || h == "[::1]" || h == "::1"
    }
}
