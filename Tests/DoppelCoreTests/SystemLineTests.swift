import Foundation
import Testing
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner
import DoppelTestSupport

/// A log line's or alert's message is a line its system wrote at the row's level: an
/// ERROR row says what failed, a WARN row what is near a limit. Over drawn entities,
/// level columns, level values and message columns.
@Suite struct SystemLineTests {
    /// Whether `line` is one of `severity`'s templates with its slots filled.
    static func matches(_ line: String, _ severity: SystemLineWriter.Severity) -> Bool {
        (SystemLineWriter.lines[severity] ?? []).contains { template in
            let marked = template.replacingOccurrences(of: #"\{[a-z]+\}"#, with: "\u{1}", options: .regularExpression)
            let pattern = "^" + NSRegularExpression.escapedPattern(for: marked).replacingOccurrences(of: "\u{1}", with: ".+") + "$"
            return line.range(of: pattern, options: .regularExpression) != nil
        }
    }

    @Test(arguments: [UInt64(111), 112, 113, 114])
    func aLogLineFollowsItsLevel(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for _ in 0..<4 {
            let entity = rng.pick(["logs", "error_logs", "app_logs", "alerts", "system_alerts", "traces", "audit_logs"])
            let levelColumn = rng.pick(["level", "severity", "log_level", "priority"])
            let values = rng.pick([["INFO", "WARN", "ERROR", "DEBUG"], ["low", "medium", "high", "critical"], ["info", "warning", "error"]])
            let message = rng.pick(["message", "msg", "details", "description", "error_message"])
            let text = """
            {"seed": \(rng.int(1...9_999)), "entities": [{"name": "\(entity)", "rows": 300, "fields": [
              {"name": "id", "primary_key": true}, {"name": "\(levelColumn)", "values": [\(values.map { "\"\($0)\"" }.joined(separator: ", "))]},
              {"name": "\(message)", "type": "text"}, {"name": "logged_at", "type": "datetime"}]}]}
            """
            let plan = try TestSupport.plan(text)
            for row in TestSupport.table(plan, entity) {
                let level = try #require(row[1]), line = try #require(row[2])
                let severity = try #require(SystemLineWriter.severity(level), "\(level)")
                #expect(Self.matches(line, severity), "\(entity) \(level): \(line)")
            }
        }
    }

    @Test func aPlannedLogHasLogLevels() {
        for prompt in ["Application monitoring with services and error logs (level, message, timestamp)",
                       "A web app with users and app logs (level, message)",
                       "A hosting company with servers and server logs", "An online shop with products and error logs"] {
            let schema = Planner().plan(prompt).schema
            let level = schema.entities.first { $0.name.hasSuffix("logs") }?.fields.first { $0.name == "level" }
            #expect(level?.values?.compactMap(\.stringValue) == ["INFO", "WARN", "ERROR", "DEBUG"], "\(prompt)")
        }
    }
}
