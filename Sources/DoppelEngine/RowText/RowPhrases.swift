import DoppelText

/// The sentences `RowTextWriter` builds row texts from. Sentiment is carried by
/// what is said (praise, complaints, advice to others), as any reader would see it.
enum RowPhrases {
    static func experienceVerb(_ c: SubjectClass) -> String {
        switch c {
        case .reading, .writing: return "read"
        case .course: return "took"
        case .place: return "visited"
        case .software: return "started using"
        case .media: return "watched"
        case .audio: return "listened to"
        case .food: return "tried"
        case .recipe: return "made"
        case .service, .repair: return "booked"
        case .purchase: return "placed"
        case .workItem: return "reported"
        case .photo, .artwork: return "saw"
        case .product, .collection: return "bought"
        case .person: return "worked with"
        }
    }

    // Someone reviewed in person: "they", never "it".
    static let personPositiveOpeners = [
        "I worked with {s} {when} and I'm really glad I did.",
        "{S} was great to work with.",
        "{S} went above and beyond for us.",
        "I wasn't sure what to expect from {s}, but they were excellent.",
    ]
    static let personMixedOpeners = [
        "I have mixed feelings about {s}.",
        "{S} was fine, but not quite what I expected.",
        "I worked with {s} {when}, and it went okay overall.",
    ]
    static let personNegativeOpeners = [
        "I had high hopes for {s}, but they were a real disappointment.",
        "Unfortunately, {s} was a letdown.",
        "Working with {s} was frustrating from the start.",
        "I worked with {s} {when} and I wish I hadn't.",
    ]
    static let personPositiveClosers = ["Highly recommended.", "I would happily work with them again.", "I'd recommend them to anyone."]
    static let personNegativeClosers = ["I would not recommend them.", "I won't be working with them again.", "I'd look elsewhere next time."]
    static let personPositiveTitles = ["Great to work with", "Highly recommended", "Very professional", "Excellent {n}", "Five stars"]
    static let personMixedTitles = ["Decent, but not great", "Mixed feelings", "An okay {n}", "Fine, nothing special"]
    static let personNegativeTitles = ["Disappointing", "Would not recommend", "A real letdown", "Unprofessional"]

    static let when = ["last month", "a few weeks ago", "earlier this year", "recently", "over the holidays", "last spring"]

    static let positiveOpeners = [
        "I {verb} {s} {when} and I'm really glad I did.",
        "{S} turned out to be exactly what I was hoping for.",
        "I {verb} {s} {when} on a friend's recommendation, and it did not disappoint.",
        "Honestly, {s} is one of the best choices I've made this year.",
        "I wasn't sure what to expect when I {verb} {s}, but I loved it.",
    ]
    static let positiveDetails = [
        "{A} {va} excellent from start to finish.",
        "I especially loved {a}.",
        "{A} {va} a real highlight for me.",
        "{A} {va} even better than I expected.",
        "What impressed me most {va} {a}.",
    ]
    static let positiveSecondDetails = [
        "{A} {va} great too.",
        "On top of that, {a} {va} a pleasant surprise.",
        "I was also happy with {a}.",
    ]
    static let positiveClosers = [
        "I would happily recommend it to anyone.",
        "Highly recommended.",
        "Worth every penny.",
        "I'll definitely come back for more.",
        "A great experience overall.",
    ]

    static let mixedOpeners = [
        "I have mixed feelings about {s}.",
        "{S} was fine, but not quite what I expected.",
        "I {verb} {s} {when}, and it was okay overall.",
        "{S} has its good points and its weak ones.",
    ]
    static let mixedDetails = [
        "{A} {va} good, but {b} {vb} disappointing.",
        "{A} {va} decent, though {b} could be a lot better.",
        "I liked {a}, but {b} let it down.",
        "{A} {va} fine; {b} {vb} only average.",
    ]
    static let mixedClosers = [
        "Not bad, but not great either.",
        "It's okay, though I wouldn't rush to choose it again.",
        "Three stars feels about right.",
        "Worth a try if your expectations are modest.",
    ]

    static let negativeOpeners = [
        "I had high hopes for {s}, but it was a real disappointment.",
        "Unfortunately, {s} was a letdown.",
        "I regret choosing {s}.",
        "I {verb} {s} {when} and I wish I hadn't.",
        "{S} was a frustrating experience from the start.",
    ]
    static let negativeDetails = [
        "{A} {va} poor, and {b} {vb} even worse.",
        "I was frustrated by {a}.",
        "{A} {va} a mess.",
        "{A} {va} nowhere near what was promised.",
        "The biggest problem was {a}.",
    ]
    static let negativeSecondDetails = [
        "{A} {va} disappointing as well.",
        "To make things worse, {a} {va} badly handled.",
        "Even {a} {va} below average.",
    ]
    static let negativeClosers = [
        "I would not recommend it.",
        "Save your money.",
        "I won't be choosing it again.",
        "A waste of time and money.",
    ]

    /// Closers for what nobody pays for (a recipe, a photo): no "Worth every penny", no "Save your money".
    static let freePositiveClosers = positiveClosers.filter { !speaksOfMoney($0) }
    static let freeNegativeClosers = negativeClosers.filter { !speaksOfMoney($0) } + ["Not worth the effort."]
    static func speaksOfMoney(_ s: String) -> Bool { s.contains("penny") || s.contains("money") }

