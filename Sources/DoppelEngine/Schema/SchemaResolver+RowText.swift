import DoppelText

/// Free text written for its row, values derived through a reference, and
/// value sets chosen by the entity (protocol/SCHEMA.md, *Row text* and
/// *Values derived through a reference*).
extension SchemaResolver {
    static let rowTextKinds: Set<String> = ["text.paragraph", "text.review", "text.comment", "text.description",
                                            "text.sentence", "text.title", "text.words"]
    static let bodyWords: Set<String> = ["body", "content", "text", "review", "comment", "comments", "feedback", "message",
                                         "details", "remarks", "opinion"]
    static let titleWords: Set<String> = ["title", "headline", "summary", "subject", "heading"]
    /// Column words of a customer's own words about something they used or attended.
    static let reviewColumnWords: Set<String> = ["review", "feedback", "testimonial", "comment", "comments", "opinion"]
    static let describeWords: Set<String> = ["description", "summary", "synopsis", "overview", "about", "blurb", "details"]
    static let nameColumns = ["name", "title", "product_name", "item_name", "course_name", "full_name"]
    static let categoryColumns = ["category", "genre", "type", "category_name", "cuisine", "department", "topic", "style", "subject",
                                  "case_type", "matter_type", "practice_area", "grape_variety", "varietal", "grape", "wine_type",
                                  "section", "desk", "habitat"]
    static let makerColumns = ["author", "brand", "manufacturer", "artist", "instructor", "director", "maker", "publisher", "teacher"]
    static let ratingColumns = ["rating", "stars", "star_rating", "score", "overall_rating", "review_rating", "performance_rating",
                                "performance_score", "satisfaction_rating", "satisfaction_score", "csat", "csat_score",
                                "customer_rating", "satisfaction"]
    /// Entity words of a performance review: its text is a manager's feedback, not a customer's review.
    static let appraisalWords = Set(["performance", "appraisal", "appraisals", "evaluation", "evaluations"])
        .union(RowAppraisalWriter.interviewWords)
    static let priceColumns = ["price", "unit_price", "list_price", "retail_price", "sale_price"]

    /// The singular noun for an entity's rows: `order_items` → "order item".
    static func noun(_ entity: String) -> String {
        Inflector.singular(entity.lowercased()).replacingOccurrences(of: "_", with: " ")
    }

    /// Words of how often a rate is charged, which a parent may leave unsaid (`monthly_rent` / `rent`).
    static let periodWords: Set<String> = ["monthly", "weekly", "daily", "nightly", "hourly", "annual", "yearly"]
    /// Words of a rate or fee a child copies from its parent when both name it alike.
    static let statedRateWords: Set<String> = ["rate", "fee", "fees", "tariff", "tuition", "rent"]
    /// Rates that are measured on each row, not charged as stated: an ad's conversion rate is its own.
    static let measuredRateWords: Set<String> = ["conversion", "click", "clickthrough", "bounce", "churn", "open", "error",
                                                 "success", "failure", "response", "completion", "retention", "growth",
                                                 "win", "heart", "respiratory", "attendance", "occupancy", "utilization",
                                                 "engagement", "return", "default", "pass", "fill", "hit", "birth", "death"]

