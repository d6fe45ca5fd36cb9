import DoppelText

extension RowContext {
    /// The ticket of the current row: subject and body drawn from one stream keyed by the row,
    /// so the two columns are one ticket whichever is evaluated first.
    func ticketText(_ plan: TicketRowPlan, subject: ParentText?) -> TicketText {
        var draw = CellRandom(key: plan.key, row: row)
        if plan.internalDesk {
            let channel = plan.channelColumn.flatMap(siblingText).flatMap(Self.channel) ?? .web
            let requester = plan.customer.flatMap(parentText) ?? "Alex"
            return ITDesk.ticket(requester: requester, channel: channel, &draw)
        }
        var rng = TextRNG(seed: draw.next(), label: "row.ticket")
        let categories = plan.productType.ticketCategories
        let category = categories[rng.below(categories.count)]
        var brand = Grammar(banks: [plan.productType.bank, ReviewBank.shared], rng: rng.fork())
        let product = subject.flatMap(parentText) ?? brand.render(symbol: "brand") ?? "our service"
        let channel = plan.channelColumn.flatMap(siblingText).flatMap(Self.channel) ?? .web
        let customer = plan.customer.flatMap(parentText) ?? rng.pick(NameBank.shared["first"] ?? []) ?? "Alex"
        let slot = TicketSlot(index: 0, id: "", product: product, productType: plan.productType, category: category,
                              priority: .medium, status: .open, channel: channel, customerName: customer, customerEmail: "",
                              createdAt: "", firstResponseAt: nil, resolvedAt: nil)
        var memory = PhraseMemory()
        return TicketGenerator.write(slot, seed: rng.next(), attempt: 0, memory: &memory)
    }

    /// The ticket form a `channel` value names: `email`, `live_chat`, `phone_call`, `web_form`, `twitter` …
    static func channel(_ value: String) -> TicketChannel? {
        let v = value.lowercased()
        if v.contains("mail") { return .email }
        if v.contains("chat") || v.contains("messag") || v.contains("whatsapp") || v.contains("sms") { return .chat }
        if v.contains("phone") || v.contains("call") || v.contains("voice") { return .phone }
        if v.contains("social") || v.contains("twitter") || v.contains("facebook") || v.contains("instagram") { return .social }
        if v.contains("web") || v.contains("form") || v.contains("portal") || v.contains("app") || v.contains("mobile") { return .web }
        return nil
    }
}
