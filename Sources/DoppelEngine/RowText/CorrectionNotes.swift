import DoppelText

/// A published correction: what an earlier version of the piece got wrong ("An earlier version of this article
/// misstated the amount of the settlement."), not "This is a correction, issued on 2024-12-09."
enum CorrectionNotes {
    /// Entity words of a correction.
    static let entityWords: Set<String> = ["correction", "erratum", "errata", "retraction", "clarification"]

    static let facts = ["the date of the council vote", "the amount of the settlement", "the number of people injured",
                        "the year the company was founded", "the location of the meeting", "the title of the report",
                        "the cost of the bridge project", "the final score of the game", "the size of the school district's budget",
                        "the share of voters who backed the measure"]
    static let people = ["the school board president", "a city council member", "the company's chief executive", "the museum's curator",
                         "the team's head coach", "a witness quoted in the story", "the county's health director"]
    static let details = ["date of the public hearing", "figure for the county's budget", "age of the driver", "name of the restaurant",
                          "time of the concert", "address of the new clinic", "price of the tickets"]

    static func write(noun: String, _ r: inout CellRandom) -> String {
        let thing = noun.isEmpty ? "article" : noun
        switch r.below(5) {
        case 0: return "An earlier version of this \(thing) misstated \(r.pick(facts))."
        case 1: return "An earlier version of this \(thing) misspelled the name of \(r.pick(people))."
        case 2: return "A photo caption with an earlier version of this \(thing) misidentified \(r.pick(people))."
        case 3: return "Because of an editing error, an earlier version of this \(thing) gave the wrong \(r.pick(details))."
        default: return "This \(thing) has been updated to correct \(r.pick(facts))."
        }
    }
}