    /// A copy or adjustment of a parent's cell: `unit_price` from the referenced product's `price`
    /// (discounted by `PriceDiscount`), a rate or fee the parent states under the same name, and
    /// `<parent>_<column>` from the referenced parent's `<column>`.
    func applyReferenceDerivations(_ entity: Entity, _ sources: inout [FieldSource?], planIndex: [String: Int]) {
        let fields = entity.fields
        // A flight's number starts with the code of the airline it references (LA4370 of LATAM); a unique
        // one keeps its own numbering for the digits, so the numbers stay distinct.
        for (c, f) in fields.enumerated() where f.kind == "travel.flight_number" && f.references == nil {
            guard case let .kind(own, mode)? = sources[c] else { continue }
            var numbering: IndexPermutation?
            switch mode {
            case .random: break
            case let .unique(p): numbering = p
            case .group: continue
            }
            for (rc, rf) in fields.enumerated() {
                guard let ref = rf.references, ref.entity != entity.name, let p = planIndex[ref.entity], let parent = schema.entity(named: ref.entity),
                      let pc = parent.fields.firstIndex(where: { $0.kind == "travel.airline_code" }) else { continue }
                sources[c] = .derived(DerivedPlan(referenceColumn: rc, parentEntity: p, parentColumn: pc, rule: .codeAndNumber, fallback: own,
                                                  numbering: numbering))
                break
            }
        }
        for (c, f) in fields.enumerated() {
            guard f.references == nil, !f.unique, !f.primaryKey, case let .kind(own, .random)? = sources[c] else { continue }
            let lower = f.name.lowercased()
            let tokens = Set(KindInference.tokens(lower))
            let isStatedRate = !tokens.isDisjoint(with: Self.statedRateWords) && tokens.isDisjoint(with: Self.measuredRateWords)
            for (rc, rf) in fields.enumerated() {
                guard let ref = rf.references, ref.entity != entity.name, let p = planIndex[ref.entity],
                      let parent = schema.entity(named: ref.entity) else { continue }
                func parentColumn(_ names: [String]) -> Int? {
                    for n in names { if let i = parent.fields.firstIndex(where: { $0.name.lowercased() == n }) { return i } }
                    return nil
                }
                let numericPair = Self.numeric.contains(f.type)
                if numericPair, ["unit_price", "item_price", "price", "sale_price"].contains(lower),
                   let pc = parentColumn(Self.priceColumns), Self.numeric.contains(parent.fields[pc].type) {
                    // A line with a discount of its own is sold at the list price, the discount taken once, in its column.
                    let ownDiscount = fields.contains { $0.kind == "commerce.discount" || KindInference.tokens($0.name).contains("discount") }
                    sources[c] = .derived(DerivedPlan(referenceColumn: rc, parentEntity: p, parentColumn: pc,
                                                      rule: ownDiscount ? .copy : .discountedPrice, fallback: own))
                    break
                }
                // A booking starts when what it books starts: a class booking's `starts_at` is its class's.
                if Self.bookingHeads.contains(Self.noun(entity.name).split(separator: " ").last.map(String.init) ?? ""), Self.scheduledStartNames.contains(lower),
                   f.type == .date || f.type == .datetime,
                   // (under its own name, else the parent's own start: a session booking's `starts_at` is its session's `scheduled_at`)
                   let pc = parentColumn([lower]) ?? parentColumn(Self.startNamesInOrder), parent.fields[pc].type == f.type {
                    sources[c] = .derived(DerivedPlan(referenceColumn: rc, parentEntity: p, parentColumn: pc, rule: .copy, fallback: own))
                    break
                }
                // A rate or fee the referenced parent states under the same name is charged as stated:
                // a rental's `daily_rate` is its vehicle's, an appointment's `fee` its service's.
                // (`monthly_rent` beside a unit's `rent`: the period is the parent's.)
                let unqualified = tokens.count == 2 && Self.periodWords.contains(KindInference.tokens(lower).first ?? "")
                    ? [KindInference.tokens(lower).last ?? lower] : []
                if numericPair, isStatedRate,
                   let pc = parentColumn([lower] + unqualified), Self.numeric.contains(parent.fields[pc].type) {
                    sources[c] = .derived(DerivedPlan(referenceColumn: rc, parentEntity: p, parentColumn: pc, rule: .copy, fallback: own))
                    break
                }
                // A redemption spends the points its reward costs.
                if numericPair, Self.pointsSpentNames.contains(lower), let pc = parentColumn(Self.pointsCostNames), Self.numeric.contains(parent.fields[pc].type) {
                    sources[c] = .derived(DerivedPlan(referenceColumn: rc, parentEntity: p, parentColumn: pc, rule: .copy, fallback: own))
                    break
                }
                // A genre or a cuisine the referenced parent has under the same name is the row's: an album's
                // genre is its artist's, a dish's cuisine its restaurant's.
                if !numericPair, tokens.contains("genre") || Self.inheritedKindNames.contains(lower),
                   let pc = parentColumn([lower]), !Self.numeric.contains(parent.fields[pc].type) {
                    sources[c] = .derived(DerivedPlan(referenceColumn: rc, parentEntity: p, parentColumn: pc, rule: .copy, fallback: own))
                    break
                }
                // A donation's blood type is its donor's, a visit's species and breed its pet's: a trait of the
                // being the record is about, when the record is not a being itself (a child's blood type is no parent's).
                if !numericPair, Self.inheritedTraitNames.contains(lower), !Self.isPeople(entity),
                   Set(KindInference.tokens(entity.name).map(Inflector.singular)).isDisjoint(with: Self.animalTableWords),
                   let pc = parentColumn([lower]), !Self.numeric.contains(parent.fields[pc].type) {
                    sources[c] = .derived(DerivedPlan(referenceColumn: rc, parentEntity: p, parentColumn: pc, rule: .copy, fallback: own))
                    break
                }
                // `product_name` beside `product_id`: the referenced product's `name`.
                let prefix = rf.name.lowercased().hasSuffix("_id") ? String(rf.name.lowercased().dropLast(3)) : ""
                guard !prefix.isEmpty, lower.hasPrefix(prefix + "_") else { continue }
                let suffix = String(lower.dropFirst(prefix.count + 1))
                let candidates = suffix == "name" ? [lower, "name", "title", "full_name"] : [lower, suffix]
                if let pc = parentColumn(candidates), pc != parent.fields.firstIndex(where: { $0.name == ref.field }),
                   Self.numeric.contains(parent.fields[pc].type) == numericPair {
                    sources[c] = .derived(DerivedPlan(referenceColumn: rc, parentEntity: p, parentColumn: pc, rule: .copy, fallback: own))
                    break
                }
            }
        }
    }

    /// Points a redemption spends, and what its reward costs in points.
    /// (never a bare `points`: a member's balance is no reward's price)
    static let pointsSpentNames: Set<String> = ["points_spent", "points_used", "points_redeemed", "points_deducted", "points_cost"]
    static let pointsCostNames = ["points_required", "points_cost", "cost_in_points", "point_cost", "required_points", "points_needed"]

    /// Names of what a row is of, held from a parent of the same column (besides any `genre`).
    static let inheritedKindNames: Set<String> = ["cuisine", "cuisine_type", "food_type"]
    /// Traits a being keeps for life, which records about it repeat (`blood_type` on a donation, `species` on a visit).
    static let inheritedTraitNames: Set<String> = ["blood_type", "blood_group", "species", "breed"]
    /// Tables of animals, whose own traits are their own (an offspring's breed is no parent's copy).
    static let animalTableWords: Set<String> = ["animal", "pet", "dog", "cat", "horse", "offspring", "litter", "puppy", "kitten",
                                                "foal", "calf", "livestock", "cattle", "herd"]

    /// Records of someone taking a place in something that has its own start.
    static let bookingHeads: Set<String> = ["booking", "reservation", "registration", "attendance", "signup", "rsvp", "enrollment",
                                            "enrolment", "ticket", "seat_booking"]

    /// A category whose goods the vocabulary names: a department store's (Electronics) or a shop's (Pastries).
    static func isKnownCategory(_ name: String) -> Bool {
        let lower = name.trimmingSpaces.lowercased()
        return ShopGoods.category(named: lower) != nil || (0..<Words.categories.count).contains { Words.categories.string($0).lowercased() == lower }
    }

