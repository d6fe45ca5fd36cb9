/// Sentence shapes: a judgement of one or more facets, in many clause orders.
extension ReviewDraft {
    /// One sentence judging a fresh facet in `direction`, in a shape not yet used in this review.
    mutating func judgement(_ direction: Sentiment) -> String {
        let shapes = 20
        var shape = unusedIndex("shape.\(direction.rawValue)", count: shapes)
        for _ in 0..<shapes where usedShapes.contains(shape + (direction == .negative ? 100 : 0)) {
            shape = (shape + 1) % shapes
        }
        usedShapes.insert(shape + (direction == .negative ? 100 : 0))
        // A sentence that has come out twice in this response is drawn again with the next facet.
        var sentence = ""
        var start = drawnNouns.count
        for attempt in 0..<3 {
            start = drawnNouns.count
            sentence = direction == .negative ? complaint((shape + attempt) % shapes) : praise((shape + attempt) % shapes)
            if fresh(sentence) { break }
        }
        judgedSince(start, direction)
        return sentence
    }

    /// Several facets in one sentence: "The X was A, the Y B, and the Z C."
    mutating func list(_ direction: Sentiment) -> String {
        let start = drawnNouns.count
        let a = facet(), b = facet(), c = facet()
        judgedSince(start, direction)
        let qa = qualities(a, direction).0, qb = qualities(b, direction).0, qc = qualities(c, direction).0
        let sentence = "\(a.phrase) \(a.be) \(qa), \(b.phrase) \(b.be) \(qb), and \(c.phrase) \(c.be) \(qc)"
        if direction == .negative {
            return TextPolish.capitalised(sentence) + ": " + any(["not one thing worked as it should.", "a catalogue of failures.",
                                                             "hardly what I paid for.", "it all added up to a bad experience."])
        }
        return any(["On the whole, ", "In short, ", "Overall, ", ""]).nonEmptyCapitalizing(sentence) + "."
    }

    /// The minor note against the review's direction, framed so the direction still wins.
    mutating func counterpoint(against direction: Sentiment) -> String {
        let start = drawnNouns.count
        let f = facet()
        judgedSince(start, direction == .negative ? .positive : .negative)
        if direction == .negative {
            let (q, _) = qualities(f, .positive, general: false)
            let but = any(["but that hardly makes up for the rest", "but it could not rescue the \(visit)",
                           "though that was small comfort", "but one good thing does not fix the rest",
                           "which only made the failures more annoying", "but I would not go back for that alone"])
            switch unusedIndex("counter.negative", count: 6) {
            case 0: return "To be fair, \(f.phrase) \(f.be) \(q), \(but)."
            case 1: return "\(TextPolish.capitalised(f.phrase)) \(f.be) \(q), I'll admit, \(but)."
            case 2: return "The only bright spot was \(f.phrase), \(f.relative) \(f.be) \(q); \(any(["everything else disappointed", "the rest was poor", "nothing else came close"]))."
            case 3: return "In fairness, I found \(f.phrase) \(q), \(but)."
            case 4: return "I'll give them one thing: \(f.phrase) \(f.be) \(q); \(any(["sadly, that was it", "that is where the praise ends", "everything else let me down"]))."
            default: return "Yes, \(f.phrase) \(f.be) \(q), \(but)."
            }
        }
        let (q, _) = qualities(f, .negative, general: false)
        let soft = softened(q)
        let minor = any(["but it barely mattered", "though that is a minor point", "which I could live with",
                         "but nothing that spoiled things", "a small thing in the grand scheme", "and that is my only complaint"])
        switch unusedIndex("counter.positive", count: 7) {
        case 0: return "My only gripe is that \(f.phrase) \(f.be) \(soft)."
        case 1: return "If I had to pick a fault, \(f.phrase) \(f.be) \(soft), \(minor)."
        case 2: return "One small downside: \(f.phrase) \(f.be) \(soft)."
        case 3: return "\(TextPolish.capitalised(f.phrase)) \(f.be) \(soft), \(minor)."
        case 4: return "\(any(["Nothing is perfect", "Nobody gets everything right", "Nothing here is flawless"])), and \(f.phrase) \(f.be) \(soft), \(minor)."
        case 5: return "I did find \(f.phrase) \(soft), \(minor)."
        default: return "\(any(["On the downside", "For balance", "A minor note"])), \(f.phrase) \(f.be) \(soft)."
        }
    }

