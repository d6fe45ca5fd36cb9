import DoppelText
import DoppelEngine

/// The business domains the planner has knowledge of. The thirteen the
/// project names, plus sports, which prompts about leagues, gyms and games
/// need often enough to deserve its own entities.
public enum Domain: String, CaseIterable, Sendable {
    case commerce, healthcare, finance, hr, education, saas, logistics, travel
    case realEstate = "real_estate"
    case social, iot, manufacturing, media, sports

    /// The domain whose words the prompt uses most, or nil when none stands out.
    /// The words that name the setting (`fitness studio`, `gym`) decide when they name a domain:
    /// a gym's classes, enrollments and instructors are a gym's, though those words alone would
    /// read as a school's.
    static func detect(_ words: [String], setting: [String]) -> Domain? {
        detect(setting) ?? detect(words)
    }

    static func detect(_ words: [String]) -> Domain? {
        var scores: [Domain: Int] = [:]
        for w in words {
            for d in keywordIndex[w] ?? [] { scores[d, default: 0] += 1 }
            let s = Inflector.singular(w)
            if s != w { for d in keywordIndex[s] ?? [] { scores[d, default: 0] += 1 } }
        }
        var best: Domain?
        var bestScore = 0
        for d in Domain.allCases {  // fixed order: ties go to the earlier domain
            let s = scores[d] ?? 0
            if s > bestScore { best = d; bestScore = s }
        }
        return best
    }

    static let keywords: [Domain: String] = [
        .commerce: "shop store ecommerce e-commerce retail marketplace cart checkout order product catalog catalogue merchandise sku bookstore grocery coupon wishlist restaurant menu food delivery recipe chef dish box",
        .healthcare: "hospital clinic patient doctor physician nurse medical health healthcare pharmacy prescription diagnosis veterinary vet pet dental dentist lab laboratory specimen therapy therapist ehr emr appointment vaccination ward surgery clinical adverse dose dosage placebo",
        .finance: "bank banking loan credit payment ledger transaction fintech insurance insurer policy claim trading stock portfolio invoice accounting tax wallet card fraud mortgage investment brokerage merchant charge deposit",
        .hr: "employee hr payroll hiring recruiting recruitment candidate applicant staff workforce department salary timesheet leave onboarding interview job position headcount performance",
        .education: "school university college student course class teacher enrollment grade exam campus lms tutoring tutor lesson semester professor curriculum assignment classroom academy learning",
        .saas: "saas subscription tenant workspace org organization seat plan feature api app platform analytics event session ticket support crm lead deal opportunity churn signup onboarding trial mrr bug repo repository commit codebase github gitlab",
        .logistics: "shipping shipment delivery warehouse fleet freight carrier logistics route package parcel courier supply truck driver depot dispatch tracking inventory pallet ride rider",
        .travel: "airline flight airport hotel booking travel trip reservation itinerary tourism tour cruise passenger guest destination vacation resort hostel airbnb",
        .realEstate: "real estate property listing realtor rent lease tenant landlord mortgage apartment house home building condo broker agent showing",
        .social: "social network post follower friend like comment feed message community forum dating profile hashtag share reaction thread blog",
        .iot: "iot sensor device telemetry reading smart thermostat meter gateway firmware measurement weather station monitoring",
        .manufacturing: "factory manufacturing plant production assembly machine work batch lot defect quality inspection supplier material part component bom operator shift line",
        .media: "media streaming music song album artist podcast video movie film show episode book library publisher news article magazine museum artwork exhibition gallery concert festival venue playlist listener viewer channel cinema theater theatre screening showtime",
        .sports: "sports sport league team player match game season tournament coach stadium gym fitness workout yoga pilates crossfit athlete chess club score referee",
    ]

    static let keywordIndex: [String: [Domain]] = {
        var index: [String: [Domain]] = [:]
        for d in Domain.allCases {
            for w in (keywords[d] ?? "").split(separator: " ") { index[String(w), default: []].append(d) }
        }
        return index
    }()
}

/// What kind of thing an entity is, which decides default columns, what a
/// `name` column holds, and which entities role names (`manager`, `origin`)
/// point at.
enum EntityNature: String, Sendable {
    /// A person: customers, patients, employees, players.
    case person
    /// A company or group: merchants, organizations, teams.
    case organization
    /// A location: stores, warehouses, airports, stations.
    case place
    /// An object or product: products, books, vehicles.
    case thing
    /// Something that happens: orders, visits, rides, transactions.
    case event
    /// A short list of values other tables point at: categories, genres.
    case lookup
    /// Text people write: posts, reviews, comments.
    case content
    /// A ledger or subscription: accounts, subscriptions, wallets.
    case account
    /// A connected device: sensors, machines, gateways.
    case device
    /// A numbered paper: invoices, policies, contracts.
    case document
}
