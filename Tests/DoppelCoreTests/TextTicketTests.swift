import Testing
import DoppelJSON
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner
import DoppelProtocol

@Suite struct TextTicketTests {
    @Test func ticketsHaveEveryFieldInTimeOrder() throws {
        let tickets = try #require(TicketGenerator.generate(params: ["product": "Acme CRM", "count": 60, "seed": 4]).arrayValue)
        #expect(tickets.count == 60)
        let keys = ["id", "subject", "body", "priority", "category", "status", "channel", "customer_name", "customer_email",
                    "created_at", "first_response_at", "resolved_at"]
        var ids = Set<String>()
        for t in tickets {
            #expect(t.objectValue?.keys == keys)
            ids.insert(t["id"]?.stringValue ?? "")
            let created = try #require(t["created_at"]?.stringValue)
            let status = try #require(t["status"]?.stringValue.flatMap(TicketStatus.init(rawValue:)))
            if let first = t["first_response_at"]?.stringValue {
                #expect(created <= first)
                if let resolved = t["resolved_at"]?.stringValue { #expect(first <= resolved) }
            } else {
                #expect(status == .new)
            }
            #expect((t["resolved_at"]?.isNull ?? true) == !status.isResolved, "\(status) resolved_at")
            #expect(TicketPriority(rawValue: t["priority"]?.stringValue ?? "") != nil)
            #expect(ProductType.saas.ticketCategories.contains(t["category"]?.stringValue ?? ""))
            #expect(t["body"]?.stringValue?.contains("Acme CRM") == true || t["subject"]?.stringValue?.isEmpty == false)
        }
        #expect(ids.count == 60)
        let bodies = tickets.compactMap { $0["body"]?.stringValue }
        #expect(Set(bodies).count == bodies.count)
    }

    /// A ticket's subject and body speak of the same feature or aspect: one is drawn per
    /// ticket, over every product type and many seeds.
    @Test(arguments: ProductType.allCases) func subjectAndBodyNameTheSameFeature(type: ProductType) throws {
        let features = Set((type.bank["feature"] ?? []) + (type.bank["aspect"] ?? []))
            .filter { !$0.contains("{") && !$0.contains("[") }
        var checked = 0
        for seed in 1...6 {
            let tickets = TicketGenerator.generate(try TicketRequest(params: ["product": .string(type.rawValue), "count": 40,
                                                                              "seed": .int(Int64(seed))], defaultSeed: 0))
            for t in tickets {
                func words(_ text: String) -> String { " " + String(text.lowercased().map { $0.isLetter ? $0 : " " }) + " " }
                let subject = words(t.text.subject), body = words(t.text.body)
                let inSubject = features.filter { subject.contains(words($0)) }
                let inBody = features.filter { body.contains(words($0)) }
                guard !inSubject.isEmpty, !inBody.isEmpty else { continue }
                #expect(!inSubject.isDisjoint(with: inBody), "\(type.rawValue): \(t.text.subject) / \(t.text.body)")
                checked += 1
            }
        }
        #expect(checked > 0 || type == .hotel || type == .airline || type == .restaurant)
    }

    /// A claim is for a loss (a roof, a windscreen), not for one of the insurer's own things.
    @Test func claimsAreForLosses() throws {
        let tickets = TicketGenerator.generate(try TicketRequest(params: ["product": "insurance", "count": 120, "seed": 3], defaultSeed: 0))
        let own = (ProductType.insurance.bank["thing"] ?? []).compactMap { Grammar.qualified($0)?.noun.lowercased() }
        for t in tickets where t.slot.category == "claim" {
            for noun in own { #expect(!t.text.subject.lowercased().contains("for " + noun), "\(t.text.subject)") }
        }
    }

    @Test func emailComesFromTheCustomerName() throws {
        let tickets = TicketGenerator.generate(try TicketRequest(params: ["product": "hotel", "count": 30, "seed": 2], defaultSeed: 0))
        for t in tickets {
            let parts = t.slot.customerName.split(separator: " ").map { NameBank.asciiLower(String($0)) }
            let local = t.slot.customerEmail.split(separator: "@").first.map(String.init) ?? ""
            #expect(local.contains(parts[1]) || local.hasPrefix(parts[0]), "\(t.slot.customerName) → \(t.slot.customerEmail)")
            #expect(t.slot.customerEmail.split(separator: "@").count == 2)
        }
        #expect(tickets.allSatisfy { ProductType.hotel.ticketCategories.contains($0.slot.category) })
    }

    @Test func priorityMixIsExactAndChannelsAreHonoured() throws {
        let request = try TicketRequest(params: ["product": "web_app", "count": 10, "priorityMix": ["urgent": 1, "low": 1],
                                                 "channels": ["chat", "phone"], "seed": 1], defaultSeed: 0)
        let tickets = TicketGenerator.generate(request)
        #expect(tickets.filter { $0.slot.priority == .urgent }.count == 5)
        #expect(tickets.filter { $0.slot.priority == .low }.count == 5)
        #expect(tickets.allSatisfy { [.chat, .phone].contains($0.slot.channel) })
        let typical = TicketGenerator.generate(try TicketRequest(params: ["product": "x", "count": 10, "seed": 1], defaultSeed: 0))
        #expect(typical.filter { $0.slot.priority == .medium }.count == 4)
        #expect(typical.filter { $0.slot.priority == .urgent }.count == 1)
    }

    @Test func badParamsNameTheirFields() throws {
        do {
            _ = try TicketGenerator.generate(params: ["count": 0, "priorityMix": ["critical": 1], "channels": ["fax"]])
            Issue.record("expected an error")
        } catch let e as RequestError {
            #expect(e.code == -32602)
            let details = try #require(e.data["details"]?.objectValue)
            #expect(Set(details.keys) == ["product", "count", "priorityMix.critical", "channels[0]"])
            #expect(details["channels[0]"]?.stringValue?.contains("email, chat, phone, web, social") == true)
            #expect(e.message.contains("tickets.generate"))
        }
    }

    @Test func deterministicBySeed() throws {
        let a = try TicketGenerator.generate(params: ["product": "bank", "count": 5, "seed": 8]).serialized()
        let b = try TicketGenerator.generate(params: ["product": "bank", "count": 5, "seed": 8]).serialized()
        let c = try TicketGenerator.generate(params: ["product": "bank", "count": 5, "seed": 9]).serialized()
        #expect(a == b && a != c)
    }
}

/// Tickets follow their channel: email has a greeting and a sign-off with the customer's
/// first name, chat is short and has neither, phone is the agent's note, social is one public line.
@Suite struct TicketChannelTests {
    @Test(arguments: TicketChannel.allCases)
    func bodyTakesItsChannelsForm(channel: TicketChannel) throws {
        let tickets = TicketGenerator.generate(try TicketRequest(params: ["product": "Acme CRM", "count": 60,
                                                                          "channels": [.string(channel.rawValue)], "seed": 9],
                                                                 defaultSeed: 0))
        #expect(tickets.count == 60)
        for t in tickets {
            let body = t.text.body
            let first = t.slot.customerName.split(separator: " ").first.map(String.init) ?? ""
            switch channel {
            case .email:
                let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
                #expect(lines.count >= 5 && lines.last.map(String.init) == first && lines.first?.hasSuffix(",") == true, "\(body)")
            case .chat:
                #expect(body.split(separator: "\n").count <= 2 && !body.hasSuffix(first) && body.first?.isLowercase == true, "\(body)")
            case .phone:
                #expect(body.hasPrefix("Call from \(first). Caller said: \""), "\(body)")
            case .web:
                #expect(!body.contains("\n") && !body.hasSuffix(first), "\(body)")
            case .social:
                #expect(body.count <= 280 && !body.contains("\n"), "\(body)")
            }
        }
    }
}

/// A customer says they tried a fix of their own (a restart, a cleared cache, another device) only in
/// tickets about a fault they could work around, never about a parcel, a refund or a bill.
@Suite struct TicketTriedTests {
    @Test(arguments: ProductType.allCases)
    func selfHelpOnlyForFaults(type: ProductType) throws {
        let fixes = ["logging out and back in", "restarted everything", "cleared my cache", "tried a different device",
                     "restarted the router", "checked the cables"]
        let faults: Set<String> = ["technical_issue", "account_access", "outage"]
        for seed in 1...4 {
            let tickets = TicketGenerator.generate(try TicketRequest(params: ["product": .string(type.rawValue), "count": 80,
                                                                              "seed": .int(Int64(seed))], defaultSeed: 0))
            for t in tickets where !faults.contains(t.slot.category) {
                #expect(!fixes.contains { t.text.body.contains($0) }, "\(type.rawValue) \(t.slot.category): \(t.text.body)")
            }
        }
    }
    /// Drawn products (devices by name, every product type) and seeds: a device's ticket speaks of
    /// a device's parts, not of app screens or a laptop's keys; a reference says what it refers to
    /// (an invoice INV-, an account ACC-, a booking BK-, an order ORD- or #); "my" never meets
    /// "the"; a phone note's quotes nest; a warranty's months agree with when it was bought.
    @Test func ticketsTellOneConsistentStory() throws {
        var rng = TextRNG(seed: 41)
        let devices = ["Lumen Smart Thermostat", "Nimbus Air Purifier", "Orbit Robot Vacuum", "hardware", "Kestrel E-Bike",
                       "Wren Video Doorbell"]
        let orders: Set<String> = ["order_status", "delivery", "damaged_item"]
        let prefixes = ["billing": "INV", "account_access": "ACC", "cancellation": "ACC", "reservation": "BK",
                        "booking_change": "BK", "special_request": "BK", "claim": "CLM", "policy_change": "POL"]
        var checked = 0
        for draw in 0..<30 {
            let product = draw % 2 == 0 ? (rng.pick(devices) ?? "hardware") : (rng.pick(ProductType.allCases)?.rawValue ?? "saas")
            let tickets = TicketGenerator.generate(try TicketRequest(params: ["product": .string(product), "count": 40,
                                                                              "seed": .int(Int64(draw))], defaultSeed: 0))
            for t in tickets {
                let text = t.text.subject + "\n" + t.text.body
                let lower = text.lowercased()
                #expect(!lower.contains("my the "), "\(product): \(text)")
                if t.slot.channel == .phone { #expect(t.text.body.filter { $0 == "\"" }.count <= 4, "\(t.text.body)") }
                if t.slot.productType == .hardware {
                    for word in ["keyboard", "trackpad", "webcam", "spinner", "blank screen", "error code", "hinge"]
                    where !product.lowercased().contains(word) {
                        #expect(!lower.contains(word), "\(product) \(t.slot.category): \(text)")
                    }
                }
                let refs = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" })
                    .filter { $0.contains("-") && $0.first?.isUppercase == true && $0.last?.isNumber == true }
                    .map { String($0.prefix { $0 != "-" }) }
                for ref in refs {
                    if let want = prefixes[t.slot.category] { #expect(ref == want, "\(t.slot.category): \(text)") }
                    if orders.contains(t.slot.category) { #expect(ref == "ORD", "\(t.slot.category): \(text)") }
                    checked += 1
                }
                let after = text.firstMatch(of: /after (\d+) months/)?.1, ago = text.firstMatch(of: /(\d+) months ago/)?.1
                if let after, let ago { #expect(after == ago, "\(text)") }
            }
        }
        #expect(checked > 100)
    }
}
