import DoppelText

/// Describes the row's own thing: it names the row (its name or title) and its
/// category, and says what a thing of that kind is for, so the description
/// agrees with the columns beside it.
enum RowDescriptionWriter {
    static func write(_ f: RowFacts, _ r: inout CellRandom) -> String {
        let c = SubjectClass(noun: f.noun)
        let name = f.name.map { c.quotesTitles ? "\"" + $0 + "\"" : $0 } ?? "This " + f.noun
        let kind = kindPhrase(f, c)
        let by = f.maker.map { " by " + $0 } ?? ""
        if RowTitleWriter.family(ofNoun: f.noun) == .event {
            return "\(name) is a \(kind) that brings together \(r.pick(eventCrowds)) for \(r.pick(eventDays))."
        }
        switch c {
        case .writing:
            // A post or an essay makes a point: a subject, not a plot.
            return "\(name) is a \(kind)\(by). It \(r.pick(nonFictionAims)). \(r.pick(nonFictionVerdicts))"
        case .reading where isNonFiction(f.category):
            // A biography or a cookbook has a subject, not a plot.
            return "\(name) is a \(kind)\(by). It \(r.pick(nonFictionAims)). \(r.pick(nonFictionVerdicts))"
        case .reading:
            return "\(name) is a \(kind)\(by). It follows \(r.pick(protagonists)) who \(r.pick(goals)). \(r.pick(readingVerdicts))"
        case .course:
            return "\(name) is a \(kind)\(by.isEmpty ? "" : " taught" + by) that \(r.pick(courseAims)). \(r.pick(courseFormats))"
        case .media:
            return "\(name) is a \(kind)\(by). \(r.pick(mediaLines))"
        case .audio:
            return "\(name) is a \(kind)\(by.isEmpty ? "" : " hosted" + by). \(r.pick(audioLines))"
        case .photo:
            return "\(name) is a \(kind)\(by). \(r.pick(photoLines))"
        case .artwork:
            return "\(name) is \(TextPolish.needsAn(Array(kind)) ? "an" : "a") \(kind)\(by). \(r.pick(artworkLines))"
        case .place:
            return "\(name) is a \(kind) \(r.pick(placeLines))"
        case .software:
            return "\(name) is a \(kind)\(by) that \(r.pick(softwareAims))."
        case .food, .recipe:
            return "\(name) is a \(kind) \(r.pick(foodLines))"
        case .service, .purchase:
            return "\(name) is a \(kind)\(by). \(r.pick(serviceLines))"
        case .workItem, .repair:
            // (A repair job's own description is its record's, with its trade's problem: `applyRecordText`.)
            return "\(name) is a \(kind). \(r.pick(workLines))"
        case .person:
            return "\(name) is \(TextPolish.needsAn(Array(kind)) ? "an" : "a") \(kind) \(r.pick(personLines))"
        case .collection:
            return "\(r.pick(collectionLines)) \(f.name ?? "this " + f.noun)\(r.pick(collectionEnds))"
        case .product:
            // A shop's own goods say what they are and what suits them: no warranty on a croissant.
            if let shop = ShopGoods.category(named: f.category) {
                return "\(name) is a \(shop.noun)\(by) \(r.pick(shop.lines))"
            }
            // A product of a category the kinds know says what is said of that category's products: no
            // warranty on almonds, no set-up for a novel.
            if let points = f.category.flatMap({ categorySellingPoints[$0.lowercased()] }) {
                return "\(name) is a \(kind)\(by). \(r.pick(points))"
            }
            return "\(name) is a \(kind)\(by) \(r.pick(productLines)) \(r.pick(productExtras))"
        }
    }

    /// `Words.sellingPoints` by lowercased category name.
    static let categorySellingPoints: [String: [String]] = Dictionary(uniqueKeysWithValues: (0..<Words.categories.count).map { k in
        (Words.categories.string(k).lowercased(), (0..<Words.sellingPoints[k].count).map(Words.sellingPoints[k].string))
    })

    static let workLines = [
        "It says what went wrong, how to make it happen again and what was expected instead.",
        "It lists the steps to reproduce, the version affected and the error shown.",
        "It collects the reports, the logs and the discussion until it is fixed.",
        "It records who is working on it and what is left to do.",
    ]

    /// "mystery novel", "kitchen product": the category (lowercased unless it is a proper name) before the noun.
    static func kindPhrase(_ f: RowFacts, _ c: SubjectClass) -> String {
        let noun = c == .reading && f.noun == "book" ? "book" : f.noun
        guard let category = f.category?.trimmingSpaces, !category.isEmpty else { return noun }
        let words = category.split(separator: " ")
        // Acronyms (SUV) and nationalities (Italian, Japanese) keep their capitals; other categories read as common nouns.
        let keep = words.allSatisfy { $0.count > 1 && $0.allSatisfy(\.isUppercase) }
            || (words.count == 1 && demonymEndings.contains { category.hasSuffix($0) } && category.first?.isUppercase == true)
        let lowered = keep ? category : category.lowercased()
        if lowered.lowercased().hasSuffix(noun.lowercased()) { return lowered }
        return lowered + " " + noun
    }


