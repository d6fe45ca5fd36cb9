import DoppelText
import DoppelEngine

/// Realistic value sets for `status`, `type` and `category` columns,
/// chosen by the entity they belong to (an order's status differs from a
/// ticket's).
enum EnumLexicon {
    /// `status` of an entity (`order` → the order-status kind, `ticket` → open/in_progress/…).
    static func status(_ owner: String, _ context: ColumnContext) -> ColumnSpec {
        var key = owner.isEmpty ? context.entity : owner
        // A loan in a library's or a school's dataset (or any with no field of its own) is something lent, a book:
        // on loan, returned, overdue. Elsewhere (a bank's, a retailer's) it is money lent: active, paid off, …
        if key.split(separator: "_").last == "loan", context.domain == nil || context.domain == .media || context.domain == .education {
            key = "loan_book"
        }
        // An application for something granted (an adoption, a permit, a grant, a visa) is approved or not; only one
        // for a job is screened, interviewed and hired.
        let words = key.split(separator: "_").map(String.init)
        if words.count > 1, words.last == "application", statuses[key] == nil, Set(words.dropLast()).isDisjoint(with: hiringWords) {
            return ColumnSpec("string enum values=submitted:2|under_review:3|approved:6|rejected:2|withdrawn:0.5")
        }
        if let s = lookup(statuses, key) { return s }
        switch context.nature {
        case .event: return ColumnSpec("string enum values=completed:8|pending:1|cancelled:1")
        case .device: return ColumnSpec("string enum values=online:7|offline:1.5|maintenance:1|error:0.5")
        // (Goods have their own row above: only they run out of stock.)
        case .thing: return ColumnSpec("string enum values=active:8|inactive:1.5|archived:0.5")
        case .document: return ColumnSpec("string enum values=draft:1|issued:3|paid:5|overdue:1")
        default: return ColumnSpec("string enum values=active:8|inactive:2")
        }
    }

    /// `type` (or `*_type`) of an entity.
    static func type(_ owner: String, _ context: ColumnContext) -> ColumnSpec? {
        let key = owner.isEmpty ? context.entity : owner
        // A ticket named in a table of sales, orders or bookings (`ticket_sales.ticket_type`) is an admission,
        // not a support ticket (whose own table is the ticket).
        if owner == "ticket", context.head != "ticket",
           Set(context.entity.split(separator: "_").map(String.init)).isDisjoint(with: ["support", "help", "service", "case"]) {
            return ColumnSpec("string enum values=general:6|vip:1|early_bird:2|student:1")
        }
        if let known = lookup(types, key) { return known }
        // Tiers are what is sold or subscribed to; an incident, a telescope mount or a premiere has no
        // "premium" kind, so an unknown owner's type is left to the placeholder and its warning.
        let words = Set(key.split(separator: "_").map(String.init)).union(context.entity.split(separator: "_").map(String.init))
        return words.isDisjoint(with: tieredOwners) ? nil : ColumnSpec("string enum values=standard:6|premium:3|basic:4")
    }

    /// Things sold, rented or subscribed to in tiers (standard, premium, basic).
    static let tieredOwners: Set<String> = ["plan", "subscription", "membership", "account", "ticket", "package", "service", "seat",
                                            "fare", "card", "license", "licence", "warranty", "pass", "support", "listing", "ad",
                                            "bundle", "rental", "offer", "tier", "access", "shipping", "delivery", "product", "item",
                                            "member", "customer", "subscriber", "user", "client", "suite", "cabin", "box", "option",
                                            "upgrade", "addon", "add_on", "coverage", "insurance", "wash", "cleaning", "room", "unit"]

    /// Things sold as goods, whose category is a shop's department.
    static let goodsOwners: Set<String> = ["product", "item", "sku", "good", "goods", "merchandise", "listing", "store", "shop", "order",
                                           "purchase", "sale", "inventory", "stock", "catalog", "catalogue", "brand", "vendor",
                                           "supplier", "seller", "merchant", "retailer", "department", "aisle", "shelf", "wishlist",
                                           "cart", "basket", "return", "review", "coupon", "deal", "offer", "promotion", "variant",
                                           "line", "order_item", "line_item", "marketplace", "auction", "lot", "donation", "gift"]

