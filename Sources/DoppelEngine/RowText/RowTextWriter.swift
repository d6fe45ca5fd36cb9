import DoppelText

/// Writes a free-text cell from the facts of its row: a review about the
/// product or book it references, leaning the way its rating does; a
/// description naming its row and category; a comment answering its post.
///
/// A pure function of the facts and the cell's random stream, so a cell is
/// still a function of (seed, entity, field, row) and shards agree.
enum RowTextWriter {
    static func write(_ facts: RowFacts, _ r: inout CellRandom) -> String {
        let text: String
        switch facts.form {
        case .reviewBody: text = review(facts, &r)
        case .reviewTitle: text = reviewTitle(facts, &r)
        case .appraisal: text = RowAppraisalWriter.write(facts, &r)
        case .appraisalTitle: return RowAppraisalWriter.title(facts, &r)
        case .description: text = RowDescriptionWriter.write(facts, &r)
        case .comment: text = comment(facts, &r)
        case .productName: return productName(facts, &r)
        case .jobTitle: return JobLadder.title(department: facts.category, &r)
        case .title: return RowTitleWriter.write(facts, &r)
        case .article: text = RowArticleWriter.write(facts, &r)
        case .pitch: text = RowPitchWriter.write(facts, &r)
        case .workFeedback: text = WorkFeedbackWriter.write(facts, &r)
        case .viewingFeedback: text = ViewingFeedback.write(&r)
        case .bugReport: text = CodeWork.issueBody(title: facts.name, &r)
        case .questionBody: text = QuestionAnswers.body(title: facts.name, &r)
        case .tasting:
            let drink = TastingNotes.drink(noun: facts.noun, category: facts.category)
                ?? TastingNotes.drink(noun: facts.subjectNoun ?? "", category: facts.category) ?? .redWine
            text = TastingNotes.write(drink, &r)
        case .salary, .letterGrade, .passed, .dose, .defectReport, .callNote, .supportLine, .socialPost, .vegetarian, .vegan, .ticketSubject, .ticketBody: return ""
        }
        return TextPolish.polish(text)
    }

    // MARK: reviews

    static func review(_ f: RowFacts, _ r: inout CellRandom) -> String {
        let subjectClass = SubjectClass(noun: f.subjectNoun ?? f.noun)
        let s = subject(f, subjectClass)
        let (a, b) = twoAspects(subjectClass, &r)
        // A booking or a purchase is made, not booked or placed ("when I booked this booking").
        let reviewed = f.subjectNoun ?? f.noun
        let bookedNoun = reviewed.hasSuffix("booking") || reviewed.hasSuffix("reservation")
        let made = bookedNoun && (subjectClass == .service || subjectClass == .place) || subjectClass == .purchase && !reviewed.hasSuffix("order")
        let verb = made ? "made" : RowPhrases.experienceVerb(subjectClass)
        var parts: [String] = []
        // Feedback on a ticket is about the help the customer got, not a purchase.
        let support = subjectClass == .workItem
        let person = subjectClass == .person
        switch RowMood(stars: f.stars) {
        case .positive where person:
            parts.append(fill(r.pick(RowPhrases.personPositiveOpeners), s: s, verb: verb, r: &r))
            parts.append(aspectLine(r.pick(RowPhrases.positiveDetails), a, b))
            parts.append(r.pick(RowPhrases.personPositiveClosers))
        case .mixed where person:
            parts.append(fill(r.pick(RowPhrases.personMixedOpeners), s: s, verb: verb, r: &r))
            parts.append(aspectLine(r.pick(RowPhrases.mixedDetails), a, b))
        case .negative where person:
            parts.append(fill(r.pick(RowPhrases.personNegativeOpeners), s: s, verb: verb, r: &r))
            parts.append(aspectLine(r.pick(RowPhrases.negativeDetails), a, b))
            parts.append(r.pick(RowPhrases.personNegativeClosers))
        case .positive where support:
            parts.append(r.pick(RowPhrases.positiveSupportOpeners))
            parts.append(aspectLine(r.pick(RowPhrases.positiveDetails), a, b))
            parts.append(r.pick(RowPhrases.positiveSupportClosers))
        case .mixed where support:
            parts.append(r.pick(RowPhrases.mixedSupportOpeners))
            parts.append(aspectLine(r.pick(RowPhrases.mixedDetails), a, b))
        case .negative where support:
            parts.append(r.pick(RowPhrases.negativeSupportOpeners))
            parts.append(aspectLine(r.pick(RowPhrases.negativeDetails), a, b))
            parts.append(r.pick(RowPhrases.negativeSupportClosers))
        case .positive:
            parts.append(fill(r.pick(RowPhrases.positiveOpeners), s: s, verb: verb, r: &r))
            let detail = r.pick(RowPhrases.positiveDetails)
            parts.append(aspectLine(detail, a, b))
            // A second detail is about the other aspect, unless the first already judged both.
            if r.chance(0.6), !detail.contains("{b}") { parts.append(aspectLine(r.pick(RowPhrases.positiveSecondDetails), b, a)) }
            parts.append(r.pick(subjectClass.isPaidFor ? RowPhrases.positiveClosers : RowPhrases.freePositiveClosers))
        case .mixed:
            parts.append(fill(r.pick(RowPhrases.mixedOpeners), s: s, verb: verb, r: &r))
            parts.append(aspectLine(r.pick(RowPhrases.mixedDetails), a, b))
            parts.append(r.pick(RowPhrases.mixedClosers))
        case .negative:
            parts.append(fill(r.pick(RowPhrases.negativeOpeners), s: s, verb: verb, r: &r))
            let detail = r.pick(RowPhrases.negativeDetails)
            parts.append(aspectLine(detail, a, b))
            if r.chance(0.5), !detail.contains("{b}") { parts.append(aspectLine(r.pick(RowPhrases.negativeSecondDetails), b, a)) }
            parts.append(r.pick(subjectClass.isPaidFor ? RowPhrases.negativeClosers : RowPhrases.freeNegativeClosers))
        }
        return parts.joined(separator: " ")
    }

