import DoppelText

/// Plain sentences for a free-text column no rule knows: who did what to what, and when
/// ("The team reviewed the schedule on Friday."), or a short remark on how it went. Every
/// combination is grammatical, and the words fit any record, so an unknown `notes` or
/// `goal` column reads like something a person wrote rather than random words.
enum NeutralProse {
    static let subjects = ["The team", "The manager", "Our group", "The staff", "Everyone involved", "The new lead",
                           "The coordinator", "The owner", "A colleague", "The reviewer", "The client", "We"]
    /// Every verb fits every object: things written down and agreed.
    static let verbs = ["reviewed", "updated", "checked", "approved", "discussed", "confirmed", "shared", "revised",
                        "prepared", "signed off on", "looked over", "went through", "finalised", "circulated"]
    static let objects = ["the schedule", "the budget", "the latest figures", "the next steps", "the paperwork", "the plan",
                          "the timeline", "the checklist", "the first draft", "the details", "the final numbers",
                          "the order of work", "the contact list", "the proposal", "the report", "the estimate"]
    static let whens = ["last week", "this morning", "on Friday", "before the deadline", "without any problems", "as planned",
                        "ahead of time", "in the afternoon", "on Monday", "after a short call", "earlier than expected",
                        "by the end of the day"]
    static let remarks = ["Everything went as planned.", "No problems were reported.", "A follow-up is planned for next week.",
                          "The results look good so far.", "More details will follow.", "Nothing else is needed for now.",
                          "A few small changes are still open.", "Feedback so far has been positive.",
                          "The next review is in two weeks.", "It took a little longer than expected.",
                          "Questions can go to the coordinator.", "All the numbers add up."]

    /// One sentence: mostly someone doing something, now and then a remark.
    static func appendSentence(_ r: inout CellRandom, to out: inout CellBytes) {
        if r.below(4) == 0 {
            out.append(contentsOf: r.pick(remarks).utf8)
            return
        }
        out.append(contentsOf: r.pick(subjects).utf8)
        out.append(32)
        out.append(contentsOf: r.pick(verbs).utf8)
        out.append(32)
        out.append(contentsOf: r.pick(objects).utf8)
        out.append(32)
        out.append(contentsOf: r.pick(whens).utf8)
        out.append(46)
    }

    /// `count` sentences, no two alike in a row.
    static func appendParagraph(count: Int, _ r: inout CellRandom, to out: inout CellBytes) {
        var previous: [UInt8] = []
        var i = 0
        var tries = 0
        var sentence = CellBytes()
        while i < count {
            sentence.removeAll()
            appendSentence(&r, to: &sentence)
            tries += 1
            if sentence.bytes.elementsEqual(previous) && tries < 4 { continue }
            if i > 0 { out.append(32) }
            out.append(contentsOf: sentence.bytes)
            previous = Array(sentence.bytes)
            i += 1
            tries = 0
        }
    }
}
