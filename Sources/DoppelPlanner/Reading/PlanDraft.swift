import DoppelText
import DoppelEngine

/// How an entity came to be in a plan.
public enum EntityOrigin: String, Sendable, Equatable {
    /// The prompt gave it with its columns (`customers (id, name)`).
    case listed
    /// The prompt named it without columns (`clinic with pets and visits`, `5 categories`).
    case named
    /// The planner added it so a reference has a target (`category_id` with categories only hinted).
    case implied
}

/// One column as the prompt describes it, before typing and references.
struct ColumnDraft: Equatable {
    var name: String
    /// Said in prose (`manager (another employee)`), so a reference gets an `_id` suffix;
    /// false for identifiers the user spelled (`white_player`), kept verbatim.
    var fromProse: Bool
    var type: FieldType?
    var values: [String]?
    /// An `id.pattern` read from one example of a code (`key like PAY-123` → `PAY-###`).
    var pattern: String?
    var min: Double?
    var max: Double?
    /// Said as a value it keeps near (`voltage around 230`): `min` and `max` are 10 % either side, most near the middle.
    var centred = false
    /// Words naming the entity this column points at (`another player` → `player`).
    var target: [String]?
    var targetField: String?
    var primaryKey = false
    var unique = false
    var nullable: Bool?
    /// The phrase was a plural noun (`orders` inside a column list): maybe a child entity.
    var pluralNoun = false
    /// Said with an article (`has a patient, a doctor`): a thing the row has, maybe another table.
    var article = false

    init(name: String, fromProse: Bool) {
        self.name = name
        self.fromProse = fromProse
    }
}

/// One entity as the prompt describes it.
struct EntityDraft: Equatable {
    /// Lowercase name words (`["time", "entries"]`).
    var words: [String]
    /// The user spelled the name as an identifier (backticks, snake_case, a header): keep it verbatim.
    var exact: Bool
    var columns: [ColumnDraft] = []
    /// The columns are the user's complete list.
    var columnsExplicit = false
    /// Columns mentioned in a description (`with a play duration`); templates may add more.
    var described: [ColumnDraft] = []
    /// Noun phrases this entity points at (`plays of episodes by listeners` → episodes, listeners).
    var relations: [RelationHint] = []
    /// Objects of a verb in the description (`logging hours`): a column, or a
    /// relation when they name an entity.
    var objects: [[String]] = []
    var count: Int?
    /// Named after a dataset descriptor (`customer churn dataset`): keep the words as they are.
    var keepNumber = false
    /// Named as the doer of something (`reviews by critics`): a person when nothing else is known.
    var isAgent = false
    var isJoin = false
    var origin: EntityOrigin

    init(words: [String], exact: Bool, origin: EntityOrigin) {
        self.words = words
        self.exact = exact
        self.origin = origin
    }

    /// The snake_case name as written.
    var rawName: String { Identifier.join(words) }

    /// Only a name, maybe with a count: `12 docking stations`, `Include 5 categories`.
    var isMentionOnly: Bool {
        columns.isEmpty && described.isEmpty && relations.isEmpty && objects.isEmpty && !isJoin
    }
}

/// A noun phrase an entity's description points at, with the word before it
/// (`from users` and `to users` become two differently named references).
struct RelationHint: Equatable {
    var words: [String]
    var preposition: String?

    /// The hint's table is done by the entity that holds the hint (`couriers who deliver orders`): that table
    /// references it, not the other way round.
    static let doneBy = "@done-by"
}

/// A sentence stating a relationship: `each book has one author` (child book → parent author).
struct RelationStatement: Equatable {
    var child: [String]
    var parent: [String]
    var manyToMany = false
    /// The verb's object (`subscription` in `each customer has one subscription`).
    var object: [String] = []
    /// The sentence's subject (`customer`).
    var subject: [String] = []
    /// `X has one Y`: which side holds the reference depends on what Y is (an author vs a subscription).
    var hasOne = false
}

/// A number attached to a noun phrase: `Include 5 product categories`.
struct CountHint: Equatable {
    var words: [String]
    var count: Int
}

/// Everything the reader understood from a prompt, in prompt order.
struct PromptReading {
    var entities: [EntityDraft] = []
    var statements: [RelationStatement] = []
    var counts: [CountHint] = []
    /// `500 rows`: rows for every entity without its own count.
    var globalRows: Int?
    /// `Give me 4 tables`: what the user expects, checked after planning.
    var expectedTables: Int?
    /// Words describing the dataset as a whole (`online bookstore`), for its name and domain.
    var descriptor: [String] = []
    /// Singular forms of plural nouns used in prose, outside column lists.
    var proseNouns: Set<String> = []
    /// Every word, for domain detection.
    var allWords: [String] = []
    /// Fragments nothing could be made of.
    var ignored: [String] = []
    /// Text with no ASCII form that the lexer skipped.
    var nonLatin: [String] = []
}
