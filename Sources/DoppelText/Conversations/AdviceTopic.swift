/// An advice topic taken apart: what the person wants to do (a verb and its object),
/// the kind of goal that is, and the situation they are in.
///
/// "planning a vegetable garden in a small backyard" is the verb "plan", the object
/// "a vegetable garden", a project, in the situation "in a small backyard". The goal
/// decides the shape of the help (a project gets scope, a budget and a schedule; a
/// skill gets a practice routine; money gets a monthly figure), and the object and
/// situation go into every step. Rules about English in general: a gerund or a bare
/// verb opens the phrase, a preposition with a determiner opens the situation, and the
/// verb's meaning comes from a vocabulary of common verbs; a topic without a verb is
/// classed by its nouns.
struct AdviceTopic: Equatable {
    enum Goal: String, CaseIterable, Sendable { case project, skill, money, fitness, event, habit, decision, study, trip, routine, cooking, job, problem,
                                                recommendation }

    var goal: Goal
    /// The activity as the person says it: "planning a vegetable garden", "learning Python".
    var activity: String
    /// The same, as the helper says it ("my" → "your").
    var yourActivity: String
    /// The thing worked on, as the helper refers to it later: "the vegetable garden", "Python", "your sleep".
    var theObject: String
    /// What is being practised, for skills: "Python", "playing the guitar".
    var skill: String
    /// The situation: "in a small backyard", "on a tight budget"; empty when none is given.
    var situation: String
    /// For a recommendation, the kind of thing asked for ("restaurant", "book") and where (" in Paris", or empty).
    var thing = ""
    var placeTail = ""

