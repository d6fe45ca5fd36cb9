import DoppelText

/// Broad kinds of things rows talk about, each with aspects a person would
/// mention. Chosen from the words of the entity's name (`books` → reading).
enum SubjectClass {
    case reading, course, place, software, media, food, service, product
    /// Something listened to: a podcast, an audiobook, a radio show (a host and guests, not performances).
    case audio
    /// A recipe is cooked at home: no price, no portion served.
    case recipe
    /// A grouping of other rows: a category, genre or department.
    case collection
    /// Work someone tracks and does: an issue, a bug, a ticket, a task.
    case workItem
    /// A picture someone shared: a photo, or a post that is one.
    case photo
    /// A work of art shown or sold: a painting, a sculpture, a museum's exhibit.
    case artwork
    /// Work done on something a customer brought in or called someone out for: a repair, a
    /// service, an installation (judged on the workmanship and the turnaround, not its packaging).
    case repair
    /// Someone who serves or is judged in person: a tutor, a driver, a referee, a coach (`PersonNouns`). Reviewed
    /// for how they work with people, as "they", never bought.
    case person
    /// Writing that makes a point rather than tells a story: a post, an article, an essay (its advice and examples,
    /// not its characters).
    case writing
    /// Goods someone ordered from a shop, judged as an order: its delivery, its packaging, its items (not a driver).
    case purchase

    /// Whether people pay for what the class names: a recipe or a photo is free, so a review of one
    /// never calls it worth every penny.
    var isPaidFor: Bool { self != .recipe && self != .photo && self != .collection && self != .workItem && self != .audio && self != .person }

    /// An aspect and whether it is plural (for "was" / "were").
    typealias Aspect = (text: String, plural: Bool)

    init(noun: String) {
        let all = noun.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        // A record about something is a record, whatever it is about: a ski resort's snow report is no resort.
        let words = all.last.map(Self.recordHeads.contains) == true ? Set(all.suffix(1)) : Set(all)
        func any(_ list: [String]) -> Bool { list.contains { words.contains($0) } }
        if let head = all.last, PersonNouns.words.contains(head) || PersonNouns.words.contains(Inflector.singular(head)) {
            self = .person
            return
        }
        if any(["category", "categories", "genre", "department", "collection", "section", "aisle", "catalog", "catalogue"]) {
            self = .collection
        } else if any(["issue", "issues", "bug", "bugs", "defect", "incident", "ticket", "tickets", "task", "tasks", "epic",
                       "pull", "merge", "changeset", "commit"]) {
            self = .workItem
        } else if any(["photo", "photos", "picture", "pictures", "image", "images", "pic", "pics", "snapshot", "shot", "selfie"]) {
            self = .photo
        } else if any(["artwork", "artworks", "painting", "paintings", "sculpture", "sculptures", "exhibit", "exhibits", "drawing",
                       "drawings", "print", "prints", "mural", "murals", "canvas", "canvases"]) {
            self = .artwork
        } else if any(["article", "post", "blog", "essay", "paper", "tweet", "thread", "status", "newsletter"]) {
            self = .writing
        } else if any(["book", "novel", "story", "magazine", "comic", "ebook", "chapter"]) {
            self = .reading
        } else if any(["course", "class", "lesson", "tutorial", "workshop", "module", "training", "lecture", "program", "bootcamp"]) {
            self = .course
        } else if any(["hotel", "restaurant", "cafe", "venue", "property", "listing", "room", "stay", "apartment", "rental", "store",
                       "shop", "gym", "clinic", "salon", "place", "location", "branch", "campsite", "resort",
                       // places people go to spend time: a bar, a court, a museum, an escape room
                       "bar", "bars", "pub", "pubs", "club", "clubs", "lounge", "cinema", "theater", "theatre", "museum", "gallery",
                       "park", "court", "courts", "arena", "stadium", "studio", "spa", "zoo", "aquarium", "marina", "rink", "pool"]) {
            self = .place
        } else if any(["reservation", "reservations"]) {
            // A table or a room reserved: judged as the place it was at (the staff, the atmosphere), not as a ride.
            self = .place
        } else if any(["repair", "repairs", "servicing", "installation", "installations", "alteration", "alterations", "maintenance",
                       "overhaul"])
                    // a service or a cleaning job is work done; a job on its own is an opening (`jobs`, `job_postings`)
                    || words.count > 1 && any(["job", "jobs"]) && !any(["posting", "postings", "listing", "listings", "opening", "openings",
                                                                       "application", "applications", "offer", "offers", "title", "titles"]) {
            self = .repair
        } else if any(["app", "application", "software", "game", "tool", "plugin", "extension", "service", "platform", "api", "website"]) {
            self = .software
        } else if any(["podcast", "podcasts", "audiobook", "audiobooks", "radio"]) {
            self = .audio
        } else if any(["movie", "film", "song", "track", "album", "episode", "show", "series", "video", "play", "concert"]) {
            self = .media
        } else if any(["recipe", "recipes"]) {
            self = .recipe
        } else if any(["dish", "meal", "menu", "drink", "wine", "beer", "coffee", "food", "snack"]) {
            self = .food
        } else if any(["order", "orders", "purchase", "purchases", "checkout", "checkouts"]) {
            self = .purchase
        } else if any(["trip", "ride", "delivery", "booking", "appointment", "session", "visit", "flight", "tour", "ticket"]) {
            self = .service
        } else {
            self = .product
        }
    }