    /// Free-text columns of review, comment and described entities become `.rowText`, reading their row.
    func applyRowText(_ entity: Entity, _ sources: inout [FieldSource?], planIndex: [String: Int]) {
        let fields = entity.fields
        let words = Set(KindInference.tokens(entity.name))
        let noun = fundraisingNoun(entity) ?? legalCaseNoun(entity) ?? codeIssueNoun(entity) ?? publicationIssueNoun(entity) ?? serviceIncidentNoun(entity) ?? goodsListingNoun(entity) ?? podcastEpisodeNoun(entity) ?? Self.noun(entity.name)
        // Genres from the list that fits the entity.
        if let genres = Words.genres(forEntityWords: words, setting: Set(KindInference.tokens(schema.name))) {
            for (c, f) in fields.enumerated() where f.kind == "media.genre" {
                if case .kind(_, .random)? = sources[c] { sources[c] = .kind(WordKind(genres), .random) }
            }
        }
        func plain(_ c: Int) -> Bool {
            switch sources[c] {
            case .kind?, .reference?, .derived?: return true
            // A product name written from its category reads no sibling, so a description may read it.
            case let .rowText(plan)?: return plan.form == .productName || plan.form == .jobTitle || plan.form == .title
            default: return false
            }
        }
        func column(_ names: [String], except: Int, text: Bool) -> Int? {
            for n in names {
                if let i = fields.firstIndex(where: { $0.name.lowercased() == n }), i != except, plain(i),
                   fields[i].references == nil, !text || fields[i].type == .string || fields[i].type == .text { return i }
            }
            return nil
        }
        // An evaluation of a thing (a course's, a workshop's) is a review of it; of a person, an appraisal.
        let thingEvaluation = !words.isDisjoint(with: ["evaluation", "evaluations"]) && words.isDisjoint(with: ["performance", "appraisal", "appraisals"])
            && Self.reviewedNoun(ofTable: entity.name).map { !Self.appraisedPeople.contains($0) } == true
        let isReview = thingEvaluation || !words.isDisjoint(with: ["review", "reviews", "feedback", "testimonial", "testimonials", "rating", "ratings"])
        let isComment = !words.isDisjoint(with: ["comment", "comments", "reply", "replies", "answer", "answers", "response", "responses"])
        let subject = subjectReference(entity, planIndex: planIndex)
        // A comment on a parent with no name of its own (a photo post) is still about that parent.
        let unnamedSubject = subject == nil ? unnamedSubjectNoun(entity) : nil
        let category = parentCategory(entity, planIndex: planIndex)

        // A product's name from the vocabulary of the category it references.
        if let category {
            for (c, f) in fields.enumerated() where f.kind == "commerce.product_name" && !f.unique && !f.primaryKey {
                guard case .kind(_, .random)? = sources[c] else { continue }
                sources[c] = .rowText(RowTextPlan(form: .productName, noun: noun, parentCategory: category))
            }
        }
        // A product's name from its own category column when that is a list of categories the vocabulary
        // knows (a bakery's Bread, Pastries, Cakes): a croissant in Pastries, not a car charger.
        if category == nil, let cc = column(Self.categoryColumns, except: -1, text: true), fields[cc].kind == "enum",
           let values = fields[cc].values?.compactMap(\.stringValue), !values.isEmpty, values.allSatisfy(Self.isKnownCategory) {
            for (c, f) in fields.enumerated() where f.kind == "commerce.product_name" && !f.unique && !f.primaryKey {
                guard case .kind(_, .random)? = sources[c] else { continue }
                sources[c] = .rowText(RowTextPlan(form: .productName, noun: noun, categoryColumn: cc))
            }
        }
        applyJobLadder(entity, &sources, planIndex: planIndex)
        // A course's name is about the row's own subject when it has one (a Nursing course is not "Engineering 365").
        let hasCategory = column(Self.categoryColumns, except: -1, text: true) != nil || category != nil
        for (c, f) in fields.enumerated() {
            // (a company name that is a booking's group or an order's café is named as one: `team_name`, `cafe_name`)
            guard let kind = f.kind, Self.rowTextKinds.contains(kind) || kind == "education.course_name" && hasCategory
                    || kind == "company.name" && (Self.namesBookedGroup(f.name, entity: entity.name) || Self.eateryNameStem(f.name) != nil),
                  !f.unique, !f.primaryKey, f.references == nil,
                  f.type == .string || f.type == .text, case let .kind(g, .random)? = sources[c] else { continue }
            let tokens = Set(KindInference.tokens(f.name))
            let rating = column(Self.ratingColumns, except: c, text: false).flatMap { Self.numeric.contains(fields[$0].type) ? $0 : nil }
            // A review or feedback column beside the row's rating is a review of what the row is about
            // (the course an enrolment references) or else of what it records (a lesson, a stay, a visit),
            // whatever the table is called, when the writer knows what such a thing is (a repair is not
            // reviewed for its packaging).
            let known = SubjectClass(noun: subject?.noun ?? noun)
            // (with no rating, only a column named for a review: a booking's `review` of an escape room is one)
            let reviewsRow = !isReview && !isComment
                && (rating != nil && !tokens.isDisjoint(with: Self.reviewColumnWords)
                    || rating == nil && !tokens.isDisjoint(with: ["review", "feedback", "testimonial"]))
                && known != .product && known != .collection
            // A teacher's feedback on graded work, leaning the way its score out of its top does.
            if !words.isDisjoint(with: Self.gradedWorkWords), !tokens.isDisjoint(with: Self.workFeedbackColumnWords) {
                sources[c] = .rowText(workFeedbackPlan(entity, noun: noun, planIndex: planIndex))
                continue
            }
            // What a client said after viewing a home.
            if isHomeViewing(entity), !tokens.isDisjoint(with: Self.workFeedbackColumnWords) {
                sources[c] = .rowText(RowTextPlan(form: .viewingFeedback, noun: noun))
                continue
            }
            let form: RowTextForm
            var writtenNoun = noun
            if !thingEvaluation, !words.isDisjoint(with: Self.appraisalWords), !tokens.isDisjoint(with: Self.bodyWords.union(["notes", "summary"])) {
                form = .appraisal
            } else if !thingEvaluation, !words.isDisjoint(with: Self.appraisalWords), !tokens.isDisjoint(with: Self.titleWords) {
                // (a performance review's headline is no product's "An okay purchase")
                form = .appraisalTitle
            } else if Self.isWorkLog(words), !tokens.isDisjoint(with: Self.describeWords.union(["notes", "note", "summary", "activity", "work"])) {
                // a time entry's description is the work done ("Update the onboarding guide"), not "This is a time entry"
                form = .title
                writtenNoun = "task"
            } else if reviewsRow || isReview && !tokens.isDisjoint(with: Self.bodyWords.union(Self.describeWords)) {
                form = .reviewBody
            } else if isReview && !tokens.isDisjoint(with: Self.titleWords) {
                form = .reviewTitle
            } else if isComment && (subject != nil || unnamedSubject != nil) && !tokens.isDisjoint(with: Self.bodyWords) {
                form = .comment
            } else if Self.namesPitch(tokens) {
                form = .pitch
            } else if Self.namesTasting(tokens) || noun.hasSuffix("tasting") && !tokens.isDisjoint(with: ["notes", "comments", "remarks", "comment"]),
                      TastingNotes.drink(noun: noun, category: nil) ?? TastingNotes.drink(noun: subject?.noun ?? "", category: nil) != nil {
                form = .tasting
            } else if RowTitleWriter.family(ofNoun: noun) == .codeIssue, !tokens.isDisjoint(with: Self.bodyWords.union(Self.describeWords)) {
                form = .bugReport
            } else if RowTitleWriter.family(ofNoun: noun) == .question, !tokens.isDisjoint(with: Self.bodyWords.union(Self.describeWords)) {
                form = .questionBody
            } else if RowTitleWriter.family(ofNoun: noun) == .codeChange, tokens.contains("message") {
                // A commit's message is the one line a change is called by.
                form = .title
            } else if !isReview && !isComment && RowTitleWriter.family(ofNoun: noun) == .post,
                      !tokens.isDisjoint(with: ["body", "content", "text", "article"]) {
                form = .article
            } else if !isReview && !isComment && RowTitleWriter.family(ofNoun: noun) == .ticket,
                      !tokens.isDisjoint(with: ["summary", "subject", "title", "headline"]) {
                // A ticket's or incident's summary is its one-line problem.
                form = .title
            } else if !isReview && !isComment && !tokens.isDisjoint(with: Self.describeWords) {
                // Product copy only for goods: a campaign or a project is described from its own values
                // (`applyRecordText`), not as something that "ships in recyclable packaging".
                if SubjectClass(noun: noun) == .product, RowTitleWriter.family(ofNoun: noun) != .event,
                   category == nil, !Self.looksLikeGoods(entity) { continue }
                // An issue, a task or a repair job is described from its own priority, status and trade too.
                if [.workItem, .repair].contains(SubjectClass(noun: noun)) { continue }
                form = .description
            } else if !isReview, ["text.title", "text.words", "company.name"].contains(kind), Self.namesBookedGroup(f.name, entity: entity.name) {
                // The group a booking is for (an escape room's, a quiz night's): a name its players chose.
                form = .title
                writtenNoun = "booked group"
            } else if ["text.title", "text.words", "company.name"].contains(kind), let eatery = Self.eateryNameStem(f.name) {
                // (in a review too: a restaurant review's `restaurant_name` is a restaurant's, not "Orchid Holdings")
                // A café's name on an order (`cafe_name`, `restaurant_name`) is a café's, not "Vertex Order".
                form = .title
                writtenNoun = eatery
            } else if !isReview && (kind == "text.title" || kind == "text.words" || kind == "education.course_name"),
                      kind == "text.title" ? RowTitleWriter.names(noun) : RowTitleWriter.family(ofNoun: noun) != nil,
                      // A hike's `trail_name` is the trail's, not the hike's (`applyPlaceNames`).
                      !Self.namesPlace(KindInference.tokens(f.name)),
                      !tokens.isDisjoint(with: ["title", "name", "subject", "headline", "topic"]) {
                form = .title
            } else {
                continue
            }
            // (a story's body reads its headline when the table names it so)
            var plan = RowTextPlan(form: form, noun: writtenNoun,
                                   nameColumn: column(Self.nameColumns, except: c, text: true)
                                       ?? (form == .article ? column(["headline"], except: c, text: true) : nil),
                                   categoryColumn: column(Self.categoryColumns, except: c, text: true),
                                   makerColumn: column(Self.makerColumns, except: c, text: true),
                                   ratingColumn: rating, ratingScale: rating.flatMap { fields[$0].max }.map { $0 > 5 ? $0 : 5 } ?? 5,
                                   subject: subject, parentCategory: category)
            if form == .description && plan.nameColumn == nil && plan.categoryColumn == nil && category == nil { continue }
            if form == .comment { plan.subjectNoun = unnamedSubject }
            // A review of a parent with no name (an appointment, a booking) is about that parent, never "this review".
            if form == .reviewBody || form == .reviewTitle, subject == nil {
                plan.subjectNoun = unnamedSubject ?? settingSubjectNoun(entity)
                // A review that names what it reviews in a column of its own (`hotel`, `restaurant_name`) is about that.
                if unnamedSubject == nil, let (sc, noun) = reviewedColumn(entity, except: c) {
                    plan.subjectNoun = noun
                    plan.subjectColumn = sc
                }
                // Else what the table's own name says it reviews: a `book_reviews` row is about a book, never
                // "this book review"; a `customer_reviews` row about what such a reviewer reviews.
                if plan.subjectNoun == nil, let reviewed = Self.reviewedNoun(ofTable: entity.name) {
                    plan.subjectNoun = Self.reviewedBy[reviewed] ?? reviewed
                }
            }
            plan.pools = modelPools(entity.name, f.name, plain: g as? PooledText, moods: rating != nil)
            if form == .title || form == .article { plan.setting = datasetWords }
            if form == .title { plan.pickKey = Mix.key(seed: seed, entity: entity.name, stream: f.name + "@names") }
            sources[c] = .rowText(plan)
        }
    }

