import Testing
import Foundation
import DoppelJSON
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// Advice conversations: topics taken apart, and help that uses the asker's own figures.
@Suite struct AdviceConversationTests {
    @Test func topicsAreTakenApart() {
        let garden = AdviceTopic("planning a vegetable garden in a small backyard")
        #expect(garden.goal == .project && garden.theObject == "the vegetable garden" && garden.situation == "in a small backyard")
        #expect(garden.activity == "planning a vegetable garden")
        let python = AdviceTopic("learning Python")
        #expect(python.goal == .skill && python.skill == "Python")
        let house = AdviceTopic("saving for a house")
        #expect(house.goal == .money && house.theObject == "the house")
        #expect(AdviceTopic("plan a wedding").activity == "planning a wedding")
        #expect(AdviceTopic("run a 10k").activity == "running a 10k")
        #expect(AdviceTopic("managing their kids' screen time").activity == "managing my kids' screen time")
        #expect(AdviceTopic("job interviews").goal == .event)
        #expect(AdviceTopic("buying a used car while working full-time").situation == "while working full-time")
    }

    /// A gathering is weeks away, not months: drawn verbs, determiners and occasions.
    @Test func aGatheringIsPlannedOverWeeks() {
        var rng = TextRNG(seed: 4)
        let verbs = ["hosting", "throwing", "planning", "organising", "host", "plan"]
        let openers = ["a", "a first", "my son's", "our", "a small", "a surprise"]
        for occasion in AdviceTopic.gatherings.sorted() {
            for _ in 0..<3 {
                let phrase = "\(rng.pick(verbs)!) \(rng.pick(openers)!) \(occasion)"
                let topic = AdviceTopic(phrase)
                #expect(topic.goal == .project && topic.isGathering, "\(phrase)")
                var g = Grammar(banks: [AdviceBank.shared], rng: TextRNG(seed: 1))
                AdviceFacts.remember(topic, into: &g, rng: &rng)
                #expect(Int(g.remembered("weeks") ?? "") ?? 99 <= 4, "\(phrase): \(g.remembered("weeks") ?? "")")
            }
        }
        #expect(!AdviceTopic("planning a wedding party").isGathering)
        #expect(!AdviceTopic("planning a vegetable garden").isGathering)
    }

    @Test func howToPromptsAskForAdvice() {
        let bread = Scenario.extract(from: "how to bake sourdough bread at home")
        #expect(bread.setting == .advice && bread.topic == "bake sourdough bread at home")
        #expect(AdviceTopic(bread.topic ?? "").activity == "baking sourdough bread")
        // a product in the prompt keeps "how to" a support question
        #expect(Scenario.extract(from: "users of our banking app asking how to reset a PIN").setting == .support)
    }

    /// Asking for help names the topic too ("help learning to bake"), and the earliest marker wins
    /// ("how to cook on a budget" is about cooking, not about a budget).
    @Test func topicsAfterAskingForHelp() {
        let bread = Scenario.extract(from: "a beginner asking for help learning to bake sourdough bread")
        #expect(bread.setting == .advice && bread.topic == "learning to bake sourdough bread")
        #expect(AdviceTopic(bread.topic ?? "").skill == "baking sourdough bread")
        #expect(Scenario.extract(from: "tips for running a small café on a budget").topic == "running a small café on a budget")
        #expect(Scenario.extract(from: "how to cook on a budget").topic == "cook on a budget")
        #expect(Scenario.extract(from: "a neighbour who needs help with my overgrown garden").topic == "my overgrown garden")
        #expect(AdviceTopic("learning to play the guitar").skill == "playing the guitar")
    }

    /// An exercise verb with an object is not exercise, unless the object is a distance or a race.
    @Test func exerciseVerbsWithAnObject() {
        #expect(AdviceTopic("training a rescue dog").goal == .skill)
        #expect(AdviceTopic("running a small café").goal == .project)
        #expect(AdviceTopic("walking my neighbour's dogs for money").goal == .project)
        #expect(AdviceTopic("run a 10k").goal == .fitness)
        #expect(AdviceTopic("running a marathon").goal == .fitness)
        #expect(AdviceTopic("training for a half marathon").goal == .fitness)
        #expect(AdviceTopic("swimming").goal == .fitness)
    }

