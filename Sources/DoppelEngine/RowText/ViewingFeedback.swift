import DoppelText

/// What a buyer or a renter said after viewing a home, as the agent notes it: what they liked, what put them off,
/// and what they will do next ("Loved the kitchen; the bedrooms felt small. Thinking it over.") — not a forum reply.
enum ViewingFeedback {
    static let liked = ["Loved the kitchen", "Liked the layout", "Liked the natural light", "Really liked the garden", "Happy with the location",
                        "Impressed by the renovation", "Liked the quiet street", "Loved the open-plan living room"]
    static let disliked = ["the bedrooms felt small", "worried about street noise", "thought the price was high for the condition",
                           "the bathrooms need updating", "the yard is too small for them", "too far from their work",
                           "not enough storage", "concerned about the age of the roof", "the kitchen needs work"]
    static let next = ["Thinking it over.", "Asked for a second viewing.", "Likely to make an offer this week.", "Will discuss with their partner.",
                       "Not interested.", "Asked about the HOA fees.", "Wants to see comparable listings first."]

    static func write(_ r: inout CellRandom) -> String {
        switch r.below(5) {
        case 0: return "\(r.pick(liked)); \(r.pick(disliked)). \(r.pick(next))"
        case 1: return "\(r.pick(liked)). \(r.pick(["Asked for a second viewing.", "Likely to make an offer this week.", "Very keen."]))"
        case 2: return TextPolish.capitalised(r.pick(disliked)) + ". " + r.pick(["Not interested.", "Will keep looking.", "Thinking it over."])
        case 3: return "\(r.pick(liked)), but \(r.pick(disliked)). \(r.pick(next))"
        // (said after a viewing that took place: a missed or cancelled one has no feedback)
        default: return r.pick(["Second viewing; brought their parents.", "Came with their mortgage broker; asked about the survey.",
                                "Second viewing; measured the rooms."])
        }
    }
}
