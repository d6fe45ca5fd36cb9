import DoppelJSON

/// `tickets.generate`: customer support tickets for a product.
///
/// Priorities follow the requested mix exactly; categories come from the
/// product type; times are ordered (`created_at ≤ first_response_at ≤
/// resolved_at`) and anchored at 2024-01-01T00:00:00Z, so the same seed
/// gives the same tickets.
public enum TicketGenerator {
    /// Checks params and returns the tickets as a JSON array.
    ///
    /// - Throws: `RequestError` (−32602) naming every bad field.
    public static func generate(params: JSON?, defaultSeed: UInt64 = 0) throws -> JSON {
        .array(generate(try TicketRequest(params: params, defaultSeed: defaultSeed)).map(\.json))
    }

    public static func generate(_ request: TicketRequest) -> [Ticket] {
        assemble(request, slots: slots(for: request), texts: [])
    }

    /// Tickets with subjects and bodies from `source` where usable, the built-in engine otherwise.
    public static func generate(_ request: TicketRequest, source: any TextSource) async throws -> [Ticket] {
        let planned = slots(for: request)
        return assemble(request, slots: planned, texts: try await source.ticketTexts(for: planned, request: request))
    }

    /// The plan: ids `TCK-1001…` in creation order, exact priority counts, everything but the words.
    public static func slots(for request: TicketRequest) -> [TicketSlot] {
        var rng = TextRNG(seed: request.seed, label: "tickets.plan")
        let counts = ExactShares.counts(weights: request.priorityWeights.map(\.1), total: request.count)
        var priorities: [TicketPriority] = []
        for (i, (priority, _)) in request.priorityWeights.enumerated() {
            priorities += Array(repeating: priority, count: counts[i])
        }
        rng.shuffle(&priorities)
        var created = (0..<request.count).map { _ in Int64(rng.below(365 * 24 * 60)) }
        created.sort()
        let categories = request.productType.ticketCategories
        let names = NameBank.shared
        let productName = displayName(request)
        return priorities.enumerated().map { i, priority in
            let status: TicketStatus = weighted([(.new, 10), (.open, 20), (.pending, 15), (.resolved, 35), (.closed, 20)], &rng)
            let channel: TicketChannel = request.channels.flatMap { rng.pick($0) }
                ?? weighted([(.email, 40), (.chat, 30), (.web, 15), (.phone, 10), (.social, 5)], &rng)
            // earlier categories in the list are the common ones
            let category = weighted(categories.enumerated().map { ($0.element, categories.count - $0.offset) }, &rng)
            let first = rng.pick(names["first"] ?? []) ?? "Alex"
            let last = rng.pick(names["last"] ?? []) ?? "Morgan"
            let email = NameBank.email(first: first, last: last, rng: &rng)
            let createdMinute = created[i]
            let responseMinute = createdMinute + Int64(rng.int(in: priority.firstResponseMinutes))
            let resolveSpan: ClosedRange<Int> = [.urgent: 30...480, .high: 60...1440, .medium: 120...4320][priority] ?? 240...10080
            let resolvedMinute = responseMinute + Int64(rng.int(in: resolveSpan))
            return TicketSlot(index: i, id: "TCK-\(1001 + i)", product: productName, productType: request.productType,
                              category: category, priority: priority, status: status, channel: channel,
                              customerName: "\(first) \(last)", customerEmail: email,
                              createdAt: stamp(createdMinute),
                              firstResponseAt: status.isAnswered ? stamp(responseMinute) : nil,
                              resolvedAt: status.isResolved ? stamp(resolvedMinute) : nil)
        }
    }

    private static func stamp(_ minute: Int64) -> String { ISOTimestamp.format(ISOTimestamp.anchor + minute * 60) }

    static func weighted<T>(_ options: [(T, Int)], _ rng: inout TextRNG) -> T {
        let total = options.reduce(0) { $0 + $1.1 }
        var roll = rng.below(max(total, 1))
        for (value, weight) in options {
            if roll < weight { return value }
            roll -= weight
        }
        return options[options.count - 1].0
    }

    /// The name tickets use: the given product, or a made-up brand when only a type was named.
    static func displayName(_ request: TicketRequest) -> String {
        guard ProductType(name: request.product) != nil else { return request.product }
        var g = Grammar(banks: [request.productType.bank, ReviewBank.shared], rng: TextRNG(seed: request.seed, label: "tickets.brand"))
        return g.render(symbol: "brand") ?? request.product
    }

    /// Tickets from slots and candidate texts (by slot index; missing, empty or
    /// repeated bodies are written by the built-in engine). The synchronous
    /// half of `generate(_:source:)`.
    public static func assemble(_ request: TicketRequest, slots: [TicketSlot], texts: [TicketText?]) -> [Ticket] {
        var memory = PhraseMemory()
        var bodies = Set<String>()
        return slots.map { slot in
            if slot.index < texts.count, let t = texts[slot.index], !t.subject.trimmingSpaces().isEmpty,
               !t.body.trimmingSpaces().isEmpty, !bodies.contains(t.body) {
                bodies.insert(t.body)
                return Ticket(slot: slot, text: t)
            }
            var text = write(slot, seed: request.seed, attempt: 0, memory: &memory)
            var attempt = 1
            while bodies.contains(text.body), attempt < 16 {
                text = write(slot, seed: request.seed, attempt: attempt, memory: &memory)
                attempt += 1
            }
            bodies.insert(text.body)
            return Ticket(slot: slot, text: text)
        }
    }