    /// A booking's `group_name` (`team_name`, `party_name`): the name of the group that booked.
    static func namesBookedGroup(_ name: String, entity: String) -> Bool {
        let tokens = KindInference.tokens(name)
        guard tokens.count == 2, tokens[1] == "name", ["group", "team", "party"].contains(tokens[0]) else { return false }
        return ["booking", "reservation", "registration", "signup", "entry", "session", "game"].contains(Inflector.singular(KindInference.head(ofEntity: entity)))
    }

    /// The eating place a `<place>_name` column names (`cafe_name` → cafe, `coffee_shop_name` → coffee shop), nil for others.
    static func eateryNameStem(_ name: String) -> String? {
        let tokens = KindInference.tokens(name)
        guard tokens.count >= 2, tokens.last == "name" else { return nil }
        let stem = tokens.dropLast().joined(separator: " ")
        return EateryNames.kind(of: stem) != nil ? stem : nil
    }

    /// Whether a table's words make it a log of work: time entries, timesheets, work logs.
    static func isWorkLog(_ words: Set<String>) -> Bool {
        words.isSuperset(of: ["time", "entries"]) || words.isSuperset(of: ["time", "entry"]) || words.isSuperset(of: ["time", "logs"])
            || !words.isDisjoint(with: ["timesheet", "timesheets", "worklog", "worklogs", "billable"]) || words.isSuperset(of: ["work", "logs"])
    }