    /// `category` of an entity.
    static func category(_ owner: String, _ context: ColumnContext) -> ColumnSpec? {
        let key = owner.isEmpty || owner == "product" ? context.entity : owner
        if let known = lookup(categories, key) { return known }
        // A shop's departments only for goods (a science fair's project is no "Electronics"); else the placeholder.
        let words = Set(key.split(separator: "_").map(String.init)).union(context.entity.split(separator: "_").map(String.init))
        return context.domain == .commerce || !words.isDisjoint(with: goodsOwners) ? ColumnSpec("string commerce.category") : nil
    }

    /// Finds the entry for `key`, then for its last word (`support_ticket` → `ticket`).
    private static func lookup(_ table: [String: String], _ key: String) -> ColumnSpec? {
        if let s = table[key] { return ColumnSpec(s) }
        if let head = key.split(separator: "_").last, let s = table[String(head)] { return ColumnSpec(s) }
        return nil
    }

    static let statuses: [String: String] = {
        var d: [String: String] = [:]
        for (names, spec) in statusRows {
            for n in names.split(separator: " ") where d[String(n)] == nil { d[String(n)] = spec }
        }
        return d
    }()

    /// What a job application's table is named for (`job_applications`, `internship_applications`).
    static let hiringWords: Set<String> = ["job", "position", "vacancy", "role", "candidate", "employment", "internship", "hiring",
                                           "recruitment", "recruiting", "career", "opening", "posting"]