    /// Heads of records kept about something (`snow_report`, `tank_log`), which take nothing from the words before them.
    static let recordHeads: Set<String> = ["report", "reports", "log", "logs", "record", "records", "summary", "summaries",
                                           "forecast", "forecasts", "reading", "readings", "measurement", "measurements",
                                           "snapshot", "snapshots", "bulletin", "bulletins"]

    var aspects: [Aspect] {
        switch self {
        case .writing: return [("the advice", false), ("the examples", true), ("the tips", true), ("the research behind it", false),
                               ("the conclusion", false), ("the writing", false)]
        case .reading: return [("the writing", false), ("the characters", true), ("the pacing", false), ("the ending", false),
                               ("the plot", false), ("the dialogue", false), ("the research behind it", false)]
        case .course: return [("the instructor", false), ("the exercises", true), ("the course material", false),
                              ("the pace of the lessons", false), ("the examples", true), ("the quizzes", true)]
        case .place: return [("the staff", true), ("the location", false), ("the service", false), ("the cleanliness", false),
                             ("the atmosphere", false), ("the value for money", false)]
        case .software: return [("the interface", false), ("the features", true), ("the performance", false), ("the updates", true),
                                ("the support team", false), ("the setup", false)]
        case .audio: return [("the host", false), ("the guests", true), ("the sound quality", false), ("the topics", true),
                             ("the interviews", true), ("the episode length", false)]
        case .media: return [("the story", false), ("the soundtrack", false), ("the performances", true), ("the ending", false),
                             ("the production", false), ("the pacing", false)]
        case .food: return [("the flavour", false), ("the portion size", false), ("the ingredients", true), ("the presentation", false),
                            ("the price", false)]
        case .recipe: return [("the instructions", true), ("the flavour", false), ("the cooking time", false), ("the ingredient list", false),
                              ("the step-by-step photos", true), ("the serving suggestions", true)]
        case .person: return [("the communication", false), ("the punctuality", false), ("the professionalism", false),
                              ("the attitude", false), ("the attention to detail", false), ("the patience", false)]
        case .service: return [("the timing", false), ("the communication", false), ("the driver", false), ("the price", false),
                               ("the booking process", false)]
        case .purchase: return [("the delivery", false), ("the packaging", false), ("the items", true), ("the checkout", false),
                                ("the price", false), ("the customer service", false)]
        case .repair: return [("the workmanship", false), ("the turnaround", false), ("the price", false), ("the quote", false),
                              ("the communication", false), ("the staff", true)]
        case .workItem: return [("the support agent", false), ("the response time", false), ("the solution", false),
                                ("the communication", false), ("the follow-up", false), ("the time it took to resolve", false)]
        case .photo: return [("the light", false), ("the colours", true), ("the composition", false), ("the framing", false),
                             ("the view", false), ("the editing", false)]
        case .artwork: return [("the colours", true), ("the composition", false), ("the detail", false), ("the scale", false),
                               ("the way it is lit", false), ("the texture", false)]
        case .product, .collection: return [("the build quality", false), ("the price", false), ("the packaging", false), ("the delivery", false),
                               ("the design", false), ("the instructions", true)]
        }
    }

    /// Whether a name is a title, written in quotation marks (“The Silent River”), rather than a product name.
    var quotesTitles: Bool {
        switch self {
        case .reading, .writing, .course, .media, .audio, .artwork: return true
        default: return false
        }
    }
}
