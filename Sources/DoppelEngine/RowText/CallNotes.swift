import DoppelText

/// What an agent writes after a call, by how the call ended: what the caller wanted and what was done when someone
/// answered, a voicemail left, a retry when no one did. Not a meeting's minutes ("The manager checked the order of work").
enum CallNotes {
    /// What a caller rang about, and how an answered call settled it (aligned).
    static let reasons: [(reason: String, fix: String)] = [
        ("a charge they did not recognize", "explained it was the annual renewal and they were happy to keep it"),
        ("a late delivery", "gave them the tracking link and the new delivery date"),
        ("a password reset", "sent a reset link and stayed on the line until they could log in"),
        ("a refund for a returned item", "confirmed the refund was issued and should arrive in 3-5 business days"),
        ("upgrading their plan", "upgraded the plan and confirmed the new monthly price"),
        ("a damaged item", "arranged a replacement and a prepaid return label"),
        ("changing their address", "updated the address on the account"),
        ("an item on their invoice", "walked them through the invoice line by line"),
        ("cancelling their subscription", "processed the cancellation at the end of the billing period"),
        ("an error in the mobile app", "had them update the app, which fixed it"),
    ]
    /// Words of outcomes, each with what the note says.
    static let unanswered: Set<String> = ["no", "unanswered", "missed", "busy", "noanswer", "unreachable"]
    static let voicemail: Set<String> = ["voicemail", "vm", "message"]
    static let later: Set<String> = ["callback", "scheduled", "escalated", "transferred", "followup", "follow", "pending", "open", "hold"]
    static let dropped: Set<String> = ["dropped", "abandoned", "disconnected", "hung", "failed"]
    static let unsolved: Set<String> = ["unresolved", "complaint", "declined", "refused", "lost"]

    static func write(outcome: String?, _ r: inout CellRandom) -> String {
        let words = Set((outcome ?? "").lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
        let call = reasons[r.below(reasons.count)]
        if words.contains("answer") && words.contains("no") || !words.isDisjoint(with: unanswered) && !words.contains("answered") {
            return r.pick(["No answer; will try again tomorrow.", "Rang out with no answer. Second attempt this week.",
                           "No one picked up; sent an email asking for a good time to call."])
        }
        if !words.isDisjoint(with: voicemail) {
            return r.pick(["Left a voicemail asking them to call back about ", "Left a message about "]) + call.reason + "."
        }
        if !words.isDisjoint(with: dropped) {
            return "Call dropped while they were explaining " + call.reason + "; tried to call back with no answer."
        }
        if !words.isDisjoint(with: later) {
            return "Caller asked about " + call.reason + r.pick(["; needs a supervisor, callback scheduled for tomorrow.",
                                                              "; passed to the second-line team, who will call back.",
                                                              "; waiting on the account team, follow-up call booked."])
        }
        if !words.isDisjoint(with: unsolved) {
            return "Caller asked about " + call.reason + "; could not resolve it on the call and they were not happy."
        }
        return "Caller asked about " + call.reason + "; " + call.fix + "."
    }
}
