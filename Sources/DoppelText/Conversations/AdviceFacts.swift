/// The figures of one advice conversation, drawn once and remembered, so the asker
/// states them and every answer works from the same ones (hours a week, weeks, budget,
/// savings target, …), with the derived figures (total hours, monthly amount, the
/// gap to close) computed rather than drawn.
enum AdviceFacts {
    /// How to try one of a kind of thing before committing to it: a book's first chapter, a restaurant's lunch menu.
    static func sampleTip(_ thing: String) -> String {
        switch thing {
        case "book", "novel", "read", "audiobook", "memoir", "biography", "comic", "manga":
            return "Read the first chapter before you buy it, or borrow it from the library first."
        case "restaurant", "cafe", "café", "bar", "pub", "bistro", "bakery", "brunch", "place", "spot", "eatery":
            return "Look at the menu and the most recent photos, and go for lunch first: it costs less and tells you almost as much."
        case "film", "movie", "series", "show", "documentary", "anime", "drama":
            return "Watch the trailer and the first ten minutes; if it hasn't caught you by then, it rarely does."
        case "podcast":
            return "Listen to one episode from the middle of the run, not the first; early episodes are often the weakest."
        case "album", "song", "band", "artist", "playlist", "music":
            return "Listen to two tracks all the way through, one of them not the single, before you judge it."
        case "game", "boardgame":
            return "Watch twenty minutes of someone playing it, or try the demo, before you pay full price."
        case "hike", "trail", "walk", "route", "beach", "park", "museum", "gallery":
            return "Read two or three recent trip reports and check the opening times or conditions for the day you plan to go."
        default:
            return "Try a small, cheap version first where you can, and keep a note of what you liked about it."
        }
    }

    static func remember(_ topic: AdviceTopic, into g: inout Grammar, rng: inout TextRNG) {
        g.remember("activity", topic.activity)
        g.remember("your_activity", topic.yourActivity)
        g.remember("the_object", topic.theObject)
        g.remember("skill", topic.skill)
        g.remember("situation", AdviceTopic.yours(topic.situation))
        g.remember("situation_tail", topic.situation.isEmpty ? "" : " " + topic.situation)
        // things to try: what they are, where, and how to sample one before committing to it
        if topic.goal == .recommendation {
            let words = topic.thing.split(separator: " ").map(String.init)
            let things = (words.dropLast() + [Inflector.plural(words.last ?? "one")]).joined(separator: " ")
            g.remember("thing", topic.thing)
            g.remember("a_thing", (TextPolish.needsAn(Array(topic.thing)) ? "an " : "a ") + topic.thing)
            g.remember("things", things)
            g.remember("place_tail", topic.placeTail)
            g.remember("sample_tip", Self.sampleTip(words.last ?? ""))
        }
        let shortGoal = topic.goal == .event || topic.goal == .decision || topic.goal == .study
        // A gathering (a dinner party, a barbecue) is weeks away, not months, and costs less.
        let gathering = topic.goal == .project && topic.isGathering
        let weeks = gathering ? rng.int(in: 2...4) : shortGoal ? rng.int(in: 3...8) : rng.int(in: 6...16)
        let hours = gathering ? rng.int(in: 2...4) : rng.int(in: 2...6)
        let session = [20, 30, 45][rng.below(3)]
        let days = rng.int(in: 3...5)
        let budget = gathering ? rng.int(in: 3...12) * 25 : rng.int(in: 2...14) * 50
        g.remember("weeks", String(weeks))
        g.remember("hours", String(hours))
        g.remember("total_hours", String(hours * weeks))
        g.remember("half_hours", duration(minutes: hours * 30))
        g.remember("session", String(session))
        g.remember("days", String(days))
        g.remember("weekly_time", duration(minutes: session * days))
        g.remember("warm", String(max(5, session / 4 / 5 * 5)))
        g.remember("check_week", String(max(2, weeks / 3)))
        g.remember("budget", dollars(budget))
        g.remember("spare", dollars(max(10, budget / 5 / 10 * 10)))
        g.remember("must", ["two", "three", "four"][rng.below(3)])
        let months = rng.int(in: 6...24)
        let target = rng.int(in: 3...40) * 500
        let monthly = (target + months * 10 - 1) / (months * 10) * 10
        let current = max(10, monthly * rng.int(in: 30...70) / 100 / 10 * 10)
        g.remember("months", String(months))
        g.remember("target", dollars(target))
        g.remember("monthly", dollars(monthly))
        g.remember("current", dollars(current))
        g.remember("gap", dollars(monthly - current))
        g.remember("third_month", String(max(2, months / 3)))
        g.remember("track_days", String([7, 10, 14][rng.below(3)]))
        g.remember("percent", String(rng.int(in: 5...10) * 5))
        g.remember("decide_days", String(rng.int(in: 7...21)))
        // the meals asked about ("chicken dinners"), and what goes in them
        g.remember("food_tail", topic.food.map { " with " + $0 } ?? "")
        g.remember("ingredient", topic.food ?? "chicken thighs or chickpeas")
        // a job on one thing: an afternoon and the price of a part or two
        g.remember("job_hours", String(rng.int(in: 1...3)))
        g.remember("parts", dollars(rng.int(in: 2...12) * 5))
        // a trip: its days and a budget for the whole of it, and what that leaves a day
        let tripDays = topic.statedDays ?? rng.int(in: 4...14)
        let tripBudget = rng.int(in: 12...60) * 50
        g.remember("trip_days", String(tripDays))
        g.remember("trip_budget", dollars(tripBudget))
        g.remember("per_day", dollars(tripBudget / tripDays / 5 * 5))
        g.remember("book_weeks", String(rng.int(in: 3...10)))
        // revision: past papers to work through, about one a week
        g.remember("papers", String(max(3, weeks)))
        // a problem: how long ago it was first noticed (drawn last, so no other goal's figures move)
        if topic.goal == .problem { g.remember("noticed_days", String(rng.int(in: 3...20))) }
        if topic.situation.isEmpty {
            g.remember("mind", "")
        } else {
            g.remember("mind", (g.render(symbol: "mind", maxRepeats: Int.max) ?? "") + " ")
        }
    }

    /// "$1,250".
    static func dollars(_ amount: Int) -> String {
        let digits = Array(String(amount))
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(d)
        }
        return "$" + out
    }

    /// 60 → "an hour", 90 → "an hour and a half", 150 → "2½ hours", 45 → "45 minutes".
    static func duration(minutes: Int) -> String {
        if minutes < 60 { return "\(minutes) minutes" }
        let h = minutes / 60
        let rest = minutes % 60
        switch (h, rest) {
        case (1, 0): return "an hour"
        case (1, 30): return "an hour and a half"
        case (_, 0): return "\(h) hours"
        case (_, 30): return "\(h)½ hours"
        default: return "\(h) hours \(rest) minutes"
        }
    }
}
