import DoppelText

/// What a column holds, as far as defects go: which kinds of mess it can take.
enum FieldClass: Sendable, Equatable {
    /// Natural-language text: names, places, companies, products, enums, sentences.
    case words
    case email
    case phone
    case postalCode
    /// Identifiers and codes written as text (SKUs, IBANs, URLs, IP addresses, …).
    case code
    case number
    /// date, datetime and time columns (and text columns holding ISO dates).
    case temporal
    case boolean
    /// UUID and JSON columns: only missing values.
    case opaque

    /// The cell kinds this class can take (before level and protection rules).
    var kinds: [DefectKind] {
        switch self {
        case .words: return [.null, .emptyString, .whitespace, .letterCase, .typo, .encoding]
        case .email: return [.null, .emptyString, .whitespace, .letterCase, .invalidEmail]
        case .phone: return [.null, .emptyString, .whitespace, .phoneFormat]
        case .postalCode: return [.null, .emptyString, .whitespace, .invalidPostalCode]
        case .code: return [.null, .emptyString, .whitespace, .letterCase]
        case .number: return [.null, .numberFormat, .outlier]
        case .temporal: return [.null, .dateFormat]
        case .boolean: return [.null, .booleanFormat]
        case .opaque: return [.null]
        }
    }

    /// Kinds whose values are words people type (typos and encoding noise make sense there).
    static let wordKinds: Set<String> = [
        "person.first_name", "person.last_name", "person.full_name", "person.middle_name", "person.gender",
        "person.title", "person.suffix", "person.nationality",
        "address.street", "address.street_name", "address.secondary", "address.city", "address.region",
        "address.country", "address.full",
        "company.name", "company.industry", "company.department", "company.job_title", "company.catch_phrase",
        "commerce.product_name", "commerce.category", "commerce.order_status", "commerce.payment_method",
        "commerce.brand", "commerce.color", "commerce.material", "commerce.shipping_method",
        "finance.card_type", "finance.transaction_type", "finance.merchant",
        "date.weekday", "enum", "boolean",
        "text.word", "text.label", "text.words", "text.sentence", "text.paragraph", "text.title", "text.review", "text.comment",
        "text.description", "text.bio",
        "vehicle.make", "vehicle.model",
        "health.diagnosis", "health.medication", "health.allergy", "health.vaccine", "health.specialty",
        "education.course_name", "education.subject", "education.degree", "education.school",
        "media.title", "media.genre", "media.artist",
        "travel.airport_name", "travel.airline", "travel.hotel_name",
        "logistics.carrier", "logistics.shipment_status", "iot.sensor_type", "color.name", "app.status",
    ]

    /// Identifier kinds: never touched, whatever the column's flags say.
    static let identifierKinds: Set<String> = ["id.sequence", "id.uuid"]

    /// Kinds whose numbers are money (a currency sign is a plausible formatting).
    static let moneyKinds: Set<String> = ["commerce.price", "finance.amount"]

    static func of(_ f: FieldPlan) -> FieldClass {
        switch f.type {
        case .json, .uuid: return .opaque
        case .boolean: return .boolean
        case .integer, .decimal, .float: return .number
        case .date, .datetime, .time: return .temporal
        case .string, .text:
            let kind = f.kind
            if kind == "internet.email" { return .email }
            if kind == "phone.number" { return .phone }
            if kind == "address.postal_code" { return .postalCode }
            if kind.hasPrefix("date.") && kind != "date.weekday" || kind.hasPrefix("datetime.") || kind.hasPrefix("time.")
                || kind == "person.birth_date" {
                return .temporal
            }
            if wordKinds.contains(kind) { return .words }
            return .code
        }
    }
}
