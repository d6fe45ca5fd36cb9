import DoppelText

/// What a free-text cell is for, as the resolver reads it from the entity and column.
enum RowTextForm: String, Sendable {
    /// A review's body: about its subject, in the direction of its rating.
    case reviewBody
    /// A Q&A site's question: what was tried for the task its title asks about (`QuestionAnswers`).
    case questionBody
    /// A review's headline.
    case reviewTitle
    /// A manager's feedback in a performance review, in the direction of its rating (`RowAppraisalWriter`).
    case appraisal
    /// A performance review's headline, as its rating goes (`RowAppraisalWriter.title`).
    case appraisalTitle
    /// A description of the row's own thing, naming it and its category.
    case description
    /// A comment or reply on its subject (a post, an article, a ticket).
    case comment
    /// A product's name from the vocabulary of the category it references.
    case productName
    /// The body of a post or article, on its own title (`RowArticleWriter`).
    case article
    /// A title or short name fitting the entity (`RowTitleWriter`).
    case title
    /// A job title from the row's department (`JobLadder`).
    case jobTitle
    /// A yearly salary in the band of the row's job title (a number, not text).
    case salary
    /// A letter grade from the row's numeric score (`GradeScale`).
    case letterGrade
    /// Whether the row's score passed: at least 60 % of its top (`SchemaResolver.applyPassFlag`).
    case passed
    /// A dose from the strength its row's medication names (`DoseReading`).
    case dose
    /// Whether the row's dish is vegetarian, or vegan, by its name's words (`DietReading`; a boolean).
    case vegetarian, vegan
    /// A support ticket's subject and body, written together for the row (`TicketGenerator`).
    case ticketSubject, ticketBody
    /// A cover letter, pitch or personal statement for what the row applies for (`RowPitchWriter`).
    case pitch
    /// The body of an issue in a repository, around its own title (`CodeWork`).
    case bugReport
    /// Tasting notes for what is tasted: a wine, a beer, a coffee, … (`TastingNotes`).
    case tasting
    /// A teacher's feedback on graded work, by its score out of its top (`WorkFeedbackWriter`).
    case workFeedback
    /// What a client said after viewing a home (`ViewingFeedback`).
    case viewingFeedback
    /// What an inspector found and did about a defect, by its type and severity (`DefectReports`).
    case defectReport
    /// What an agent wrote after a call, by how it ended (`CallNotes`).
    case callNote
    /// A line of a support conversation, by its sender (`SupportLines`).
    case supportLine
    /// A short post on a social network: a tweet, a status update (`SocialPosts`).
    case socialPost
}

/// The facts of one row that its free text may use, read from the row and its parents.
struct RowFacts {
    var form: RowTextForm
    /// What one row is (`book`, `review`).
    var noun: String
    var name: String?
    var category: String?
    var maker: String?
    /// Rating on a 1–5 scale, when the row has one.
    var stars: Double?
    /// The thing the row is about (a review's product, a comment's post) and what it is.
    var subjectName: String?
    var subjectNoun: String?
    /// The row's index in its entity (0-based): numbered names ("Sprint 4") count from it.
    var row = 0
    /// The column's key for `distinctPick`: which order of names it walks.
    var pickKey: UInt64 = 0
    /// Words of the dataset's name and its tables (`RowTextPlan.setting`).
    var setting: Set<String> = []
}

extension RowFacts {
    /// One of `count` choices for the row's name: while the table has no more rows than choices, each row takes a
    /// different one (row `i` the `i`th of a keyed permutation), so ten tanks are not two "Harbor Tank"s; past
    /// that, a random one.
    func distinctPick(_ count: Int, _ r: inout CellRandom) -> Int {
        guard count > 0, row >= 0, row < count else { return r.below(max(count, 1)) }
        return Int(IndexPermutation(domain: UInt64(count), key: pickKey)(UInt64(row)))
    }

    /// One of `list`, distinct by row while rows last (`distinctPick`).
    func distinct(_ list: [String], _ r: inout CellRandom) -> String { list[distinctPick(list.count, &r)] }

    /// One of `first` and one of `second`, distinct as a pair by row while rows last (`distinctPick`).
    func distinct(_ first: [String], _ second: [String], _ r: inout CellRandom) -> (String, String) {
        let i = distinctPick(first.count * second.count, &r)
        return (first[i / second.count], second[i % second.count])
    }
}

/// How a row's free text leans, from its rating.
enum RowMood: String, CaseIterable, Sendable {
    case positive, mixed, negative

    /// ≥ 4 of 5 positive, ≤ 2 negative, in between mixed; no rating leans positive,
    /// as most published reviews and comments do.
    init(stars: Double?) {
        guard let s = stars else { self = .positive; return }
        self = s >= 3.5 ? .positive : s <= 2.5 ? .negative : .mixed
    }
}