    /// Advice with no topic the prompt names: every question gets its own answer, whichever is drawn.
    @Test func questionsWithoutATopicGetTheirOwnAnswers() {
        let pairs = (ConversationBank.shared["advice_open_qa"] ?? []) + (ConversationBank.shared["advice_followup_qa"] ?? [])
        let answerOf: [String: String] = Dictionary(pairs.map { line in
            let parts = line.components(separatedBy: "::")
            // the question's words after its last slot, the answer's before its first
            let q = parts[0].split(separator: "}").last.map(String.init) ?? parts[0]
            return (q.trimmingCharacters(in: .whitespaces), String(parts[1].trimmingCharacters(in: .whitespaces).prefix(12)))
        }, uniquingKeysWith: { a, _ in a })
        for seed in 0..<40 {
            let rows = ConversationGenerator.generate(ConversationRequest(prompt: "friendly chats between a student and a tutor",
                                                                          count: 3, turns: 1 + seed % 6, seed: UInt64(seed)))
            for row in rows {
                let m = row.text.messages
                for i in stride(from: 0, to: m.count, by: 2) {
                    let question = m[i].replacingOccurrences(of: "Sorry, one more time: ", with: "")
                    let key = answerOf.keys.first { question.lowercased().hasSuffix($0.lowercased()) }
                    #expect(key != nil, "seed \(seed): unknown question \(m[i])")
                    if let key, let start = answerOf[key] {
                        #expect(m[i + 1].replacingOccurrences(of: "Of course. ", with: "").hasPrefix(start),
                                "seed \(seed): \(m[i]) answered with \(m[i + 1])")
                    }
                }
            }
        }
    }

    static let verbs = ["planning", "learning", "saving for", "training for", "choosing", "reducing", "preparing for", "building",
                        "starting", "improving", "buying", "quitting", "organising", "getting better at", "paying off"]
    static let objects = ["a vegetable garden", "a small business", "a house", "Spanish", "a marathon", "a used car", "my sleep",
                          "a job interview", "a podcast", "the guitar", "a wedding", "screen time", "a home office", "my credit card debt"]
    static let situations = ["", "", "on a tight budget", "with two kids", "in a small flat", "as a complete beginner", "while working full-time"]
    static let frames = ["advice conversations about %@", "a friend asking for tips on %@", "someone who wants help regarding %@."]

    static func draw(_ rng: inout TextRNG) -> String {
        let topic = [rng.pick(verbs) ?? "", rng.pick(objects) ?? "", rng.pick(situations) ?? ""].filter { !$0.isEmpty }
            .joined(separator: " ")
        return (rng.pick(frames) ?? "%@").replacing("%@", with: topic)
    }

    /// Every "N <unit>" in `text` (the number before the unit word).
    static func figures(_ unit: String, in text: String) -> Set<String> {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
        return Set(words.indices.dropLast().filter { words[$0 + 1].hasPrefix(unit) && words[$0].allSatisfy(\.isNumber) }.map { words[$0] })
    }

    @Test func generatedTopicsGetConcreteHelpThatKeepsTheAskersFigures() throws {
        var draws = TextRNG(seed: 20_261_204)
        for draw in 0..<120 {
            let prompt = Self.draw(&draws)
            let scenario = Scenario.extract(from: prompt)
            let context = "draw \(draw): \"\(prompt)\""
            guard scenario.setting == .advice, let phrase = scenario.topic else {
                Issue.record("\(context): not read as advice with a topic")
                continue
            }
            let topic = AdviceTopic(phrase)
            let turns = 1 + draw % 5
            let rows = ConversationGenerator.generate(ConversationRequest(prompt: prompt, count: 2, turns: turns, seed: UInt64(draw)))
            for row in rows {
                let m = row.text.messages
                #expect(m.count == 2 * turns, "\(context)")
                let user = m.enumerated().filter { $0.offset % 2 == 0 }.map(\.element).joined(separator: " ")
                let all = m.joined(separator: " ")
                // the first answer is about this topic, with figures, not a generic routine
                let named = [topic.theObject, topic.skill, topic.yourActivity].map { $0.lowercased() }
                #expect(named.contains { m[1].lowercased().contains($0) } || !topic.situation.isEmpty && m[1].contains(AdviceTopic.yours(topic.situation)),
                        "\(context): first answer names nothing of the topic: \(m[1])")
                #expect(m[1].contains { $0.isNumber }, "\(context): first answer has no figure: \(m[1])")
                #expect(!all.contains("pick one small, concrete goal within"), "\(context)")
                // the helper keeps the asker's figures: weeks, hours a week, days a week
                for unit in ["weeks", "hours a week", "days a week", "sessions a week"] {
                    let stated = Self.figures(unit, in: user)
                    if stated.count == 1 {
                        let used = Self.figures(unit, in: all)
                        #expect(used == stated, "\(context): \(unit) stated \(stated), used \(used)")
                    }
                }
                if let amount = user.split(separator: " ").first(where: { $0.hasPrefix("$") }) {
                    #expect(m[1].contains(amount.trimmingCharacters(in: .punctuationCharacters)) || m[1].contains("$"), "\(context)")
                }
                for text in m {
                    #expect(!text.contains("{") && !text.contains("[") && !text.contains("  ") && !text.isEmpty, "\(context): \(text)")
                    InterviewRoleTitleTests.expectArticles(text, context)
                }
                // no reply repeats another in the same conversation
                let replies = m.enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
                #expect(Set(replies).count == replies.count, "\(context): a reply repeats")
            }
        }
    }
}

