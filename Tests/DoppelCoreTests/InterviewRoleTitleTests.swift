import Testing
import DoppelJSON
@testable import DoppelText
@testable import DoppelEngine
@testable import DoppelPlanner

/// Unknown interview roles: titles taken apart, and questions built from their words.
@Suite struct InterviewRoleTitleTests {
    @Test func titlesAreTakenApart() {
        let payroll = RoleTitle("Senior Payroll Specialist II")
        #expect(payroll.seniority == "senior" && payroll.modifiers == ["payroll"] && payroll.head == "specialist")
        #expect(payroll.kind == .office && payroll.bare == "payroll specialist" && payroll.plural == "payroll specialists")
        let marine = RoleTitle("marine biologist")
        #expect(marine.kind == .science && marine.field == "marine biology" && marine.domain == "marine")
        let sommelier = RoleTitle("Junior Sommelier")
        #expect(sommelier.seniority == "junior" && sommelier.kind == .service && sommelier.domain == "wine")
        let head = RoleTitle("Head of Marine Operations")
        #expect(head.bare == "head of marine operations" && head.domain == "marine operations" && head.kind == .management)
        let atc = RoleTitle("Air Traffic Controller (night shift)")
        #expect(atc.head == "air traffic controller" && atc.kind == .operations)
        #expect(RoleTitle("Manager, Payroll").bare == "payroll manager")
        #expect(RoleTitle("certified freelance wedding photographer").bare == "wedding photographer")
    }

    /// Work on land and with words has its own kind; closed compounds are read by their parts
    /// (a beekeeper keeps bees, a watchmaker makes watches, a shopkeeper serves customers).
    @Test func compoundsAndNewKinds() {
        let bees = RoleTitle("Senior Beekeeper")
        #expect(bees.kind == .land && bees.domain == "bee")
        #expect(RoleTitle("goatherd").kind == .land && RoleTitle("goatherd").domain == "goat")
        #expect(RoleTitle("watchmaker").kind == .craft && RoleTitle("watchmaker").domain == "watch")
        #expect(RoleTitle("goldsmith").kind == .craft && RoleTitle("shipwright").kind == .craft)
        #expect(RoleTitle("shopkeeper").kind == .service && RoleTitle("playwright").kind == .creative)
        #expect(RoleTitle("court interpreter").kind == .language && RoleTitle("court interpreter").domain == "court")
        #expect(RoleTitle("medical translator").kind == .language && RoleTitle("farmer").kind == .land)
        // keepers of collections: their work is holdings, loans and exhibitions, not briefs and pitches
        #expect(RoleTitle("museum curator").kind == .collections && RoleTitle("museum curator").domain == "museum")
        #expect(RoleTitle("archivist").kind == .collections && RoleTitle("school librarian").kind == .collections)
        // a kitchen's work is menus, service and food safety, not a workshop's briefs and materials
        #expect(RoleTitle("head chef").kind == .kitchen && RoleTitle("line cook").kind == .kitchen && RoleTitle("line cook").domain.isEmpty)
        #expect(RoleTitle("pastry chef").kind == .kitchen && RoleTitle("pastry chef").domain == "pastry")
        // every kind has every noun the shared templates use
        for kind in WorkKind.allCases {
            for noun in WorkKindBank.nouns {
                #expect(WorkKindBank.vocabulary["\(noun).\(kind.rawValue)"]?.isEmpty == false, "\(kind): no \(noun)")
            }
        }
    }

    @Test func broadHeadsDoNotSwallowOtherJobs() {
        #expect(RoleBank.bank(for: "marine engineer") == nil)
        #expect(RoleBank.bank(for: "Air Traffic Controller") == nil)
        #expect(RoleBank.bank(for: "driving instructor") == nil)
        #expect(RoleBank.bank(for: "Senior Engineer")?["title"]?.first == "software engineer")
        #expect(RoleBank.bank(for: "pediatric nurse")?["title"]?.first == "nurse")
        #expect(RoleBank.bank(for: "principal site reliability engineer") != nil)
        #expect(RoleBank.bank(for: "Financial Controller")?["title"]?.first == "accountant")
    }

    static let seniorities = ["", "junior", "senior", "lead", "principal", "trainee", "head", "chief", "associate", "Sr."]
    static let modifiers = ["", "", "marine", "payroll", "wine", "clinical", "regional", "food safety", "solar", "pediatric",
                            "tax", "museum", "veterinary", "retail", "logistics", "wildlife", "insurance", "urban", "event",
                            "quality assurance", "environmental", "commercial", "residential", "forensic", "sports"]
    static let heads = ["biologist", "specialist", "sommelier", "technician", "engineer", "manager", "coordinator", "analyst",
                        "inspector", "consultant", "photographer", "chef", "driver", "trainer", "officer", "ecologist",
                        "oceanographer", "clerk", "curator", "wrangler", "planner", "auditor", "therapist", "carpenter",
                        "dispatcher", "investigator", "administrator", "writer", "agronomist", "steward", "beekeeper",
                        "interpreter", "watchmaker", "shepherd", "translator"]

