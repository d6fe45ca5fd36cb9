/// Templates of the service businesses a prompt names, where a table's usual meaning would mislead: a salon's services
/// and appointments, a call centre's agents, a car park's spots, a wedding's vendors (`SchemaAssembler.classify`).
extension DomainCatalogue {
    /// Words of a hair or beauty salon, a barber's or a spa.
    static let salonWords: Set<String> = ["salon", "salons", "barber", "barbers", "barbershop", "barbershops", "spa", "spas",
                                          "hairdresser", "hairdressers", "hairdressing", "hairstylist", "hairstylists", "manicurist",
                                          "manicurists", "nail", "nails"]

    /// The people who work in a salon, known by the work they do.
    static let salon: [EntityTemplate] = [
        EntityTemplate("stylists hairdressers hairstylists barbers beauticians manicurists", .person,
                       "salon_id|location_id, first_name, last_name, email, phone, specialty:string enum values=Cuts:4|Color:3|Styling:2|Barbering:2|Nails:1.5|Extensions:0.5, hire_date, commission_rate:decimal number.decimal 0.3..0.5 p2"),
    ]

    /// A salon's services: what is done (named by `SettingSpecs`), how long it takes and what it costs; not a server's.
    static let salonServices = EntityTemplate("services treatments", .lookup, rows: 12,
        "name, duration_minutes:integer enum values=15:1|30:3|45:3|60:3|90:1.5|120:1, price:decimal number.decimal 15..180 lognormal p2, is_active:boolean prob=0.9")

    /// A salon's appointments: a client with a stylist for a service, at a time on the hour or half hour, paid at
    /// the service's price; no medical reason or visit type.
    static let salonAppointments = EntityTemplate("appointments bookings", .event,
        "client_id|customer_id|guest_id, stylist_id|barber_id|therapist_id|staff_id|employee_id, service_id|treatment_id, scheduled_at, status:string enum values=booked:2|completed:7|cancelled:1|no_show:0.5, price")

    /// Words of a support desk or a call centre, where an agent answers customers.
    static let supportWords: Set<String> = ["call", "calls", "callcenter", "support", "helpdesk", "ticket", "tickets", "chat", "chats",
                                            "inquiry", "inquiries", "enquiries", "servicedesk", "csat"]

    /// Whether a prompt's words are a support desk's: one of `supportWords`, or "help desk", "service desk".
    static func isSupport(_ words: [String]) -> Bool {
        let lower = words.map { $0.lowercased() }
        if lower.contains(where: supportWords.contains) { return true }
        return lower.contains("desk") && lower.contains { ["help", "service", "it"].contains($0) }
    }

    /// A support or call-centre agent: a team and a shift, not an estate agent's licence (`SchemaAssembler.classify`).
    static let supportAgents = EntityTemplate("agents representatives reps", .person,
        "team_id|center_id|site_id, first_name, last_name, email, team:string enum values=Billing:3|Technical~Support:4|Sales:2|Retention:1.5|General~Enquiries:3, shift:string enum values=morning:4|afternoon:4|evening:2|night:1, hire_date")

    /// A support desk's conversation: a customer with an agent on a channel, from start to end, rated after.
    static let supportConversations = EntityTemplate("conversations chats chat_sessions", .event,
        "customer_id|user_id|client_id|member_id, agent_id|representative_id|rep_id|staff_id, channel:string enum values=chat:5|email:3|phone:2|social:1, started_at, ended_at, satisfaction_score:integer number.integer 1..5")
    /// A line of a support conversation: said by the customer or the agent (not one customer's id to another).
    static let supportMessages = EntityTemplate("messages chat_messages", .content,
        "conversation_id|chat_id|chat_session_id|ticket_id|thread_id, sender:string enum values=customer:1|agent:1, body, sent_at")

    /// Words of a car park, a parking garage or a valet service.
    static let parkingWords: Set<String> = ["parking", "carpark", "carparks", "car_park", "garage", "garages", "valet"]

    /// A car park's spots (`spaces`, `stalls`, `bays`): a number (counted where it stands), a level, a type, whether a car is in it; not a
    /// record with a title and a description (`SchemaAssembler.classify`, in a parking prompt only).
    static let parkingSpots = EntityTemplate("spots spaces parking_spots parking_spaces stalls bays", .place,
        "lot_id|garage_id|zone_id|facility_id|level_id, spot_number, level:integer number.integer 1..5, spot_type, is_occupied:boolean prob=0.6")