    /// A fault found in a middling review: said plainly and without anger ("I had hoped for more
    /// from the breakfast; it was a bit bland"), since a three-star reviewer is not "livid".
    mutating func mildComplaint() -> String {
        var sentence = ""
        for _ in 0..<3 {
            let start = drawnNouns.count
            let f = facet()
            judgedSince(start, .negative)
            let soft = softened(qualities(f, .negative, general: false).0)
            switch unusedIndex("mild.negative", count: 6) {
            case 0:
                sentence = "\(TextPolish.capitalised(f.phrase)) \(f.be) \(soft), which \(any(["let things down", "took the shine off", "was a shame", "I could have done without"]))."
            case 1:
                sentence = "I was \(any(["less keen on", "not won over by", "a little disappointed by", "unconvinced by"])) \(f.phrase), \(f.relative) \(f.be) \(soft)."
            case 2:
                sentence = "\(TextPolish.capitalised(f.phrase)) could have been better: \(f.pronoun) \(f.pronounBe) \(soft)."
            case 3:
                sentence = "Where it fell short was \(f.phrase), \(f.relative) \(f.be) \(soft) \(any(["more often than not", "on more than one occasion", "when it mattered"]))."
            case 4:
                sentence = "I had hoped for more from \(f.phrase); \(f.pronoun) \(f.pronounBe) \(soft)."
            default:
                sentence = "\(any(["Less impressive", "Not so good", "Weaker"])) \(f.be) \(f.phrase), \(soft) \(any(["for my taste", "by comparison", "if I'm honest"]))."
            }
            if fresh(sentence) { break }
        }
        return sentence
    }

