import Testing
import DoppelTestSupport
@testable import DoppelEngine
@testable import DoppelPlanner

/// A florist's orders were for "Occasion B" with a Christmas card in August signed by the recipient; a print shop's
/// proofs were approved before they were sent, at "Revision F"; an escape room booked 789 players into a room for
/// four. Drawn wordings and seeds.
@Suite struct FloristPrintAndEscapeTests {
    @Test(arguments: [UInt64(1), 2, 3])
    func aCardSaysWhatTheGiftIsFor(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let message = rng.pick(["card_message", "gift_message", "message"])
        let prompt = "\(rng.pick(["A florist", "A flower delivery shop", "A gift shop"])) with orders (recipient_name, delivery_address, occasion, "
            + "\(message), delivery_date)"
        let schema = Planner().plan(prompt).schema
        let plan = try schema.resolve(ResolveOptions(seed: seed, rows: 80)).get()
        let e = try #require(plan.entity(named: "orders"))
        let oc = try #require(e.column(named: "occasion")), mc = try #require(e.column(named: message)), rc = try #require(e.column(named: "recipient_name"))
        for row in TestSupport.table(plan, "orders") {
            let occasion = row[oc] ?? "", text = row[mc] ?? ""
            #expect(!occasion.hasPrefix("Occasion "), "\(prompt): \(occasion)")
            let words = Set(occasion.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" }).map(String.init))
            if let lines = MessageWriter.giftLinesByOccasion.first(where: { !$0.words.isDisjoint(with: words) })?.lines {
                #expect(lines.contains { text.lowercased().contains($0.lowercased()) }, "\(prompt): a \(occasion) card: \(text)")
            }
            let recipient = (row[rc] ?? "").split(separator: " ").first.map(String.init) ?? "?"
            #expect(!text.hasSuffix("- \(recipient)"), "\(prompt): signed by its recipient: \(text)")
        }
    }

    @Test func proofsAreApprovedAfterTheyAreSentAndCountRevisions() throws {
        let schema = Planner().plan("A print shop with print_orders (product, quantity, ordered_at) and proofs (order_id, sent_at, approved_at, revision)").schema
        #expect(schema.entity(named: "proofs")?.field(named: "revision")?.type == .integer)
        let plan = try schema.resolve(ResolveOptions(seed: 4, rows: 100)).get()
        let e = try #require(plan.entity(named: "proofs"))
        let s = try #require(e.column(named: "sent_at")), a = try #require(e.column(named: "approved_at"))
        for row in TestSupport.table(plan, "proofs") {
            guard let sent = row[s], let approved = row[a] else { continue }
            #expect(approved >= sent, "approved \(approved) before sent \(sent)")
        }
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func aGroupFitsItsRoom(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        let players = rng.pick(["players", "num_players", "group_size"])
        let prompt = "An escape room business with rooms (name, theme, max_players), bookings (room_id, group_name, \(players), booked_for)"
        let schema = Planner().plan(prompt).schema
        let plan = try schema.resolve(ResolveOptions(seed: seed, rows: 60)).get()
        var maxOf: [String: Int] = [:]
        for row in TestSupport.table(plan, "rooms") { maxOf[row[0] ?? ""] = Int(row[3] ?? "") }
        let e = try #require(plan.entity(named: "bookings"))
        let rc = try #require(e.column(named: "room_id")), pc = try #require(e.column(named: players))
        for row in TestSupport.table(plan, "bookings") {
            guard let most = maxOf[row[rc] ?? ""], let n = row[pc].flatMap(Int.init) else { continue }
            #expect(n >= 1 && n <= most, "\(prompt): \(n) players in a room for \(most)")
        }
    }
}

/// A message is read after it arrived, not only after it was sent (read 14:51, received 16:38 before).
@Suite struct MessageArrivalTests {
    @Test(arguments: ["received_at", "delivered_at"])
    func aMessageIsReadAfterItArrives(arrived: String) throws {
        let json = """
        {"name": "m", "seed": 3, "entities": [{"name": "messages", "rows": 200, "fields": [
          {"name": "id", "type": "integer", "kind": "id.sequence", "primary_key": true},
          {"name": "sent_at", "type": "datetime", "kind": "datetime.past"},
          {"name": "\(arrived)", "type": "datetime", "kind": "datetime.past"},
          {"name": "read_at", "type": "datetime", "kind": "datetime.past"}]}]}
        """
        for row in TestSupport.table(try TestSupport.plan(json), "messages") {
            guard let sent = row[1], let got = row[2], let read = row[3] else { continue }
            #expect(sent <= got && got <= read, "sent \(sent), \(arrived) \(got), read \(read)")
        }
    }
}