    static func reviewTitle(_ f: RowFacts, _ r: inout CellRandom) -> String {
        let noun = f.subjectNoun ?? "purchase"
        let person = SubjectClass(noun: noun) == .person
        let list: [String]
        switch RowMood(stars: f.stars) {
        case .positive: list = person ? RowPhrases.personPositiveTitles : RowPhrases.positiveTitles
        case .mixed: list = person ? RowPhrases.personMixedTitles : RowPhrases.mixedTitles
        case .negative: list = person ? RowPhrases.personNegativeTitles : RowPhrases.negativeTitles
        }
        return SlotFill.fill(r.pick(list)) { $0 == "n" ? noun : nil }
    }

    // MARK: product names

    /// Adjectives that fit any product, so a name never says "Wireless Almonds".
    static let productAdjectives = ["Classic", "Premium", "Essential", "Everyday", "Deluxe", "Original", "Signature", "Select",
                                    "Pro", "Favourite"]

    /// Adjectives for what is eaten or drunk.
    static let foodAdjectives = ["Classic", "Signature", "House", "Homemade", "Fresh", "Artisan", "Original"]

    /// "Premium Dark Chocolate" for a product in Grocery: a noun of the category's own list, or, for a
    /// category the vocabulary does not know, the category's singular ("Premium Widget" in "Widgets").
    static func productName(_ f: RowFacts, _ r: inout CellRandom) -> String {
        let adjective = r.pick(productAdjectives)
        guard let category = f.category?.trimmingSpaces, !category.isEmpty else { return adjective + " " + TextPolish.capitalised(f.noun) }
        let lower = category.lowercased()
        for i in 0..<Words.categories.count where Words.categories.string(i).lowercased() == lower {
            let nouns = Words.productNouns[i]
            return adjective + " " + nouns.string(r.below(nouns.count))
        }
        // A shop's own goods: "Signature Croissant" in Pastries, a laptop under its model name.
        if let shop = ShopGoods.category(named: category) {
            let good = r.pick(shop.goods)
            if shop.branded { return good }
            return (shop.food ? r.pick(foodAdjectives) : adjective) + " " + good
        }
        return adjective + " " + Inflector.singular(lower).split(separator: " ").map { TextPolish.capitalised(String($0)) }.joined(separator: " ")
    }

    // MARK: comments

