import Testing
import Foundation
@testable import DoppelText

/// A thing in a review is only called what fits it (issue 13: "the dust cover was accurate",
/// "the hotspot was unreadable"): each noun in the phrase banks carries its own good and bad
/// words (`noun <good, … / bad, …>`), and the grammar takes the quality for `{thing_good}` from
/// the noun drawn for `{thing}` in the same line.
@Suite struct ThingQualityTests {
    /// Drawn banks: nouns with their own words, reached directly, through another symbol, and
    /// remembered across lines.
    @Test(arguments: 1...30) func aQualityComesFromItsOwnNoun(seed: UInt64) {
        var rng = TextRNG(seed: seed)
        var own: [String: (good: [String], bad: [String])] = [:]
        var alternatives: [String] = []
        for n in 0..<(2 + rng.below(6)) {
            let noun = "noun\(n)x"
            let good = (0..<(1 + rng.below(3))).map { "good\(n)g\($0)" }
            let bad = (0..<(1 + rng.below(3))).map { "bad\(n)b\($0)" }
            own[noun] = (good, bad)
            alternatives.append("\(noun) <\(good.joined(separator: ", ")) / \(bad.joined(separator: ", "))>")
        }
        let bank = PhraseBank(name: "t", source: """
        thing: \(alternatives.joined(separator: " | "))
        scene_thing: {thing}
        """)
        var g = Grammar(banks: [bank], rng: TextRNG(seed: seed &+ 99))
        func check(_ line: String, _ file: String = #fileID) {
            let words = line.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." || $0 == ";" }).map(String.init)
            var last: String?
            for w in words {
                if own[w] != nil { last = w; continue }
                if w.hasPrefix("good") || w.hasPrefix("bad") {
                    guard let noun = last, let q = own[noun] else { Issue.record("quality before its noun: \(line)"); return }
                    #expect((q.good + q.bad).contains(w), "\(line)")
                }
            }
        }
        for _ in 0..<20 {
            check(g.render("The {thing} was {thing_good}, and the {thing} was {thing_bad} too."))
            check(g.render("Then the {scene_thing} was {scene_thing_good}; the {thing}, less so: {thing_bad}."))
        }
        let first = g.render("The {@thing} broke.")
        for _ in 0..<5 { check(first + " " + g.render("Now the {@thing} is {thing_bad}.")) }
        g.forget("thing")
        _ = g.render("The {@thing} is fine.")
        check(g.render("the {@thing} is {thing_good}"))
    }

    @Test func theQualifiedSyntaxParses() {
        let q = Grammar.qualified("power button <firm, responsive / loose>")
        #expect(q?.noun == "power button" && q?.qualities.good == ["firm", "responsive"] && q?.qualities.bad == ["loose"])
        #expect(Grammar.qualified("power button") == nil)
    }