    static let positiveTitles = ["Loved it", "Excellent {n}", "Highly recommended", "A real gem", "Better than expected",
                                 "Great {n}, would choose it again", "Exactly what I wanted", "Five stars"]
    static let mixedTitles = ["Decent, but not great", "Good in parts", "Mixed feelings", "An okay {n}", "Fine, nothing special"]
    static let negativeTitles = ["Disappointing", "Not worth it", "A real letdown", "Would not recommend", "A poor {n}",
                                 "Expected much better"]

    static let positiveComments = [
        "Thanks for sharing {s}. This was really helpful.",
        "Great read! The part about {a} was spot on.",
        "I really enjoyed {s}, and I'm saving it for later.",
        "This is exactly what I needed today. Thank you for writing {s}.",
        "Well put. I had the same experience with {a}.",
    ]
    static let questionComments = [
        "Interesting take in {s}, but I'm not sure I agree with the conclusion.",
        "Does anyone know if there's a follow-up to {s}?",
        "Good points, though I'd have liked more detail on {a}.",
        "Could you say more about {a}? I didn't quite follow that part.",
    ]
    /// Comments on a task: getting it done.
    static let taskComments = [
        "Started on this today.",
        "Blocked until the design is approved.",
        "Done, ready for review.",
        "Moved the due date to next week.",
        "Can someone pick this up? I'm out on Friday.",
        "Left some notes in the shared doc.",
        "Split this into two smaller tasks.",
        "Waiting on feedback from the client.",
        "Halfway there; the rest should be done tomorrow.",
        "Reviewed and approved. Nice work.",
    ]

    /// A customer's feedback on the support a ticket got.
    static let positiveSupportOpeners = [
        "Support sorted out my problem quickly.",
        "I got a clear answer from the support team the same day.",
        "The agent understood the problem right away and fixed it.",
        "Really helpful support from start to finish.",
    ]
    static let positiveSupportClosers = ["Thanks to the team for the help.", "Great service, thank you.",
                                         "I'm very happy with how this was handled."]
    static let mixedSupportOpeners = [
        "My issue was resolved in the end, but it took longer than it should have.",
        "The agent was friendly, but I had to explain the problem twice.",
        "Support got there eventually.",
    ]
    static let negativeSupportOpeners = [
        "I had to chase support several times before anyone looked at my problem.",
        "Support was slow and unhelpful.",
        "My problem is still not properly fixed.",
        "I waited days for a reply that did not help.",
    ]
    static let negativeSupportClosers = ["I expected much better support than this.", "Very disappointing service.",
                                         "I'm unhappy with how this was handled."]

    /// Comments on an issue, bug or ticket: work on it, not praise of it.
    static let workComments = [
        "I can reproduce this on the latest build.",
        "Same here. It started after the last update.",
        "Looking into this now. I'll post an update once I know more.",
        "Added the steps to reproduce and the full error message.",
        "A fix is in review; it should go out with the next release.",
        "Fixed on our side. Can you confirm it works for you now?",
        "This looks like a duplicate of an older report. Linking the two.",
        "Any update here? We still see this every day.",
        "The workaround of restarting helps for a while, but the problem comes back.",
        "Could you attach the logs from when it happened?",
        "Raising the priority: several customers have hit this now.",
        "Confirmed fixed after the update. Thanks for the quick turnaround.",
        "I could not reproduce this with a clean install. Which version are you on?",
        "Assigning this to myself; I'll take a look this week.",
    ]
    /// Comments on a photo someone shared.
    static let photoComments = [
        "Love this shot!", "The light in this is gorgeous.", "Stunning colours.", "This made my day.", "Great composition.",
        "Now I need to visit this place.", "Saving this for inspiration.", "Beautiful, {a} is perfect.", "So good!",
        "This is my favourite of yours so far.",
    ]
    static let photoQuestionComments = [
        "Where was this taken?", "What camera did you use?", "Nice, though {a} looks a bit dark on my screen.",
        "Is this edited? Either way, it works.", "How early did you have to get up for this?",
    ]
    /// A visitor's words on a work of art: what it is like to stand in front of it.
    static let artworkComments = [
        "Even better in person than in the catalogue.", "I could have stood in front of {s} for an hour.",
        "{A} in {s} is extraordinary up close.", "The highlight of my visit.", "I came back a second time just for {s}.",
        "Beautifully shown; {a} is perfect.",
    ]
    static let artworkQuestionComments = [
        "Does anyone know when {s} was last restored?", "Interesting, though {a} was hard to see from behind the rope.",
        "I'd love to know more about how {s} was made.", "Is {s} on loan, or part of the permanent collection?",
    ]
    static let artworkNegativeComments = ["Smaller and duller than I expected.", "Hard to see {s} properly; {a} gets lost in that room."]
    static let photoNegativeComments = ["A bit blurry, sadly.", "Not your best one; {a} looks off to me."]
    static let negativeComments = [
        "I don't think {s} gets {a} right.",
        "Sorry, but {s} misses the point.",
    ]
}