    /// Tasting notes, a flavour profile, an aroma or a palate.
    static func namesTasting(_ tokens: Set<String>) -> Bool {
        tokens.contains("tasting") || tokens.contains("aroma") || tokens.contains("palate")
            || !tokens.isDisjoint(with: ["flavor", "flavour"]) && !tokens.isDisjoint(with: ["notes", "profile", "description"])
    }

    /// A cover letter, a pitch, a motivation or a personal statement: what someone writes to be chosen.
    static func namesPitch(_ tokens: Set<String>) -> Bool {
        // (Not a roof's or a voice's pitch, nor a motivation score: a letter is named as one.)
        tokens.isSuperset(of: ["cover", "letter"]) || tokens.isSuperset(of: ["motivation", "letter"])
            || tokens.isSuperset(of: ["personal", "statement"]) || tokens.contains("pitch") && !tokens.isDisjoint(with: ["sales", "elevator", "project", "proposal"])
    }

    /// Columns that, on a named row of no known subject, say it is sold.
    static let saleColumns = Set(priceColumns + ["stock", "in_stock", "stock_quantity", "msrp", "warranty", "weight", "weight_kg"])

    /// Whether a named row of no known subject is a thing sold: goods (`isGoods`), or a price,
    /// stock or weight column beside the description.
    static func looksLikeGoods(_ entity: Entity) -> Bool {
        isGoods(entity) || entity.fields.contains { saleColumns.contains($0.name.lowercased()) }
    }

    /// Place nouns a column may be named by and hold a place's name (`events.venue`, `employees.office`).
    /// Not those that name something else as a column: a form's `field`, a git `branch`, a `time_zone`,
    /// a `location` (an address).
    static let placeColumnNouns = Set(RowTitleWriter.placeNouns).subtracting(["field", "branch", "zone", "location"])

    /// A team's `home_field`, `away_ground`, `practice_pitch`: a sports ground (a form's `field` alone is not one).
    static func isSportsGround(_ tokens: [String]) -> Bool {
        tokens.count == 2 && ["home", "away", "practice", "training", "main"].contains(tokens[0])
            && ["field", "pitch", "ground", "court", "rink", "diamond"].contains(tokens[1])
    }

    /// A column named for a place that no rule gave more than a loose word (`venue`) holds a place name.
    func applyPlaceNames(_ entity: Entity, _ sources: inout [FieldSource?]) {
        for (c, f) in entity.fields.enumerated() where !f.unique && !f.primaryKey && f.references == nil {
            guard ["text.word", "text.label", "text.words", "text.title"].contains(f.kind ?? ""), f.type == .string || f.type == .text,
                  case let .kind(g, .random)? = sources[c], !(g is PooledText),
                  let last = Self.placeNoun(ofColumn: KindInference.tokens(f.name)),
                  Self.placeColumnNouns.contains(last) || Self.isSportsGround(KindInference.tokens(f.name))
            else { continue }
            // A venue is named for what it is: a match is played at a stadium, other events are held in a hall.
            let noun = last == "venue" ? (Self.isSportsOccasion(entity.name) ? "stadium" : "hall") : last
            sources[c] = .rowText(RowTextPlan(form: .title, noun: noun))
        }
    }

    /// The noun a column names its place by: its last word (`venue`, `home_ground`), or the word before a
    /// closing `name` or `title` when that is a place (`trail_name`, `warehouse_name`).
    static func placeNoun(ofColumn tokens: [String]) -> String? {
        namesPlace(tokens) ? Inflector.singular(tokens[0]) : tokens.last.map(Inflector.singular)
    }

    /// A place's name or title (`trail_name`, `warehouse_title`).
    static func namesPlace(_ tokens: [String]) -> Bool {
        tokens.count == 2 && ["name", "title"].contains(tokens[1]) && placeColumnNouns.contains(Inflector.singular(tokens[0]))
    }

    /// An entity of sports occasions: matches, games, fixtures, bouts, races, tournaments.
    static func isSportsOccasion(_ entity: String) -> Bool {
        let words = Set(KindInference.tokens(entity).map(Inflector.singular))
        return !words.isDisjoint(with: ["match", "game", "fixture", "bout", "race", "tournament", "meet", "regatta"])
    }

