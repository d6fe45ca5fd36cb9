/// General English for judging things: feelings, reactions, intensifiers, times.
///
/// Nothing here names a product; `ReviewComposer` joins these to a product type's
/// facets. Each list is plain evaluative language a reader would take as praise or
/// complaint, so the review's direction is visible in what it says about its facets.
enum ReviewWords {
    /// Intensifiers placed before a single-word quality.
    static let intensifiers = ["really", "genuinely", "remarkably", "properly", "consistently", "surprisingly",
                               "thoroughly", "truly", "wonderfully", "impressively", "seriously", "notably", "beautifully", "delightfully", "admirably", "reliably",
                               "unusually", "exceptionally", "incredibly", "pleasantly", "refreshingly", "reassuringly", "perfectly",
                               "very", "extremely", "quite", "decidedly", "always", "so", "gloriously"]
    static let harshIntensifiers = ["really", "frankly", "genuinely", "consistently", "seriously", "downright",
                                    "honestly", "shockingly", "utterly", "ridiculously", "painfully", "woefully", "appallingly", "embarrassingly",
                                    "unbelievably", "staggeringly", "depressingly", "hopelessly", "comically", "absurdly", "dismally",
                                    "completely", "totally", "very", "extremely", "annoyingly", "alarmingly", "infuriatingly", "so"]

    /// Feelings a reviewer had, used as "I was X with/by …".
    static let pleased = ["delighted", "pleased", "happy", "impressed", "thrilled", "really pleased", "very happy",
                          "quietly impressed", "genuinely happy", "over the moon", "chuffed"]
    /// With their preposition: "I was X the …".
    static let displeasedBy = ["disappointed by", "frustrated with", "annoyed by", "let down by", "fed up with", "put off by",
                               "unhappy with", "really disappointed with", "deeply frustrated by", "thoroughly annoyed by", "appalled by", "irritated by", "angry about", "dismayed by", "baffled by"]

    /// Tails after a comma: what a good or bad facet did to the whole experience ({visit} is filled in).
    static let goodTails = ["which made the whole {visit} easier", "and that set the tone", "a lovely surprise",
                            "exactly what I had hoped for", "which I did not expect at this price",
                            "and it made a real difference", "which put me in a great mood", "and that is why I keep coming back",
                            "a genuine pleasure", "something more places should get right", "and it showed",
                            "which won me over", "and I loved that", "which made my {visit} so much better",
                            "a real highlight", "and I was grateful for it", "which is rarer than it should be", "which I will remember", "and it saved me real time", "a small joy every day", "which felt like good value", "and nothing was too much trouble", "which took the stress out of everything", "and I told everyone about it", "which made the price feel fair", "and it felt thoughtful", "a detail that made me smile", "which beat my expectations"]
    static let badTails = ["which spoiled the whole {visit}", "and nobody seemed to care", "a real letdown",
                           "which is simply not acceptable", "and it ruined my mood", "which left me angry",
                           "and that was the final straw", "which is hard to forgive", "a frustrating waste of time",
                           "and I still feel cheated", "which made everything harder", "a miserable start",
                           "and the apology was half-hearted", "which is poor for the price", "and I regret paying for it",
                           "which tells you how little they care", "a disappointing failure", "and it cost me hours", "which felt like a con", "a shambles from start to finish", "and I felt ignored", "which took the joy out of everything", "and nobody took responsibility", "which is sloppy at best", "and I paid full price for it", "which says everything about their standards", "a truly miserable experience", "and I gave up complaining"]

    /// Whole short reactions, for after a plain statement of fact.
    static let goodReactions = ["Brilliant.", "I loved it.", "Very impressive.", "That made my day.", "Great stuff.",
                                "What a pleasant surprise.", "Exactly right.", "Full marks for that.", "A real treat.", "Superb.", "Lovely.", "No complaints at all.", "Perfect.", "Just what I needed."]
    static let badReactions = ["That was infuriating.", "Not good enough.", "Unacceptable.", "Really poor.",
                               "I was furious.", "What a mess.", "Awful, frankly.", "That is a disgrace.",
                               "Disappointing, to say the least.", "Shameful.", "Pathetic.", "Ridiculous.", "Not acceptable."]

    /// Judgements that fit any noun ("the mattress was superb", "the app was woeful"), drawn beside
    /// a facet's own qualities so the same facet is not always judged in the same words.
    static let anyGood = ["excellent", "superb", "first-rate", "outstanding", "impressive", "terrific", "faultless",
                          "brilliant", "wonderful", "lovely", "fantastic", "marvellous", "fabulous", "impeccable",
                          "splendid", "exemplary", "top-notch", "spot on", "a delight", "a joy", "first-class",
                          "exceptional", "better than expected", "a pleasant surprise", "a real plus", "a highlight",
                          "hard to fault", "very good", "great", "a cut above"]
    static let anyBad = ["disappointing", "poor", "subpar", "mediocre", "shoddy", "substandard", "lacklustre",
                         "underwhelming", "second-rate", "dire", "dreadful", "awful", "terrible", "woeful", "abysmal",
                         "dismal", "pitiful", "appalling", "atrocious", "a letdown", "a disgrace", "a joke", "a mess",
                         "a real low point", "worse than expected", "hard to excuse", "unacceptable", "not good enough",
                         "a disaster", "rubbish", "pathetic"]

