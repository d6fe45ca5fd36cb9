/// The vocabulary of support tickets: priorities, statuses, channels, and the
/// categories each product type's customers write in about.
public enum TicketPriority: String, CaseIterable, Sendable {
    case low, medium, high, urgent

    /// Minutes from creation to the first reply, by priority.
    var firstResponseMinutes: ClosedRange<Int> {
        switch self {
        case .urgent: return 5...60
        case .high: return 15...240
        case .medium: return 60...720
        case .low: return 120...2880
        }
    }
}

public enum TicketStatus: String, CaseIterable, Sendable {
    case new, open, pending, resolved, closed

    /// Whether a ticket in this status has been answered / finished.
    var isAnswered: Bool { self != .new }
    var isResolved: Bool { self == .resolved || self == .closed }
}

public enum TicketChannel: String, CaseIterable, Sendable {
    case email, chat, phone, web, social

    public static var acceptedList: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

extension ProductType {
    /// Ticket categories customers of this product type raise, most common first.
    package var ticketCategories: [String] {
        switch self {
        case .mobileApp, .webApp, .saas, .game, .streaming:
            return ["technical_issue", "billing", "account_access", "refund", "feature_request", "how_to", "cancellation"]
        case .ecommerce, .foodDelivery:
            return ["order_status", "delivery", "refund", "damaged_item", "billing", "account_access", "complaint"]
        case .hardware:
            return ["technical_issue", "warranty", "order_status", "delivery", "refund", "how_to"]
        case .hotel, .restaurant, .carRental:
            return ["reservation", "billing", "complaint", "refund", "lost_item", "special_request"]
        case .airline:
            return ["booking_change", "baggage", "refund", "flight_delay", "billing", "special_request"]
        case .bank:
            return ["card_issue", "fraud", "billing", "account_access", "transfer", "complaint"]
        case .insurance:
            return ["claim", "billing", "policy_change", "cancellation", "complaint"]
        case .telecom:
            return ["outage", "billing", "technical_issue", "plan_change", "cancellation"]
        case .healthcare:
            return ["appointment", "billing", "prescription", "records_request", "complaint"]
        case .education:
            return ["enrollment", "technical_issue", "billing", "grading", "refund"]
        case .fitness:
            return ["membership", "billing", "cancellation", "booking", "complaint"]
        }
    }
}
