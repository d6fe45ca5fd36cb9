import Testing
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// A stranger's IT help desk had tickets about parcels and duplicate charges, comments that were more complaints
/// ("The box for #99000 was crushed"), thermostats for devices and `billing` as a category. Drawn names, channels and
/// seeds.
@Suite struct ITDeskTests {
    static func schema(seed: UInt64, _ rng: inout FuzzRandom) -> (String, String, String) {
        let dataset = rng.pick(["helpdesk", "it_helpdesk", "it_support", "service_desk", "itsm"])
        let tickets = rng.pick(["tickets", "support_tickets", "it_tickets"])
        let comments = rng.pick(["ticket_comments", "ticket_notes", "ticket_replies", "ticket_updates"])
        let json = """
        {"name": "\(dataset)", "seed": \(seed), "entities": [
          {"name": "employees", "rows": 30, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "first_name", "kind": "person.first_name"}, {"name": "last_name", "kind": "person.last_name"}]},
          {"name": "\(tickets)", "rows": 200, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "requester_id", "references": "employees.id"}, {"name": "subject", "kind": "text.title"},
            {"name": "description", "type": "text", "kind": "text.description"},
            {"name": "category", "kind": "enum", "values": \(rng.pick([#"["hardware", "software", "network", "access", "email", "printing", "security"]"#, #"["billing", "technical", "account", "feature_request", "bug"]"#]))},
            {"name": "channel", "kind": "enum", "values": ["email", "chat", "phone", "web"]}]},
          {"name": "\(comments)", "rows": 400, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "ticket_id", "references": "\(tickets).id"}, {"name": "body", "type": "text", "kind": "text.comment"}]}]}
        """
        return (json, tickets, comments)
    }

    @Test(arguments: 1...6) func anITDeskTicketIsAColleaguesProblem(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let (json, tickets, comments) = Self.schema(seed: seed, &rng)
        let plan = try TestSupport.plan(json)
        let names = Dictionary(uniqueKeysWithValues: TestSupport.table(plan, "employees").map { ($0[0] ?? "", $0[1] ?? "") })
        var subjects: [String: String] = [:]
        let allSubjects = Set(ITDesk.problems.flatMap(\.subjects))
        for row in TestSupport.table(plan, tickets) {
            let subject = try #require(row[2]), body = try #require(row[3]), category = try #require(row[4])
            subjects[row[0] ?? ""] = subject
            let problem = try #require(ITDesk.problems.first { $0.subjects.contains(subject) }, "seed \(seed): \(subject)")
            #expect(body.contains(problem.body.dropFirst().prefix(30)), "seed \(seed): \(subject) / \(body)")
            if row[5] == "email" { #expect(body.hasPrefix("Hi IT,") && body.hasSuffix(names[row[1] ?? ""] ?? "?"), "seed \(seed): \(body)") }
            #expect(category == ITDesk.category(ofSubject: subject, among: ["hardware", "software", "network", "access", "email", "printing", "security"])
                        || category == ITDesk.category(ofSubject: subject, among: ["billing", "technical", "account", "feature_request", "bug"]),
                    "seed \(seed): \(subject) in \(category)")
            #expect(category != "billing", "seed \(seed): \(subject)")
            #expect(allSubjects.contains(subject))
        }
        for row in TestSupport.table(plan, comments) {
            let body = try #require(row[2]), subject = try #require(subjects[row[1] ?? ""])
            let problem = try #require(ITDesk.problems.first { $0.subjects.contains(subject) })
            #expect(body == problem.question || problem.fixes.contains(body) || ITDesk.followUps.contains(body),
                    "seed \(seed): \(body) under \(subject)")
        }
    }

    @Test(arguments: 1...4) func aCustomerDesksTicketsAndCommentsAreNotAnITDesks(seed: UInt64) throws {
        // A help desk whose tickets come from customers is a shop's or a product's support, and a comment under a
        // ticket is a note on the work, not another ticket.
        let json = """
        {"name": "\(["helpdesk", "support", "shop_support", "service_desk"][Int(seed) % 4])", "seed": \(seed), "entities": [
          {"name": "customers", "rows": 30, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "first_name", "kind": "person.first_name"}]},
          {"name": "tickets", "rows": 50, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "customer_id", "references": "customers.id"}, {"name": "subject", "kind": "text.title"},
            {"name": "body", "type": "text", "kind": "text.description"}]},
          {"name": "ticket_comments", "rows": 200, "fields": [{"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
            {"name": "ticket_id", "references": "tickets.id"}, {"name": "body", "type": "text", "kind": "text.comment"}]}]}
        """
        let plan = try TestSupport.plan(json)
        let itSubjects = Set(ITDesk.problems.flatMap(\.subjects))
        #expect(TestSupport.table(plan, "tickets").allSatisfy { !itSubjects.contains($0[2] ?? "") }, "seed \(seed)")
        for row in TestSupport.table(plan, "ticket_comments") {
            #expect(RowPhrases.workComments.contains(row[2] ?? ""), "seed \(seed): \(row)")
        }
    }

    @Test func aHelpDesksDevicesAreOfficeHardware() throws {
        let schema = Planner().plan("An IT helpdesk with employees, devices, tickets and ticket comments").schema
        let devices = try #require(schema.entities.first { $0.name == "devices" })
        let models = devices.field(named: "model")?.values?.compactMap(\.stringValue) ?? []
        #expect(models.contains("ThinkPad T14") && !models.contains("Nest Learning Thermostat"), "\(models.prefix(5))")
        let tickets = try #require(schema.entities.first { $0.name == "tickets" })
        #expect(tickets.field(named: "category")?.values?.contains { $0.stringValue == "hardware" } == true)
    }
}