    static let statusRows: [(String, String)] = [
        ("order purchase", "string commerce.order_status"),
        // A lab's order is drawn, run and reported, never shipped.
        ("lab_order test_order lab_test lab_request lab_requisition specimen", "string enum values=ordered:1|collected:2|in_progress:1.5|resulted:6|cancelled:0.5"),
        ("order_item line_item", "string enum values=pending:1|shipped:3|delivered:6|returned:0.5"),
        ("payment charge", "string enum values=succeeded:85|pending:5|failed:7|refunded:3"),
        ("transaction transfer", "string enum values=completed:90|pending:6|failed:3|reversed:1"),
        ("shipment delivery parcel package consignment shipping tracking", "string logistics.shipment_status"),
        ("ticket issue case incident bug request support_ticket", "string enum values=open:3|in_progress:3|resolved:3|closed:4"),
        ("task todo story work_item", "string enum values=todo:3|in_progress:3|in_review:1|done:5|blocked:1"),
        ("project campaign sprint milestone initiative", "string enum values=planning:2|active:5|on_hold:1|completed:3|cancelled:1"),
        ("appointment visit session showing interview meeting consultation class_booking encounter lesson", "string enum values=scheduled:3|completed:6|cancelled:1.5|no_show:0.5"),
        ("booking reservation", "string enum values=confirmed:6|cancelled:2|completed:4|pending:1"),
        ("subscription membership", "string enum values=active:6|trialing:1|past_due:1|canceled:2|paused:0.5"),
        ("invoice bill statement", "string enum values=draft:0.5|open:2|paid:7|overdue:1|void:0.3"),
        ("loan mortgage", "string enum values=active:6|paid_off:2|delinquent:1|defaulted:0.5"),
        ("account card wallet customer user member client patient student", "string enum values=active:8|inactive:1.5|suspended:0.5"),
        ("employee staff worker nurse doctor driver agent", "string enum values=active:8|on_leave:0.7|terminated:1.3"),
        ("application candidate applicant", "string enum values=submitted:3|screening:2|interview:2|offer:0.7|hired:0.5|rejected:3"),
        ("claim", "string enum values=submitted:2|under_review:2|approved:5|denied:1.5|paid:3"),
        ("property listing home house", "string enum values=for_sale:4|pending:1.5|sold:3|off_market:1"),
        // A unit of stock (blood, vaccine, inventory) is on the shelf, set aside, given out or past its date.
        ("inventory_unit stock_unit blood_unit", "string enum values=available:6|reserved:2|issued:2|expired:1"),
        ("unit apartment room", "string enum values=available:4|occupied:6|maintenance:1"),
        ("lease contract agreement policy", "string enum values=active:6|expired:2|terminated:1|pending:1"),
        ("flight", "string enum values=scheduled:3|on_time:4|delayed:2|cancelled:0.5|landed:3"),
        ("trip ride journey", "string enum values=completed:8|cancelled:1|in_progress:0.5|requested:0.5"),
        ("device sensor gateway meter thermostat camera", "string enum values=online:7|offline:1.5|maintenance:1|error:0.5"),
        ("machine equipment line production_line", "string enum values=running:6|idle:2|maintenance:1|down:1"),
        // A plant's fixed equipment (a turbine, a tank, a ski lift) is in operation, being serviced, or out of service.
        (ColumnLexicon.plantTables.sorted().joined(separator: " "), "string enum values=operational:8|maintenance:1.5|out_of_service:0.5"),
        ("vehicle truck van car bike scooter", "string enum values=available:6|in_service:3|maintenance:1"),
        // A software build or pipeline run ends in success or failure; a pipeline or workflow itself is on or off.
        ("build pipeline_run workflow_run ci_run test_run deployment deploy", "string enum values=queued:0.5|running:0.5|succeeded:7|failed:2|cancelled:0.5"),
        ("pipeline workflow automation cron_job", "string enum values=active:8|disabled:2"),
        ("pull_request merge_request", "string enum values=open:2|closed:1|merged:7"),
        ("work_order job production_run batch run lot", "string enum values=planned:2|in_progress:3|completed:6|on_hold:1|cancelled:0.5"),
        ("inspection check quality_check test lab_result result audit", "string enum values=passed:8|failed:1.5|pending:1"),
        ("post article page video episode blog_post", "string enum values=draft:1|published:8|archived:1"),
        ("comment review message", "string enum values=visible:8|hidden:1|flagged:1"),
        ("enrollment registration", "string enum values=enrolled:7|completed:3|dropped:1|waitlisted:0.5"),
        ("prescription", "string enum values=active:6|completed:3|discontinued:1"),
        ("admission", "string enum values=admitted:3|discharged:7"),
        ("lead prospect", "string enum values=new:3|contacted:3|qualified:2|unqualified:1|converted:1"),
        ("deal opportunity", "string enum values=open:5|won:2|lost:3"),
        ("purchase_order po", "string enum values=draft:1|submitted:2|approved:2|received:5|cancelled:0.5"),
        ("return refund", "string enum values=requested:2|approved:2|received:2|refunded:4|rejected:1"),
        ("friend_request invitation invite friendship", "string enum values=pending:3|accepted:6|declined:1"),
        ("alert alarm notification", "string enum values=open:3|acknowledged:3|resolved:4"),
        ("attendance", "string enum values=present:85|absent:8|late:5|excused:2"),
        ("exam assignment submission", "string enum values=submitted:6|graded:3|late:1"),
        ("product item variant sku menu_item part", "string enum values=active:8|discontinued:1|out_of_stock:1"),
        ("game match fixture", "string enum values=scheduled:2|in_progress:0.5|completed:7|postponed:0.5"),
        ("loan_book checkout borrowing", "string enum values=on_loan:3|returned:6|overdue:1"),
        ("organization org company tenant workspace team", "string enum values=active:8|trial:1|churned:1"),
        ("store warehouse station branch office location site", "string enum values=open:9|closed:1"),
        // An animal in a shelter's care waits for a home, is held, fostered or adopted; a pet on a clinic's books is a patient.
        ("animal dog cat puppy kitten rescue", "string enum values=available:4|adopted:3|on_hold:1|in_foster:1|medical_hold:0.5"),
        ("pet", "string enum values=active:8|inactive:1.5|deceased:0.5"),
        ("adoption foster_placement", "string enum values=completed:7|pending:2|returned:0.5|cancelled:0.5"),
    ]

    /// What a mountain rescue is called out for.
    static let rescueTypes = "string enum values=Lost~hiker:4|Injured~hiker:4|Climbing~fall:2|Avalanche:0.5|Water~rescue:1|Medical~evacuation:2|Search:2"
    /// Merchant ships by what they carry.
    static let shipTypes = "string enum values=Container~ship:5|Bulk~carrier:3|Tanker:3|General~cargo:2|Ro-Ro:1|Reefer:0.5"
    static let discountTypes = "string enum values=percentage:6|fixed_amount:3|free_shipping:2|bogo:1"