    static func comment(_ f: RowFacts, _ r: inout CellRandom) -> String {
        let subjectClass = SubjectClass(noun: f.subjectNoun ?? "post")
        // An answer to a question gives the way its task is done.
        // (a comment under a question asks for what is missing, under an answer says whether it worked)
        if RowTitleWriter.family(ofNoun: f.subjectNoun ?? "") == .question {
            let isAnswer = ["answer", "answers", "reply", "replies", "response", "responses", "solution", "solutions"]
                .contains(f.noun.split(separator: " ").last.map(String.init) ?? "")
            return isAnswer ? QuestionAnswers.answer(question: f.subjectName, &r) : r.pick(QuestionAnswers.questionComments)
        }
        if ["answer", "answers"].contains(f.subjectNoun?.split(separator: " ").last.map(String.init) ?? "") {
            return r.pick(QuestionAnswers.answerComments)
        }
        // Under an IT desk's ticket (one of its problems): the desk's questions and fixes and the requester's replies.
        if let subject = f.subjectName, ITDesk.problem(ofSubject: subject) != nil {
            return ITDesk.comment(onTicket: subject, &r)
        }
        if subjectClass == .workItem {
            // A task is worked on, not reproduced: its comments are about getting it done.
            let words = Set((f.subjectNoun ?? "").lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
            let isTask = !words.isDisjoint(with: ["task", "tasks", "todo", "chore", "story", "epic", "subtask"])
            return r.pick(isTask ? RowPhrases.taskComments : RowPhrases.workComments)
        }
        let s = subject(f, subjectClass)
        let (a, _) = twoAspects(subjectClass, &r)
        let mood = f.stars == nil ? (r.chance(0.75) ? RowMood.positive : .mixed) : RowMood(stars: f.stars)
        // A photo's and a work of art's comments are a viewer's; anything else's a reader's.
        let (positive, mixed, negative) = switch subjectClass {
        case .photo: (RowPhrases.photoComments, RowPhrases.photoQuestionComments, RowPhrases.photoNegativeComments)
        case .artwork: (RowPhrases.artworkComments, RowPhrases.artworkQuestionComments, RowPhrases.artworkNegativeComments)
        default: (RowPhrases.positiveComments, RowPhrases.questionComments, RowPhrases.negativeComments)
        }
        let list: [String]
        switch mood {
        case .positive: list = positive
        case .mixed: list = mixed
        case .negative: list = negative
        }
        return SlotFill.fill(fill(r.pick(list), s: s, verb: "", r: &r)) { $0 == "a" ? a.text : nil }
    }

    // MARK: pieces

    /// How the text names what it is about: a title in quotes, a product as "the …", or "this book".
    static func subject(_ f: RowFacts, _ c: SubjectClass) -> String {
        guard let name = f.subjectName, !name.isEmpty else { return "this " + (f.subjectNoun ?? f.noun) }
        if c.quotesTitles { return "\"" + name + "\"" }
        if c == .person { return name }  // "Maria Lopez", not "the Maria Lopez"
        // "the Ultra Almonds", but a one-word brand or a domain stands alone ("Spotify", "maple.com").
        if name.hasPrefix("The ") || name.hasPrefix("the ") || !name.contains(" ") { return name }
        return "the " + name
    }

    static func twoAspects(_ c: SubjectClass, _ r: inout CellRandom) -> (SubjectClass.Aspect, SubjectClass.Aspect) {
        let list = c.aspects
        let i = r.below(list.count)
        let j = (i + 1 + r.below(list.count - 1)) % list.count
        return (list[i], list[j])
    }

    /// `{A}`/`{a}` the first aspect (capitalised or not), `{b}` the second, `{va}`/`{vb}` their "was"/"were",
    /// `{ha}` "has"/"have" for the first.
    static func aspectLine(_ template: String, _ a: SubjectClass.Aspect, _ b: SubjectClass.Aspect) -> String {
        SlotFill.fill(template) { key in
            switch key {
            case "va": return a.plural ? "were" : "was"
            case "vb": return b.plural ? "were" : "was"
            case "ia": return a.plural ? "are" : "is"
            case "A": return TextPolish.capitalised(a.text)
            case "a": return a.text
            case "b": return b.text
            default: return nil
            }
        }
    }

    static func fill(_ template: String, s: String, verb: String, r: inout CellRandom) -> String {
        let when = template.contains("{when}") ? r.pick(RowPhrases.when) : ""
        return SlotFill.fill(template) { key in
            switch key {
            case "S": return TextPolish.capitalised(s)
            case "s": return s
            case "verb": return verb
            case "when": return when
            default: return nil
            }
        }
    }


}