    /// Adjectives that are already at the end of their scale: "absolutely superb", never "very superb".
    static let extremes: Set<String> = ["excellent", "superb", "first-rate", "outstanding", "terrific", "faultless",
                                        "brilliant", "wonderful", "fantastic", "marvellous", "fabulous", "impeccable",
                                        "splendid", "exemplary", "top-notch", "first-class", "exceptional", "perfect",
                                        "immaculate", "spotless", "stunning", "gorgeous", "delicious", "dire", "dreadful",
                                        "awful", "terrible", "woeful", "abysmal", "dismal", "pitiful", "appalling",
                                        "atrocious", "unacceptable", "pathetic", "rubbish", "disastrous", "hopeless",
                                        "useless", "inedible", "filthy", "outrageous", "shameful", "ridiculous", "infuriating"]
    /// Adjectives that are either so or not, with no degrees: "completely missing", never
    /// "slightly missing" or "really missing"; softened, they happen "at times".
    static let absolutes: Set<String> = ["missing", "wrong", "broken", "dead", "lost", "empty", "absent", "closed",
                                         "cancelled", "ignored", "forgotten", "unavailable", "locked", "frozen", "stuck",
                                         "expired", "rejected", "missed", "wiped", "blank", "unmarked", "included",
                                         "provided", "accepted", "honoured", "respected", "correct", "free", "intact",
                                         "impossible", "out of order", "out of date", "up to date", "on time"]
    /// Intensifiers that fit an absolute adjective.
    static let absoluteIntensifiers = ["completely", "totally", "simply", "just", "entirely"]
    /// Plain intensifiers for a two-word reaction ("So lovely.", "Utterly careless.").
    static let reactionIntensifiers = ["so", "thoroughly", "wonderfully", "properly", "unusually"]
    static let harshReactionIntensifiers = ["so", "utterly", "simply", "thoroughly", "downright", "plain"]
    /// Intensifiers that fit an extreme adjective.
    static let extremeIntensifiers = ["really", "absolutely", "truly", "simply", "genuinely", "utterly", "just"]

    /// Words for a short reaction built as "{intensifier} {word}." ("Genuinely lovely.").
    /// (Words that fit any event, "kind" or "generous" would not fit a fast connection; and
    /// none the `Thesaurus` swaps, so two reactions never become one sentence after it.)
    /// (Not "charming" or "clever", which judge a person or a design, not "7 squat racks".)
    static let reactionGood = ["lovely", "brilliant", "reassuring", "pleasing", "refreshing", "nice", "satisfying",
                               "handy", "heartening", "welcome", "useful"]
    static let reactionBad = ["poor", "infuriating", "careless", "shoddy", "pathetic", "unprofessional", "exhausting",
                              "shameful", "ridiculous", "bad", "sloppy", "feeble", "lazy", "clumsy", "galling", "dismal"]

    /// Times at which something held or failed, tense-neutral for a past-tense sentence.
    static let times = ["From the start", "Right away", "From the first minute", "Early on", "Every time I checked",
                        "Without exception", "Right from the first day", "From what I saw", "Straight away", "Sure enough", "Before long", "Within minutes"]
    static let badTimes = ["To nobody's surprise", "Predictably", "Sadly but predictably", "As I feared"]
    static let repeats = ["twice", "three times", "four times", "repeatedly", "more than once", "several times"]

    /// Openers that carry the verdict first ({it} is the product, {visit} what the reviewer did with it).
    static let goodOpeners = ["I'm so glad I chose {it}.", "What a great {visit}!", "{it} turned out to be an excellent choice.",
                              "I can't say enough good things about {it}.", "{it} was a wonderful surprise.",
                              "Really happy with {it}, and here is why.", "{it} deserves every good review it gets.",
                              "My {visit} was a real pleasure.", "I loved every part of my {visit}."]
    static let badOpeners = ["I'm sorry to say {it} was a huge disappointment.", "What a miserable {visit}.",
                             "I regret choosing {it}.", "{it} let me down badly.", "My {visit} was a frustrating mess.",
                             "I had high hopes for {it}, and it failed them.", "I'm still angry about this {visit}.",
                             "{it} was a poor choice, and I paid for it.", "Honestly, {it} was awful."]
    static let mixedOpeners = ["{it} is fine, with some real flaws.", "My {visit} was a mixed bag.",
                               "I have mixed feelings about {it}.", "{it} gets some things right and others badly wrong.",
                               "{it} is okay, no more."]

    static let goodVerdicts = ["Overall, I'd happily recommend {it}.", "All in all, I would gladly go back to {it}.",
                               "In short, {it} is worth every penny.", "Bottom line: a great choice, and I'd choose it again.",
                               "I'll definitely be back, and I'll bring friends.", "Highly recommended.",
                               "An easy recommendation from me.", "I can't wait for my next {visit}.",
                               "If you are on the fence, go for it; you won't regret it."]
    static let badVerdicts = ["Overall, I cannot recommend {it}, and I won't be back.", "Save your money and look elsewhere.",
                              "In short, avoid {it}.", "Bottom line: not worth the money or the stress.",
                              "I will not be using {it} again.", "Never again.", "Avoid it unless you enjoy wasting money.",
                              "I'm moving elsewhere, and I'd advise you to do the same.", "Spend your money somewhere that cares."]
    static let mixedVerdicts = ["Overall, {it} is average: fine if expectations are modest.", "I might go back, but only with low expectations.",
                                "Three stars feels fair: decent, not great.", "It does the job, no more and no less.",
                                "On balance, okay, but there is room to improve."]
}
