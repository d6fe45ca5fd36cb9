import DoppelText

/// Where a free-text cell finds the facts of its row: sibling columns, and the
/// parent row one of its references points at. Built by the resolver
/// (`SchemaResolver+RowText`); the text comes from `RowTextWriter`.
struct RowTextPlan: Sendable {
    let form: RowTextForm
    /// What one row of this entity is, singular (`book`, `review`).
    let noun: String
    /// The row's own name or title column.
    let nameColumn: Int?
    /// The row's category, genre or type column (text).
    let categoryColumn: Int?
    /// The row's author, brand or maker column (text).
    let makerColumn: Int?
    /// The row's rating (numbers; `ratingScale` is its top value).
    let ratingColumn: Int?
    let ratingScale: Double
    /// The thing the row is about, through a reference (a review's book, a comment's post).
    let subject: ParentText?
    /// What the row is about when that parent has no name or title of its own (a comment on a photo post):
    /// its noun alone.
    var subjectNoun: String? = nil
    /// The row's category through a reference (`category_id` → `categories.name`).
    let parentCategory: ParentText?
    /// Tickets: what the tickets are about, the row's `channel` column, and the key that
    /// subject and body share so they are written as one ticket.
    var ticket: TicketRowPlan? = nil
    /// A title's key for drawing names distinct by row (`RowFacts.distinctPick`), from the seed, table and column.
    var pickKey: UInt64 = 0
    /// Texts a model wrote for this column (`ResolveOptions.textPools`), used instead of the
    /// built-in writer: by the row's mood when the row has a rating, with `{subject}` filled in.
    var pools: RowTextPools? = nil
    /// NULL where the rating is NULL: the rating exists only once the occasion took place
    /// (`StatusHeldPlan`), and so do the words about it.
    var absentWithoutRating = false
    /// The row's own top of the rating's scale (`max_score`): a letter grade of 43 out of 46 is an A.
    var scaleColumn: Int? = nil
    /// The singular words of the dataset's name and its tables (`SchemaResolver.datasetWords`: wedding, couple):
    /// what kind of work a task is, whose catalogue a course is in.
    var setting: Set<String> = []
    /// The top of the rating's scale on the record the row references (a grade's assignment's `max_points`).
    var scaleParent: (referenceColumn: Int, parentEntity: Int, parentColumn: Int)? = nil
    /// The row's terms of employment (`employment_type`), which a job title and its pay follow: an intern is the
    /// department's intern, paid as one; part-time pay is half a year's (`JobLadder.Terms`).
    var termsColumn: Int? = nil
    /// The row's severity (a defect's), which what was done about it follows (`DefectReports`).
    var gradeColumn: Int? = nil
    /// A sibling column naming what a review is of, when it references nothing (`hotel`, `product_name`): its text
    /// is the review's subject, `subjectNoun` what it is.
    var subjectColumn: Int? = nil
}

extension RowTextPlan {
    /// A plan that reads no name, maker or rating: at most a category column of the row, or its parent's.
    init(form: RowTextForm, noun: String, categoryColumn: Int? = nil, parentCategory: ParentText? = nil) {
        self.init(form: form, noun: noun, nameColumn: nil, categoryColumn: categoryColumn, makerColumn: nil, ratingColumn: nil,
                  ratingScale: 5, subject: nil, parentCategory: parentCategory)
    }
}

/// A model's texts for a row-text column: one pool, or one per mood of the row's rating.
struct RowTextPools: Sendable {
    let plain: PooledText?
    let moods: [RowMood: PooledText]
}

/// What a ticket row's subject and body share (`SchemaResolver+Tickets`).
struct TicketRowPlan: Sendable {
    let productType: ProductType
    let channelColumn: Int?
    /// The first name of the person the row references (its customer), for greetings and notes.
    let customer: ParentText?
    let key: UInt64
    /// An organisation's own IT desk (`ITDesk.isInternal`): a colleague's laptop or VPN, not a shop's parcel.
    var internalDesk = false
}

/// A text column of a parent, reached through one of the row's reference columns.
struct ParentText: Sendable {
    let referenceColumn: Int
    let parentEntity: Int
    let parentColumn: Int
    /// What one parent row is, singular (`book`, `post`).
    let noun: String
    /// When the named row is further up: from the row's direct parent on, each table and its reference column
    /// to the next (a review of a reservation is of the hotel its room is in: reservations' `room_id`, then
    /// rooms' `hotel_id`, then `parentColumn` of hotels, `parentEntity`).
    var hops: [Hop] = []

    struct Hop: Sendable {
        /// The table the reference column is in.
        let entity: Int
        let column: Int
    }
}

/// A value derived through a reference: the parent's cell, copied or adjusted.
struct DerivedPlan: Sendable {
    enum Rule: Sendable {
        /// The parent's value as it is (`review.product_name` = its product's `name`).
        case copy
        /// The parent's price, sometimes discounted: see `PriceDiscount`.
        case discountedPrice
        /// The parent's code and a number of the row's own: a flight's number is its airline's code and digits.
        case codeAndNumber
        /// A text read from the parent's text: a recipe line's unit from its ingredient's name.
        case mapped(@Sendable (String) -> String?)
        /// One of the texts the parent's text offers, drawn per row: a tutoring session's topic in its tutor's subject.
        case chosen(@Sendable (String) -> [String]?)
        /// A number in a range read from the parent's text, whole when `whole`: a recipe line's quantity
        /// by its ingredient's unit, a sensor reading's value by its sensor's unit or type.
        case numberIn(@Sendable (String) -> ClosedRange<Double>?, whole: Bool)
    }
    let referenceColumn: Int
    let parentEntity: Int
    let parentColumn: Int
    let rule: Rule
    /// The column's own kind, for rows with nothing to derive from (a NULL reference or parent cell).
    let fallback: any KindGenerator
    /// For `codeAndNumber` of a unique column: the row's number is its place in this numbering (plus one).
    var numbering: IndexPermutation? = nil
}
