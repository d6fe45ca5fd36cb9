import DoppelText

/// The body of a post or article: a short piece on its own title, in the
/// first person, as a blog post reads; a newspaper's story is its headline's news.
enum RowArticleWriter {
    static func write(_ f: RowFacts, _ r: inout CellRandom) -> String {
        // A newspaper's story opens with what its headline reports, in the third person.
        if !f.setting.isDisjoint(with: NewsHeadlines.newsWords), let lede = f.name.flatMap(NewsHeadlines.lede(forHeadline:)) { return lede }
        let title = f.name.map { "\"" + $0 + "\"" } ?? "this topic"
        var parts = [SlotFill.fill(r.pick(openers)) { $0 == "t" ? title : nil }]
        parts.append(r.pick(middles))
        parts.append(r.pick(lessons))
        parts.append(r.pick(closers))
        return parts.joined(separator: " ")
    }


    static let openers = ["I have been meaning to write about {t} for a while.", "This post on {t} started as notes for myself.",
                          "When I first looked into {t}, I found plenty of advice and very little that was practical.",
                          "A few readers asked me about {t}, so here is what I have learned."]
    static let middles = ["The short version: start small, keep notes, and review what worked every week.",
                          "Most of the progress came from a few habits I could keep, not from big changes.",
                          "I tried several approaches before settling on one that fits an ordinary week.",
                          "The tools matter less than having a plan you actually follow."]
    static let lessons = ["The biggest lesson was that consistency beats intensity.",
                          "My main mistake was trying to do everything at once.",
                          "It also helped to ask people who had done it before.",
                          "Writing things down made it much easier to see what was working."]
    static let closers = ["If you try one thing this month, make it something you can keep doing.",
                          "I would love to hear what has worked for you in the comments.",
                          "I will share an update in a few months.", "Thanks for reading."]
}
