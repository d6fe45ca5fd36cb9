import Testing
import DoppelJSON
@testable import DoppelText

/// A ticket tells one case: its subject, problem and ask were written for the same one
/// ("charged twice" asks for the duplicate back), its flight and months are the same in
/// subject and body, and it never dates its own problem after the day it was written.
@Suite struct TicketCaseTests {
    static let categories = Set(ProductType.allCases.flatMap(\.ticketCategories)).sorted()

    /// The bank holds one ask per problem and at least one subject per problem.
    @Test(arguments: categories) func everyCaseHasItsSubjectsAndAsk(category: String) throws {
        let problems = try #require(TicketBank.shared["problem.\(category)"], "\(category)").count
        let asks = try #require(TicketBank.shared["ask.\(category)"], "\(category)").count
        let subjects = try #require(TicketBank.shared["subject.\(category)"], "\(category)").count
        #expect(asks == problems, "\(category): \(asks) asks for \(problems) problems")
        #expect(subjects >= problems, "\(category)")
        for p in 0..<problems { #expect((0..<subjects).contains { $0 * problems / subjects == p }, "\(category): problem \(p) has no subject") }
    }

    /// Drawn tickets of every product type: cases whose words show which one was drawn.
    @Test(arguments: ProductType.allCases) func subjectProblemAndAskTellOneCase(type: ProductType) throws {
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                      "November", "December"]
        for seed in 0..<6 {
            let tickets = try #require(TicketGenerator.generate(params: ["product": .string(type.rawValue), "count": 60,
                                                                         "seed": .int(Int64(seed))]).arrayValue)
            for t in tickets {
                let subject = t["subject"]?.stringValue ?? "", body = t["body"]?.stringValue ?? ""
                let category = t["category"]?.stringValue ?? ""
                let context = "\(type) seed \(seed) \(category): \(subject) / \(body)"
                switch category {
                case "billing":
                    // a social post is one public line, without its ask
                    if t["channel"]?.stringValue != "social" { #expect(body.contains(" twice ") == body.contains("duplicate"), "\(context)") }
                    #expect(subject.hasPrefix("Charged twice") || subject.hasPrefix("Unexpected charge") ? body.contains(" twice ") : !body.contains(" twice "), "\(context)")
                case "card_issue":
                    #expect(subject.contains("declined") == body.contains("declined"), "\(context)")
                case "baggage":
                    #expect(subject.contains("Damaged") == body.contains("broken handle"), "\(context)")
                default: break
                }
                // a flight number in the subject is the body's
                if let flight = subject.split(separator: " ").first(where: { $0.count >= 5 && $0.prefix(2).allSatisfy(\.isUppercase) && $0.dropFirst(2).allSatisfy(\.isNumber) }) {
                    #expect(body.contains(flight), "\(context)")
                }
                // "since" and "when" are relative: a calendar day could fall after the ticket's own date
                if ["technical_issue", "outage", "billing", "account_access"].contains(category) {
                    #expect(!months.contains(where: body.contains), "\(context)")
                }
            }
        }
    }
}