/// Revision, trips, cooking and routines: topics common in advice prompts, each with help of its own.
@Suite struct AdviceGoalTests {
    @Test func topicsFindTheirGoal() {
        #expect(AdviceTopic("preparing for a chemistry exam").goal == .study)
        #expect(AdviceTopic("studying for my finals").goal == .study)
        #expect(AdviceTopic("job interviews").goal == .event)
        let japan = AdviceTopic("travel recommendations for a week in Japan")
        #expect(japan.goal == .trip && japan.statedDays == 7 && japan.activity == "planning travel for a week in Japan")
        #expect(AdviceTopic("a road trip across Scotland").activity == "planning a road trip across Scotland")
        #expect(AdviceTopic("ten days in Portugal").goal == .trip && AdviceTopic("ten days in Portugal").statedDays == 10)
        let chicken = AdviceTopic("recipe ideas with chicken")
        #expect(chicken.goal == .cooking && chicken.activity == "cooking with chicken" && chicken.food == "chicken")
        #expect(AdviceTopic("getting a baby to sleep through the night").goal == .routine)
        #expect(AdviceTopic("getting better at chess").goal == .skill)
        // a job on one thing in the home is an afternoon's, not a renovation's weeks and budget
        #expect(AdviceTopic("fixing a leaking tap").goal == .job && AdviceTopic("unblock a kitchen drain").goal == .job)
        #expect(AdviceTopic("renovating a kitchen").goal == .project)
        // a thing in a bad state is a problem to find the cause of, keeping the prompt's article
        let hive = AdviceTopic("weak hive before winter", article: "a")
        #expect(hive.goal == .problem && hive.activity == "dealing with a weak hive before winter" && hive.theObject == "the weak hive")
        let starter = Scenario.extract(from: "a baker asking about a sourdough starter that won't rise")
        #expect(starter.topic == "sourdough starter that won't rise" && starter.topicArticle == "a")
        #expect(AdviceTopic("damp in the spare bedroom").theObject == "the damp")
        // the trouble is with the doing: "the problems with sleeping", not "the problems sleeping"
        #expect(AdviceTopic("problems sleeping").theObject == "the problems with sleeping")
        #expect(AdviceTopic("trouble focusing at work").theObject == "the trouble with focusing")
        #expect(AdviceTopic("problems with my knee").theObject == "the problems")
        #expect(AdviceTopic("vegetable garden", article: "a").goal == .project && AdviceTopic("Python").goal == .skill)
        // "how to" first asks how, though a fault is named after it
        #expect(Scenario.extract(from: "how to fix a broken shelf at home").setting == .advice)
        // the assistant in every conversation is no support desk
        let recipes = Scenario.extract(from: "users asking a chatbot for recipe ideas with chicken")
        #expect(recipes.setting == .advice && recipes.topic == "recipe ideas with chicken")
        #expect(Scenario.extract(from: "people asking for travel recommendations for a week in Japan").topic
                == "travel recommendations for a week in Japan")
    }

    static let prompts: [(AdviceTopic.Goal, [String], [String])] = [
        (.study, ["a student asking for help %@", "tips for %@", "advice on %@"],
         ["revising for my chemistry exam", "preparing for the bar exam", "studying for my finals", "cramming for a maths test"]),
        (.trip, ["people asking for travel recommendations for %@", "tips for %@", "advice about %@"],
         ["a week in Japan", "a road trip across Scotland", "a long weekend in Rome", "ten days in Portugal", "a honeymoon in Bali"]),
        (.cooking, ["users asking a chatbot for %@", "tips for %@", "someone asking about %@"],
         ["recipe ideas with chicken", "quick dinners with lentils", "meal ideas using leftovers", "weeknight meals"]),
        (.routine, ["a parent asking about %@", "advice on %@", "help with %@"],
         ["getting a toddler to sleep", "getting my son to read more", "getting the kids to eat vegetables"]),
        (.problem, ["someone asking for advice about %@", "a user asking about %@", "tips for %@"],
         ["a weak hive before winter", "yellow leaves on my tomato plants", "a car that won't start on cold mornings",
          "a sourdough starter that won't rise", "damp in the spare bedroom", "an old cat that keeps scratching the sofa",
          "a nagging knee injury before a marathon"]),
        // things to try: asked for by name of the kind, sometimes with where ("book recommendations", "… in Paris")
        (.recommendation, ["people asking for %@", "users asking a chatbot for %@", "someone asking a librarian for %@"],
         ["book recommendations", "restaurant recommendations in Paris", "podcast suggestions", "film recommendations",
          "board game suggestions", "cafe recommendations near the station"]),
        (.job, ["advice on %@", "how to %@", "someone asking for help %@"],
         ["fixing a leaking tap", "unblocking a kitchen drain", "repairing a bike puncture", "replacing a door hinge", "regrouting the shower"]),
    ]

    /// Drawn prompts of each goal: read as that goal, answered with its own help naming the topic,
    /// with the asker's figures (days, budget) kept and no template left over.
    @Test func eachGoalGetsItsOwnHelp() throws {
        var rng = TextRNG(seed: 77)
        for (goal, frames, topics) in Self.prompts {
            for draw in 0..<24 {
                let prompt = (rng.pick(frames) ?? "%@").replacing("%@", with: rng.pick(topics) ?? "")
                let scenario = Scenario.extract(from: prompt)
                let phrase = try #require(scenario.topic, "\(prompt)")
                let topic = AdviceTopic(phrase, article: scenario.topicArticle)
                #expect(scenario.setting == .advice && topic.goal == goal, "\(prompt): \(scenario.setting) \(topic.goal)")
                let rows = ConversationGenerator.generate(ConversationRequest(prompt: prompt, count: 2, turns: 1 + draw % 4, seed: UInt64(draw)))
                for row in rows {
                    let m = row.text.messages
                    let named = [topic.theObject, topic.yourActivity, topic.food ?? "\u{0}"].map { $0.lowercased() }
                    #expect(named.contains { m[1].lowercased().contains($0) }, "\(prompt): first answer names nothing of the topic: \(m[1])")
                    for text in m { #expect(!text.contains("{") && !text.contains("[") && !text.isEmpty, "\(prompt): \(text)") }
                    if goal == .problem { #expect(m[0].contains(topic.activity), "\(prompt): \(m[0])") }
                    if goal == .trip, let days = topic.statedDays { #expect(m[0].contains("\(days) days"), "\(prompt): \(m[0])") }
                }
            }
        }
    }
}
