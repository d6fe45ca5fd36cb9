/// Templates of the settings a prompt names beyond the service businesses (`DomainCatalogue+Services`), where a
/// table's usual meaning would mislead: a utility meter's readings, a café's sales, an election's ballots, a mobile
/// game's sessions, an event planner's events, a podcast's hosts, a ski lift's scans (`SchemaAssembler.settingTemplate`).
extension DomainCatalogue {
    /// A utility meter's interval reads: what an electric meter (kWh) or a gas or water meter (m³) measured, in the
    /// unit of its meter's type (`SensorUnits`), not a building sensor's °C or lux.
    static let utilityReadings = EntityTemplate("meter_readings readings usage_readings", .event,
                                                "meter_id|smart_meter_id, read_at:datetime datetime.past, reading:decimal number.decimal 0.05..40 p3, unit:string enum values=kWh|m3")

    /// A café's sales at its counter: which shop, when, the drink and its size, how many, the price and total, how it
    /// was paid (the drinks, sizes and prices are a café's: `SettingSpecs`), not a bank card's merchant and fraud flag.
    static let cafeSales = EntityTemplate("sales sales_transactions sale_transactions transactions pos_transactions purchases", .event,
                                          "store_id|shop_id|location_id|branch_id|cafe_id>store_city:string address.city, customer_id|member_id, sold_at:datetime datetime.past, drink, size, quantity:integer number.integer 1..4 zipf, unit_price, total, payment_method")

    /// Words of an election (not `votes` alone: a forum's upvotes are votes too).
    static let electionWords: Set<String> = ["election", "elections", "ballot", "ballots", "voter", "voters", "polling", "precinct",
                                             "precincts", "constituency", "constituencies", "electoral", "campaign_finance", "primary", "primaries"]
    /// An election's candidates: who stands, for which party, in which district, whether they hold the seat.
    static let electionCandidates = EntityTemplate("candidates", .person,
        "district_id|constituency_id|race_id|election_id, first_name, last_name, party:string enum values=Democratic:4|Republican:4|Independent:1|Green:0.5|Libertarian:0.5, is_incumbent:boolean prob=0.3, filed_on:date date.past")
    /// An election's districts: numbered, with how many are registered to vote there.
    static let electionDistricts = EntityTemplate("districts constituencies precincts wards", .place, rows: 12,
        "name:string enum values=District~1|District~2|District~3|District~4|District~5|District~6|District~7|District~8|District~9|District~10|District~11|District~12, state:string address.region, registered_voters:integer number.integer 20000..400000 lognormal")
    /// An election's registered voters: adults with a party affiliation, registered on a date.
    static let electionVoters = EntityTemplate("voters registered_voters electors", .person,
        "district_id|precinct_id|constituency_id, first_name, last_name, date_of_birth:date person.birth_date, party_affiliation:string enum values=Democratic:3|Republican:3|Independent:2|Unaffiliated:2, registered_on:date date.past")
    /// A ballot cast for a candidate: who, for whom, when and how.
    static let electionVotes = EntityTemplate("votes ballots", .event,
        "voter_id, candidate_id, cast_at:datetime datetime.past, method:string enum values=in_person:6|mail:3|early:2")

