import DoppelText

/// A newspaper's headlines, by the section the article runs in: a politics story is about a vote or a race, a
/// sports story about a game, not "4 Common Mistakes in Budget Travel". Numbers are drawn, so lines of one
/// section differ.
enum NewsHeadlines {
    /// Words of a dataset of a newspaper or a magazine (singular, as `RowFacts.setting` holds them).
    static let newsWords: Set<String> = ["newspaper", "newsroom", "journalist", "reporter", "tabloid", "gazette", "newswire"]

    static let bySection: [(words: Set<String>, lines: [String])] = [
        (["politics", "election", "government", "state"],
         ["Governor Signs Budget After Late-Night Deal", "Senate Race Tightens as Early Voting Begins", "Council Member Announces Run for Mayor",
          "Lawmakers Debate Limits on Short-Term Rentals", "Turnout Reaches {n}% in Special Election", "Redistricting Plan Heads to the Courts"]),
        (["business", "economy", "money", "finance", "markets"],
         ["Local Manufacturer to Add {n} Jobs", "Grocery Chain Closes Two Stores as Rents Rise", "Startup Raises ${n} Million to Expand",
          "Mortgage Rates Climb for a Third Straight Week", "Downtown Office Vacancies Reach {n}%", "Family Bakery Marks {n} Years on Main Street"]),
        (["sports", "sport"],
         ["Late Goal Lifts Home Side to Opening Win", "Star Guard Out Four Weeks With Ankle Injury", "High School Team Reaches State Final",
          "Rookie Pitcher Strikes Out {n} in Debut", "Marathon Draws Record {n} Runners", "Coach Steps Down After {n} Seasons"]),
        (["opinion", "editorial", "op", "letters", "commentary"],
         ["Our City Needs a Real Plan for Housing", "Why the New Bike Lanes Are Worth the Wait", "Letter: Keep the Library Open on Sundays",
          "The School Budget Deserves a Second Look", "Editorial: Fix the Potholes Before the Next Stadium"]),
        (["arts", "culture", "entertainment", "books", "music", "film", "lifestyle"],
         ["Museum Opens Retrospective of Local Painter", "Review: A Bold New Staging of Hamlet", "Jazz Festival Returns to the Waterfront",
          "Bookstore Celebrates {n} Years With a Reading Series", "Community Theater Sells Out Its Spring Musical"]),
        (["health", "wellness", "medicine"],
         ["Flu Cases Rise Earlier Than Usual, Doctors Say", "Hospital Opens New Maternity Wing", "Study Links Daily Walks to Better Sleep",
          "Clinic Waits Stretch to {n} Days as Staff Shortage Persists", "County Offers Free Vaccines at {n} Pharmacies"]),
        (["technology", "tech", "science", "climate", "environment"],
         ["City Rolls Out Free Public Wi-Fi Downtown", "Data Breach Exposes Records at Regional Retailer",
          "Researchers Track Rare Bird's Return to Wetlands", "Study Finds Ocean Temperatures at Record High",
          "Utility to Install {n} Electric Vehicle Chargers", "What the New Phone Privacy Rules Mean for You"]),
        (["world", "international", "national", "nation"],
         ["Talks Resume After a Week of Border Tensions", "Floods Force Thousands From Their Homes", "Leaders Meet to Discuss Trade Pact",
          "Aid Arrives as Storm Death Toll Climbs to {n}", "Ceasefire Holds for a Second Day"]),
        (["news", "local", "metro", "city", "community", "education", "crime"],
         ["City Council Approves {n}% Rise in Water Rates", "School Board Delays Vote on New Calendar",
          "Residents Push Back on Plan for Downtown Parking Garage", "Road Closures Expected as Bridge Repairs Begin",
          "Library Extends Weekend Hours After Strong Demand", "Police Investigate Break-Ins at {n} Storage Units",
          "Fire Crews Contain Warehouse Blaze Near the River"]),
    ]

    /// A headline for an article in `section` (its words, any case), a local news headline when there is no section,
    /// and nil for a section that is a topic of its own ("Fitness": the article is about it).
    static func headline(section: String?, _ r: inout CellRandom) -> String? {
        let words = Set((section ?? "").lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
        let found = bySection.first { !$0.words.isDisjoint(with: words) }?.lines
        if found == nil, !words.isEmpty { return nil }
        let lines = found ?? bySection[bySection.count - 1].lines
        return SlotFill.fill(r.pick(lines)) { $0 == "n" ? r.pick(["3", "4", "6", "8", "12", "15", "20", "25", "40", "120", "350"]) : nil }
    }
}