    /// How many days the topic gives a trip ("a week in Japan" 7, "a long weekend" 3, "10 days"), if any.
    var statedDays: Int? {
        let words = (activity + " " + situation).lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        let counts = ["a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10]
        for (i, w) in words.enumerated() {
            if w == "weekend" { return 3 }
            if w == "fortnight" { return 14 }
            guard i > 0, w == "week" || w == "weeks" || w == "days" || w == "day" else { continue }
            guard let n = Int(words[i - 1]) ?? counts[words[i - 1]], n > 0 else { continue }
            return min(60, w.hasPrefix("week") ? n * 7 : n)
        }
        return nil
    }

    /// The goal each common verb sets.
    static let verbs: [String: Goal] = {
        var t: [String: Goal] = [:]
        let lists: [(Goal, String)] = [
            (.project, "plan build make start set organise organize design create renovate grow decorate launch open host throw write redo remodel furnish restore plant produce publish move clean declutter landscape convert " + AdviceTopic.jobVerbs.sorted().joined(separator: " ")),
            (.skill, "learn practise practice improve study master understand speak play draw code program read use paint cook sing dance photograph bake brew sew knit record"),
            (.money, "save budget invest afford earn spend retire pay"),
            (.fitness, "train run lose exercise stretch lift swim cycle walk climb"),
            (.event, "prepare apply negotiate interview pass sit take pitch present ask"),
            (.habit, "stop quit reduce cut manage deal cope avoid stay keep sleep limit overcome"),
            (.decision, "choose buy pick find decide compare switch hire adopt select rent"),
            (.study, "revise cram"),
            (.trip, "travel visit tour explore backpack"),
        ]
        for (goal, words) in lists { for w in words.split(separator: " ") { t[String(w)] = goal } }
        return t
    }()

    /// Nouns that class a topic without a verb ("personal finance", "job interviews").
    static let nounGoals: [(Goal, [String])] = [
        (.money, ["finance", "finances", "money", "budget", "budgeting", "savings", "debt", "investing", "retirement", "mortgage", "pension"]),
        (.fitness, ["fitness", "running", "marathon", "workout", "workouts", "gym", "weight", "strength", "cycling", "swimming", "yoga",
                     "race", "triathlon", "mile", "miles", "km", "hike", "climb", "route"]),
        (.event, ["interview", "interviews", "presentation", "speech", "negotiation", "audition"]),
        (.study, AdviceTopic.examWords),
        (.decision, ["gift", "gifts", "present", "presents"]),
        (.cooking, ["recipe", "recipes", "cooking", "meal", "meals", "dish", "dishes", "dinners", "lunches", "lunchbox",
                    "breakfasts"] + AdviceTopic.foods),
        (.trip, ["travel", "trip", "trips", "holiday", "holidays", "vacation", "itinerary", "honeymoon", "backpacking",
                 "sightseeing", "getaway", "city break"]),
        (.habit, ["stress", "procrastination", "screen", "smoking", "anxiety", "habit", "habits", "sleep", "burnout", "drinking"]),
        (.project, ["garden", "wedding", "renovation", "party", "move", "kitchen", "bathroom", "business", "podcast", "blog"]),
    ]

    /// Whether the thing worked on is a one-day gathering ("a first dinner party", "my son's
    /// birthday", "a barbecue for the street"), which is planned over weeks, not months. A
    /// wedding is planned over months and is not one.
    var isGathering: Bool {
        let words = Set(theObject.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
        return !words.isDisjoint(with: AdviceTopic.gatherings) && !words.contains("wedding")
    }

    /// Written tests studied for: a topic naming one is revision, whatever its verb ("studying for
    /// a chemistry exam", "preparing for my finals").
    static let examWords: [String] = ["exam", "exams", "test", "tests", "finals", "revision", "quiz", "midterm", "midterms",
                                      "gcse", "gcses", "a-levels", "boards", "sat", "act", "bar", "certification"]

    /// Words that ask rather than name ("travel recommendations", "recipe ideas"): dropped from a
    /// topic without a verb before it becomes the activity.
    static let askWords: Set<String> = ["recommendations", "recommendation", "ideas", "idea", "tips", "suggestions", "advice", "help"]

    /// Verbs of a job on one thing (project verbs too, for a bigger object: "repairing a classic car").
    static let jobVerbs: Set<String> = ["fix", "repair", "unclog", "unblock", "patch", "mend", "replace", "install", "assemble",
                                        "hang", "reseal", "regrout"]

    /// Things in a home a person fixes in an afternoon (a tap, a drain, a door), not a whole room or house.
    static let homeFixtures: Set<String> = ["tap", "taps", "faucet", "faucets", "toilet", "sink", "drain", "drains", "shower",
                                            "showerhead", "door", "doors", "hinge", "hinges", "shelf", "shelves", "lock", "socket",
                                            "switch", "radiator", "window", "windows", "fence", "gate", "zip", "zipper", "puncture",
                                            "tyre", "tire", "chain", "chair", "table", "drawer", "drawers", "lamp", "bulb", "grout",
                                            "sealant", "pipe", "pipes", "gutter", "gutters", "wardrobe", "bookcase", "cistern", "washer"]

    /// Foods a cooking question is often about; the first one named is what the meals are made with.
    static let foods: [String] = ["chicken", "beef", "pork", "lamb", "fish", "salmon", "tuna", "prawns", "tofu", "eggs",
                                  "pasta", "rice", "noodles", "lentils", "beans", "chickpeas", "potatoes", "vegetables",
                                  "mushrooms", "cheese", "mince", "leftovers"]

    /// What a cooking topic's meals are made with ("chicken"), or nil.
    var food: String? { AdviceTopic.food(in: Set(activity.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))) }

    /// The first of `foods` among `words` (lowercase).
    static func food(in words: Set<String>) -> String? { foods.first(where: words.contains) }

    static let gatherings: Set<String> = ["party", "dinner", "barbecue", "bbq", "picnic", "brunch", "shower", "reunion",
                                          "sleepover", "potluck", "celebration", "birthday", "gathering", "lunch", "housewarming"]

    /// Words that open a verb's object ("a puppy", "my café").
    static let objectOpeners: Set<String> = ["a", "an", "the", "my", "our", "your", "new", "two", "three", "some"]

    /// Words that open the situation when followed by a determiner ("in a small backyard").
    static let situationWords: Set<String> = ["in", "on", "with", "without", "while", "as", "at", "from"]
    static let determiners: Set<String> = ["a", "an", "my", "the", "no", "little", "limited", "only", "two", "three", "very",
                                           "our", "small", "tight", "busy", "full-time", "young", "home", "work"]

    /// `article` is the "a" or "an" that opened the phrase in the prompt, if any (`Scenario.topicArticle`):
    /// a problem with one thing keeps it ("dealing with a weak hive").
    init(_ phrase: String, article: String? = nil) {
        var words = phrase.split(separator: " ").map(String.init).filter { !$0.isEmpty }
        // "their kids' screen time" is the asker's own: "my kids' screen time"
        words = words.map { ["their", "his", "her", "our"].contains($0.lowercased()) ? "my" : $0 }
        // a phrase cut off mid-way ("… on a") ends at its last content word
        while let last = words.last?.lowercased(), AdviceTopic.situationWords.contains(last) || ["a", "an", "the", "my", "no"].contains(last) {
            words.removeLast()
        }
        var situationStart: Int?
        for i in words.indices.dropFirst() where AdviceTopic.situationWords.contains(words[i].lowercased()) {
            let w = words[i].lowercased()
            if w == "while" || (i + 1 < words.count && AdviceTopic.determiners.contains(words[i + 1].lowercased())) {
                situationStart = i
                break
            }
        }
        situation = situationStart.map { words[$0...].joined(separator: " ") } ?? ""
        if let s = situationStart { words = Array(words[..<s]) }
        if words.isEmpty { words = ["this"] }

        let first = words[0].lowercased()
        var verb: String?
        var gerund = first
        if first.hasSuffix("ing"), first.count > 4, let base = AdviceTopic.base(ofGerund: first) {
            verb = base
        } else if AdviceTopic.verbs[first] != nil || first == "get" {
            verb = first
            gerund = AdviceTopic.gerund(of: first)
        }
        var rest = Array(words.dropFirst())
        // "travel recommendations", "cooking tips": a verb's form before an ask is a noun
        if verb != nil, let next = rest.first?.lowercased(), AdviceTopic.askWords.contains(next) { verb = nil; rest = [] }
        if let verb {
            // "getting better at X" is a skill, "getting fit" fitness, "getting a job" an event
            var g = AdviceTopic.verbs[verb] ?? .skill
            if verb == "get" { g = rest.first == "better" ? .skill : rest.first == "fit" || rest.first == "in" ? .fitness : .event }
            // an exercise verb with an object is not exercise: training a puppy is teaching it, running a café a project
            let fitnessNouns = AdviceTopic.nounGoals.first { $0.0 == .fitness }?.1 ?? []
            if g == .fitness, let next = rest.first?.lowercased(), AdviceTopic.objectOpeners.contains(next),
               !rest.contains(where: { w in w.contains(where: \.isNumber) || fitnessNouns.contains(w.lowercased()) }) {
                g = verb == "train" ? .skill : .project
            }
            // "getting a baby to sleep", "getting my son to read": a routine for someone else
            if verb == "get", let next = rest.first?.lowercased(), AdviceTopic.objectOpeners.contains(next), rest.dropFirst().contains("to") {
                g = .routine
            }
            // fixing a leaking tap, unblocking a drain: a job of an afternoon on one thing in the home
            if AdviceTopic.jobVerbs.contains(verb),
               rest.contains(where: { AdviceTopic.homeFixtures.contains($0.lowercased()) }) {
                g = .job
            }
            // studying, preparing or cramming for a written test is revision
            if [.skill, .event].contains(g), rest.contains(where: { AdviceTopic.examWords.contains($0.lowercased()) }) { g = .study }
            goal = g
            activity = ([gerund] + rest).joined(separator: " ")
            let objectWords = rest.first.map { ["for", "to", "up", "out", "off", "into", "with", "better", "at", "on"].contains($0) } == true
                ? Array(rest.drop { ["for", "to", "up", "out", "off", "into", "with", "better", "at", "on"].contains($0) }) : rest
            theObject = AdviceTopic.definite(objectWords)
            skill = [.skill].contains(g) && ["learn", "study", "master", "practise", "practice", "improve", "understand", "get"].contains(verb)
                ? AdviceTopic.yours(objectWords.joined(separator: " ")) : activity
            // "learning to play the guitar": what is practised is playing the guitar
            if rest.first == "to", let inner = objectWords.first?.lowercased(), AdviceTopic.verbs[inner] != nil {
                skill = AdviceTopic.yours(([AdviceTopic.gerund(of: inner)] + objectWords.dropFirst()).joined(separator: " "))
                theObject = skill
            }
        } else {
            let lower = Set(words.map { $0.lowercased() })
            let padded = " " + words.map { $0.lowercased() }.joined(separator: " ") + " "
            // (a cue of two words, "city break", is found in the phrase as one of one word is)
            goal = AdviceTopic.nounGoals.first { $0.1.contains { padded.contains(" \($0) ") } }?.0 ?? .skill
            // "a week in Japan", "ten days to Lisbon": a stay somewhere named is a trip
            let stay: Set<String> = ["week", "weeks", "weekend", "days", "fortnight", "nights"]
            if goal == .skill, let i = words.indices.dropLast().first(where: { stay.contains(words[$0].lowercased()) }),
               ["in", "to", "around", "across"].contains(words[i + 1].lowercased()),
               i + 2 < words.count, words[i + 2].first?.isUppercase == true {
                goal = .trip
            }
            let named = words.filter { !AdviceTopic.askWords.contains($0.lowercased()) }
            // "a weak hive before winter", "yellow leaves on my tomatoes", "a car that won't start": a thing
            // in a bad state is a problem whose cause is to be found, not a skill to learn or a project
            // (the situation counts: "yellow leaves on my tomato plants")
            let situationWords = situation.split(separator: " ").map(String.init)
            // (an injury before a race is a problem too, not a plan to get fit)
            if [.skill, .project, .fitness].contains(goal), (named + situationWords).contains(where: AdviceTopic.isTrouble) { goal = .problem }
            // "book recommendations", "restaurant suggestions in Paris": things to try, not a skill to learn
            let asksToSuggest = words.contains { ["recommendations", "recommendation", "suggestions", "recs"].contains($0.lowercased()) }
            if [.skill, .project].contains(goal), asksToSuggest, let head = named.first {
                goal = .recommendation
                let places: Set<String> = ["in", "near", "around", "for", "at", "on"]
                let noun = named.prefix { !places.contains($0.lowercased()) }
                thing = Inflector.singular((noun.last ?? head).lowercased())
                if noun.count > 1 { thing = (noun.dropLast().map { $0.lowercased() } + [thing]).joined(separator: " ") }
                let rest = named.drop { !places.contains($0.lowercased()) }
                placeTail = rest.isEmpty ? "" : " " + rest.joined(separator: " ")
            }
            let noun = (named.isEmpty ? words : named).joined(separator: " ")
            let lead: [Goal: String] = [.skill: "learning", .money: "sorting out my", .fitness: "getting into", .event: "preparing for",
                                        .habit: "dealing with", .project: "working on", .decision: "choosing",
                                        .study: "revising for", .trip: "planning", .routine: "helping with", .cooking: "cooking",
                                        .problem: "dealing with", .recommendation: "looking for"]
            // "planning a road trip across Scotland": a trip that is one of many takes "a"
            // ("choosing a gift for my dad" too)
            let counted: Set<String> = ["trip", "holiday", "getaway", "break", "honeymoon", "vacation", "gift", "present"]
            let opensBare = !AdviceTopic.objectOpeners.contains(named.first?.lowercased() ?? "")
            var opening = [.trip, .decision].contains(goal) && opensBare && named.prefix(3).contains { counted.contains($0.lowercased()) } ? "a " : ""
            if goal == .problem, opensBare, let article { opening = article.lowercased() + " " }
            activity = (lead[goal] ?? "working on") + " " + opening + noun
            theObject = AdviceTopic.definite(named.isEmpty ? words : named)
            if goal == .problem { theObject = AdviceTopic.troubledThing(named) }
            if goal == .recommendation { theObject = thing }
            // "recipe ideas with chicken" is cooking with chicken
            if goal == .cooking, let food = AdviceTopic.food(in: lower) {
                activity = "cooking with " + food
                theObject = food
            }
            skill = AdviceTopic.yours(noun)
        }
        if skill.isEmpty { skill = activity }
        if theObject.isEmpty { theObject = "it" }
        yourActivity = AdviceTopic.yours(activity)
    }

    /// Words that say a thing is in a bad state ("weak", "wilting", "won't"), or name the trouble
    /// itself ("damp", "pests", "problems"): a topic with one is a problem to solve.
    static let troubleWords: Set<String> = ConversationGenerator.damageWords.union([
        "weak", "sick", "ill", "dying", "dead", "wilting", "yellowing", "drooping", "droopy", "stunted", "mouldy", "moldy",
        "mould", "mold", "damp", "rusty", "rust", "clogged", "stuck", "squeaky", "squeaking", "creaky", "creaking", "smelly",
        "itchy", "limping", "failing", "struggling", "infested", "infestation", "pest", "pests", "disease", "diseased",
        "problem", "problems", "issue", "issues", "trouble", "keeps", "overheating", "peeling", "noisy", "not", "stopped",
        "lost", "puncture", "punctured", "rotting", "rotten", "mildew", "leak", "leaks", "fault", "faults", "crack", "cracks",
        // symptoms seen on a thing: "yellow leaves", "brown patches", "spots on the lawn"
        "yellow", "brown", "spots", "holes", "patches", "stains", "bare",
        // a body's: an injury, a pain, a niggle
        "injury", "injured", "pain", "painful", "sore", "ache", "aching", "nagging", "sprained", "strained", "swollen"])

    /// Whether `word` is one of `troubleWords` or a negated verb ("won't", "doesn't").
    static func isTrouble(_ word: String) -> Bool {
        let w = word.lowercased().filter { $0.isLetter || $0 == "'" || $0 == "’" }
        return troubleWords.contains(w) || w.hasSuffix("n't") || w.hasSuffix("n’t")
    }

    /// What a problem is with, as the helper names it: the words before the first that starts a
    /// clause or a place ("a weak hive before winter" → "the weak hive", "yellow leaves on my
    /// tomatoes" → "the yellow leaves", "my car that won't start" → "your car").
    static func troubledThing(_ words: [String]) -> String {
        let cuts: Set<String> = ["that", "which", "who", "when", "before", "after", "during", "since", "in", "on", "at",
                                 "with", "for", "from", "under", "over", "this", "every", "each", "and", "but"]
        var core = Array(words.prefix { !cuts.contains($0.lowercased()) })
        if core.isEmpty { core = words }
        // "problems sleeping", "trouble focusing": the trouble is with the doing ("the problems with sleeping")
        let troubleNouns: Set<String> = ["problem", "problems", "trouble", "issue", "issues", "difficulty", "difficulties"]
        if let i = core.indices.dropLast().first(where: { troubleNouns.contains(core[$0].lowercased()) }),
           core[i + 1].count > 5, core[i + 1].lowercased().hasSuffix("ing") {
            core.insert("with", at: i + 1)
        }
        guard let first = core.first?.lowercased() else { return "it" }
        if ["a", "an", "the", "my", "our", "your"].contains(first) { return definite(core) }
        return "the " + core.joined(separator: " ")
    }

    /// "a vegetable garden" → "the vegetable garden"; "my savings" → "your savings"; "Python" stays.
    static func definite(_ words: [String]) -> String {
        guard let first = words.first?.lowercased() else { return "" }
        if ["a", "an", "the"].contains(first) { return (["the"] + words.dropFirst()).joined(separator: " ") }
        return yours(words.joined(separator: " "))
    }

    /// The asker's words as the helper says them.
    static func yours(_ text: String) -> String {
        text.split(separator: " ").map { w in
            switch w.lowercased() {
            case "my": return "your"
            case "i": return "you"
            case "me": return "you"
            case "myself": return "yourself"
            default: return String(w)
            }
        }.joined(separator: " ")
    }

    /// The verb a gerund comes from, if the vocabulary knows it: planning → plan, making → make.
    static func base(ofGerund word: String) -> String? {
        let stem = String(word.dropLast(3))
        var candidates = [stem, stem + "e"]
        if stem.count >= 3, let last = stem.last, stem.dropLast().last == last { candidates.insert(String(stem.dropLast()), at: 0) }
        if stem == "gett" || stem == "get" { return "get" }
        return candidates.first { verbs[$0] != nil }
    }

    /// plan → planning, make → making, run → running, learn → learning.
    static func gerund(of verb: String) -> String {
        let v = Array(verb)
        let vowels = Set("aeiou")
        if verb.hasSuffix("e"), !verb.hasSuffix("ee"), verb.count > 2 { return String(verb.dropLast()) + "ing" }
        // one short syllable ending consonant-vowel-consonant doubles its last letter
        if v.count >= 3, v.count <= 4, !vowels.contains(v[v.count - 1]), !"wxy".contains(v[v.count - 1]),
           vowels.contains(v[v.count - 2]), !vowels.contains(v[v.count - 3]), v.filter({ vowels.contains($0) }).count == 1 {
            return verb + String(v[v.count - 1]) + "ing"
        }
        return verb + "ing"
    }
}