    /// The built-in words for one ticket: greeting, problem, detail, maybe what was tried, urgency, ask, sign-off.
    package static func write(_ slot: TicketSlot, seed: UInt64, attempt: Int, memory: inout PhraseMemory) -> TicketText {
        var rng = TextRNG(seed: seed, label: "tickets.text", index: slot.index * 64 + attempt)
        let c = slot.category
        // a device has its own faults and parts (`….hardware`), a category its own reference (`ref_billing`)
        var g = Grammar(banks: [TicketBank.shared, slot.productType.bank, ReviewBank.shared],
                        variants: slot.productType == .hardware ? ["hardware"] : [], rng: rng.fork())
        g.usage = memory.usage
        defer { memory.usage = g.usage }
        g.remember("product", slot.product)
        g.remember("my_product", possessive(slot.product))
        if let ref = g.render(symbol: "ref_\(c)") { g.remember("ref", ref) }
        // One case per ticket: the problem's alternative picks the subjects written for it and its
        // own ask ("charged twice" asks for the duplicate back, "the invoice doesn't match" for an
        // explanation). A category's subjects are listed in the order of its problems, an equal share
        // each, and its asks one per problem (`TicketBank`).
        let problems = g.alternatives("problem.\(c)")
        let p = rng.below(max(1, problems))
        var parts: [String] = []
        if let problem = g.render(symbol: "problem.\(c)", alternative: p) { parts.append(problem) }
        let subjects = g.alternatives("subject.\(c)")
        let fitting = (0..<subjects).filter { $0 * max(1, problems) / subjects == p }
        let subject = (fitting.isEmpty ? g.render(symbol: "subject.\(c)") : g.render(symbol: "subject.\(c)", alternative: fitting[rng.below(fitting.count)]))
            ?? "Question about \(slot.product)"
        if let detail = g.render(symbol: "detail.\(c)") { parts.append(detail) }
        if rng.chance(0.5), let tried = g.render(symbol: "tried.\(c)") ?? g.render(symbol: "tried") { parts.append(tried) }
        if let urgency = g.render(symbol: "urgency.\(slot.priority.rawValue)") { parts.append(urgency) }
        let asks = g.alternatives("ask.\(c)")
        if let ask = asks == problems ? g.render(symbol: "ask.\(c)", alternative: p) : g.render(symbol: "ask.\(c)") { parts.append(ask) }
        let firstName = slot.customerName.split(separator: " ").first.map(String.init) ?? slot.customerName
        return TicketText(subject: subject, body: shaped(parts, for: slot.channel, firstName: firstName, &g, &rng))
    }

    /// "my Acme Hub" for a name, "my Parkside Max" for "the Parkside Max".
    static func possessive(_ product: String) -> String {
        let name = product.lowercased().hasPrefix("the ") ? String(product.dropFirst(4)) : product
        return "my " + name
    }

    /// The body in its channel's form: an email has a greeting and a sign-off; a chat is a
    /// couple of short, informal lines; a phone ticket is the agent's note of the call; a web
    /// form is the text as typed; a social post is one public line asking for a reply.
    static func shaped(_ parts: [String], for channel: TicketChannel, firstName: String,
                       _ g: inout Grammar, _ rng: inout TextRNG) -> String {
        let problem = parts.first ?? ""
        let ask = parts.count > 1 ? parts[parts.count - 1] : ""
        switch channel {
        case .email:
            let greeting = g.render(symbol: "greeting") ?? "Hi,"
            let signoff = g.render(symbol: "signoff") ?? "Thanks,"
            return greeting + "\n\n" + parts.joined(separator: " ") + "\n\n" + signoff + "\n" + firstName
        case .chat:
            let hello = ["hi", "hey", "hello", "hi there"][rng.below(4)]
            let lines = [hello + ", " + ReviewWriter.lowerFirst(problem), ask].filter { !$0.isEmpty }
            return lines.joined(separator: "\n")
        case .phone:
            // Only what a caller says: the detail lines speak of attachments and screenshots.
            // quotes inside the caller's words become single ones, inside the note's double quotes
            let said = { (t: String) in t.replacingOccurrences(of: "\"", with: "'") }
            return "Call from \(firstName). Caller said: \"\(said(problem))\"" + (ask.isEmpty ? "" : " Asked: \"\(said(ask))\"")
        case .web:
            return parts.joined(separator: " ")
        case .social:
            let tail = ["Please DM me.", "Can someone reply?", "Still no answer from support.", "Any help?"][rng.below(4)]
            return problem + " " + tail
        }
    }
}