    /// In every shared bank, a thing's quality comes after the thing in its line.
    @Test func aQualityNeverPrecedesItsThing() {
        let banks = [ReviewBank.shared, ReviewBank.comparisons, LifeBank.shared, TicketBank.shared, SceneBank.shared,
                     ConversationBank.shared] + ProductType.allCases.map(\.bank)
        for bank in banks {
            for symbol in bank.symbols {
                for line in bank[symbol] ?? [] {
                    for noun in ["thing", "scene_thing"] {
                        for suffix in ["_good}", "_bad}"] {
                            guard let quality = line.range(of: "{" + noun + suffix) else { continue }
                            let before = line[..<quality.lowerBound]
                            #expect(before.contains("{" + noun + "}") || before.contains("{@" + noun + "}"),
                                    "\(bank.name).\(symbol): \(line)")
                        }
                    }
                }
            }
        }
    }

    /// Rendered review and ticket lines of every product type: "the NOUN was WORD" uses one of
    /// that noun's own words.
    @Test(arguments: ProductType.allCases) func renderedThingsKeepTheirWords(type: ProductType) {
        var own: [String: Set<String>] = [:]
        // An aspect ("the hinge" of a laptop) is judged in words that fit any aspect; only
        // nouns that are things alone are checked here.
        let aspects = Set((type.bank["aspect"] ?? []).map { $0.lowercased() })
        for symbol in ["thing", "scene_thing"] {
            for alt in type.bank[symbol] ?? [] {
                guard let q = Grammar.qualified(alt), !aspects.contains(q.noun.lowercased()) else { continue }
                own[q.noun.lowercased(), default: []].formUnion(q.qualities.good + q.qualities.bad)
            }
        }
        var checked = 0
        for variant in ["positive", "negative", "neutral"] {
            var g = Grammar(banks: [type.bank, SceneBank.shared, ReviewBank.shared, LifeBank.shared, TicketBank.shared],
                            variants: [variant], rng: TextRNG(seed: 7))
            for symbol in ["praise_thing", "complaint_thing", "neutral_thing", "scene", "incident"] {
                for _ in 0..<40 {
                    guard let line = g.render(symbol: symbol, maxRepeats: 1000)?.lowercased() else { continue }
                    for (noun, words) in own {
                        for verb in [" was ", " is still ", " looked ", " felt "] {
                            var rest = line[...]
                            while let r = rest.range(of: "the " + noun + verb) {
                                let after = rest[r.upperBound...]
                                #expect(words.contains { after.hasPrefix($0) }, "\(type.rawValue): \(line)")
                                checked += 1
                                rest = after
                            }
                        }
                    }
                }
            }
        }
        #expect(checked > 20)
    }

    /// A synonym swap never lands next to a word of the same stem: every pair of words the
    /// thesaurus swaps, swapped at rate 1, keeps its neighbours apart ("Very impressive." once
    /// came out "Remarkably remarkable.").
    @Test func swapsNeverEchoANeighboursStem() {
        let words = Thesaurus.swappable.sorted()
        var rng = TextRNG(seed: 11)
        for a in words {
            for b in words where !Thesaurus.sharesStem(a, b) {
                for _ in 0..<4 {
                    let out = Thesaurus.vary("It was \(a) \(b) today.", rate: 1, rng: &rng).lowercased()
                    let w = out.split(whereSeparator: { !$0.isLetter }).map(String.init)
                    for (x, y) in zip(w, w.dropFirst()) {
                        #expect(!Thesaurus.sharesStem(x, y), "\(a) \(b) → \(out)")
                    }
                }
            }
        }
    }

    /// Whole reviews of every product type: a quality with no degrees is never hedged or
    /// boosted by degree ("slightly missing", "really wrong"), and people are "who" and "they",
    /// not "which" and "it".
    /// ("Properly" is left out: "properly locked down" says how, not how much.)
    @Test(arguments: ProductType.allCases) func qualitiesTakeTheirOwnDegreeAndPronoun(type: ProductType) {
        let degree = ["a bit", "slightly", "a little", "somewhat", "a touch", "really", "genuinely", "remarkably",
                      "surprisingly", "seriously", "frankly", "downright", "consistently"]
        let people = FacetLexicon.facets(for: type).filter { FacetKind.of($0.noun) == .people }.map { $0.noun.lowercased() }
        for seed in [UInt64(1), 2] {
            for mix in [SentimentMix.negative, .mixed] {
                let items = FeedbackGenerator.generate(FeedbackRequest(productType: type, sentimentMix: mix, count: 50,
                                                                       complexity: .complex, seed: seed))
                for text in items.map({ $0.content.lowercased() }) {
                    for hedge in degree {
                        for word in ReviewWords.absolutes where text.contains(" \(hedge) \(word)") {
                            let after = text.range(of: " \(hedge) \(word)").map { text[$0.upperBound...].first } ?? nil
                            #expect(after.map { !$0.isLetter && $0 != "-" } == false, "\(type.rawValue): \(hedge) \(word) in \(text)")
                        }
                    }
                    for noun in people {
                        #expect(!text.contains("\(noun), which were") && !text.contains("\(noun), which was"), "\(type.rawValue): \(text)")
                        for it in ["; it ", ": it ", ", it was", ", since it ", ", because it ", "because of it"] {
                            #expect(!text.contains(noun + it), "\(type.rawValue): \(noun)\(it) in \(text)")
                        }
                    }
                }
            }
        }
    }

    /// A composed review's title speaks of something its text judged: every facet named in the
    /// title of a medium or complex review is named in its body too.
    @Test(arguments: ProductType.allCases) func aTitleNamesWhatTheTextJudged(type: ProductType) {
        // (the product's own noun, "a clinic that just works", is not one of its facets here)
        let own = (type.bank["noun"] ?? []).map { $0.lowercased() }
        let nouns = Set(FacetLexicon.facets(for: type).flatMap { [$0.noun] + $0.otherNames }.map { $0.lowercased() })
        func words(_ text: String) -> String { " " + String(text.lowercased().map { $0.isLetter || $0 == "-" ? $0 : " " }) + " " }
        var named = 0
        for complexity in [Complexity.medium, .complex] {
            for mix in [SentimentMix.balanced, .mixed] {
                let items = FeedbackGenerator.generate(FeedbackRequest(productType: type, sentimentMix: mix, count: 40,
                                                                       complexity: complexity, seed: 9))
                for item in items {
                    var title = words(item.title)
                    for noun in own { title = title.replacingOccurrences(of: words(noun), with: " ") }
                    let body = words(item.content)
                    // the longest facet noun the title names (so "room" in "room service" is not counted)
                    guard let noun = nouns.filter({ title.contains(words($0)) }).max(by: { $0.count < $1.count }) else { continue }
                    #expect(body.contains(words(noun)), "\(type.rawValue): \(item.title) / \(item.content)")
                    named += 1
                }
            }
        }
        #expect(named > 10, "\(type.rawValue): \(named) titles named a facet")
    }
}