    /// The model's texts for a row-text column, if any: its own pool, and one per mood when the
    /// row has a rating (a mood's pool is drawn by its own stream, so moods pick independently).
    func modelPools(_ entity: String, _ field: String, plain: PooledText?, moods: Bool) -> RowTextPools? {
        var byMood: [RowMood: PooledText] = [:]
        if moods {
            for m in RowMood.allCases {
                let key = ResolveOptions.poolKey(entity: entity, field: field, mood: m.rawValue)
                byMood[m] = PooledText(options.textPools[key] ?? [], key: Mix.key(seed: seed, entity: entity, stream: field + "#" + m.rawValue))
            }
        }
        return plain == nil && byMood.isEmpty ? nil : RowTextPools(plain: plain, moods: byMood)
    }

    /// The reference to what the row is about: the first parent that is not a person or account and has a name or title.
    /// A table of people or accounts: a first name, an e-mail or a username, or a name that is a person's
    /// (a dentist's `name`; not a recipe's `author`): what a record is about is never one of them.
    static func isPeople(_ e: Entity) -> Bool {
        e.fields.contains { f in
            let name = f.name.lowercased()
            return ["first_name", "email", "username"].contains(name) || ["name", "full_name"].contains(name) && f.kind == "person.full_name"
        }
    }

    func subjectReference(_ entity: Entity, planIndex: [String: Int]) -> ParentText? {
        for (rc, f) in entity.fields.enumerated() {
            guard let ref = f.references, ref.entity != entity.name, let p = planIndex[ref.entity],
                  let parent = schema.entity(named: ref.entity) else { continue }
            if Self.isPeople(parent) { continue }
            let parentNoun = Self.noun(parent.name)
            let wanted = ["title", "name", parentNoun.replacingOccurrences(of: " ", with: "_") + "_name", "headline", "subject"]
            for n in wanted {
                if let pc = parent.fields.firstIndex(where: { $0.name.lowercased() == n && ($0.type == .string || $0.type == .text) }) {
                    return ParentText(referenceColumn: rc, parentEntity: p, parentColumn: pc, noun: podcastEpisodeNoun(parent) ?? parentNoun)
                }
            }
        }
        // An occasion with no name of its own (a reservation, a ride) is of the named place it was at, up to two
        // references on: a review of a reservation reviews the hotel its room is in.
        for (rc, f) in entity.fields.enumerated() {
            guard let ref = f.references, ref.entity != entity.name, let p = planIndex[ref.entity], let parent = schema.entity(named: ref.entity),
                  !Self.isPeople(parent), Self.reviewedOccasionHeads.contains(Inflector.singular(KindInference.head(ofEntity: parent.name)))
            else { continue }
            if let found = namedAncestor(of: parent, index: p, depth: 2, planIndex: planIndex) {
                var text = ParentText(referenceColumn: rc, parentEntity: found.entity, parentColumn: found.column, noun: found.noun)
                text.hops = found.hops
                return text
            }
        }
        return nil
    }

    /// The first named table up the references of `table` (not people), at most `depth` references on: the
    /// hops to it, its index, its name column and its noun.
    func namedAncestor(of table: Entity, index: Int, depth: Int, planIndex: [String: Int])
        -> (hops: [ParentText.Hop], entity: Int, column: Int, noun: String)? {
        guard depth > 0 else { return nil }
        for (c, f) in table.fields.enumerated() {
            guard let ref = f.references, ref.entity != table.name, let p = planIndex[ref.entity],
                  let next = schema.entity(named: ref.entity), !Self.isPeople(next) else { continue }
            let noun = Self.noun(next.name)
            let wanted = ["name", "title", noun.replacingOccurrences(of: " ", with: "_") + "_name"]
            if let pc = next.fields.firstIndex(where: { wanted.contains($0.name.lowercased()) && ($0.type == .string || $0.type == .text) }) {
                return ([ParentText.Hop(entity: index, column: c)], p, pc, noun)
            }
            if let further = namedAncestor(of: next, index: p, depth: depth - 1, planIndex: planIndex) {
                return ([ParentText.Hop(entity: index, column: c)] + further.hops, further.entity, further.column, further.noun)
            }
        }
        return nil
    }

    /// What a review that references nothing but its writer is about: the place or service the dataset is named for
    /// ("A hotel where guests … leave reviews": the hotel), never "this review"; nil when the dataset's name is no such thing.
    /// A text column of a review naming the thing reviewed (`hotel`, `hotel_name`, `restaurant`, `app`; a product's name is
    /// the review's `nameColumn` already):
    /// the column and what it names, when the writer knows what such a thing is.
    func reviewedColumn(_ entity: Entity, except c: Int) -> (Int, String)? {
        for (k, f) in entity.fields.enumerated() where k != c && f.references == nil && (f.type == .string || f.type == .text) {
            var tokens = KindInference.tokens(f.name)
            if tokens.count == 2, tokens[1] == "name" { tokens.removeLast() }
            guard tokens.count == 1, let noun = tokens.first, !["name", "title", "body", "text", "comment", "review", "reviewer", "author",
                                                                 "customer", "user", "guest", "status", "source", "platform"].contains(noun) else { continue }
            switch SubjectClass(noun: noun) {
            case .place, .food, .course, .software, .media, .reading, .audio, .service: return (k, noun)
            default: continue
            }
        }
        return nil
    }

    /// Heads of a table of what people say about something.
    static let responseHeads: Set<String> = ["review", "rating", "feedback", "testimonial", "evaluation", "survey", "survey response"]

    /// What a table of responses is named for (`book_reviews` → book, `movie_ratings` → movie, `customer_reviews` →
    /// customer); nil when its name is the response alone (`reviews`).
    static func reviewedNoun(ofTable name: String) -> String? {
        var words = noun(name).split(separator: " ").map(String.init)
        guard words.count >= 2, let last = words.last, responseHeads.contains(last) else { return nil }
        words.removeLast()
        return words.joined(separator: " ")
    }

    /// People whose evaluations are appraisals of them (`employee_evaluations`, `teacher_evaluations`).
    static let appraisedPeople: Set<String> = ["employee", "staff", "teacher", "instructor", "tutor", "worker", "nurse", "agent",
                                               "manager", "intern", "trainee", "volunteer", "contractor", "driver", "rep", "sales rep"]

