import Testing
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// "a" or "an" by the sound of the next word, not its first letter.
@Suite struct ArticleTests {
    static let an = ["apple", "egg", "idea", "orange", "umbrella", "hour", "honest", "heir", "honour", "MBA", "FAQ", "SQL",
                     "HTML", "X-ray", "F", "8-hour", "18-year-old", "11", "80", "unusual", "unhappy", "ugly", "upgrade",
                     "early", "extremely", "interesting", "overpriced", "awful", "elegant", "unimportant", "uninstall",
                     "NBA", "SMS", "LED", "RSVP", "ounce", "eight", "Apple", "unanswered"]
    static let a = ["book", "user", "unit", "unique", "university", "European", "one-time", "once-a-year", "URL", "UX", "UK",
                    "house", "hotel", "history", "useful", "usual", "utility", "ewe", "NASA", "NATO", "first-class", "great",
                    "sound", "year", "7", "100", "1,000", "uniform", "euro", "ubiquitous",
                    "B", "U-turn", "unicorn", "uranium", "Utah", "yellow", "wonderful", "one"]

    @Test(arguments: an) func takesAn(word: String) {
        #expect(TextPolish.needsAn(Array(word)), "an \(word)")
    }

    @Test(arguments: a) func takesA(word: String) {
        #expect(!TextPolish.needsAn(Array(word)), "a \(word)")
    }

    /// A sentence that starts with a name written in camel case keeps it (iPhone, eBay); others get their capital.
    @Test func polishKeepsCamelCaseNames() {
        #expect(TextPolish.polish("iPhone SE is a phone. eBay sells it. the end.") == "iPhone SE is a phone. eBay sells it. The end.")
        #expect(TextPolish.capitalised("iPad Air") == "iPad Air" && TextPolish.capitalised("ipad") == "Ipad")
    }

    @Test func polishFixesArticlesAfterWordsAreSwapped() {
        #expect(TextPolish.articles("It was an first-class choice and a extremely sound one.")
                == "It was a first-class choice and an extremely sound one.")
        #expect(TextPolish.polish("a hour with a user and an unicorn") == "An hour with a user and a unicorn")
    }
}