    /// A role title drawn from seniority × modifiers × heads.
    static func draw(_ rng: inout TextRNG) -> String {
        let parts = [rng.pick(seniorities) ?? "", rng.pick(modifiers) ?? "", rng.pick(heads) ?? "specialist"]
        let title = parts.filter { !$0.isEmpty }.joined(separator: " ")
        return rng.chance(0.3) ? title.capitalized : title
    }

    @Test func generatedUnknownRolesGetQuestionsAboutTheirOwnWork() throws {
        var draws = TextRNG(seed: 20_261_203)
        var checked = 0
        for draw in 0..<150 {
            let role = Self.draw(&draws)
            guard RoleBank.bank(for: role) == nil else { continue }
            checked += 1
            let level = InterviewLevel.allCases[draw % 4]
            let seed = UInt64(draw)
            let count = 4 + draw % 12
            let request = try InterviewRequest(params: ["role": .string(role), "level": .string(level.rawValue),
                                                        "count": .int(count), "seed": .int(Int(seed))], defaultSeed: 0)
            let questions = InterviewGenerator.generate(request)
            let context = "draw \(draw): role \"\(role)\", level \(level.rawValue), count \(count), seed \(seed)"
            #expect(questions.count == count, "\(context)")
            let words = RoleTitle(role).namingWords.map { $0.lowercased() }
            let naming = questions.filter { q in words.contains { q.text.question.lowercased().contains($0) } }
            // a title with a subject ("payroll", "wine") names it in half the questions; a bare
            // "officer" has only its own name to repeat
            let share = RoleTitle(role).domain.isEmpty ? 3 : 2
            #expect(naming.count * share >= questions.count, "\(context): only \(naming.count) of \(questions.count) name the role")
            #expect(questions.contains { $0.slot.type == .technical && naming.contains($0) } || !questions.contains { $0.slot.type == .technical },
                    "\(context): no technical question names the role")
            let endings = questions.map { InterviewGenerator.lastSentence($0.text.idealAnswer) }
            #expect(Set(endings).count == endings.count, "\(context): answers share a last sentence")
            for q in questions {
                for text in [q.text.question, q.text.idealAnswer] + q.text.rubric {
                    #expect(!text.contains("{") && !text.contains("[") && !text.contains("  ") && !text.contains(" ,"),
                            "\(context): \(text)")
                    Self.expectArticles(text, context)
                }
            }
        }
        #expect(checked > 100)
    }

    /// An unknown role's first questions are its own: questions that fit any job ("How do you
    /// stay current in your field?") come only after the role's words are used up.
    @Test func anUnknownRolesOwnQuestionsComeFirst() throws {
        let generic = (InterviewBank.shared["role_generic"] ?? []) + (InterviewBank.shared["situational_generic"] ?? [])
        let openings = generic.map { String($0.split(separator: "{").first ?? "") }.filter { $0.count > 12 }
        var draws = TextRNG(seed: 5)
        for draw in 0..<60 {
            let role = Self.draw(&draws)
            guard RoleBank.bank(for: role) == nil else { continue }
            for type in ["technical", "situational"] {
                let request = try InterviewRequest(params: ["role": .string(role), "level": "mid", "count": 3, "questionType": .string(type),
                                                            "seed": .int(draw)], defaultSeed: 0)
                for q in InterviewGenerator.generate(request) {
                    #expect(!openings.contains { q.text.question.hasPrefix($0) }, "draw \(draw) \(role) \(type): \(q.text.question)")
                }
            }
        }
    }

    @Test(arguments: ["registered nurse", "software engineer", "junior sommelier", "senior payroll specialist"])
    func seniorAnswersEndDifferently(role: String) throws {
        for level in ["senior", "lead", "junior"] {
            let request = try InterviewRequest(params: ["role": .string(role), "level": .string(level), "count": 20, "seed": 9],
                                               defaultSeed: 0)
            let endings = InterviewGenerator.generate(request).map { InterviewGenerator.lastSentence($0.text.idealAnswer) }
            #expect(Set(endings).count == endings.count, "\(role), \(level): \(endings)")
        }
    }

    static func expectArticles(_ text: String, _ context: String) {
        let words = text.split(separator: " ").map { String($0).filter { $0.isLetter || $0.isNumber || $0 == "-" } }
        for (i, w) in words.enumerated() where (w == "a" || w == "an" || w == "A" || w == "An") && i + 1 < words.count {
            let next = Array(words[i + 1])
            guard !next.isEmpty else { continue }
            #expect((w.lowercased() == "an") == TextPolish.needsAn(next), "\(context): \(w) \(words[i + 1]) in \(text)")
        }
    }
}
