import Foundation
import Testing
@testable import DoppelEngine

/// A User-Agent header names one release consistently, as a browser sends it.
@Suite struct UserAgentTests {
    static func agents(seed: UInt64, rows: Int) throws -> [String] {
        let plan = try TestSupport.plan("""
        {"name": "web", "seed": \(seed), "entities": [{"name": "sessions", "rows": \(rows), "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "user_agent", "type": "string", "kind": "internet.user_agent"}]}]}
        """)
        return TestSupport.table(plan, "sessions").compactMap { $0[1] }
    }

    static func number(after marker: String, in s: String) -> String? {
        guard let r = s.range(of: marker) else { return nil }
        return String(s[r.upperBound...].prefix { $0.isNumber || $0 == "." || $0 == "_" })
    }

    @Test(arguments: [UInt64(1), 7, 42, 2026])
    func eachHeaderNamesOneRelease(seed: UInt64) throws {
        let agents = try Self.agents(seed: seed, rows: 400)
        #expect(agents.count == 400)
        var families: Set<String> = []
        for a in agents {
            #expect(a.hasPrefix("Mozilla/5.0 ("), "\(a)")
            if let firefox = Self.number(after: "Firefox/", in: a) {
                families.insert("firefox")
                // Gecko reports its version twice: `rv:131.0` and `Firefox/131.0`.
                #expect(Self.number(after: "rv:", in: a) == firefox, "\(a)")
                #expect((115...146).contains(Int(firefox.split(separator: ".")[0]) ?? 0), "\(a)")
            } else if let chrome = Self.number(after: "Chrome/", in: a) {
                families.insert(a.contains("Edg/") ? "edge" : "chrome")
                #expect(chrome.hasSuffix(".0.0.0") && (118...143).contains(Int(chrome.split(separator: ".")[0]) ?? 0), "\(a)")
                if let edge = Self.number(after: "Edg/", in: a) { #expect(edge == chrome, "\(a)") }
            } else if let version = Self.number(after: "Version/", in: a) {
                families.insert("safari")
                // An iPhone's or iPad's Safari is its iOS: `OS 17_4` with `Version/17.4`.
                if let os = Self.number(after: "iPhone OS ", in: a) ?? Self.number(after: "CPU OS ", in: a) {
                    #expect(os.replacingOccurrences(of: "_", with: ".") == version, "\(a)")
                }
                #expect((16...18).contains(Int(version.split(separator: ".")[0]) ?? 0), "\(a)")
            } else {
                Issue.record("no browser named: \(a)")
            }
        }
        #expect(families == ["firefox", "chrome", "edge", "safari"], "\(families)")
    }
}