    static let types: [String: String] = [
        // What happened, and to whom or what.
        "incident": "string enum values=Injury:3|Near~miss:3|Property~damage:2|Security:1.5|Fire:0.5|Medical:2|Environmental:0.5",
        "accident": "string enum values=Slip~or~fall:3|Vehicle~collision:2|Equipment:2|Burn:1|Cut:2|Lifting~injury:1.5",
        "callout": rescueTypes, "rescue": rescueTypes,
        "crime": "string enum values=Theft:5|Burglary:2|Vandalism:3|Assault:1.5|Fraud:2|Vehicle~theft:1",
        "complaint": "string enum values=Service:4|Billing:3|Product~quality:3|Delivery:2|Staff~behaviour:1",
        "feedback": "string enum values=Praise:3|Complaint:3|Suggestion:3|Question:2",
        "inspection": "string enum values=Routine:6|Follow-up:2|Complaint:1.5|Pre-opening:0.5",
        // Time and work.
        "shift": "string enum values=Day:5|Evening:3|Night:2|Weekend:1.5",
        "call": "string enum values=inbound:6|outbound:4", "phone_call": "string enum values=inbound:6|outbound:4",
        "meeting": "string enum values=one-on-one:4|team:4|client:2|all-hands:0.5|interview:1",
        // Selling and giving.
        "discount": discountTypes,
        "promotion": discountTypes,
        "campaign": "string enum values=email:4|social:4|search:3|display:2|video:1", "donor": "string enum values=individual:8|corporate:1.5|foundation:1",
        "donation": "string enum values=one-time:6|monthly:3|in-kind:1", "investment": "string enum values=Stocks:4|Bonds:3|ETF:3|Mutual~fund:2|Real~estate:1|Cash:1",
        // Things and places.
        "premiere": "string enum values=World~Premiere:3|International~Premiere:2|North~American~Premiere:2|Regional~Premiere:3",
        "mount": "string enum values=Equatorial:4|Alt-azimuth:3|Dobsonian:2|Fork:1",
        "hive": "string enum values=Langstroth:6|Top-bar:2|Warre:1|Flow~Hive:1",
        "vessel": shipTypes, "ship": shipTypes,
        "container": "string enum values=Dry:8|Reefer:2|Open~top:0.5|Flat~rack:0.5|Tank:0.5",
        "flight": "string enum values=domestic:6|international:4", "trip": "string enum values=business:4|leisure:6",
        "bed": "string enum values=Single:2|Double:3|Queen:4|King:2|Bunk:1", "meal": "string enum values=Breakfast:3|Lunch:4|Dinner:4|Snack:2",
        "wine": "string enum values=Red:5|White:4|Rose:1.5|Sparkling:1.5|Dessert:0.5",
        "server": "string enum values=web:4|database:2|cache:1|worker:2|load_balancer:1",
        "instance": "string enum values=t3.micro:4|t3.medium:3|m5.large:2|c5.xlarge:1|r5.large:1",
        "exercise": "string enum values=Strength:4|Cardio:4|Flexibility:2|Balance:1",
        "sample": "string enum values=Blood:5|Urine:3|Saliva:1|Tissue:1|Swab:2",
        "test": "string enum values=unit:5|integration:3|end-to-end:1.5|performance:0.5",
        "account": "string enum values=checking:5|savings:4|credit:2|business:1",
        // A ski area's lifts and the passes that ride them.
        "lift": "string enum values=Quad~chairlift:4|High-speed~six:2|Gondola:1.5|Triple~chairlift:2|T-bar:1.5|Magic~carpet:1.5|Surface~lift:1",
        "chairlift": "string enum values=Quad:4|High-speed~six:2|Triple:2|Double:1",
        "lift_pass": "string enum values=Day:5|Half-day:2|Multi-day:3|Season:2|Night:1",
        "pass": "string enum values=Day:5|Multi-day:3|Season:2|Annual:1|Half-day:1",
        "transaction": "string finance.transaction_type", "card": "string finance.card_type",
        // Miles and points are earned and spent, not deposited.
        "mile_transaction": "string enum values=earned:6|redeemed:3|bonus:1|expired:0.5|transferred:0.5",
        "mileage_transaction": "string enum values=earned:6|redeemed:3|bonus:1|expired:0.5|transferred:0.5",
        "miles_transaction": "string enum values=earned:6|redeemed:3|bonus:1|expired:0.5|transferred:0.5",
        "award_transaction": "string enum values=earned:6|redeemed:3|bonus:1|expired:0.5|transferred:0.5",
        "points_transaction": "string enum values=earned:6|redeemed:3|bonus:1|expired:0.5|transferred:0.5",
        "point_transaction": "string enum values=earned:6|redeemed:3|bonus:1|expired:0.5|transferred:0.5",
        "loyalty_transaction": "string enum values=earned:6|redeemed:3|bonus:1|expired:0.5|transferred:0.5",
        "reward_transaction": "string enum values=earned:6|redeemed:3|bonus:1|expired:0.5|transferred:0.5",
        "property": "string enum values=single_family:5|condo:3|townhouse:2|multi_family:1|apartment:2|land:0.5",
        "home": "string enum values=single_family:5|condo:3|townhouse:2|multi_family:1",
        "room": "string enum values=single:2|double:4|twin:2|suite:1|deluxe:1",
        "vehicle": "string enum values=car:5|van:2|truck:2|motorcycle:1", "sensor": "string iot.sensor_type",
        "bike": "string enum values=classic:6|electric:4", "bicycle": "string enum values=classic:6|electric:4",
        "scooter": "string enum values=electric:8|kick:2",
        "device": "string enum values=thermostat|camera|smart_plug|door_sensor|motion_sensor|light|lock",
        "event": "string enum values=page_view:6|click:4|login:2|search:2|add_to_cart:1.5|purchase:0.8|signup:0.5",
        "user": "string enum values=individual:7|business:2|admin:1", "customer": "string enum values=individual:8|business:2",
        "payment": "string commerce.payment_method",
        "visit": "string enum values=Checkup:4|Follow-up:3|Consultation:2|Emergency:1|Telehealth:2",
        "appointment": "string enum values=Checkup:4|Follow-up:3|Consultation:2|Emergency:1|Telehealth:2",
        "ticket": "string enum values=question:4|incident:3|problem:1|feature_request:2",
        "issue": "string enum values=bug:4|feature:3|task:3|improvement:2", "leave": "string enum values=vacation:5|sick:3|personal:1|parental:0.5",
        "employee": "string enum values=full_time:7|part_time:2|contract:1.5|intern:0.5",
        "employment": "string enum values=full_time:7|part_time:2|contract:1.5|intern:0.5",
        "machine": "string enum values=CNC~Mill|Lathe|Press|Injection~Molder|Welder|Robot~Arm|Conveyor",
        "alert": "string enum values=threshold_exceeded:4|device_offline:2|low_battery:2|sensor_fault:1",
        "maintenance": "string enum values=preventive:5|corrective:3|predictive:1|inspection:1",
        "expense": "string enum values=travel|meals|software|office|equipment|training",
        // What a policy covers.
        "coverage": "string enum values=liability:4|collision:2|comprehensive:2|full_coverage:3",
        // Stock moves in from a supplier, out to a customer, between bins, or is counted up or down.
        "movement": "string enum values=inbound:4|outbound:4|transfer:1.5|adjustment:1|return:0.5",
        "policy": "string enum values=auto:4|home:3|life:2|health:2|renters:1",
        "claim": "string enum values=collision|theft|water_damage|fire|medical|liability",
        "loan": "string enum values=personal:4|auto:3|mortgage:2|student:1|business:1",
        "product": "string enum values=physical:7|digital:2|service:1", "file": "string file.extension",
        "document": "string enum values=contract|invoice|report|proposal|receipt|id_document",
        "post": "string enum values=text:4|image:4|video:2|link:1", "media": "string enum values=image:5|video:3|audio:1",
        "content": "string enum values=article:4|video:3|podcast:2|infographic:1",
        "contact": "string enum values=lead:4|customer:4|partner:1|vendor:1",
        "deal": "string enum values=new_business:6|renewal:3|upsell:2", "exam": "string enum values=quiz:4|midterm:2|final:2|practical:1",
        "course": "string enum values=lecture:5|lab:2|seminar:2|online:3", "workout": "string enum values=run|ride|swim|strength|yoga|hiit|walk",
        "membership": "string enum values=monthly:5|annual:3|student:1|family:1", "plan": "string enum values=monthly:7|annual:3",
        "fuel": "string enum values=gasoline:6|diesel:2|electric:1.5|hybrid:1.5", "blood": "string health.blood_type",
        "meter": "string enum values=electric:6|gas:3|water:3", "order": "string enum values=online:6|in_store:3|phone:1",
        "shipment": "string enum values=standard:6|express:3|overnight:1", "delivery": "string enum values=standard:6|express:3|same_day:1",
        "interview": "string enum values=phone_screen:3|technical:3|onsite:2|culture:1|final:1",
        "job": "string enum values=full_time:7|part_time:2|contract:1.5|intern:0.5",
        "contract": "string enum values=fixed_price:4|time_and_materials:4|retainer:2",
        "case": "string enum values=civil|criminal|family|corporate|immigration|ip",
        "booking": "string enum values=flight:3|hotel:4|car:1|package:1", "reservation": "string enum values=standard:6|group:2|corporate:2",
        "unit": "string enum values=studio:2|1br:4|2br:3|3br:1", "business": "string enum values=llc:5|corporation:3|sole_proprietorship:2",
        "project": "string enum values=internal:4|client:5|research:1", "task": "string enum values=feature:4|bug:3|chore:2|research:1",
        "notification": "string enum values=mention|comment|like|follow|system|reminder",
        "room_type": "string enum values=single:2|double:4|twin:2|suite:1|deluxe:1",
    ]