    /// What a reviewer reviews when the table is named for the reviewer (`guest_reviews`: a stay).
    static let reviewedBy: [String: String] = [
        "customer": "purchase", "user": "product", "buyer": "purchase", "shopper": "purchase", "client": "service",
        "guest": "hotel", "patient": "visit", "student": "course", "diner": "meal", "traveler": "trip", "traveller": "trip",
        "tenant": "apartment", "player": "game", "reader": "book", "viewer": "show", "visitor": "visit", "passenger": "flight",
        "attendee": "event", "member": "membership", "parent": "school", "listener": "podcast", "rider": "ride", "learner": "course",
    ]

    func settingSubjectNoun(_ entity: Entity) -> String? {
        let own = Self.noun(entity.name)
        guard ["review", "rating", "feedback", "testimonial", "guest review", "customer review"].contains(own) else { return nil }
        let setting = Self.noun(schema.name)
        guard !setting.isEmpty, setting != own else { return nil }
        return [.place, .service, .food, .course, .software, .media].contains(SubjectClass(noun: setting)) ? setting : nil
    }

    /// The noun of the first parent that is not a person or account, when it has no name to give
    /// (`subjectReference` found none): a comment's `post`.
    func unnamedSubjectNoun(_ entity: Entity) -> String? {
        // (a person who serves or is judged — a tutor, a driver, a referee — when the row references no thing: not
        // its author, a customer or a member, who writes it)
        var served: String?
        for f in entity.fields {
            guard let ref = f.references, ref.entity != entity.name, let parent = schema.entity(named: ref.entity) else { continue }
            if Self.isPeople(parent) {
                let noun = Self.noun(parent.name)
                let head = noun.split(separator: " ").last.map(String.init) ?? noun
                if served == nil, !Self.authorRoles.contains(head), !Self.authorRoles.contains(f.name.lowercased().replacingOccurrences(of: "_id", with: "")),
                   PersonNouns.words.contains(head) {
                    served = head
                }
                continue
            }
            // A post that is a picture (an image column, no text of its own) is a photo.
            let image = parent.fields.contains { f in !Set(KindInference.tokens(f.name)).isDisjoint(with: ["image", "photo", "picture", "media", "thumbnail"]) }
            let prose = parent.fields.contains { f in ["body", "content", "text", "article"].contains(f.name.lowercased()) }
            return image && !prose ? "photo" : Self.noun(parent.name)
        }
        return served
    }

    /// People who write reviews and comments rather than get them.
    static let authorRoles: Set<String> = ["customer", "user", "member", "client", "reviewer", "author", "buyer", "guest", "patient",
                                           "student", "subscriber", "rider", "passenger", "listener", "viewer", "follower", "fan",
                                           "attendee", "parent", "owner", "account", "visitor", "shopper", "diner", "tenant",
                                           "traveller", "traveler", "learner", "participant", "player", "requester", "submitter",
                                           "respondent", "voter", "commenter", "poster", "sender", "contact", "person", "people"]

    /// The row's category through a reference (`category_id` → `categories.name`).
    func parentCategory(_ entity: Entity, planIndex: [String: Int]) -> ParentText? {
        for (rc, f) in entity.fields.enumerated() {
            guard let ref = f.references, ref.entity != entity.name, let p = planIndex[ref.entity],
                  let parent = schema.entity(named: ref.entity) else { continue }
            let words = Set(KindInference.tokens(parent.name))
            guard !words.isDisjoint(with: ["category", "categories", "genre", "genres", "type", "types", "department", "departments"]),
                  let pc = parent.fields.firstIndex(where: { ["name", "title", "category_name"].contains($0.name.lowercased()) })
            else { continue }
            return ParentText(referenceColumn: rc, parentEntity: p, parentColumn: pc, noun: Self.noun(parent.name))
        }
        // A parent with a topic (a newsletter, a forum) gives it to what it holds: an issue's headline is on its newsletter's topic.
        for (rc, f) in entity.fields.enumerated() {
            guard let ref = f.references, ref.entity != entity.name, let p = planIndex[ref.entity],
                  let parent = schema.entity(named: ref.entity),
                  let pc = parent.fields.firstIndex(where: { ["topic", "topic_name"].contains($0.name.lowercased())
                      && ($0.type == .string || $0.type == .text) && $0.references == nil })
            else { continue }
            return ParentText(referenceColumn: rc, parentEntity: p, parentColumn: pc, noun: Self.noun(parent.name))
        }
        return nil
    }
}

extension SchemaResolver {
    static let departmentColumns = ["department", "department_name", "dept", "team", "division"]
    /// A year's pay, or the bottom of a posting's pay range (its top follows it: `applyRangeOrder`).
    /// A scheduled start's names, in the order a parent's start is looked for.
    static let startNamesInOrder = ["starts_at", "start_at", "start_time", "scheduled_at", "scheduled_for", "scheduled_time", "begins_at",
                                    "start_date", "scheduled_date", "event_date", "date"]

    /// Columns of a job's terms of employment.
    static let termsColumns: Set<String> = ["employment_type", "job_type", "contract_type", "employment_status", "position_type",
                                            "work_type", "employment", "schedule", "type"]

    static let salaryColumns = ["salary", "annual_salary", "base_salary", "yearly_salary", "salary_usd", "annual_pay", "compensation",
                                "salary_min", "min_salary", "minimum_salary", "salary_low", "low_salary", "starting_salary"]

