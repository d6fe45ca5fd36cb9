import Testing
import DoppelTestSupport
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// A ticket table's subject and body are one ticket written for its row: in the form of the
/// row's channel, signed by the customer the row references. Schemas are drawn from a seeded
/// generator; a failure prints the seed.
@Suite struct TicketRowTextTests {
    @Test func ticketBodiesFollowTheirChannelAndCustomer() throws {
        for seed in UInt64(1)...8 {
            var rng = FuzzRandom(seed: seed)
            let entity = rng.pick(["tickets", "support_tickets", "helpdesk_tickets", "customer_inquiries"])
            let subject = rng.pick(["subject", "title", "summary"])
            let body = rng.pick(["body", "description", "message", "details"])
            let json = """
            {"name": "helpdesk", "seed": \(seed), "entities": [
              {"name": "customers", "rows": 30, "fields": [
                {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "first_name", "kind": "person.first_name"}]},
              {"name": "\(entity)", "rows": 300, "fields": [
                {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
                {"name": "customer_id", "references": "customers.id"},
                {"name": "\(subject)", "type": "string", "kind": "text.title"},
                {"name": "channel", "kind": "enum", "values": ["email", "live_chat", "phone", "web_form"]},
                {"name": "\(body)", "type": "text", "kind": "text.paragraph"}]}]}
            """
            let plan = try TestSupport.plan(json)
            let names = Dictionary(uniqueKeysWithValues: TestSupport.table(plan, "customers").map { ($0[0] ?? "", $0[1] ?? "") })
            var problems: [String] = []
            for row in TestSupport.table(plan, entity) {
                let title = row[2] ?? "", channel = row[3] ?? "", text = row[4] ?? ""
                let first = names[row[1] ?? ""] ?? "?"
                if title.isEmpty || text.isEmpty { problems.append("empty subject or body"); continue }
                switch channel {
                case "email":
                    if !text.hasSuffix("\n" + first) || !text.contains("\n\n") { problems.append("email not signed by \(first): \(text.debugDescription)") }
                case "live_chat":
                    if !["hi", "hey", "hello"].contains(where: { text.hasPrefix($0) }) { problems.append("chat: \(text.debugDescription)") }
                case "phone":
                    if !text.hasPrefix("Call from \(first).") { problems.append("phone not from \(first): \(text.debugDescription)") }
                default:
                    if !(text.last.map { ".?!".contains($0) } ?? false) { problems.append("web: \(text.debugDescription)") }
                }
                if text.contains("{") || title.contains("{") { problems.append("template left: \(text)") }
            }
            #expect(problems.isEmpty, "seed \(seed) \(entity): \(problems.count) rows, first \(problems.first ?? "")")
        }
    }

    /// A request is a ticket when it asks for support, a feature or a repair; a leave, purchase
    /// or expense request is a form, and its summary is not a customer's problem.
    @Test(arguments: [("request", true), ("service request", true), ("support ticket", true), ("feature request", true),
                      ("maintenance request", true), ("leave request", false), ("purchase request", false),
                      ("expense request", false), ("time off request", false)])
    func onlySupportRequestsAreTickets(_ c: (noun: String, ticket: Bool)) {
        #expect((RowTitleWriter.family(ofNoun: c.noun) == .ticket) == c.ticket, "\(c.noun)")
    }
}