    /// Words of a video game's data: a game word and a mobile, app, level, session or in-app word, no sport or board.
    static let gameWords: Set<String> = ["game", "games", "gaming", "gamer", "gamers"]
    static let notVideoGameWords: Set<String> = ["board", "boardgame", "chess", "football", "soccer", "basketball", "baseball", "hockey",
                                                 "league", "leagues", "team", "teams", "tournament", "casino", "lottery", "olympic"]
    /// A video game's players: an account on a platform, installed on a day, how far they got, whether they pay.
    static let gamePlayers = EntityTemplate("players gamers users", .person,
        "username:string internet.username, country, platform:string enum values=iOS:5|Android:5, installed_at:datetime datetime.past, highest_level:integer number.integer 1..120 lognormal, is_payer:boolean prob=0.06")
    /// A game's levels: numbered, harder further in, with a score to beat.
    static let gameLevels = EntityTemplate("levels stages worlds", .lookup, rows: 60,
        "level_number:integer number.integer 1..200, name:string enum values=Sunny~Meadow|Crystal~Cave|Lava~Lake|Frozen~Peak|Haunted~Forest|Desert~Dunes|Sky~Castle|Coral~Reef|Neon~City|Shadow~Keep, difficulty:string enum values=easy:4|normal:4|hard:2|expert:1, target_score:integer number.integer 500..50000 lognormal")
    /// A player's play session: when it started, how long it ran, how many levels were played.
    static let gameSessions = EntityTemplate("sessions game_sessions play_sessions", .event,
        "player_id|user_id|gamer_id, level_id|stage_id, started_at:datetime datetime.past, duration_seconds:integer number.integer 30..3600 lognormal, levels_played:integer number.integer 1..12 lognormal")
    /// An in-app purchase: what was bought, for how much, in which store.
    static let gamePurchases = EntityTemplate("purchases in_app_purchases iaps transactions", .event,
        "player_id|user_id|gamer_id, item, price_usd, store:string enum values=App~Store:5|Google~Play:5, purchased_at:datetime datetime.past")
    /// Words of an event planner's business: planning or organising, which it shares with sprints and production
    /// (`eventPlanningWords`), and the occasions it organises, which are its own (`occasionWords`).
    static let eventPlanningWords: Set<String> = ["planner", "planners", "planning", "organizer", "organizers", "organiser", "organisers"]
    static let occasionWords: Set<String> = ["wedding", "weddings", "catering", "caterer", "venue", "venues", "banquet", "banquets",
                                             "party", "parties", "gala", "galas", "reception", "receptions"]
    /// Who an event planner works with, beside a planning word.
    static let eventPlanningPartners: Set<String> = ["client", "clients", "guest", "guests", "vendor", "vendors", "attendee", "attendees"]
    /// An event planner's events: a client's occasion at a venue, on a date, for so many guests, on a budget (held or
    /// called off: the dates are past).
    static let plannedEvents = EntityTemplate("events occasions functions", .event,
        "client_id|customer_id, venue_id>venue:string enum values=Grand~Ballroom|Riverside~Pavilion|The~Garden~Terrace|Harbor~View~Hall|Oak~Barn|Rooftop~Loft, event_type:string enum values=Wedding:4|Corporate~Conference:2|Birthday~Party:2|Gala~Dinner:1|Product~Launch:1|Anniversary:1, event_date:date date.past, guest_count:integer number.integer 20..300 lognormal, budget:decimal number.decimal 3000..80000 lognormal p0, status:string enum values=completed:8|cancelled:1")

    /// Words of broadcast and spoken media, where a host presents a show.
    static let showWords: Set<String> = ["podcast", "podcasts", "radio", "show", "shows", "episode", "episodes", "talk", "broadcast",
                                         "broadcasts", "channel", "channels", "livestream", "livestreams"]
    /// Words of servers, where a host is a machine.
    static let infraWords: Set<String> = ["server", "servers", "cluster", "clusters", "deployment", "deployments", "container",
                                          "containers", "instance", "instances", "uptime", "incident", "incidents", "dns", "vm", "vms"]
    /// A show's hosts: the people who present it.
    static let showHosts = EntityTemplate("hosts presenters co_hosts", .person, "first_name, last_name, email, country, joined_on:date date.past")

    /// Heads of tables of things sent somewhere: their scans are a depot's tracking events.
    static let shippedHeads: Set<String> = ["shipment", "package", "parcel", "container", "delivery", "consignment", "order", "freight"]

    /// Words of a ski area.
    static let skiWords: Set<String> = ["ski", "skiing", "skier", "skiers", "snowboard", "snowboarding", "slopes", "chairlift", "chairlifts"]

    /// A ski area's passes: a guest's day, multi-day or season pass, valid for its days, at its price.
    static let liftPasses = EntityTemplate("lift_passes passes ski_passes season_passes", .document,
                                           "guest_id|skier_id|customer_id|visitor_id|member_id, pass_type:string enum values=Day:5|Half~Day:2|Multi-Day:3|Season:1.5|Night:0.5, valid_from:date date.past, price:decimal enum values=79:2|119:3|149:3|299:1.5|449:1|899:0.5")

    /// A lift's scan of a pass at its gate: which lift, when, and whether the pass was let through.
    static let liftScans = EntityTemplate("lift_scans scans gate_scans", .event,
                                          "lift_pass_id|pass_id|ski_pass_id|lift_ticket_id|guest_id|skier_id, lift:string enum values=Summit~Express:3|Eagle~Chair:2|Sunrise~Quad:3|Glacier~Gondola:2|Ridge~Six:2|Bunny~Tow:1, scanned_at:datetime datetime.past, result:string enum values=accepted:97|denied:3")

    /// A badge's, ticket's or card's scan at an entrance, not a parcel's at a depot.
    static let entryScans = EntityTemplate("entry_scans scans badge_scans ticket_scans access_scans gate_scans", .event,
                                           "badge_id|card_id|ticket_id|pass_id|membership_id|member_id|employee_id|visitor_id|guest_id|attendee_id, gate:string enum values=Main~Entrance:5|North~Gate:2|South~Gate:2|Side~Door:1|Staff~Entrance:1, scanned_at:datetime datetime.past, result:string enum values=accepted:96|denied:4")
}