    static let categories: [String: String] = [
        "ticket": "string enum values=billing|technical|account|feature_request|bug",
        "case": "string enum values=billing|technical|account|feature_request|bug",
        "issue": "string enum values=billing|technical|account|feature_request|bug",
        "transaction": "string enum values=groceries|dining|travel|utilities|entertainment|shopping|health|transport",
        "expense": "string enum values=travel|meals|software|office|equipment|training",
        // What a policy covers.
        "coverage": "string enum values=liability:4|collision:2|comprehensive:2|full_coverage:3",
        // Stock moves in from a supplier, out to a customer, between bins, or is counted up or down.
        "movement": "string enum values=inbound:4|outbound:4|transfer:1.5|adjustment:1|return:0.5",
        "purchase": "string enum values=groceries|dining|travel|utilities|entertainment|shopping|health|transport",
        "merchant": "string enum values=groceries|dining|travel|utilities|entertainment|shopping|health|transport",
        // A budget caps spending by the categories transactions are filed under, so the two join.
        "budget": "string enum values=groceries|dining|travel|utilities|entertainment|shopping|health|transport",
        "video": "string media.genre", "movie": "string media.genre", "film": "string media.genre", "show": "string media.genre",
        "podcast": "string media.genre", "episode": "string media.genre", "book": "string media.genre", "song": "string media.genre",
        "track": "string media.genre", "album": "string media.genre", "channel": "string media.genre",
        "article": "string enum values=technology|sports|politics|business|health|culture|science",
        "post": "string enum values=technology|sports|politics|lifestyle|business|health|travel|food",
        "course": "string education.subject", "class": "string education.subject",
        "event": "string enum values=concert|conference|festival|sports|theater|meetup|workshop",
        "maintenance_request": "string enum values=plumbing|electrical|hvac|appliance|pest|general",
        "request": "string enum values=plumbing|electrical|hvac|appliance|pest|general",
        "restaurant": "string enum values=Italian|Mexican|Japanese|Chinese|Indian|Thai|American|French|Mediterranean|Korean",
        "ingredient": "string enum values=vegetable|fruit|meat|dairy|grain|spice|seafood|legume",
        "recipe": "string enum values=breakfast|lunch|dinner|dessert|snack|drink",
        "skill": "string enum values=technical|leadership|communication|language|tool",
        "app": "string enum values=productivity|games|social|education|finance|health|travel",
        "job": "string enum values=engineering|sales|marketing|operations|finance|support|design",
        "position": "string enum values=engineering|sales|marketing|operations|finance|support|design",
    ]
}