    private mutating func praise(_ shape: Int) -> String {
        var f = facet()
        let (q, q2) = qualities(f, .positive)
        // Now and then the noun carries a quality of its own ("the spacious room was bright").
        if shape < 16, shape != 6, rng.chance(0.3) { f = attributed(f, .positive, avoiding: [q, q2]) }
        switch shape {
        case 0:
            return "\(TextPolish.capitalised(f.phrase)) \(f.be) \(intensified(q, .positive)), \(tail(.positive))."
        case 1:
            return "I was \(any(ReviewWords.pleased)) with \(f.phrase): \(q) and \(q2)."
        case 2:
            return "What \(any(["struck", "impressed", "delighted"])) me \(any(["most", "first", "straight away"])) was how \(q) \(f.phrase) \(f.be)."
        case 3:
            return "\(any(ReviewWords.times)), \(f.phrase) \(f.be) \(q), and I was \(any(ReviewWords.pleased))."
        case 4:
            return "Even \(f.phrase) \(f.be) \(intensified(q, .positive)), \(any(["which is not always the case", "which says a lot", "a nice touch"]))."
        case 5:
            return "I \(any(["loved", "appreciated", "enjoyed", "really liked"])) \(f.phrase), \(f.relative) \(f.be) \(q) from start to finish."
        case 6:
            return "If \(f.phrase) \(f.plural ? "matter" : "matters") to you, good news: \(f.pronoun) \(f.pronounBeNow) \(q) and \(q2)."
        case 7:
            let staff = inline("{staff}"), name = grammar.render("{first_name}")
            return "Credit to \(name), \(article(staff)), who made sure \(f.phrase) \(f.be) \(q)."
        case 8:
            let g2 = facet()
            return "Not only \(f.be) \(f.phrase) \(q), \(g2.phrase) \(g2.be) \(qualities(g2, .positive).0) too."
        case 9:
            return "As for \(f.phrase), \(f.pronoun) \(f.pronounBe) \(q) and \(q2), \(tail(.positive))."
        case 10:
            return "Honestly, \(f.phrase) \(f.be) \(q), and \(f.pronoun) made \(any(["the whole", "my", "our"])) \(visit) \(any(["so much easier", "a joy", "better", "memorable"]))."
        case 11:
            return "\(any(["A special mention for", "Top marks for", "Big thanks for", "Hats off for"])) \(f.phrase), \(q) \(any(["every single time", "without fail", "as promised", "throughout"]))."
        case 12:
            return "You can tell someone cares about \(f.phrase): \(f.pronoun) \(f.pronounBe) \(q)\(evenMore(q2))."
        case 13:
            return "\(any(["Happily", "Thankfully", "To my delight", "Best of all"])), \(f.phrase) \(f.be) \(intensified(q, .positive))."
        case 14:
            return "I'd go back for \(f.phrase) alone, \(any(["because", "since"])) \(f.pronoun) \(f.pronounBe) \(q)."
        case 16:
            return "Thanks to \(attributed(f, .positive, avoiding: [q, q2]).phrase), \(any(["the whole \(visit)", "everything", "each day"])) felt \(any(["easy", "relaxed", "well looked after", "special", "effortless"]))."
        case 17:
            return "It's \(attributed(f, .positive, avoiding: [q, q2]).phrase) I \(any(["remember most", "keep telling people about", "will miss", "still think about"]))."
        case 18:
            let g2 = facet()
            return "\(any(["Between", "With"])) \(attributed(f, .positive, avoiding: [q, q2]).phrase) and \(described(g2, .positive)), I \(any(["had nothing to complain about", "was very happy", "felt spoilt", "was won over"]))."
        // Something to seek out is a place, a dish or a show, not the keys or the reminder emails.
        case 19 where [.space, .food, .content].contains(FacetKind.of(f.noun)):
            return "\(any(["Do not overlook", "Make the most of", "Don't miss"])) \(attributed(f, .positive, avoiding: [q, q2]).phrase); \(f.pronoun) \(f.pronounBe) \(q2)."
        default:
            return "\(TextPolish.capitalised(f.phrase)) \(f.be) \(q), and I felt \(any(["well looked after", "at ease", "in good hands", "properly looked after"])) because of \(f.object)."
        }
    }

