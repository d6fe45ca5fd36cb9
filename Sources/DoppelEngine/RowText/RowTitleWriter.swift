import DoppelText

/// Titles and short names that fit their entity: a recipe is a dish, a course
/// a subject at a level, a post a headline, a ticket a problem, a project a
/// code name and a goal, a campaign an occasion and an offer, a sprint a number, a
/// goal a change to a measure. `named` calls anything else a code name and its noun
/// ("Atlas Gizmo") rather than leaving random words. A restaurant is named for its cuisine (`EateryNames`).
package enum RowTitleWriter {
    enum Family { case hazard, question, post, publication, paper, advert, beer, vessel, bouquet, enclosure, bookedGroup, admission, outage, course, dish, event, lawsuit, codeIssue, codeChange, repository, ticket, project, campaign, fundraiser, place, document, sequence, form, goal, milestone, playlist, channel, eatery, task, schoolwork, deal }

    /// Words that keep a request a ticket ("service request", "change request").
    static let ticketRequestWords: Set<String> = ["support", "service", "help", "feature", "change", "access", "maintenance",
                                                  "repair", "it", "customer", "bug", "work", "helpdesk"]

    static func family(ofNoun noun: String) -> Family? {
        let words = Set(noun.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
        func any(_ list: [String]) -> Bool { !words.isDisjoint(with: list) }
        // A newsletter or a magazine has a masthead name; each of its issues a headline (a journal's entries
        // are a diary's, left to the rules below).
        let last = noun.lowercased().split(whereSeparator: { !$0.isLetter }).last.map(String.init) ?? ""
        if publicationNouns.contains(last) { return .publication }
        // A wildfire or a storm is named as such events are ("Cedar Creek Fire", "Hurricane Nadia"), not a ticket's subject.
        // (a fire station or a fire drill is not a fire)
        if hazardNouns[Inflector.singular(last)] != nil
            || ["incident", "incidents", "event", "events"].contains(last) && any(Array(hazardNouns.keys)) { return .hazard }
        // A Q&A site's question asks how to do something ("How do I parse a JSON string in Go?"), not "Summit Question".
        if last == "question" || last == "questions" { return .question }
        // A sales deal is named for its account and what is sold ("Jenkins-Ryan - 50 Seats"), not "Harbor Deal".
        if ["deal", "opportunity"].contains(last) { return .deal }
        // An ad's headline sells something ("Save 20% on Running Shoes"), not "Sierra Ad".
        if ["ad", "advert", "advertisement", "creative", "banner"].contains(last) { return .advert }
        // A bouquet as a florist names it ("Blush Romance"), an enclosure as a zoo does ("Penguin Cove"), a group that
        // books an escape room or a quiz night as its players name themselves ("The Red Herrings").
        if ["bouquet", "arrangement"].contains(last) { return .bouquet }
        if ["enclosure", "exhibit", "habitat"].contains(last) { return .enclosure }
        if words == ["booked", "group"] { return .bookedGroup }
        // A boat is named as owners name boats ("Second Wind"), not "Atlas Boat".
        if ["boat", "yacht", "vessel", "sailboat", "powerboat", "cruiser", "ship"].contains(last) { return .vessel }
        // A brewery's beer is named as brewers name them ("Hazy Harbor IPA"), not "Aurora Beer".
        if ["beer", "brew", "ale", "lager", "stout", "porter", "ipa"].contains(last) { return .beer }
        // A researcher's publications, preprints and theses are papers with a problem and a method.
        if ["publication", "preprint", "manuscript", "thesis", "dissertation"].contains(last) { return .paper }
        if any(publicationNouns), ["issue", "edition", "post", "article"].contains(last) { return .post }
        // A talk, a keynote or a presentation is titled like an article ("Why Remote Teams Work").
        if any(["post", "article", "blog", "story", "essay", "thread", "topic", "talk", "keynote", "presentation",
                "speech", "panel"]) { return .post }
        // A class's assignments and homework are titled as a teacher sets them ("Chapter 3 Review Questions").
        if any(["assignment", "assignments", "homework", "homeworks", "quiz", "quizzes", "worksheet", "worksheets", "coursework", "exam",
                "exams", "midterm", "midterms"]),
           !any(["crew", "shift", "task", "staff", "route", "seat", "role", "project"]) { return .schoolwork }
        if any(["course", "class", "lesson", "tutorial", "workshop", "module", "training", "webinar", "lecture"]) { return .course }
        if any(["recipe", "dish", "meal", "menu"]) { return .dish }
        if EateryNames.kind(of: noun) != nil { return .eatery }
        if any(["event", "conference", "festival", "meetup", "summit", "exhibition", "fair", "gala"]) { return .event }
        // Work on code: an issue in a repository is about the software, a pull request changes it.
        if words.isSuperset(of: ["code", "issue"]) || words.isSuperset(of: ["code", "bug"]) { return .codeIssue }
        if words.isSuperset(of: ["pull", "request"]) || words.isSuperset(of: ["merge", "request"]) || any(["changeset", "patch", "commit"]) {
            return .codeChange
        }
        if any(["repository", "repo"]) { return .repository }
        // A service's incident is an outage, titled as a status page titles it.
        if any(["outage"]) || words.contains("service") && any(["incident", "incidents"]) { return .outage }
        // A court's case is called by its parties; a support desk's case by its problem.
        if any(["lawsuit", "litigation"]) || words.contains("legal") && any(["case", "matter"]) { return .lawsuit }
        // A ticket's type or tier is a kind of admission ("General Admission", "VIP"), not a support ticket.
        if words.contains("ticket") && any(["type", "tier", "class", "category", "option", "level"]) { return .admission }
        if any(["ticket", "case", "incident", "issue", "complaint", "inquiry", "enquiry"]) { return .ticket }
        // A support, feature or repair request is a ticket; a leave, purchase or expense request is a form.
        if words.contains("request"), words.subtracting(["request"]).isSubset(of: ticketRequestWords) { return .ticket }
        if any(["fundraising", "fundraiser", "appeal", "charity"]) { return .fundraiser }
        if any(["campaign", "promotion", "promo"]) { return .campaign }
        if any(sequenceNouns) || positionNouns.contains(last) { return .sequence }
        // A plant's lines are numbered ("Line 3"); a product line or a bus line is named.
        if last == "line", words.count == 1 || any(lineWorkWords) { return .sequence }
        if any(["survey", "questionnaire", "poll", "checklist", "assessment"]) { return .form }
        if any(["goal", "objective", "okr", "target", "kpi", "resolution"]) { return .goal }
        if any(["milestone", "deliverable", "checkpoint"]) { return .milestone }
        if any(["playlist", "mixtape"]) { return .playlist }
        if any(["channel", "vlog"]) { return .channel }
        if any(["project", "initiative", "program", "programme"]) { return .project }
        if any(["task", "subtask", "todo", "chore"]) || words.isSuperset(of: ["work", "item"]) { return .task }
        // A place by its head word: a `gym` is named like a place, a `gym_visit` is not.
        if let head = noun.lowercased().split(whereSeparator: { !$0.isLetter }).last, placeNouns.contains(String(head)) { return .place }
        if any(["document", "report", "contract", "policy", "proposal", "memo", "manual", "handbook", "guideline", "agreement",
                "specification", "spec", "paper", "file", "form", "template", "brief"]) { return .document }
        return nil
    }

    /// Entities whose names are facts of the world (a currency's, a country's), not made up: no
    /// code names for them.
    static let factualNouns: Set<String> = ["currency", "country", "language", "unit", "timezone", "region", "state", "city",
                                            "continent", "element", "planet", "color", "colour", "province", "county", "nationality"]

    /// Whether the `title` or `name` of an entity called `noun` is written here: a known family,
    /// or a made-up name for an entity whose names are not facts.
    static func names(_ noun: String) -> Bool {
        if family(ofNoun: noun) != nil { return true }
        let words = noun.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        return !words.isEmpty && Set(words).isDisjoint(with: factualNouns)
    }

    static func write(_ f: RowFacts, _ r: inout CellRandom) -> String {
        let head = f.noun.split(whereSeparator: { $0 == " " || $0 == "_" }).last.map(String.init) ?? f.noun
        guard let family = family(ofNoun: f.noun) else {
            // A code name and what the row is: "Atlas Gizmo", "Nova Portfolio".
            return f.distinct(codeNames, &r) + " " + TextPolish.capitalised(head)
        }
        let topic = f.category.map { $0.trimmingSpaces }.flatMap { $0.isEmpty ? nil : $0 }
        switch family {
        case .question:
            return QuestionAnswers.title(&r)
        case .deal:
            let seats = r.pick(["5", "10", "15", "20", "25", "40", "50", "75", "100", "150", "200", "250", "500"])
            let offer = r.chance(0.3) ? seats + " Seats" : r.pick(dealOffers)
            guard let account = f.subjectName, !account.isEmpty else { return offer }
            return r.chance(0.25) ? account + " " + r.pick(["Renewal", "Expansion", "Upsell"]) : account + " - " + offer
        case .sequence:
            // Numbered in the table's order: "Sprint 1", "Sprint 2", …
            return TextPolish.capitalised(head) + " " + String(f.row + 1)
        case .form:
            return f.distinct(formSubjects, &r) + " " + TextPolish.capitalised(head)
        case .goal:
            let percent = r.chance(0.5) ? " by \(r.pick(["5", "10", "15", "20", "25", "30"]))%" : ""
            return r.chance(0.5) ? r.pick(["Increase", "Grow", "Improve", "Raise"]) + " " + r.pick(risingMeasures) + percent
                : r.pick(["Reduce", "Cut", "Lower"]) + " " + r.pick(fallingMeasures) + percent
        case .milestone:
            return f.distinct(milestones, &r)
        case .schoolwork:
            let exam = !Set(f.noun.lowercased().split(separator: " ").map(String.init)).isDisjoint(with: ["exam", "midterm"])
            return fill(r.pick(exam ? examPatterns : schoolworkPatterns), "", &r)
        case .hazard:
            let words = Set(f.noun.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
            let hazard = hazardNouns.first { words.contains($0.key) }?.value ?? "Fire"
            if hazard == "Hurricane" || hazard == "Storm" {
                return hazard + " " + f.distinct(stormNames, &r)
            }
            return f.distinct(hazardPlaces, &r) + " " + hazard
        case .vessel:
            return f.distinct(boatNames, &r)
        case .bouquet:
            return f.distinct(bouquetNames, &r)
        case .enclosure:
            // Named for its habitat when the row has one ("Savanna Overlook"), so an arctic name never holds a savanna.
            if let habitat = topic { return headlineCased(habitat) + " " + r.pick(["Exhibit", "Overlook", "Trail", "House", "Habitat"]) }
            return f.distinct(enclosureNames, &r)
        case .bookedGroup:
            return f.distinct(groupNames, &r)
        case .beer:
            // Two words a brewer likes and the beer's style: "Midnight Owl Porter".
            let (first, second) = f.distinct(beerWords.first, beerWords.second, &r)
            let name = first + " " + second
            return topic.map { name + " " + headlineCased($0) } ?? name
        case .playlist:
            let (mood, style) = f.distinct(playlistMoods, playlistStyles, &r)
            return mood + " " + style
        case .channel:
            return fill(r.pick(channelPatterns), topic ?? r.pick(channelTopics), &r)
        case .post:
            // A newspaper's article is news of its section, not a blog's listicle (an article on a topic keeps it).
            if !f.setting.isDisjoint(with: NewsHeadlines.newsWords), let line = NewsHeadlines.headline(section: topic, f, &r) { return line }
            let t = topic ?? r.pick(postTopics)
            return fill(r.pick(postPatterns), t, &r)
        case .course:
            let t = topic ?? r.pick(courseTopics)
            // a university's courses are named as a catalogue names them, not as an online course sells itself
            let academic = !f.setting.isDisjoint(with: academicWords)
            return fill(r.pick(academic ? academicCoursePatterns : coursePatterns), t, &r)
        case .dish:
            // A shop's own category names its goods (a café's Pastries: a Croissant); a menu's desserts, drinks
            // and starters are named as such; anything else is a main.
            if let shop = ShopGoods.category(named: f.category), !shop.goods.isEmpty { return r.pick(shop.goods) }
            let course = (f.category ?? "").lowercased()
            for (words, dishes) in courseDishes where words.contains(where: course.contains) { return r.pick(dishes) }
            if let dish = CuisineDishes.dish(ofCuisine: f.category, &r) { return dish }
            return r.pick(flavours) + " " + r.pick(mains)
        case .event:
            // A category that is itself a kind of event ("meetup") names the kind, not the topic: "Design Meetup".
            if let kind = topic.flatMap({ t in eventKinds.first { $0.lowercased() == t.lowercased() } }) {
                return r.pick(eventTopics) + " " + kind
            }
            let t = headlineCased(topic ?? r.pick(eventTopics))
            return t + " " + r.pick(eventKinds)
        case .outage:
            let part = r.pick(["checkout API", "login service", "dashboard", "search service", "payments service", "mobile app",
                               "email service", "file upload service", "public API", "notification service"])
            return SlotFill.fill(r.pick(["Elevated error rates on the {p}", "Degraded performance of the {p}", "{P} unavailable",
                                         "Partial outage of the {p} in {r}", "Increased latency on the {p}"])) { slot in
                slot == "p" ? part : slot == "P" ? TextPolish.capitalised(part) : slot == "r" ? r.pick(["us-east-1", "eu-west-1", "ap-southeast-1"]) : nil
            }
        case .admission:
            return r.pick(admissions)
        case .publication:
            // "Personal Finance Notes", "The Design Digest": what it covers.
            let t = headlineCased(topic ?? r.pick(postTopics))
            // (No "Weekly" or "Monthly": the row's own frequency says how often.)
            return SlotFill.fill(r.pick(["{t} Notes", "The {t} Digest", "The {t} Letter", "{t} Briefing", "Inside {t}",
                                         "The {t} Roundup"])) { $0 == "t" ? t : nil }
        case .paper:
            return PaperTitles.title(&r)
        case .advert:
            // Goods on offer, or a service to try: each with the lines that fit it.
            if r.chance(0.5) {
                let t = r.pick(advertisedGoods)
                return SlotFill.fill(r.pick(["Save {n}% on {t}", "Free Shipping on {t}", "New {t}, Just In", "{t} for Less"])) {
                    $0 == "t" ? t : $0 == "n" ? r.pick(["10", "15", "20", "25", "30", "40"]) : nil
                }
            }
            let t = r.pick(advertisedServices)
            return SlotFill.fill(r.pick(["Try {t} Free for 30 Days", "{t} Made Simple", "Get Started with {t}", "{t} from $9 a Month"])) {
                $0 == "t" ? t : nil
            }
        case .lawsuit:
            return lawsuitName(area: (topic ?? "").lowercased(), &r)
        case .codeIssue:
            return CodeWork.issueTitle(&r)
        case .codeChange:
            return CodeWork.changeTitle(&r)
        case .repository:
            return CodeWork.repositoryName(&r)
        case .ticket:
            if let product = f.subjectName, r.chance(0.5) { return fill(r.pick(productProblems), product, &r) }
            return r.pick(problems)
        case .project:
            // A builder's project is a building at a place ("Maple Street Townhomes"), not a software rollout.
            if Self.isConstruction(f.setting) { return r.pick(buildingSites) + " " + r.pick(buildingWorks) }
            let (name, goal) = f.distinct(codeNames, projectGoals, &r)
            return name + " " + goal
        case .task:
            // Something to do: a verb and a thing it is done to, from one kind of work ("Update the onboarding guide").
            let bank = Self.taskWork(setting: f.setting)
            let work = bank[r.below(bank.count)]
            return r.pick(work.verbs) + " " + r.pick(work.objects)
        case .campaign:
            // A campaign is called for when it runs and what it offers: "Back to School Sale".
            let (occasion, offer) = f.distinct(campaignOccasions, campaignOffers, &r)
            return occasion + " " + offer
        case .fundraiser:
            // A fundraiser is called for the cause it raises money for: "Clean Water Appeal".
            let (cause, form) = f.distinct(fundraisingCauses, fundraisingForms, &r)
            return cause + " " + form
        case .document where head == "paper" && !f.setting.isDisjoint(with: researchWords):
            // A lab's or a faculty's papers are research, not office documents.
            return PaperTitles.title(&r)
        case .document:
            // A document is called for its subject and its type ("Security Incident Report"); a
            // contract, policy or manual for the service or rule it covers ("Equipment Lease Contract").
            if let type = agreementTypes.first(where: { head.hasPrefix($0) }) {
                return r.pick(agreementSubjects) + " " + TextPolish.capitalised(type)
            }
            // A report on something no office document covers (a ski resort's daily snow report, a utility's leak
            // report) is one of a series: "Daily Snow Report #12", not "Travel Expense Plan".
            let words = f.noun.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
            if words.count > 1, Set(words.dropLast()).isDisjoint(with: documentSubjectWords) {
                return words.map(TextPolish.capitalised).joined(separator: " ") + " #" + String(f.row + 1)
            }
            let (subject, type) = f.distinct(documentSubjects, documentTypes, &r)
            return subject + " " + type
        case .eatery:
            return EateryNames.write(noun: f.noun, cuisine: topic, &r)
        case .place:
            // A place is called for where it is or what grows there, then what it is: "North Field".
            return f.distinct(placeWords, &r) + " " + TextPolish.capitalised(head)
        }
    }

    /// A legal case's name from its parties, in the form its area of law uses: "Campbell v. Bell",
    /// "State v. Hunter", "In re Marriage of Reyes", "In re Estate of Ortiz".
    static func lawsuitName(area: String, _ r: inout CellRandom) -> String {
        let names = LocaleData.enUS.last
        let party = names.string(r.below(names.count))
        let areaWords = Set(area.split(whereSeparator: { !$0.isLetter }).map(String.init))
        func has(_ words: [String]) -> Bool { !areaWords.isDisjoint(with: words) }
        if has(["criminal", "dui", "traffic"]) { return r.pick(["State", "People", "United States", "Commonwealth"]) + " v. " + party }
        if has(["family", "divorce", "custody", "marriage"]) { return "In re Marriage of " + party }
        if has(["estate", "probate", "wills", "trust"]) { return "In re Estate of " + party }
        if has(["bankruptcy", "insolvency"]) { return "In re " + party }
        if has(["immigration", "asylum", "visa"]) { return "Matter of " + party }
        var other = names.string(r.below(names.count))
        if other == party { other = names.string((names.string(0) == party ? 1 : 0)) }
        // A company is one side of a contract, an employment or an IP dispute now and then.
        if has(["corporate", "contract", "commercial", "employment", "ip", "intellectual", "patent", "trademark"]), r.chance(0.5) {
            other += " " + r.pick(["Holdings", "Industries", "Group", "Inc.", "LLC", "Partners"])
        }
        return party + " v. " + other
    }

    static func fill(_ pattern: String, _ topic: String, _ r: inout CellRandom) -> String {
        let n = String(3 + r.below(8))
        let headline = headlineCased(topic)
        return SlotFill.fill(pattern) { $0 == "t" ? headline : $0 == "n" ? n : nil }
    }

    static let minorWords: Set<String> = ["a", "an", "and", "as", "at", "but", "by", "for", "in", "of", "on", "or", "the", "to", "with"]

    /// A topic as a title writes it ("personal finance" → "Personal Finance", "sports" → "Sports"): each word
    /// capitalised but the minor ones after the first; a word already holding a capital ("iPhone", "SQL") is kept.
    static func headlineCased(_ topic: String) -> String {
        let words = topic.split(separator: " ", omittingEmptySubsequences: true)
        return words.enumerated().map { i, w -> String in
            let word = String(w)
            if word.contains(where: \.isUppercase) || (i > 0 && minorWords.contains(word)) { return word }
            return TextPolish.capitalised(word)
        }.joined(separator: " ")
    }


    static let postTopics = ["Remote Work", "Personal Finance", "Home Cooking", "Small Business Marketing", "Urban Gardening",
                             "Running", "Photography", "Productivity", "Budget Travel", "Learning a Language"]
    static let postPatterns = ["A Beginner's Guide to {t}", "{n} Lessons I Learned About {t}", "Why {t} Matters More Than Ever",
                               "What Nobody Tells You About {t}", "{n} Common Mistakes in {t}", "Getting Started with {t}"]
    static let courseTopics = ["Python", "Data Analysis", "Photography", "Public Speaking", "Yoga", "Spanish",
                               "Watercolour Painting", "Project Management", "Strength Training", "Music Theory"]
    static let coursePatterns = ["Introduction to {t}", "{t} for Beginners", "Practical {t}", "Advanced {t}", "{t} Fundamentals",
                                 "{t} in {n} Weeks"]
    /// Words of a dataset of a university or a college (singular, as `RowFacts.setting` holds them).
    /// What ads sell: goods (plural) and services one signs up to.
    static let advertisedGoods = ["Running Shoes", "Wireless Earbuds", "Winter Jackets", "Coffee Beans", "Skincare Sets", "Office Chairs",
                                  "Kids' Books", "Garden Tools", "Yoga Mats", "Phone Cases"]
    static let advertisedServices = ["Meal Kits", "Cloud Storage", "Online Courses", "Project Management Software", "Language Lessons",
                                     "Home Workouts", "Budgeting Apps", "Music Streaming", "Photo Editing", "Pet Insurance"]
    /// Words of a dataset of research (singular, as `RowFacts.setting` holds them).
    static let researchWords: Set<String> = ["research", "researcher", "lab", "laboratory", "university", "professor", "faculty",
                                             "academic", "scholar", "scientist", "grant", "phd", "postdoc", "citation", "journal"]
    public static let academicWords: Set<String> = ["university", "college", "professor", "faculty", "campus", "semester", "undergraduate",
                                             "lecturer"]
    static let academicCoursePatterns = ["Introduction to {t}", "Principles of {t}", "{t} I", "{t} II", "Intermediate {t}",
                                         "Advanced {t}", "Topics in {t}", "Seminar in {t}"]
    static let flavours = ["Lemon Garlic", "Honey Mustard", "Spicy", "Creamy", "Smoky", "Herb-Roasted", "Slow-Cooked", "Crispy",
                           "One-Pan", "Classic"]
    static let mains = ["Chicken", "Salmon", "Black Bean Tacos", "Vegetable Curry", "Pasta Bake", "Beef Stew", "Tofu Stir-Fry",
                        "Mushroom Risotto", "Lentil Soup", "Pork Chops"]
    static let courseDishes: [(words: [String], dishes: [String])] = [
        (["dessert", "sweet"], ["Chocolate Lava Cake", "Lemon Tart", "Tiramisu", "Crème Brûlée", "Apple Crumble", "Cheesecake", "Panna Cotta"]),
        (["drink", "beverage", "cocktail", "wine", "coffee"], ["Fresh Lemonade", "Iced Tea", "Espresso", "Cappuccino", "House Red Wine", "Mojito", "Sparkling Water"]),
        (["starter", "appetizer", "appetiser", "small plate"], ["Garlic Bread", "Tomato Bruschetta", "Crispy Calamari", "Soup of the Day", "Chicken Wings", "Hummus Plate"]),
        (["side"], ["French Fries", "Sweet Potato Fries", "Side Salad", "Grilled Vegetables", "Mashed Potatoes", "Onion Rings"]),
        (["salad"], ["Caesar Salad", "Greek Salad", "Quinoa Salad", "Caprese Salad", "Garden Salad"]),
        (["breakfast", "brunch"], ["Pancake Stack", "Eggs Benedict", "Avocado Toast", "Full Breakfast", "Granola Bowl"]),
    ]
    static let schoolworkPatterns = ["Problem Set {n}", "Chapter {n} Review Questions", "Unit {n} Quiz", "Lab Report {n}",
                                     "Reading Response {n}", "Essay Draft {n}", "Vocabulary Worksheet {n}", "Practice Test {n}",
                                     "Midterm Project", "Final Project Proposal", "Book Report", "Research Paper Outline"]
    static let examPatterns = ["Midterm Exam", "Final Exam", "Unit {n} Test", "Chapter {n} Test", "Mock Exam {n}"]
    static let eventTopics = ["Jazz", "Tech", "Food and Wine", "Indie Film", "Design", "Startup", "Book", "Craft Beer"]
    static let eventKinds = ["Festival", "Summit", "Meetup", "Night", "Conference", "Fair"]
    static let admissions = ["General Admission", "VIP", "Early Bird", "Student", "Standing", "Balcony", "Front Row", "Family Pass",
                             "Day Pass", "Weekend Pass", "Backstage Pass", "Group (4+)"]
    static let problems = ["Cannot log in to my account", "Refund request for a duplicate charge", "Order arrived damaged",
                           "Password reset email never arrived", "App crashes on startup", "Question about my invoice",
                           "How do I change my plan?", "Delivery is running late", "Unable to update payment details"]
    static let productProblems = ["{t} stopped working", "Problem setting up {t}", "Question about {t}", "{t} keeps crashing",
                                  "Return request for {t}"]
    static let documentSubjects = ["Quarterly Budget", "Vendor Onboarding", "Travel Expense", "Annual Sales", "Office Safety",
                                   "Product Roadmap", "Hiring", "Security Incident", "Customer Support", "Board Meeting",
                                   "Website Traffic", "Inventory", "Team Offsite", "Audit"]
    /// The words of `documentSubjects`, and of records offices keep, which such subjects title.
    static let documentSubjectWords: Set<String> = Set(documentSubjects.flatMap { $0.lowercased().split(separator: " ").map(String.init) })
        .union(["expense", "expenses", "financial", "finance", "status", "progress", "project", "performance", "board", "meeting",
                "quarterly", "monthly", "weekly", "annual", "yearly", "business", "internal", "management", "company", "office",
                "marketing", "support", "incident", "compliance", "research", "team", "staff", "employee", "vendor", "security"])
    static let documentTypes = ["Report", "Summary", "Review", "Overview", "Notes", "Plan"]
    static let agreementTypes = ["contract", "agreement", "policy", "proposal", "manual", "handbook", "guideline", "specification"]
    static let agreementSubjects = ["Vendor Services", "Office Cleaning", "IT Support", "Software License", "Consulting Services",
                                    "Equipment Lease", "Data Processing", "Remote Work", "Travel", "Procurement", "Maintenance",
                                    "Catering", "Security Services"]
    /// Things that come out in issues.
    static let publicationNouns = ["newsletter", "magazine", "journal", "zine", "digest", "gazette", "periodical", "bulletin"]
    /// Things that are places and are named like places.
    package static let placeNouns = ["venue", "site", "field", "location", "branch", "warehouse", "office", "campus", "facility",
                             "building", "depot", "station", "hall", "park", "farm", "yard", "store", "outlet", "zone", "ward",
                             "wing", "studio", "gallery", "arena", "stadium", "winery", "brewery", "distillery", "vineyard",
                             "ranch", "orchard", "dairy", "clinic", "gym", "spa", "salon", "museum", "theater", "theatre",
                             "cinema", "marina", "garage", "laboratory", "pharmacy", "factory", "lodge", "resort",
                             "hostel", "inn", "library", "shelter", "trail", "greenhouse", "barn", "shed", "apiary", "pavilion", "terminal",
                             "pier", "mine", "quarry", "plantation", "nursery", "lab"]
    static let placeWords = ["North", "South", "East", "West", "Riverside", "Hillside", "Lakeside", "Oakwood", "Cedar", "Maple",
                             "Willow", "Meadow", "Harbor", "Central", "Old Mill", "Stone Bridge", "Parkside", "Highland",
                             "Valley", "Brookside", "Westgate", "Eastgate", "Upper", "Lower", "Station Road", "Market Street"]
    static let fundraisingCauses = ["Clean Water", "Winter Coat", "Food Bank", "Children's Hospital", "Disaster Relief", "Literacy",
                                    "Animal Shelter", "Scholarship", "Cancer Research", "Homeless Shelter", "School Supplies",
                                    "Community Garden", "Mental Health", "Refugee Support", "Library Renovation"]
    static let fundraisingForms = ["Appeal", "Drive", "Fund", "Campaign", "Fundraiser", "Challenge"]
    static let campaignOccasions = ["Spring", "Summer", "Back to School", "Black Friday", "Cyber Monday", "Holiday", "New Year",
                                    "Valentine's Day", "Mother's Day", "Father's Day", "End of Season", "Anniversary", "Weekend",
                                    "Fall", "Winter", "Members' Week"]
    static let campaignOffers = ["Sale", "Flash Sale", "Savings Event", "Promo", "Giveaway", "Email Series", "Clearance",
                                 "Launch", "Bundle Deals", "Free Shipping Week", "Rewards Drive", "Referral Push"]
    /// What a sales deal sells.
    static let dealOffers = ["Enterprise Plan", "Annual Subscription", "Pilot", "Onboarding Services", "Support Contract",
                             "Platform Licence", "Consulting Engagement", "Upgrade to Pro", "Multi-year Renewal", "Data Migration",
                             "Implementation", "Training Package", "Team Plan", "Premium Support"]
    static let codeNames = ["Apollo", "Orion", "Atlas", "Phoenix", "Nimbus", "Falcon", "Horizon", "Summit", "Beacon", "Keystone",
                            "Nova", "Vega", "Aurora", "Zephyr", "Meridian", "Cobalt", "Juniper", "Sierra", "Polaris", "Everest",
                            "Cascade", "Granite", "Harbor", "Lumen", "Mosaic", "Quartz", "Redwood", "Sequoia", "Tundra", "Vertex"]
    /// What a plant's numbered lines do: production, assembly, sorting, …
    static let lineWorkWords = ["production", "assembly", "sorting", "packing", "packaging", "bottling", "processing", "filling",
                                "canning", "manufacturing", "extrusion", "finishing", "paint", "welding", "molding", "moulding"]
    /// Words of natural hazards and what one of them is called after.
    static let hazardNouns: [String: String] = ["wildfire": "Fire", "fire": "Fire", "bushfire": "Fire", "hurricane": "Hurricane",
                                                "storm": "Storm", "typhoon": "Hurricane", "cyclone": "Hurricane", "flood": "Flood",
                                                "landslide": "Slide", "mudslide": "Slide", "avalanche": "Avalanche"]
    /// What a fire or a flood is named after: the place where it began.
    static let hazardPlaces = ["Cedar Creek", "Dixie", "Caldor", "Bear Canyon", "Oak Ridge", "Pine Gulch", "Silver Lake",
                               "Mill Creek", "Eagle Bluff", "Red Rock", "Willow Springs", "Horse Valley", "Lost Lake",
                               "Granite Pass", "Elk Meadow", "Coyote Ridge", "Sand Hollow", "Black Butte", "Juniper Flat",
                               "Aspen Hill", "Bighorn", "Rattlesnake Canyon", "Table Mountain", "Fox Run", "Deer Park"]
    /// Storms are given people's names in turn.
    static let stormNames = ["Ana", "Bill", "Claudette", "Danny", "Elsa", "Fred", "Grace", "Henri", "Ida", "Julian", "Kate",
                             "Larry", "Mindy", "Nicholas", "Odette", "Peter", "Rose", "Sam", "Teresa", "Victor", "Wanda"]

    /// Things a table numbers in order rather than names.
    /// Places someone takes or is given, known by their number ("Seat 14", "Berth 3"); the planner gives a table of
    /// them it does not know a section and an occupancy.
    package static let positionNouns: Set<String> = [
        "seat", "desk", "bed", "berth", "locker", "bay", "stall", "booth", "lane", "pen", "kennel", "cage", "bunk", "pod",
        "dock", "gate", "spot", "space", "plot", "grave", "niche", "crypt", "mooring", "cubicle", "carrel", "stand", "pew",
        "bin", "shelf", "rack", "cell", "vault", "hutch", "paddock", "hangar",
    ]
    static let sequenceNouns = ["sprint", "iteration", "phase", "round", "wave", "cohort", "batch", "season", "heat", "term",
                                // A cinema's screens and auditoriums are numbered: "Screen 1".
                                "screen", "auditorium"]
    static let formSubjects = ["Customer Satisfaction", "Employee Engagement", "Product Feedback", "Onboarding Experience",
                               "Website Usability", "Event Feedback", "Net Promoter", "Course Evaluation", "Exit", "Annual Wellness",
                               "Remote Work", "Service Quality"]
    static let risingMeasures = ["customer retention", "monthly active users", "trial-to-paid conversion", "net promoter score",
                                 "newsletter sign-ups", "repeat purchases", "on-time delivery rate", "test coverage",
                                 "average order value", "first-contact resolution"]
    static let fallingMeasures = ["support response time", "customer churn", "cloud costs", "page load time", "return rate",
                                  "onboarding time", "open bug count", "shipping costs", "employee turnover", "energy use"]
    static let milestones = ["Requirements Sign-off", "Design Approved", "Prototype Complete", "Beta Release", "MVP Launch",
                             "User Testing Complete", "Security Review Passed", "Data Migration Complete", "Go-Live",
                             "Phase 1 Complete", "Phase 2 Complete", "Final Handover", "Project Kickoff", "Contract Signed"]
    static let playlistMoods = ["Morning", "Late Night", "Sunday", "Road Trip", "Workout", "Focus", "Rainy Day", "Summer",
                                "Dinner Party", "Chill", "Throwback", "Weekend"]
    static let playlistStyles = ["Jazz", "Acoustic", "Indie", "Lo-Fi", "Classics", "Hits", "Soul", "Anthems", "Favourites", "Grooves"]
    static let channelTopics = ["Tech", "Travel", "Cooking", "Gaming", "Fitness", "Science", "Money", "DIY", "Music", "History",
                                "Gardening", "Photography"]
    static let channelPatterns = ["{t} Daily", "The {t} Show", "{t} Weekly", "All About {t}", "{t} Explained", "Everyday {t}",
                                  "{t} Lab", "{t} Unplugged"]
    /// Kinds of work a task belongs to: verbs and the things they are done to, which fit one another.
    static let taskWork: [(verbs: [String], objects: [String])] = [
        (["Fix", "Test", "Debug", "Review"], ["the login flow", "the checkout page", "the search filters", "the CSV export",
                                              "the password reset email", "the notification settings", "the mobile layout"]),
        (["Write", "Update", "Review", "Proofread"], ["the release notes", "the onboarding guide", "the API documentation",
                                                      "the FAQ page", "the style guide", "the user manual"]),
        (["Plan", "Schedule", "Organize", "Prepare for"], ["the team offsite", "the quarterly review", "the client workshop",
                                                           "the sprint demo", "the product launch", "the training session"]),
        (["Set up", "Configure", "Upgrade", "Monitor"], ["the staging server", "the nightly backups", "the CI pipeline",
                                                         "VPN access for new hires", "the error alerts", "the database replica"]),
        (["Draft", "Finalize", "Send out", "Review"], ["the vendor contract", "the Q3 budget", "the client proposal",
                                                       "the invoice reminders", "the hiring plan", "the marketing brief"]),
    ]
    /// A wedding's to-do list: vendors to book, stationery to send, choices to make.
    static let weddingWork: [(verbs: [String], objects: [String])] = [
        (["Book", "Confirm", "Pay the deposit for", "Meet"], ["the florist", "the photographer", "the caterer", "the DJ", "the venue",
                                                             "the hair and makeup artist", "the officiant", "the band"]),
        (["Send", "Order", "Print", "Address"], ["the invitations", "the save-the-dates", "the thank-you cards", "the place cards"]),
        (["Choose", "Finalize", "Plan"], ["the seating chart", "the ceremony music", "the rehearsal dinner", "the guest list",
                                          "the menu", "the wedding cake", "the first dance song"]),
        (["Buy", "Collect", "Fit"], ["the rings", "the dress", "the suits", "the bridesmaid dresses"]),
    ]
    /// A move's to-do list: rooms to pack, people to book, accounts to move over.
    static let movingWork: [(verbs: [String], objects: [String])] = [
        (["Pack", "Clean", "Clear out", "Label the boxes for"], ["the kitchen", "the garage", "the spare room", "the bookshelves",
                                                                 "the loft", "the wardrobe"]),
        (["Book", "Confirm", "Call"], ["the movers", "the van hire", "the end-of-tenancy clean", "the utility meter readings"]),
        (["Update", "Cancel", "Transfer"], ["the address with the bank", "the broadband contract", "the energy supplier",
                                            "the doctor's registration", "the car insurance"]),
    ]

    /// The kind of work a task is by its dataset's (singular) words: a wedding's, a move's, or an office's.
    static func taskWork(setting: Set<String>) -> [(verbs: [String], objects: [String])] {
        if !setting.isDisjoint(with: ["wedding", "bride", "groom", "bridal", "couple", "marriage"]) {
            return weddingWork
        }
        if !setting.isDisjoint(with: ["move", "moving", "mover", "relocation", "removal"]) {
            return movingWork
        }
        if isConstruction(setting) { return buildingWork }
        if !setting.isDisjoint(with: legalWords) { return legalWork }
        if !setting.isDisjoint(with: cleaningWords) { return cleaningWork }
        return taskWork
    }

    /// Words of a dataset of cleaning work: a hotel's housekeeping, an office's janitors.
    static let cleaningWords: Set<String> = ["cleaning", "housekeeping", "housekeeper", "janitorial", "janitor", "custodial",
                                             "custodian", "cleaner", "maid", "turnover"]
    /// A housekeeper's or a cleaner's work: each verb fits each thing of its group ("Change the bed linen").
    static let cleaningWork: [(verbs: [String], objects: [String])] = [
        (["Clean", "Scrub", "Disinfect"], ["the bathroom", "the shower", "the toilet and sink", "the kitchenette", "the lobby restrooms"]),
        (["Vacuum", "Spot-clean"], ["the carpet", "the hallway runner", "the stairs", "the rugs"]),
        (["Mop", "Sweep"], ["the bathroom floor", "the lobby floor", "the kitchen floor", "the stairwell"]),
        (["Change", "Replace"], ["the bed linen", "the towels", "the pillowcases", "the shower curtain", "the bath mats"]),
        (["Restock", "Refill"], ["the minibar", "the toiletries", "the coffee station", "the paper towels", "the soap dispensers"]),
        (["Dust", "Wipe down", "Polish"], ["the furniture", "the windowsills", "the mirrors", "the desk and nightstands", "the light switches"]),
        (["Empty"], ["the bins", "the recycling", "the hallway trash cans"]),
    ]

    /// Words of a dataset of legal work (singular, as `RowFacts.setting` holds them).
    static let legalWords: Set<String> = ["attorney", "lawyer", "law", "legal", "litigation", "paralegal", "solicitor", "barrister",
                                          "counsel", "lawsuit", "litigator"]
    /// A law firm's billable work: each verb fits each thing of its group ("Draft the motion to dismiss").
    static let legalWork: [(verbs: [String], objects: [String])] = [
        (["Draft", "Revise", "File"], ["the motion to dismiss", "the complaint", "the answer to the complaint",
                                       "the motion for summary judgment", "the custody petition", "the appeal brief"]),
        (["Draft", "Review", "Negotiate"], ["the settlement agreement", "the purchase agreement", "the lease amendment",
                                            "the shareholder agreement", "the employment contract", "the licensing agreement"]),
        (["Review", "Summarize", "Index"], ["the discovery documents", "the deposition transcripts", "the medical records",
                                            "the title report", "the police report", "the financial disclosures"]),
        (["Prepare for", "Attend"], ["the deposition", "the mediation", "the status conference", "the hearing", "the closing"]),
        (["Call", "Email", "Meet with"], ["the client", "opposing counsel", "the expert witness", "the insurance adjuster"]),
        (["Research"], ["case law on the statute of limitations", "precedent for the appeal", "the zoning regulations",
                        "the non-compete's enforceability"]),
    ]

    /// A dataset of building work, by its (singular) words.
    static func isConstruction(_ setting: Set<String>) -> Bool {
        !setting.isDisjoint(with: ["construction", "builder", "homebuilder", "renovation", "remodeling", "remodelling", "remodel",
                                   "contracting", "subcontractor", "jobsite"])
    }

    /// A building job's tasks: each verb fits each thing of its group ("Pour the footings", "Rough in the plumbing").
    static let buildingWork: [(verbs: [String], objects: [String])] = [
        (["Excavate", "Grade", "Survey"], ["the site", "the parking lot", "the building pad"]),
        (["Pour", "Form", "Inspect"], ["the footings", "the foundation walls", "the slab on grade", "the garage slab"]),
        (["Frame", "Sheathe", "Insulate"], ["the exterior walls", "the second floor", "the roof", "the garage"]),
        (["Rough in", "Install", "Inspect"], ["the electrical", "the plumbing", "the HVAC ductwork", "the fire sprinklers"]),
        (["Hang", "Tape", "Finish"], ["the drywall on level 1", "the drywall on level 2", "the drywall in the stairwell"]),
        (["Install", "Set", "Inspect"], ["the windows", "the roof trusses", "the kitchen cabinets", "the exterior doors"]),
        (["Prime", "Paint"], ["the interior walls", "the stairwells", "the exterior trim"]),
        (["Schedule", "Prepare for", "Pass"], ["the framing inspection", "the electrical inspection", "the final inspection"]),
    ]
    /// Where a building job is and what it builds: "Riverside" + "Medical Office Building".
    static let buildingSites = ["Riverside", "Maple Street", "Harbor Point", "Oak Hill", "Cedar Park", "Lakeview", "Westgate",
                                "Mill Creek", "Pine Ridge", "Union Square", "Elm Street", "Northgate", "Willow Bend", "Granite Falls"]
    static let buildingWorks = ["Townhomes", "Medical Office Building", "Elementary School Addition", "Parking Structure",
                                "Bridge Repair", "Distribution Warehouse", "Apartments", "Library Renovation", "Retail Plaza",
                                "Fire Station", "Community Center", "Office Tower", "Kitchen Remodel", "Senior Living Center"]

    /// Names florists give their bouquets, zoos their enclosures, and players their teams.
    static let bouquetNames = ["Blush Romance", "Garden Medley", "Lavender Dreams", "Sunny Days", "Classic Dozen Roses", "Peony Parade",
                               "Wildflower Meadow", "Pure White Lilies", "Citrus Burst", "Autumn Harvest", "Pastel Whisper", "Tulip Delight"]
    static let enclosureNames = ["Penguin Cove", "Primate Forest", "Big Cat Ridge", "Reptile House", "Tropical Aviary", "Elephant Plains",
                                 "Otter Creek", "Bamboo Grove", "Giraffe Overlook", "Bear Canyon", "Meerkat Burrow", "Flamingo Lagoon"]
    package static let groupNames = ["The Night Owls", "Team Enigma", "Clue Crew", "The Red Herrings", "Lock Busters", "The Code Breakers",
                             "Mind Benders", "The Escape Artists", "Brain Trust", "The Usual Suspects", "Puzzle Pirates", "Team Sherlock",
                             "The Misfits", "Key Masters", "The Lost Keys"]

    /// Names owners give their boats.
    static let boatNames = ["Second Wind", "Sea Breeze", "Knot on Call", "Reel Therapy", "Blue Horizon", "Serenity", "Wanderlust",
                            "Salty Dog", "Island Time", "Free Spirit", "Wind Dancer", "Liquid Asset", "Seas the Day", "Aquaholic",
                            "Sea Esta", "Nauti Buoy", "Marlin Monroe", "Happy Hour", "Northern Star", "Pearl", "Osprey", "Calypso",
                            "Driftwood", "Sandpiper", "Moonshadow", "Halcyon", "Tide Runner", "Morning Glory"]

    /// Words brewers name beers with: one of each.
    static let beerWords: (first: [String], second: [String]) = (
        ["Hazy", "Golden", "Old", "Midnight", "Copper", "Wild", "Lazy", "Crooked", "Foggy", "Rusty", "Silver", "Lucky", "Dark", "Sunny"],
        ["Harbor", "Horizon", "Fox", "River", "Anchor", "Trail", "Barn", "Lantern", "Pine", "Canyon", "Owl", "Tide", "Mile", "Hollow"])

    static let projectGoals = ["Website Redesign", "Data Migration", "Mobile App Launch", "CRM Rollout", "Cloud Migration",
                               "Brand Refresh", "Checkout Revamp", "Warehouse Automation"]
}
