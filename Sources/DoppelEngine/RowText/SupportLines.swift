import DoppelText

/// A line of a support conversation, by who says it: the customer asks about their problem or answers a question,
/// the agent asks for what they need, fixes it and closes politely. Not a friend's chat ("Running about ten minutes
/// late, sorry!").
enum SupportLines {
    static let customer = [
        "Hi, my order still hasn't arrived and the tracking hasn't updated in four days.",
        "I was charged twice for my subscription this month.",
        "I can't log in, even after resetting my password.",
        "The app keeps crashing when I open my cart.",
        "Can I change the delivery address on an order I already placed?",
        "The item arrived damaged. What are my options?",
        "How do I cancel my plan before it renews?",
        "Thanks, that worked!",
        "Okay, I'll try that and let you know.",
        "Yes, it's the email address I'm writing from.",
        "The order number is on the confirmation email, one moment.",
        "That's everything, thanks for your help.",
    ]
    static let agent = [
        "Thanks for reaching out! Let me look into that for you.",
        "I'm sorry about the trouble. Could you share your order number?",
        "I've refunded the duplicate charge; it should show on your statement within 3-5 business days.",
        "I've sent a password reset link to the email on your account.",
        "Could you tell me which version of the app you're using?",
        "I've updated the delivery address on your order.",
        "A replacement is on its way, and a prepaid return label is in your inbox.",
        "Your plan is cancelled and won't renew; you keep access until the end of the billing period.",
        "Is there anything else I can help you with today?",
        "Glad that sorted it! Have a great day.",
        "Could you confirm the email address on your account?",
        "I've passed this to our technical team and will update you as soon as I hear back.",
    ]

    /// Words of a sender who works for the business.
    static let agentWords: Set<String> = ["agent", "support", "staff", "rep", "representative", "operator", "advisor", "bot", "assistant"]

    /// A line for a message whose sender is `sender` (the agent's side when the sender names one, else the customer's).
    static func write(sender: String?, _ r: inout CellRandom) -> String {
        let words = Set((sender ?? "").lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
        return r.pick(words.isDisjoint(with: agentWords) ? customer : agent)
    }
}
