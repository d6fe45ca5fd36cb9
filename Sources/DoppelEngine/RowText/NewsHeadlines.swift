import DoppelText

/// A newspaper's headlines, by the section the article runs in: a politics story is about a vote or a race, a
/// sports story about a game, not "4 Common Mistakes in Budget Travel". Numbers are drawn, so lines of one
/// section differ.
package enum NewsHeadlines {
    /// Words of a dataset of a newspaper or a magazine (singular, as `RowFacts.setting` holds them).
    package static let newsWords: Set<String> = ["news", "newspaper", "newsroom", "journalist", "reporter", "tabloid", "gazette", "newswire"]

    /// Each section's headlines, and for each the first lines of its story (`lede`), in the same order.
    static let bySection: [(words: Set<String>, lines: [String], ledes: [String])] = [
        (["politics", "election", "government", "state"],
         ["Governor Signs Budget After Late-Night Deal", "Senate Race Tightens as Early Voting Begins", "Council Member Announces Run for Mayor",
          "Lawmakers Debate Limits on Short-Term Rentals", "Turnout Reaches {pct}% in Special Election", "Redistricting Plan Heads to the Courts"],
         ["The governor signed the spending plan hours after lawmakers reached a deal late on Thursday, ending weeks of talks.", "Early voting opened this week with the two candidates separated by a few points in the latest poll.", "The two-term council member confirmed the run at a news conference outside City Hall on Monday.", "Lawmakers heard from hosts, neighbors and hotel owners at a hearing that ran past midnight.", "Election officials said {pct}% of registered voters cast a ballot, well above what they had expected for a special election.", "Two voter groups filed suit within hours of the vote, arguing that the new map splits neighborhoods."]),
        (["business", "economy", "money", "finance", "markets"],
         ["Local Manufacturer to Add {many} Jobs", "Grocery Chain Closes Two Stores as Rents Rise", "Startup Raises ${few} Million to Expand",
          "Mortgage Rates Climb for a Third Straight Week", "Downtown Office Vacancies Reach {pct}%", "Family Bakery Marks {years} Years on Main Street"],
         ["The company said the {many} new jobs would come with a second shift at its plant by the spring.", "The chain said rising rents left it no choice, and staff will be offered jobs at its other stores.", "The startup said the ${few} million round would pay for new hires and a second office.", "Rates rose again this week, and lenders said buyers are taking longer to decide.", "A survey by a commercial broker found {pct}% of downtown office space empty at the end of the quarter.", "The owners marked {years} years in business with free coffee and a photo wall of the bakery's early days."]),
        (["sports", "sport"],
         ["Late Goal Lifts Home Side to Opening Win", "Star Guard Out Four Weeks With Ankle Injury", "High School Team Reaches State Final",
          "Rookie Pitcher Strikes Out {few} in Debut", "Marathon Draws Record {big} Runners", "Coach Steps Down After {few} Seasons"],
         ["A goal in the final minutes gave the home side the win in front of a full stadium.", "The team said the guard injured the ankle in practice and is expected back in about four weeks.", "The team reached the final with a narrow win on Saturday and will play for the title next weekend.", "The rookie struck out {few} batters over six innings in a debut the crowd will not soon forget.", "Organizers said {big} runners started the race, the most since it began.", "The coach announced the decision to players on Tuesday after {few} seasons in charge."]),
        (["opinion", "editorial", "op", "letters", "commentary"],
         ["Our City Needs a Real Plan for Housing", "Why the New Bike Lanes Are Worth the Wait", "Letter: Keep the Library Open on Sundays",
          "The School Budget Deserves a Second Look", "Editorial: Fix the Potholes Before the Next Stadium"],
         ["Rents keep rising faster than wages, and the city still has no plan that matches the scale of the problem.", "The lanes slowed traffic for a few months, but they have already made the busiest streets safer.", "Closing the library on Sundays would cut off the families who use it most.", "The budget asks for more than it explains, and parents deserve clearer answers before it passes.", "Roads that shake cars apart should come before a new stadium, and the council should say so."]),
        (["arts", "culture", "entertainment", "books", "music", "film", "lifestyle"],
         ["Museum Opens Retrospective of Local Painter", "Review: A Bold New Staging of Hamlet", "Jazz Festival Returns to the Waterfront",
          "Bookstore Celebrates {years} Years With a Reading Series", "Community Theater Sells Out Its Spring Musical"],
         ["The exhibition gathers more than sixty works from four decades of the painter's career.", "The production sets the play in a modern newsroom, and most of the gamble pays off.", "The festival returns this weekend with free stages along the waterfront.", "The bookstore marks {years} years with a season of readings by local authors.", "Every seat for the spring musical sold within days, and the theater is adding a matinee."]),
        (["health", "wellness", "medicine"],
         ["Flu Cases Rise Earlier Than Usual, Doctors Say", "Hospital Opens New Maternity Wing", "Study Links Daily Walks to Better Sleep",
          "Clinic Waits Stretch to {few} Days as Staff Shortage Persists", "County Offers Free Vaccines at {few} Pharmacies"],
         ["Doctors said the first flu cases arrived weeks earlier than usual and urged people to get vaccinated.", "The new wing adds delivery rooms and a neonatal unit, and the first patients arrive next month.", "Researchers found that people who walked every day slept longer and woke less often.", "Patients now wait up to {few} days for an appointment, and the clinic says it is hiring.", "The county said the free vaccines will be available at {few} pharmacies through the end of the month."]),
        (["technology", "tech", "science", "climate", "environment"],
         ["City Rolls Out Free Public Wi-Fi Downtown", "Data Breach Exposes Records at Regional Retailer",
          "Researchers Track Rare Bird's Return to Wetlands", "Study Finds Ocean Temperatures at Record High",
          "Utility to Install {many} Electric Vehicle Chargers", "What the New Phone Privacy Rules Mean for You"],
         ["The free network covers the main streets downtown, and the city plans to extend it next year.", "The retailer said the breach exposed names and email addresses, and it is notifying customers.", "Volunteers counted several pairs of the bird at the wetlands for the first time in a decade.", "Scientists said the readings were the highest since records began.", "The utility said the {many} chargers will go in at libraries, parks and park-and-ride lots.", "The rules limit how apps collect location data, and they take effect in the new year."]),
        (["world", "international", "national", "nation"],
         ["Talks Resume After a Week of Border Tensions", "Floods Force Thousands From Their Homes", "Leaders Meet to Discuss Trade Pact",
          "Aid Arrives as Storm Death Toll Climbs to {few}", "Ceasefire Holds for a Second Day"],
         ["Negotiators returned to the table after a week of tension along the border.", "Officials said thousands of people left their homes as rivers rose after days of rain.", "The leaders met for two days to discuss the trade pact, and aides said progress was slow.", "Aid reached the hardest-hit towns as officials said the death toll had climbed to {few}.", "The ceasefire held for a second day, and aid groups began moving supplies."]),
        (["news", "local", "metro", "city", "community", "education", "crime"],
         ["City Council Approves {few}% Rise in Water Rates", "School Board Delays Vote on New Calendar",
          "Residents Push Back on Plan for Downtown Parking Garage", "Road Closures Expected as Bridge Repairs Begin",
          "Library Extends Weekend Hours After Strong Demand", "Police Investigate Break-Ins at {few} Storage Units",
          "Fire Crews Contain Warehouse Blaze Near the River"],
         ["The council approved the {few}% increase on a split vote, and the new rates start next month.", "The board postponed the vote after parents asked for more time to review the calendar.", "Residents filled the meeting to object to the garage, which would replace a public square.", "Drivers should expect lane closures for several weeks while crews repair the bridge.", "The library will open on Sunday afternoons after strong demand during a trial this summer.", "Police said {few} units were broken into over the weekend and asked anyone with information to call.", "Firefighters contained the blaze within two hours, and no one was hurt."]),
    ]

    /// A headline for an article in `section` (its words, any case), a local news headline when there is no section,
    /// and nil for a section that is a topic of its own ("Fitness": the article is about it).
    static func headline(section: String?, _ f: RowFacts? = nil, _ r: inout CellRandom) -> String? {
        let words = Set((section ?? "").lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
        let found = bySection.first { !$0.words.isDisjoint(with: words) }?.lines
        if found == nil, !words.isEmpty { return nil }
        let lines = found ?? bySection[bySection.count - 1].lines
        // (distinct by row while rows last: one section's stories all differ)
        let line = f.map { lines[$0.distinctPick(lines.count, &r)] } ?? r.pick(lines)
        return SlotFill.fill(line) { slot in number(String(slot), &r) }
    }

    /// A number for a headline's slot, in the range its story allows: a share (`pct`), a handful (`few`), hundreds
    /// (`many`), years in business (`years`), a crowd (`big`).
    static func number(_ slot: String, _ r: inout CellRandom) -> String? {
        switch slot {
        case "pct": return String(r.between(12, 68))
        case "few": return String(r.between(3, 15))
        case "many": return String(r.between(12, 90) * 10)
        case "years": return String(r.between(5, 60))
        case "big": return String(r.between(12, 300) * 100)
        default: return nil
        }
    }

    /// The first lines of the story under `headline`, when it is one of these headlines: its number, if any, is the
    /// headline's (a race of 350 runners is a race of 350 runners). Nil for a headline written elsewhere.
    static func lede(forHeadline headline: String) -> String? {
        for section in bySection {
            for (k, line) in section.lines.enumerated() {
                guard let open = line.range(of: "{"), let close = line.range(of: "}", range: open.upperBound..<line.endIndex) else {
                    if line == headline { return section.ledes[k] }
                    continue
                }
                let head = line[..<open.lowerBound], tail = line[close.upperBound...], slot = line[open.lowerBound..<close.upperBound]
                guard headline.count > head.count + tail.count, headline.hasPrefix(head), headline.hasSuffix(tail) else { continue }
                let n = headline.dropFirst(head.count).dropLast(tail.count)
                guard n.allSatisfy(\.isNumber) else { continue }
                return section.ledes[k].replacingOccurrences(of: String(slot), with: String(n))
            }
        }
        return nil
    }
}
