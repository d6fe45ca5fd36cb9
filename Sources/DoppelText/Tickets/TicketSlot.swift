import DoppelJSON

/// Everything about one support ticket except its words.
public struct TicketSlot: Sendable, Equatable {
    public var index: Int
    public var id: String
    public var product: String
    public var productType: ProductType
    public var category: String
    public var priority: TicketPriority
    public var status: TicketStatus
    public var channel: TicketChannel
    public var customerName: String
    public var customerEmail: String
    public var createdAt: String
    /// Nil while the ticket is `new` (nobody has answered yet).
    public var firstResponseAt: String?
    /// Nil unless the ticket is `resolved` or `closed`.
    public var resolvedAt: String?

    public init(index: Int, id: String, product: String, productType: ProductType, category: String,
                priority: TicketPriority, status: TicketStatus, channel: TicketChannel, customerName: String,
                customerEmail: String, createdAt: String, firstResponseAt: String?, resolvedAt: String?) {
        self.index = index
        self.id = id
        self.product = product
        self.productType = productType
        self.category = category
        self.priority = priority
        self.status = status
        self.channel = channel
        self.customerName = customerName
        self.customerEmail = customerEmail
        self.createdAt = createdAt
        self.firstResponseAt = firstResponseAt
        self.resolvedAt = resolvedAt
    }

    /// A plain-language brief for a language model writing this ticket.
    public var instruction: String {
        "Write a \(priority.rawValue)-priority customer support ticket about \(category.replacingUnderscores()) for \(product) "
            + "(\(productType.rawValue.replacingUnderscores())), sent by \(channel.rawValue) by \(customerName): a subject line and a body "
            + "of three to five sentences with concrete details (order or reference numbers, amounts, dates, what was tried)."
    }
}

/// The words of one ticket.
public struct TicketText: Sendable, Equatable {
    public var subject: String
    public var body: String

    public init(subject: String, body: String) {
        self.subject = subject
        self.body = body
    }
}

/// One generated support ticket.
public struct Ticket: Sendable, Equatable {
    public var slot: TicketSlot
    public var text: TicketText

    /// The ticket as a JSON object (snake_case members, times as ISO 8601 UTC).
    public var json: JSON {
        var o = JSONObject()
        o.appendUnique("id", .string(slot.id))
        o.appendUnique("subject", .string(text.subject))
        o.appendUnique("body", .string(text.body))
        o.appendUnique("priority", .string(slot.priority.rawValue))
        o.appendUnique("category", .string(slot.category))
        o.appendUnique("status", .string(slot.status.rawValue))
        o.appendUnique("channel", .string(slot.channel.rawValue))
        o.appendUnique("customer_name", .string(slot.customerName))
        o.appendUnique("customer_email", .string(slot.customerEmail))
        o.appendUnique("created_at", .string(slot.createdAt))
        o.appendUnique("first_response_at", slot.firstResponseAt.map(JSON.string) ?? .null)
        o.appendUnique("resolved_at", slot.resolvedAt.map(JSON.string) ?? .null)
        return .object(o)
    }
}
