import Foundation
import Testing
@testable import DoppelText
@testable import DoppelEngine

/// An incident's description says what happened, in its setting and as serious as its severity: an
/// injury on a site, an adverse event in a trial, an outage of a service (told around its own title,
/// resolved within hours). Drawn tables and severities.
@Suite struct IncidentAccountTests {
    static func accounts(_ family: IncidentAccounts.Family, _ grade: IncidentAccounts.Grade) -> Set<String> {
        var seen: Set<String> = []
        var r = CellRandom(state: 1)
        let severity = grade == .minor ? "low" : grade == .moderate ? "moderate" : "critical"
        for _ in 0..<400 { seen.insert(IncidentAccounts.write(family, severity: severity, &r)) }
        return seen
    }

    @Test func anAccountFitsItsSettingAndSeverity() throws {
        var g = PlannerFuzzTests.SplitMix(state: 5)
        let cases: [(IncidentAccounts.Family, [String], String, [String])] = [
            (.workplace, ["sites", "workers", "warehouses"], "incidents", ["low", "medium", "high", "critical"]),
            (.workplace, ["employees", "shifts"], "injuries", ["minor", "moderate", "major"]),
            (.clinical, ["trials", "participants"], "adverse_events", ["mild", "moderate", "severe"]),
            (.clinical, ["patients"], "side_effects", ["mild", "moderate", "severe"]),
        ]
        for (family, others, table, levels) in cases {
            let other = others[Int(g.next() % UInt64(others.count))]
            let plan = try TestSupport.plan(#"""
                {"name": "x", "seed": 3, "entities": [
                  {"name": "\#(other)", "rows": 5, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true}]},
                  {"name": "\#(table)", "rows": 120, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                    {"name": "\#(other)_id", "type": "integer", "references": "\#(other).id"},
                    {"name": "severity", "type": "string", "kind": "enum", "values": [\#(levels.map { "\"\($0)\"" }.joined(separator: ","))]},
                    {"name": "description", "type": "text", "kind": "text.description"}]}]}
                """#)
            for row in TestSupport.table(plan, table) {
                let grade = try #require(IncidentAccounts.grade(row[2]))
                #expect(Self.accounts(family, grade).contains(row[3] ?? ""), "\(table) \(row[2] ?? ""): \(row[3] ?? "")")
            }
        }
    }

    @Test func aServicesOutageIsToldAroundItsTitleAndLastsHours() throws {
        let plan = try TestSupport.plan(#"""
            {"name": "status_page", "seed": 8, "entities": [
              {"name": "services", "rows": 5, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "name", "type": "string", "kind": "text.title"}]},
              {"name": "incidents", "rows": 150, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "service_id", "type": "integer", "references": "services.id"},
                {"name": "title", "type": "string", "kind": "text.title"},
                {"name": "severity", "type": "string", "kind": "enum", "values": ["low", "medium", "high"]},
                {"name": "started_at", "type": "datetime", "kind": "datetime.past"},
                {"name": "resolved_at", "type": "datetime", "kind": "datetime.past"},
                {"name": "description", "type": "text", "kind": "text.description"}]}]}
            """#)
        let f = ISO8601DateFormatter()
        for row in TestSupport.table(plan, "incidents") {
            let title = row[2] ?? "", text = row[6] ?? ""
            #expect(!RowTitleWriter.problems.contains(title), "\(title)")
            #expect(text.hasPrefix(title + " for "), "\(title) / \(text)")
            #expect(IncidentAccounts.causesAndFixes.contains { text.contains($0.0) && text.hasSuffix($0.1) }, "\(text)")
            if let s = row[4].flatMap(f.date(from:)), let e = row[5].flatMap(f.date(from:)) {
                #expect(e > s && e.timeIntervalSince(s) <= 3 * 3600 + 1, "\(row[4] ?? "") → \(row[5] ?? "")")
            }
        }
    }
}
