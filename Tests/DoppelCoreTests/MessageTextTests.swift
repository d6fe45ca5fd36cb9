import Testing
@testable import DoppelText
@testable import DoppelEngine
import DoppelTestSupport

/// Messages and captions are written for their row: a donation's message is a note to its
/// cause signed by its donor, a chat message greets its recipient by name, a caption names
/// what its photo references; nothing is word salad.
@Suite struct MessageTextTests {
    enum Case: CaseIterable { case donation, gift, chat, request, caption }

    static func draw(_ c: Case, _ rng: inout FuzzRandom) -> (entity: String, column: String, lines: [String]) {
        switch c {
        case .donation:
            return (rng.pick(["donations", "pledges", "contributions", "tributes", "online_donations"]),
                    rng.pick(["message", "donor_message", "dedication", "msg"]), MessageWriter.donationLines)
        case .gift:
            return (rng.pick(["gifts", "cards", "greetings", "gift_cards"]), rng.pick(["message", "gift_message", "card_message"]),
                    MessageWriter.giftLines)
        case .chat:
            return (rng.pick(["messages", "chats", "direct_messages", "texts", "chat_messages"]),
                    rng.pick(["body", "message", "content", "text", "message_body"]), MessageWriter.chatLines)
        case .request:
            return (rng.pick(["bookings", "reservations", "orders", "adoptions", "applications"]), rng.pick(["message", "customer_message", "msg"]),
                    MessageWriter.requestLines)
        case .caption:
            return (rng.pick(["photos", "posts", "images", "uploads", "reels"]), rng.pick(["caption", "photo_caption"]), MessageWriter.captionLines)
        }
    }

    @Test(arguments: [UInt64(71), 72, 73, 74, 75])
    func drawnMessagesAreWrittenForTheirRow(seed: UInt64) throws {
        var rng = FuzzRandom(seed: seed)
        for c in Case.allCases {
            let (entity, column, lines) = Self.draw(c, &rng)
            let people = rng.pick(["users", "donors", "customers", "members", "people"])
            let things = rng.pick(["campaigns", "pets", "causes", "places", "projects"])
            let text = """
            {"seed": \(seed), "entities": [
              {"name": "\(people)", "rows": 30, "fields": [{"name": "id", "primary_key": true}, {"name": "first_name"}, {"name": "last_name"}]},
              {"name": "\(things)", "rows": 10, "fields": [{"name": "id", "primary_key": true}, {"name": "name", "kind": "text.title"}]},
              {"name": "\(entity)", "rows": 300, "fields": [{"name": "id", "primary_key": true}, {"name": "\(column)", "type": "text"},
                {"name": "sender_id", "references": "\(people).id"}, {"name": "recipient_id", "references": "\(people).id"},
                {"name": "subject_id", "references": "\(things).id"}]}]}
            """
            let plan = try TestSupport.plan(text)
            let firstNames = TestSupport.column(plan, people, "first_name").map { $0 ?? "" }
            let subjects = TestSupport.column(plan, things, "name").map { $0 ?? "" }
            var named = 0
            for row in TestSupport.table(plan, entity) {
                var message = try #require(row[1])
                let sender = firstNames[try #require(Int(row[2] ?? "")) - 1]
                let recipient = firstNames[try #require(Int(row[3] ?? "")) - 1]
                let subject = subjects[try #require(Int(row[4] ?? "")) - 1]
                if message.hasSuffix(" - \(sender)") { message.removeLast(sender.count + 3); named += 1 }
                for opening in ["Hi \(recipient)! ", "Dear \(recipient), "] where message.hasPrefix(opening) {
                    message.removeFirst(opening.count)
                    named += 1
                }
                if message.contains(subject) { named += 1; continue }
                let fromBank = lines.contains { line in message == line || message.lowercased() == line.lowercased()
                    || message.hasPrefix(line + " ") && lines.contains(String(message.dropFirst(line.count + 1))) }
                #expect(fromBank, "seed \(seed) \(entity).\(column): \(row[1] ?? "nil")")
            }
            // The row's names are used, not only the lines anyone might write.
            #expect(named > 20, "seed \(seed) \(entity).\(column): \(named) rows name their sender, recipient or subject")
        }
    }

    /// A log's or an alert's message is not a personal note: it keeps its own kind.
    @Test func aLogMessageKeepsItsKind() throws {
        let plan = try TestSupport.plan(#"{"seed": 3, "entities": [{"name": "error_logs", "rows": 50, "fields": [{"name": "id", "primary_key": true}, {"name": "message", "type": "text"}]}]}"#)
        let bank = Set(MessageWriter.chatLines + MessageWriter.donationLines + MessageWriter.giftLines)
        #expect(!TestSupport.column(plan, "error_logs", "message").contains { bank.contains($0 ?? "") })
    }
}