    /// True when a book's category is non-fiction: it is about something real, so it has no plot.
    static func isNonFiction(_ category: String?) -> Bool {
        guard let words = category?.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init),
              !words.isEmpty, !words.contains("fiction") || words.contains("non-fiction") || words.contains("nonfiction") else { return false }
        return !nonFictionWords.isDisjoint(with: words)
    }

    static let nonFictionWords: Set<String> = [
        "biography", "autobiography", "memoir", "memoirs", "history", "self-help", "business", "cookbook", "cooking", "travel",
        "science", "health", "psychology", "philosophy", "politics", "economics", "reference", "non-fiction", "nonfiction",
        "essays", "essay", "religion", "spirituality", "technology", "programming", "parenting", "finance", "true", "guide",
        "education", "textbook", "art", "design", "nature", "sports", "fitness", "diet", "gardening", "law", "medicine",
    ]
    static let nonFictionAims = ["draws on years of research and first-hand accounts", "explains its subject in clear, practical terms",
                                 "combines careful research with vivid examples", "offers practical advice readers can use straight away",
                                 "covers its subject from the basics to the finer points"]
    static let nonFictionVerdicts = ["Informative without being dry.", "A useful reference to keep on the shelf.",
                                     "Well researched and clearly written.", "An accessible introduction for newcomers."]

    /// Endings of nationality adjectives, written with a capital in English.
    static let demonymEndings = ["ian", "ean", "can", "ese", "ish", "nch", "hai", "eek", "tch", "ican"]

    static let protagonists = ["a young detective", "two estranged sisters", "a retired teacher", "a ship's doctor",
                               "a small-town journalist", "an ambitious chef", "a grieving father", "a runaway heiress",
                               "a reluctant soldier", "an elderly widow"]
    static let goals = ["uncovers a secret that could change everything", "must choose between duty and family",
                        "sets out to find a missing friend", "tries to rebuild a life after a long absence",
                        "returns home to face an old mistake", "is drawn into a conflict far bigger than expected"]
    static let readingVerdicts = ["A gripping read from the first page.", "Thoughtful, warm and often funny.",
                                  "A moving story that stays with you.", "Sharp, well paced and hard to put down."]
    static let courseAims = ["takes you from the basics to confident practice", "covers the essentials step by step",
                             "builds practical skills you can use at work straight away",
                             "prepares you for real projects with guided practice"]
    static let courseFormats = ["Each lesson ends with a short exercise.", "It includes video lessons, quizzes and a final project.",
                                "Learners can go at their own pace.", "No prior experience is needed."]
    static let mediaLines = ["Critics praised its performances and its score.", "It has found a loyal audience since its release.",
                             "It is best enjoyed without spoilers.", "Its closing scenes are still talked about."]
    static let audioLines = ["New episodes come out every week.", "Each episode runs about the length of a commute.",
                             "It mixes interviews with listeners' questions.", "A good place to start for newcomers to the subject."]
    static let photoLines = ["Taken in the soft light just after sunrise.", "Shot on a phone, with no filter.",
                             "The colours are as they came out of the camera.", "Part of a series from a weekend away."]
    static let artworkLines = ["It rewards a long look.", "Visitors often stop in front of it for minutes.",
                               "It was restored in the last decade.", "It is one of the most photographed works in the collection.",
                               "The label beside it tells how it was made."]
    static let personLines = ["known for clear communication.", "with a calm, patient approach.", "who is always well prepared.",
                              "with a strong track record.", "who is easy to work with."]
    static let placeLines = ["with friendly staff and a convenient location.", "known for its relaxed atmosphere and attentive service.",
                             "close to public transport and local shops.", "that is popular with locals and visitors alike."]
    static let softwareAims = ["helps teams get routine work done faster", "keeps your data organised in one place",
                               "makes everyday tasks simpler", "works on desktop and mobile"]
    static let foodLines = ["made with fresh, seasonal ingredients.", "that is simple to prepare and full of flavour.",
                            "loved for its generous portions.", "that pairs well with a light salad."]
    static let serviceLines = ["Booking takes only a few minutes.", "Customers can change or cancel up to a day in advance.",
                               "It is available every day of the week."]
    static let collectionLines = ["Everything in", "Browse our range of", "Shop the best of", "Popular picks in"]
    static let collectionEnds = [", from everyday essentials to new arrivals.", ", chosen for quality and value.",
                                 ", updated every week.", ", with free returns on every order."]
    static let eventCrowds = ["speakers, makers and fans", "local artists and their audiences", "practitioners and newcomers alike",
                              "families and friends"]
    static let eventDays = ["a day of talks, workshops and networking", "an evening of live performances",
                            "two days of sessions and demonstrations", "a weekend of food, music and conversation"]
    static let productLines = ["designed for everyday use.", "made to last.", "built with comfort and reliability in mind.",
                               "that is easy to set up and use."]
    static let productExtras = ["It comes with a one-year warranty.", "It is easy to clean and store.",
                                "Customers often buy it as a gift.", "It ships in recyclable packaging.", ""]
}

extension String {
    /// Without leading and trailing spaces.
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
