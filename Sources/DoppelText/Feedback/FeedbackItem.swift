import DoppelJSON

/// One generated piece of customer feedback, as the hosted contract returns it.
public struct FeedbackItem: Sendable, Equatable {
    public var id: String
    public var rating: Int
    public var title: String
    public var content: String
    public var sentiment: Sentiment
    public var timestamp: String

    /// `{"id", "rating", "title", "content", "sentiment", "timestamp"}` in that order.
    public var json: JSON {
        var o = JSONObject()
        o.appendUnique("id", .string(id))
        o.appendUnique("rating", .int(rating))
        o.appendUnique("title", .string(title))
        o.appendUnique("content", .string(content))
        o.appendUnique("sentiment", .string(sentiment.rawValue))
        o.appendUnique("timestamp", .string(timestamp))
        return .object(o)
    }
}

/// Everything about one feedback item except its words: what a text source is asked to write.
public struct FeedbackSlot: Sendable, Equatable {
    public var index: Int
    public var id: String
    public var productType: ProductType
    public var sentiment: Sentiment
    public var rating: Int
    public var complexity: Complexity
    public var timestamp: String

    /// A plain-language brief for a language model writing this item.
    public var instruction: String {
        let length: String
        switch complexity {
        case .simple: length = "one or two sentences"
        case .medium: length = "one paragraph of three to five sentences"
        case .complex: length = "three or four paragraphs with concrete specifics (numbers, durations, features, staff roles)"
        }
        let product = productType.rawValue.replacingUnderscores()
        return "Write a \(sentiment.rawValue) customer review (\(rating) of 5 stars) of a \(product): a short title and a body of \(length). Talk about things a \(product) actually has."
    }
}

/// The words of one feedback item.
public struct FeedbackText: Sendable, Equatable {
    public var title: String
    public var content: String

    public init(title: String, content: String) {
        self.title = title
        self.content = content
    }
}

extension String {
    func replacingUnderscores() -> String { String(map { $0 == "_" ? " " : $0 }) }
}
