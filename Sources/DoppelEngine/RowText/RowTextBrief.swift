import DoppelText

/// What a model writing texts for a free-text column needs to know of its rows
/// (`TextPoolService`): what one row is, what the text is to it, what the row is
/// about, its other columns, and whether texts follow a rating.
///
/// Pools are written once per column, not per row, so a text cannot hold a
/// row's own values; it names what the row is about as `{subject}`, which each
/// row fills with its own subject's name, and a rated row draws from the pool
/// of its rating's mood (`ResolveOptions.poolKey(entity:field:mood:)`).
public struct RowTextBrief: Sendable, Equatable {
    public let entity: String
    public let field: String
    /// What one row is, singular: `review`, `book`.
    public let noun: String
    /// What the text is to its row: `the body of a review`, `a description`.
    public let role: String
    /// What the row is about, named in texts as `{subject}`: the referenced book
    /// of a review, or the row's own product for a description. Nil when the row
    /// names nothing.
    public let subjectNoun: String?
    /// The row's other columns, in order.
    public let columns: [String]
    /// The rating column whose mood the texts follow, nil when there is none.
    public let ratingColumn: String?

    public init(entity: String, field: String, noun: String, role: String, subjectNoun: String?, columns: [String], ratingColumn: String?) {
        self.entity = entity
        self.field = field
        self.noun = noun
        self.role = role
        self.subjectNoun = subjectNoun
        self.columns = columns
        self.ratingColumn = ratingColumn
    }

    /// The text every row replaces with the name of what it is about.
    public static let subjectPlaceholder = "{subject}"

    /// The moods pools are written for (`negative`, `mixed`, `positive`), empty without a rating.
    public var moods: [String] { ratingColumn == nil ? [] : [RowMood.negative, .mixed, .positive].map(\.rawValue) }

    /// What a text of `mood` says, for a model: the rating it goes with and its tone.
    public static func describe(mood: String) -> String {
        switch RowMood(rawValue: mood) {
        case .negative?: return "rows rated 1–2 of 5: clearly negative, with the concrete reasons a real customer gives"
        case .mixed?: return "rows rated 3 of 5: mixed, naming something good and something bad"
        case .positive?, nil: return "rows rated 4–5 of 5: clearly positive, with the concrete details a real customer gives"
        }
    }

    /// `text` with each `{subject}` replaced by `subject`, or by "the NOUN" when the row
    /// names nothing (capitalised at the start of a sentence).
    public static func fill(_ text: String, subject: String?, noun: String) -> String {
        guard text.contains(subjectPlaceholder) else { return text }
        let parts = text.components(separatedBy: subjectPlaceholder)
        var out = parts[0]
        for part in parts.dropFirst() {
            var name = subject ?? "the \(noun)"
            let before = out.reversed().first { !$0.isWhitespace }
            if subject == nil, before == nil || before == "." || before == "!" || before == "?" {
                name = TextPolish.capitalised(name)
            }
            out += name + part
        }
        return out
    }
}

extension DatasetPlan {
    /// The brief of every column written for its row that a model's pool can serve (review
    /// bodies and titles, descriptions, comments, articles, titles), by `ResolveOptions.poolKey`.
    public var rowTextBriefs: [String: RowTextBrief] {
        var out: [String: RowTextBrief] = [:]
        for e in entities {
            for f in e.fields {
                guard case let .rowText(plan) = f.source, let role = Self.role(plan.form, noun: plan.noun) else { continue }
                let subjectNoun = plan.subject?.noun ?? (plan.nameColumn != nil ? plan.noun : nil)
                out[ResolveOptions.poolKey(entity: e.name, field: f.name)] = RowTextBrief(
                    entity: e.name, field: f.name, noun: plan.noun, role: role, subjectNoun: subjectNoun,
                    columns: e.fields.map(\.name).filter { $0 != f.name },
                    ratingColumn: plan.ratingColumn.map { e.fields[$0].name })
            }
        }
        return out
    }

    static func role(_ form: RowTextForm, noun: String) -> String? {
        let a = TextPolish.needsAn(Array(noun)) ? "an" : "a"
        switch form {
        case .reviewBody: return "the body of \(a) \(noun)"
        case .reviewTitle: return "the headline of \(a) \(noun)"
        case .appraisal: return "a manager's feedback in \(a) \(noun)"
        case .appraisalTitle: return "the headline of \(a) \(noun)"
        case .workFeedback: return "a teacher's feedback on \(a) \(noun) of a student's work"
        case .viewingFeedback: return "an estate agent's note of what the client said after \(a) \(noun) of a home"
        case .description: return "the description of \(a) \(noun)"
        case .comment: return "\(a) \(noun) replying to what it refers to"
        case .article: return "the body of \(a) \(noun)"
        case .title: return "the title of \(a) \(noun)"
        case .pitch: return "the cover letter of \(a) \(noun), written to be chosen for what it applies to"
        case .tasting: return "the tasting notes of \(a) \(noun): aromas, palate and finish"
        case .questionBody: return "the body of \(a) \(noun) on a Q&A site: what the asker tried for the task its title asks about"
        case .bugReport: return "the body of \(a) \(noun) in a code repository: a bug report or feature request matching its title"
        case .productName, .jobTitle, .salary, .letterGrade, .passed, .dose, .defectReport, .callNote, .supportLine, .socialPost, .vegetarian, .vegan, .ticketSubject, .ticketBody: return nil
        }
    }
}