    /// An employee's title from their department, and their salary from their title (`JobLadder`).
    func applyJobLadder(_ entity: Entity, _ sources: inout [FieldSource?], planIndex: [String: Int]) {
        let fields = entity.fields
        // (or an academic rank listed: a professor's salary follows it too)
        let ranks = fields.indices.first { c in
            fields[c].kind == "enum" && fields[c].references == nil && !fields[c].unique
                && (fields[c].values ?? []).allSatisfy { v in v.stringValue.map { $0.hasSuffix("Professor") || $0.hasSuffix("Lecturer") } ?? false }
                && !(fields[c].values ?? []).isEmpty
        }
        guard let titleColumn = fields.indices.first(where: { fields[$0].kind == "company.job_title" && !fields[$0].unique
                                                      && fields[$0].references == nil }) ?? ranks,
              case .kind(_, .random)? = sources[titleColumn] else { return }
        let noun = Self.noun(entity.name)
        let department = fields.indices.first { c in
            Self.departmentColumns.contains(fields[c].name.lowercased()) && fields[c].references == nil
                && (fields[c].type == .string || fields[c].type == .text)
        }
        let parentDepartment = parentCategory(entity, planIndex: planIndex).flatMap { p -> ParentText? in
            guard let parent = schema.entity(named: fields[p.referenceColumn].references?.entity ?? "") else { return nil }
            return KindInference.tokens(parent.name).contains { $0.hasPrefix("department") || $0 == "teams" || $0 == "team" } ? p : nil
        }
        // The terms of employment, where they can say intern or part-time.
        let terms = fields.indices.first { c in
            Self.termsColumns.contains(fields[c].name.lowercased()) && fields[c].references == nil && c != titleColumn
                && (fields[c].values ?? []).contains { $0.stringValue.map { JobLadder.Terms($0) != .full } ?? false }
        }
        if titleColumn != ranks, department != nil || parentDepartment != nil {
            var plan = RowTextPlan(form: .jobTitle, noun: noun, nameColumn: nil, categoryColumn: department,
                                   makerColumn: nil, ratingColumn: nil, ratingScale: 5, subject: nil,
                                   parentCategory: department == nil ? parentDepartment : nil)
            plan.termsColumn = terms
            sources[titleColumn] = .rowText(plan)
        } else if titleColumn != ranks {
            // With no department, a restaurant's, a hotel's or a gym's staff hold its own jobs, anyone else an office's
            // (and an intern an intern's).
            let titles = JobLadder.titles(ofWorkplace: datasetWords) ?? JobLadder.officeTitles
            let own = EnumKind(values: titles.map { .string($0) }, weights: nil)
            if let terms {
                let interns = (fields[terms].values ?? []).compactMap(\.stringValue).filter { JobLadder.Terms($0) == .intern }
                let choices = Dictionary(interns.map { ($0, JobLadder.internTitles(among: titles)) }, uniquingKeysWith: { a, _ in a })
                sources[titleColumn] = .siblingFact(SiblingFactPlan(column: terms, values: [:], fallback: own, choices: choices))
            } else {
                sources[titleColumn] = .kind(own, .random)
            }
        }
        for (c, f) in fields.enumerated() where Self.salaryColumns.contains(f.name.lowercased()) && Self.numeric.contains(f.type) {
            guard f.references == nil, !f.unique, case .kind(_, .random)? = sources[c] else { continue }
            var plan = RowTextPlan(form: .salary, noun: noun, nameColumn: titleColumn, categoryColumn: nil, makerColumn: nil,
                                   ratingColumn: nil, ratingScale: 5, subject: nil, parentCategory: nil)
            plan.termsColumn = terms
            sources[c] = .rowText(plan)
        }
    }
}

extension RowTextPlan {
    /// The sibling columns the text reads (for the evaluation order).
    var dependencies: [Int] {
        [nameColumn, categoryColumn, makerColumn, ratingColumn, subject?.referenceColumn, parentCategory?.referenceColumn,
         ticket?.channelColumn, ticket?.customer?.referenceColumn, scaleColumn, scaleParent?.referenceColumn, termsColumn]
            .compactMap { $0 }
    }
}

extension SchemaResolver {
    /// Entity words of a student's graded work (a grade, a submission, a mark), whose feedback is a teacher's.
    static let gradedWorkWords: Set<String> = ["grade", "grades", "submission", "submissions", "mark", "marks", "homework", "coursework",
                                               "gradebook", "exam_result", "exam_results", "quiz_result", "quiz_results", "test_result",
                                               "test_results"]
    static let workFeedbackColumnWords: Set<String> = ["feedback", "comment", "comments", "remark", "remarks", "notes", "note"]
    /// The feedback plan of a graded work: its score, out of its own top, its parent's (an assignment's
    /// `max_points`), or its column's maximum.
    func workFeedbackPlan(_ entity: Entity, noun: String, planIndex: [String: Int]) -> RowTextPlan {
        let fields = entity.fields
        let score = fields.indices.first { k in
            let name = fields[k].name.lowercased()
            return (Self.earnedPointsNames.contains(name) || Self.scoreColumns.contains(name)) && Self.numeric.contains(fields[k].type)
                && fields[k].references == nil
        }
        var plan = RowTextPlan(form: .workFeedback, noun: noun, nameColumn: nil, categoryColumn: nil, makerColumn: nil,
                               ratingColumn: score, ratingScale: score.flatMap { fields[$0].max } ?? 100, subject: nil, parentCategory: nil)
        guard let score else { return plan }
        plan.scaleColumn = Self.scoreTop(of: fields[score].name, in: fields)
        if plan.scaleColumn == nil { plan.scaleParent = parentScoreTop(of: fields[score].name, entity, planIndex: planIndex) }
        return plan
    }

    /// Heads of a visit to a home someone might buy or rent, and words of a dataset of homes for sale or rent.
    static let viewingHeads: Set<String> = ["showing", "viewing", "open_house", "house_showing", "property_viewing", "home_showing", "tour"]
    static let homeSaleWords: Set<String> = ["property", "listing", "home", "house", "apartment", "condo", "realtor", "real", "estate",
                                             "agent", "broker", "rental", "flat", "tenant", "landlord"]

    /// Whether the entity is a viewing of a home (a showing, a viewing, an open house, a tour in a dataset of homes).
    func isHomeViewing(_ entity: Entity) -> Bool {
        Self.isNamed(entity.name, oneOf: Self.viewingHeads) && !datasetWords.isDisjoint(with: Self.homeSaleWords)
    }
}