    private mutating func complaint(_ shape: Int) -> String {
        var f = facet()
        let (q, q2) = qualities(f, .negative)
        if shape < 16, rng.chance(0.3) { f = attributed(f, .negative, avoiding: [q, q2]) }
        switch shape {
        case 0:
            return "\(TextPolish.capitalised(f.phrase)) \(f.be) \(intensified(q, .negative)), \(tail(.negative))."
        case 1:
            return "I was \(any(ReviewWords.displeasedBy)) \(f.phrase), \(f.relative) \(f.be) \(q) and \(q2)."
        case 2:
            // "Worst of all were the towels" inverts, so the verb agrees with the facet;
            // "The biggest problem was the towels" agrees with "problem".
            // A lead the qualities do not repeat ("The real low point was …: pointless and a real low point").
            let lead = any(["Worst of all", "The biggest problem", "What annoyed me most", "The real low point"]
                .filter { !(q + " " + q2).contains($0.lowercased().split(separator: " ").suffix(2).joined(separator: " ")) })
            return "\(lead) \(lead == "Worst of all" ? f.be : "was") \(f.phrase): \(q) and \(q2)."
        case 3:
            return "\(any(ReviewWords.times + ReviewWords.badTimes)), \(f.phrase) \(f.be) \(q), and nobody \(any(["did anything about it", "apologised", "offered to help", "seemed to care"]))."
        case 4:
            return "I complained about \(f.phrase) \(any(ReviewWords.repeats)), and \(f.pronoun) \(f.pronounBe) still \(q)."
        case 5:
            return "Sadly, \(f.phrase) \(f.be) \(q), \(tail(.negative))."
        case 6:
            return "I expected better, but \(f.phrase) \(f.be) \(intensified(q, .negative)). \(reaction(.negative))"
        case 7:
            let staff = inline("{staff}"), name = grammar.render("{first_name}")
            return "\(name), \(article(staff)), promised to sort out \(f.phrase), but \(f.pronoun) \(f.pronounBe) still \(q) \(any(["days later", "a week later", "weeks later", "the last time I checked"]))."
        case 8:
            let g2 = facet()
            let q3 = qualities(g2, .negative).0
            return "Not only \(f.be) \(f.phrase) \(q), \(g2.phrase) \(g2.be) \(q3) as well, which was \(any(["infuriating", "maddening", "depressing", "awful"].filter { $0 != q && $0 != q3 }))."
        case 9:
            return "As for \(f.phrase), \(f.pronoun) \(f.pronounBe) \(q) and \(q2), \(tail(.negative))."
        case 10:
            return "Honestly, \(f.phrase) \(f.be) \(q), and \(f.pronoun) made \(any(["the whole", "my", "our"])) \(visit) \(any(["miserable", "a chore", "worse", "stressful"]))."
        case 11:
            return "\(any(["Unfortunately", "Worse still", "On top of that", "To make matters worse"])), \(f.phrase) \(f.be) \(intensified(q, .negative))."
        case 12:
            return "Nobody seems to care about \(f.phrase): \(f.pronoun) \(f.pronounBe) \(q)\(evenMore(q2))."
        case 13:
            return "I could forgive a lot, but not \(f.phrase), \(f.relative) \(f.be) \(q) \(any(["every single time", "without fail", "from beginning to end", "throughout"]))."
        case 14:
            return "\(TextPolish.capitalised(f.phrase)) alone \(any(["would put me off", "\(f.beNow) reason enough to stay away", "cost them my custom"])): \(f.pronoun) \(f.pronounBe) \(q)."
        case 16:
            return "Thanks to \(attributed(f, .negative, avoiding: [q, q2]).phrase), \(any(["the whole \(visit)", "everything", "each day"])) felt \(any(["like hard work", "stressful", "like a chore", "tense", "miserable"]))."
        case 17:
            return "It's \(attributed(f, .negative, avoiding: [q, q2]).phrase) I remember most, \(any(["and not fondly", "for all the wrong reasons", "sadly", "and it still annoys me"]))."
        case 18:
            let g2 = facet()
            return "\(any(["Between", "With"])) \(attributed(f, .negative, avoiding: [q, q2]).phrase) and \(described(g2, .negative)), I \(any(["had had enough", "was fed up", "regretted my choice", "lost patience"]))."
        case 19:
            return "Nobody should have to put up with \(attributed(f, .negative, avoiding: [q, q2]).phrase); \(f.pronoun) \(f.pronounBe) \(q2), and \(any(["it spoiled things", "that is not acceptable", "I was not impressed", "that was bad"]))."
        default:
            return "It should not be hard to get \(f.phrase) right, yet \(f.pronoun) \(f.pronounBe) \(q) and \(q2), and I was \(any(["livid", "fuming", "exasperated", "deeply unhappy"]))."
        }
    }

    /// ", even tender" after a first quality: "even" raises one adjective; a judgement of more
    /// words ("a real plus", "hard to fault") is joined with "and" instead.
    private func evenMore(_ quality: String) -> String {
        quality.contains(" ") ? " and " + quality : ", even " + quality
    }

    private mutating func tail(_ direction: Sentiment) -> String {
        fill(any(direction == .negative ? ReviewWords.badTails : ReviewWords.goodTails)).lowercasedFirstWord()
    }

    /// "a concierge" (the article is corrected by sound when the text is finished).
    private func article(_ noun: String) -> String { "a " + noun }
}

extension String {
    /// `prefix` followed by `sentence`, with the sentence's first letter raised when there is no prefix.
    fileprivate func nonEmptyCapitalizing(_ sentence: String) -> String {
        isEmpty ? TextPolish.capitalised(sentence) : self + sentence
    }

    /// The string with its first letter lowered, unless the first word is "I" or a name-like capital run.
    fileprivate func lowercasedFirstWord() -> String { ReviewWriter.lowerFirst(self) }
}
