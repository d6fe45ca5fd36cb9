import Testing
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

@Suite struct TextGrammarTests {
    @Test func banksParseListsAndNestedAlternatives() {
        let bank = PhraseBank(name: "t", source: """
        # comment
        color: red | green | [dark|light] blue
        line:
          The {color} one.
          A {#2-4} word [line|phrase].
        """)
        #expect(bank["color"] == ["red", "green", "[dark|light] blue"])
        #expect(bank["line"]?.count == 2)
    }

    @Test func grammarExpandsSlotsNumbersAndMemory() {
        let bank = PhraseBank(name: "t", source: """
        thing: apple | orange | umbrella
        """)
        var g = Grammar(banks: [bank], rng: TextRNG(seed: 1))
        for _ in 0..<20 {
            let s = g.render("I saw a {thing} for {$3-9} and {#10-12} more, [yes|no].")
            #expect(!s.contains("{") && !s.contains("[") && s.hasPrefix("I saw "))
            #expect(s.contains("an apple") || s.contains("an orange") || s.contains("an umbrella"), "\(s)")
        }
        let remembered = g.render("{@thing} {@thing} {@thing}")
        #expect(Set(remembered.lowercased().split(separator: " ")).count == 1)
    }

    @Test func polishFixesArticlesSpacingAndCapitals() {
        #expect(TextPolish.polish("a hour ago , it was a  API issue .") == "An hour ago, it was an API issue.")
        #expect(TextPolish.polish("an user. a 8-minute wait") == "A user. An 8-minute wait")
        #expect(TextPolish.polish("it took 3.5 hours. then it broke") == "It took 3.5 hours. Then it broke")
    }

    @Test func aCountOfOneTakesASingularNoun() {
        #expect(TextPolish.polish("2 adults and 1 kids, for 1 nights") == "2 adults and 1 kid, for 1 night")
        #expect(TextPolish.polish("it failed 1 times in 1 hours.") == "It failed 1 time in 1 hour.")
        #expect(TextPolish.polish("1 activities, 1 boxes") == "1 activity, 1 box")
        // not a lone count, or not a plural noun after it
        for kept in ["Room 1 was cold.", "It took 11 days.", "It took 2.1 days.", "It cost $1 extras.", "At 1:1 days.",
                     "Version 1 always crashed.", "1 Mbps at best."] {
            #expect(TextPolish.polish(kept) == kept)
        }
    }

    /// Every count in every bank, drawn many times: a "1" never comes before a plural noun.
    @Test func drawnCountsOfOneAreSingular() throws {
        let shared = [ReviewBank.shared, ReviewBank.comparisons, LifeBank.shared, TicketBank.shared, ConversationBank.shared,
                      InterviewBank.shared]
        let plural = try Regex(#"(?:^|[ (])1 ([a-z]+s)\b"#)
        for type in ProductType.allCases {
            var g = Grammar(banks: [type.bank] + shared, variants: ["negative", "casual"], rng: TextRNG(seed: 11))
            for name in ["product", "item", "plan", "topic", "order_word", "rating_stars", "role"] { g.remember(name, name) }
            for bank in [type.bank] + shared {
                for symbol in bank.symbols {
                    for template in bank[symbol] ?? [] where template.contains("{#") {
                        for _ in 0..<12 {
                            let out = g.render(template)
                            for match in out.matches(of: plural) {
                                let word = String(match.output[1].substring ?? "")
                                #expect(!Inflector.isPlural(word) || ["was", "has", "is", "this", "always"].contains(word),
                                        "\(type.rawValue)/\(bank.name).\(symbol): \(out)")
                            }
                        }
                    }
                }
            }
        }
    }

    @Test func everyDomainDefinesWhatTheSharedGrammarsUse() {
        for type in ProductType.allCases {
            let bank = type.bank
            for symbol in DomainBank.requiredSymbols + ["thing", "scene_thing", "brand"] {
                #expect((bank[symbol]?.count ?? 0) > 0, "\(type.rawValue) lacks \(symbol)")
            }
            // A thing is only called what fits it: each carries its own good and bad words.
            for symbol in ["thing", "scene_thing"] {
                for thing in bank[symbol] ?? [] where thing != "{thing}" {
                    let own = Grammar.qualified(thing)?.qualities
                    #expect(!(own?.good.isEmpty ?? true) && !(own?.bad.isEmpty ?? true), "\(type.rawValue) \(symbol): \(thing)")
                }
            }
            // features follow "the" in shared templates
            for feature in bank["feature"] ?? [] {
                #expect(!feature.hasPrefix("the ") && !feature.hasPrefix("a ") && !feature.hasPrefix("an "), "\(type): \(feature)")
            }
        }
    }

    @Test func everyTemplateExpandsCompletely() {
        let shared = [ReviewBank.shared, ReviewBank.comparisons, LifeBank.shared, TicketBank.shared, ConversationBank.shared,
                      InterviewBank.shared, NameBank.shared]
        for type in ProductType.allCases {
            var g = Grammar(banks: [type.bank] + shared, variants: ["positive", "casual"], rng: TextRNG(seed: 5))
            for name in ["product", "item", "plan", "topic", "order_word", "rating_stars", "role"] { g.remember(name, name) }
            for bank in [type.bank] + shared {
                for symbol in bank.symbols {
                    for template in bank[symbol] ?? [] {
                        let out = g.render(template)
                        #expect(!out.contains("{") && !out.contains("}") && !out.contains("[") && !out.contains("]"),
                                "\(type.rawValue)/\(bank.name).\(symbol): \(out)")
                    }
                }
            }
        }
    }

    @Test func productTypeInferenceFromText() {
        #expect(ProductType.infer(from: "customer service for an online store with late orders") == .ecommerce)
        #expect(ProductType.infer(from: "Chats with hotel guests about their room") == .hotel)
        #expect(ProductType.infer(from: "flight delays and lost baggage") == .airline)
        #expect(ProductType.infer(from: "Lumen smart thermostat") == .hardware)
        #expect(ProductType.infer(from: "a robot vacuum that keeps losing its map") == .hardware)
        #expect(ProductType.infer(from: "Acme CRM") == .saas)
        #expect(ProductType.infer(from: "hello there") == nil)
        #expect(ProductType.infer(from: "Kettle & Crumb bakery") == .restaurant)
        #expect(ProductType.infer(from: "Brightline solar inverter") == .hardware)
    }

    /// A short product name is about what its last word names, whatever its other words say:
    /// every keyword of every type, after another type's keyword ("Kettle & Crumb bakery").
    @Test func aNameIsAboutItsLastWord() {
        var rng = TextRNG(seed: 21)
        let owners = Dictionary(grouping: ProductType.allCases.flatMap { t in t.keywords.map { ($0, t) } }, by: \.0)
        for type in ProductType.allCases {
            for head in type.keywords where owners[head]?.count == 1 {
                // A longer keyword of another type that ends in this one would name the thing instead.
                let other = ProductType.allCases.filter { $0 != type }
                guard let lead = rng.pick(other), let first = rng.pick(lead.keywords) else { continue }
                let name = "\(first.capitalized) & Sons \(head)"
                let longer = other.contains { $0.keywords.contains { k in k != head && (name.lowercased()).hasSuffix(" " + k) } }
                if longer { continue }
                #expect(ProductType.infer(from: name) == type, "\(name)")
            }
        }
    }
}
