import Testing
@testable import DoppelEngine
@testable import DoppelPlanner
@testable import DoppelText

/// A stranger's library prompt: a member's `card_number` was a Visa number. A member's card is the
/// membership's; a customer's card is still a payment card.
@Suite struct MemberCardTests {
    @Test(arguments: ["members", "patrons", "borrowers", "library_members"])
    func aMembersCardIsAMembershipCard(table: String) {
        let card = Planner().plan("City library: \(table) (name, card_number, joined_on) and loans (\(Inflector.singular(table))_id, loaned_on)").schema
            .entity(named: table)?.fields.first { $0.name == "card_number" }
        #expect(card?.kind == "id.pattern" && card?.pattern?.count == 14, "\(String(describing: card))")
        let payment = Planner().plan("Shop: customers (name, card_number, card_expiry)").schema
            .entity(named: "customers")?.fields.first { $0.name == "card_number" }
        #expect(payment?.kind == "finance.card_number")
    }
}