    /// An event's ticket types: a tier of admission at a price, with how many there are; not a support ticket.
    static let ticketTypes = EntityTemplate("ticket_types ticket_tiers ticket_classes ticket_categories", .lookup,
        "event_id|show_id|concert_id|performance_id|match_id, name:string enum values=General~Admission:4|VIP:1.5|Early~Bird:2|Student:1|Group:0.5|Balcony:1|Front~Row:0.5, price:decimal number.decimal 15..250 lognormal p2, quantity_available:integer number.integer 50..2000")
    /// An order of tickets: a buyer, what they bought, how many and the total, paid; nothing shipped
    /// (`SchemaAssembler.isTicketing`).
    static let ticketOrders = EntityTemplate("orders", .event,
        "customer_id|buyer_id|user_id|attendee_id|member_id, ticket_type_id|event_id|show_id|performance_id, order_number, ordered_at, quantity:integer enum values=1:4|2:5|3:1.5|4:1.5|6:0.3, total_amount, status:string enum values=paid:8|refunded:1|cancelled:0.5|pending:0.5, payment_method:string enum values=card:7|paypal:2|apple_pay:1.5|google_pay:1")

    /// Words of a dating app.
    static let datingWords: Set<String> = ["dating", "tinder", "bumble", "hinge", "swipe", "swipes", "matchmaking", "singles"]

    /// A dating app's like: one profile liking another, sometimes a super like; not a reaction (haha, angry) to a post.
    static let datingLikes = EntityTemplate("likes swipes", .event,
        "profile_id|user_id|member_id, liked_profile_id|liked_user_id|liked_member_id, liked_at, is_super_like:boolean prob=0.05")

    /// A wearable's heart-rate samples: beats per minute at a moment, during a workout or a day.
    static let heartRateSamples = EntityTemplate("heart_rate_samples heart_rates heart_rate_readings hr_samples heart_rate_logs", .event,
        "workout_id|session_id|activity_id|user_id|device_id, recorded_at, bpm:integer number.integer 55..185")

    /// A purchase of something delivered online (a course, an e-book, an app): paid and done, nothing shipped
    /// (`SchemaAssembler.isDigitalPurchase`).
    static let digitalPurchases = EntityTemplate("purchases orders", .event,
        "student_id|customer_id|user_id|buyer_id|learner_id|member_id, course_id|ebook_id|app_id|game_id|template_id|license_id, order_number, purchased_at, amount_paid, payment_method:string enum values=card:7|paypal:2.5|apple_pay:1|google_pay:1, status:string enum values=completed:8|refunded:1|pending:0.5")

    /// A streaming service's plans: a household's tier at a monthly price, not a company's seats
    /// (`SchemaAssembler.classify`, with streaming words; priced by `SchemaResolver.applyPlanPrices`).
    static let streamingPlans = EntityTemplate("plans subscription_plans pricing_plans tiers", .lookup, rows: 5,
        "name:string enum values=Basic:3|Standard:4|Premium:3|Family:1.5|Student:1, monthly_price:decimal number.decimal 4..25 p2, billing_cycle:string enum values=monthly:4|annual:1")

    /// Damage found on a rented car or a returned item: on which rental, how bad, what the repair costs.
    static let damageReports = EntityTemplate("damages damage_reports vehicle_damages damage_claims", .event,
        "rental_id|booking_id|reservation_id|car_id|vehicle_id, reported_at, description, severity:string enum values=minor:6|moderate:3|major:1, repair_cost:decimal number.decimal 50..4000 lognormal p2, status:string enum values=reported:2|assessed:2|repaired:5|waived:0.5")

    /// Words of a business whose clients are companies: an agency, a consultancy.
    static let agencyWords: Set<String> = ["agency", "agencies", "consultancy", "consultancies", "consulting", "advertising", "b2b",
                                           "outsourcing", "accountancy"]

    /// An ad: a headline in a campaign on a channel with a budget of its own.
    static let ads = EntityTemplate("ads adverts advertisements ad_creatives creatives", .content,
        "campaign_id|ad_group_id|advertiser_id, headline, channel:string enum values=search:3|social:4|display:2|video:2|email:1, budget:decimal number.decimal 200..20000 lognormal p2, status:string enum values=active:5|paused:2|ended:2, created_at")

    /// An ad's impressions and clicks: when it was shown or clicked, on what device and where, at what cost; not notes.
    static let adImpressions = EntityTemplate("impressions ad_impressions", .event,
        "ad_id|campaign_id|creative_id, occurred_at, device:string enum values=mobile:6|desktop:3|tablet:1, placement:string enum values=feed:4|search:3|sidebar:1.5|video:1.5|email:1, cost:decimal number.decimal 0.001..0.05 p4")
    static let adClicks = EntityTemplate("clicks ad_clicks", .event,
        "ad_id|campaign_id|creative_id, occurred_at, device:string enum values=mobile:6|desktop:3|tablet:1, cost_per_click:decimal number.decimal 0.2..4 p2, converted:boolean prob=0.05")

    /// Words of a wedding.
    static let weddingWords: Set<String> = ["wedding", "weddings", "bridal", "bride", "groom", "elopement"]

    /// A wedding's vendors: a business with the service it provides (`SettingSpecs`: photography, catering, …) and a
    /// starting price; not a supplier's lead time.
    static let weddingVendors = EntityTemplate("vendors suppliers", .organization,
        "name:string company.name, category, contact_name:string person.full_name, email, phone, starting_price:decimal number.decimal 300..12000 lognormal p2, rating")
}
