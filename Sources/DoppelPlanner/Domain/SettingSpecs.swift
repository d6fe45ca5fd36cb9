import DoppelEngine

/// What a column holds in a setting the prompt names, where the column's name alone would mislead
/// (protocol/PLANNER.md, *The column lexicon*): a zoo's species are wild, a wedding vendor's service
/// is photography or catering, a mobile game's platform is iOS or Android and what its players buy
/// are in-game items. Each entry holds whatever table the column is in, unless it names tables.
struct SettingSpec: Sendable {
    /// Words of the prompt that make the setting (any one is enough).
    var settings: Set<String>
    var columns: Set<String>
    /// Singular table names the entry is limited to; empty for any table.
    var tables: Set<String> = []
    var spec: String
    /// Words one of which the prompt must also use (a video game's, not a board-game shop's); empty for none.
    var alsoNeeds: Set<String> = []
}

enum SettingSpecs {
    /// Words of art shown, sold or kept: a gallery's, an auction's, a museum's.
    static let artWords: Set<String> = ["art", "auction", "auctions", "gallery", "galleries", "painting", "paintings", "artwork",
                                        "artworks", "museum", "museums", "exhibition", "exhibitions", "sculpture", "sculptures"]

    /// Words of climbing.
    static let climbingWords: Set<String> = ["climbing", "climb", "climbs", "climber", "climbers", "bouldering", "boulder", "crag"]
    /// Words of a shared garden.
    static let gardenWords: Set<String> = ["garden", "gardens", "gardener", "gardeners", "allotment", "allotments", "plot", "plots"]

    /// Words of looking after young children by the day.
    static let childcareWords: Set<String> = ["kindergarten", "kindergartens", "preschool", "preschools", "pre-school", "nursery",
                                              "nurseries", "daycare", "day-care", "childcare", "creche", "montessori"]

    /// Words of academic research: a lab's, a faculty's, a research group's.
    static let researchWords: Set<String> = ["research", "researcher", "researchers", "lab", "labs", "laboratory", "laboratories",
                                             "university", "universities", "professor", "professors", "faculty", "academic",
                                             "academics", "scholar", "scholars", "scientist", "scientists", "phd", "postdoc",
                                             "postdocs", "grants", "publications", "citations"]

    /// Words of building work: a builder's, a renovator's, a construction company's.
    static let constructionWords: Set<String> = ["construction", "constructions", "builder", "builders", "homebuilder", "homebuilders",
                                                 "renovation", "renovations", "remodeling", "remodelling", "remodel", "contracting",
                                                 "subcontractor", "subcontractors", "jobsite", "jobsites"]

    /// Words of competitive video gaming.
    static let esportsWords: Set<String> = ["esports", "esport", "e-sports", "e-sport"]
    /// Words of a video game played online (a league's or a board game's games are not these).
    static let onlineGameWords: Set<String> = ["esports", "esport", "e-sports", "e-sport", "multiplayer", "videogame", "videogames",
                                               "video_game", "gaming", "gamer", "gamers", "fps", "shooter", "mmo", "mmorpg", "moba",
                                               "matchmaking"]

    /// Words of building and testing software: a CI system's, a repository's.
    static let codeWords: Set<String> = ["ci", "cicd", "ci/cd", "pipeline", "pipelines", "builds", "repository", "repositories", "repo",
                                         "repos", "commit", "commits", "github", "gitlab", "devops", "jenkins", "pull_requests"]

    /// Words of roasting and selling coffee beans.
    static let coffeeWords: Set<String> = ["roaster", "roasters", "roastery", "roasting", "coffee", "espresso", "green_coffee"]
    /// Tables of green coffee as it arrives.
    static let coffeeLotTables: Set<String> = ["green_coffee_lot", "lot", "coffee_lot", "green_coffee", "bean", "coffee", "shipment",
                                               "purchase", "coffee_bean", "origin"]
    /// Words of a newspaper's or a magazine's newsroom.
    static let newsWords: Set<String> = ["news", "newspaper", "newspapers", "newsroom", "newsrooms", "journalist", "journalists", "reporter",
                                         "reporters", "magazine", "magazines", "tabloid", "gazette"]

    /// Words of a city's services to its residents.
    /// (not `residents`: an apartment block's residents file maintenance requests, not pothole reports)
    static let civicWords: Set<String> = ["311", "municipal", "municipality", "township", "civic"]

    /// Words of flying an airline's aircraft.
    static let aviationWords: Set<String> = ["airline", "airlines", "aviation", "pilot", "pilots", "aircraft", "airliner", "cockpit",
                                             "aviator", "aviators"]
    /// Tables of a crew's places on flights.
    static let crewTables: Set<String> = ["crew_assignment", "assignment", "flight_assignment", "crew", "crew_member", "flight_crew",
                                          "pairing", "duty", "roster"]
    /// Words of a phone carrier.
    static let telecomWords: Set<String> = ["carrier", "carriers", "telecom", "telecoms", "telco", "telcos", "cellular", "wireless",
                                            "prepaid", "postpaid", "mvno", "sim"]

    /// Words of hauling freight by road: a trucking company's, a haulier's.
    static let truckingWords: Set<String> = ["trucking", "truckers", "trucker", "haulage", "haulier", "hauliers", "hauler", "haulers",
                                             "freight", "lorries", "lorry", "ltl", "ftl", "semi", "semis", "tractor-trailer"]

    /// Words of a farm: its fields, crops and harvests.
    static let farmWords: Set<String> = ["farm", "farms", "farming", "agriculture", "agricultural", "crop", "crops", "harvest",
                                         "harvests", "orchard", "orchards", "ranch", "agronomy", "acreage"]

    static let entries: [SettingSpec] = [
        SettingSpec(settings: ["zoo", "zoos", "wildlife", "safari", "sanctuary", "aquarium", "aquariums", "menagerie", "enclosure", "enclosures"],
                    columns: ["species", "species_name", "animal_type", "animal_species"],
                    spec: "string enum values=Lion:2|Giraffe:2|Zebra:2|African~Elephant:1|Chimpanzee:1.5|Red~Panda:1|Gray~Wolf:1|"
                        + "Snow~Leopard:0.5|Penguin:2|Flamingo:2|Meerkat:2|Komodo~Dragon:0.5|Hippopotamus:1|Grizzly~Bear:1|Sea~Lion:1"),
        SettingSpec(settings: ["zoo", "zoos", "wildlife", "safari", "sanctuary", "menagerie", "enclosure", "enclosures"],
                    columns: ["habitat", "habitat_type", "biome", "zone"],
                    spec: "string enum values=Savanna:3|Tropical~Rainforest:2|Aquatic:2|Desert:1.5|Arctic:1|Grassland:1.5|Wetland:1|Aviary:1.5|Mountain:1"),
        // A runner's time over a race, as a clock shows it: a marathon in 2:05–6:30, shorter races from 15 minutes.
        SettingSpec(settings: ["marathon", "marathons"],
                    columns: ["finish_time", "chip_time", "gun_time", "net_time", "race_time", "official_time", "time"],
                    tables: ["result", "race_result", "finisher", "finish", "entry", "race_entry", "runner", "participant"],
                    spec: "time time.of_day 7500..23400"),
        SettingSpec(settings: ["race", "races", "running", "runner", "runners", "triathlon", "triathlons"],
                    columns: ["finish_time", "chip_time", "gun_time", "net_time", "race_time", "official_time"],
                    tables: ["result", "race_result", "finisher", "finish", "entry", "race_entry", "runner", "participant"],
                    spec: "time time.of_day 900..21600"),
        // A space agency's missions fly somewhere in space, crewed by commanders and specialists.
        SettingSpec(settings: ["space", "spaceflight", "nasa", "esa", "astronaut", "astronauts", "cosmonaut", "cosmonauts", "rocket", "rockets"],
                    columns: ["destination", "target", "target_body", "orbit"],
                    spec: "string enum values=Low~Earth~Orbit:5|International~Space~Station:4|Moon:2|Mars:1.5|Geostationary~Orbit:2|Sun-synchronous~Orbit:1.5|Jupiter:0.3|Venus:0.3"),
        SettingSpec(settings: ["space", "spaceflight", "nasa", "esa", "astronaut", "astronauts", "cosmonaut", "cosmonauts"],
                    columns: ["role", "crew_role", "position"], tables: ["crew_assignment", "crew_member", "assignment", "crew", "mission_crew"],
                    spec: "string enum values=Commander:1|Pilot:1|Mission~Specialist:3|Flight~Engineer:2|Payload~Specialist:1"),
        SettingSpec(settings: DomainCatalogue.weddingWords.union(DomainCatalogue.occasionWords),
                    columns: ["service", "service_type", "services", "category", "vendor_type"], tables: ["vendor", "supplier", "provider"],
                    spec: "string enum values=Photography:3|Catering:3|Florist:2|DJ:1.5|Venue:2|Videography:1|Cake:1.5|Hair~and~Makeup:1.5|Transportation:0.5|Planning:1"),
        SettingSpec(settings: DomainCatalogue.weddingWords,
                    columns: ["amount", "price", "cost", "fee", "total", "deposit"], tables: ["booking", "contract", "payment", "quote"],
                    spec: "decimal number.decimal 300..12000 lognormal p2"),
        // A wedding itself (at a venue or a planner's) costs thousands, on a package named as a tier.
        SettingSpec(settings: DomainCatalogue.weddingWords,
                    columns: ["total_price", "price", "total", "total_cost", "package_price", "amount", "budget"],
                    tables: ["event", "wedding", "reception", "celebration"],
                    spec: "decimal number.decimal 6000..60000 lognormal p2"),
        SettingSpec(settings: ["wedding", "weddings", "bridal", "bride", "groom", "elopement", "venue", "venues", "banquet"],
                    columns: ["package", "package_name", "package_type", "tier"],
                    tables: ["event", "wedding", "reception", "celebration", "booking", "party"],
                    spec: "string enum values=Classic:3|Silver:3|Gold:2.5|Platinum:1.5|All-Inclusive:1.5|Elopement:0.5"),
        SettingSpec(settings: ["crypto", "cryptocurrency", "blockchain", "bitcoin", "defi", "web3"],
                    columns: ["currency", "asset", "coin", "token", "symbol"], tables: ["wallet", "deposit", "withdrawal", "balance", "holding", "transfer"],
                    spec: "string enum values=BTC:4|ETH:3|USDT:2|SOL:1.5|USDC:1.5|XRP:1|ADA:0.5|DOGE:0.5"),
        SettingSpec(settings: ["coworking", "co-working", "cowork"], columns: ["plan", "membership_type", "plan_name", "membership"],
                    spec: "string enum values=hot_desk:5|dedicated_desk:3|private_office:1.5|virtual_office:1"),
        // A vet's appointments are for animals, not a GP's lab work (a dentist's: `DentalCare`).
        SettingSpec(settings: ["vet", "vets", "veterinary", "veterinarian", "veterinarians"],
                    columns: ["reason", "appointment_type", "visit_type", "type", "service"],
                    tables: ["appointment", "visit", "booking"],
                    spec: "string enum values=Annual~Check-up:4|Vaccination:4|Dental~Cleaning:1.5|Skin~Problem:1.5|Limping:1|Vomiting:1|Neutering:1|Follow-up:2"),
        SettingSpec(settings: ["vet", "vets", "veterinary", "veterinarian", "veterinarians"],
                    columns: ["cost", "fee", "amount", "price", "total", "charge"], tables: ["visit", "appointment", "treatment"],
                    spec: "decimal number.decimal 45..600 lognormal p2"),
        SettingSpec(settings: ["dentist", "dentists", "dental", "orthodontist", "orthodontics"],
                    columns: ["cost", "fee", "amount", "price", "total", "charge"], tables: ["visit", "appointment", "treatment", "procedure"],
                    spec: "decimal number.decimal 60..1500 lognormal p2"),
        // Who wrote a message of a support conversation: the customer or the agent, not one customer's id.
        SettingSpec(settings: DomainCatalogue.supportWords, columns: ["sender", "sender_type", "sender_role", "author_type", "from", "speaker"],
                    tables: ["message", "chat_message", "conversation_message", "reply", "utterance", "turn", "transcript_line"],
                    spec: "string enum values=customer:1|agent:1"),
        SettingSpec(settings: ["grooming", "groomer", "groomers"], columns: ["service", "service_type", "services", "treatment"],
                    spec: "string enum values=Full~Groom:4|Bath~and~Brush:3|Nail~Trim:3|De-shedding:1.5|Teeth~Cleaning:1|Puppy~Trim:1"),
        SettingSpec(settings: ["salon", "salons", "barber", "barbers", "barbershop", "spa", "spas", "nail"],
                    columns: ["service", "service_type", "services", "treatment"],
                    spec: "string enum values=Haircut:5|Color:2|Blowout:2|Beard~Trim:1.5|Manicure:2|Pedicure:1.5|Facial:1|Massage:1.5"),
        // A salon's or a groomer's own table of services is named for what is done, not a server's host name.
        SettingSpec(settings: ["salon", "salons", "barber", "barbers", "barbershop", "spa", "spas", "nail"],
                    columns: ["name", "service_name", "title"], tables: ["service", "treatment", "menu_item"],
                    spec: "string enum values=Haircut:5|Color:2|Blowout:2|Beard~Trim:1.5|Manicure:2|Pedicure:1.5|Facial:1|Massage:1.5"),
        SettingSpec(settings: ["grooming", "groomer", "groomers"], columns: ["name", "service_name", "title"], tables: ["service", "package"],
                    spec: "string enum values=Full~Groom:4|Bath~and~Brush:3|Nail~Trim:3|De-shedding:1.5|Teeth~Cleaning:1|Puppy~Trim:1"),
        SettingSpec(settings: artWords,
                    columns: ["name"], tables: ["artist"], spec: "string person.full_name"),
        SettingSpec(settings: artWords,
                    columns: ["genre", "style", "movement", "school"], tables: ["artist", "painter", "artwork", "painting"],
                    spec: "string enum values=Impressionism:2|Abstract~Expressionism:1.5|Pop~Art:1.5|Cubism:1|Surrealism:1|Contemporary:4|Realism:2|Minimalism:1"),
        // A museum's or a gallery's piece was made by a person (not a band) and has a work's title; a visit costs 8–45.
        SettingSpec(settings: artWords, columns: ["artist", "artist_name", "creator", "painter", "sculptor", "made_by"],
                    tables: ["artwork", "painting", "exhibit", "piece", "work", "sculpture", "lot", "collection_item", "object"],
                    spec: "string person.full_name"),
        SettingSpec(settings: artWords, columns: ["title", "artwork_title", "work_title"],
                    tables: ["artwork", "painting", "exhibit", "piece", "sculpture", "lot", "collection_item"],
                    spec: "string media.title"),
        SettingSpec(settings: ["museum", "museums", "gallery", "galleries", "zoo", "aquarium", "exhibition", "exhibitions"],
                    columns: ["price", "ticket_price", "admission_price", "admission_fee", "amount", "fee", "price_paid"],
                    tables: ["ticket", "admission", "visit", "entry", "ticket_sale"],
                    spec: "decimal number.decimal 8..45 p2"),
        // A dealer's cars are for sale: available, reserved, sold or on their way, not in a fleet's maintenance.
        SettingSpec(settings: ["dealership", "dealerships", "dealer", "dealers", "car_dealer"],
                    columns: ["status", "inventory_status", "stock_status", "listing_status"],
                    tables: ["car", "vehicle", "inventory", "listing", "stock", "inventory_item"],
                    spec: "string enum values=available:6|reserved:1.5|sold:3|in_transit:1"),
        // A subscription box is paid for by the month or for months ahead, and each month's box has a theme.
        SettingSpec(settings: ["box", "boxes"], columns: ["plan", "plan_name", "subscription_plan", "tier"],
                    tables: ["subscriber", "subscription", "customer", "member"],
                    spec: "string enum values=Monthly:5|3-Month:2|6-Month:1.5|Annual:1.5",
                    alsoNeeds: ["subscription", "subscriptions", "subscriber", "subscribers", "monthly"]),
        SettingSpec(settings: ["box", "boxes"], columns: ["theme", "box_theme", "name", "title"], tables: ["box", "monthly_box", "edition"],
                    spec: "string enum values=" + BoxThemes.themes.map { $0.theme.replacingOccurrences(of: " ", with: "~") }.joined(separator: "|"),
                    alsoNeeds: ["subscription", "subscriptions", "subscriber", "subscribers", "monthly"]),
        // A hackathon's teams build in a track and its people come as developers, designers, …
        SettingSpec(settings: ["hackathon", "hackathons", "hackday", "game_jam", "jam"],
                    columns: ["track", "category", "theme", "challenge", "prize_track"],
                    tables: ["team", "submission", "project", "entry", "track", "challenge"],
                    spec: "string enum values=FinTech:1|HealthTech:1|Sustainability:1|AI~and~ML:1.5|Education:1|Open~Innovation:1.5|Developer~Tools:1|Social~Impact:1"),
        SettingSpec(settings: ["hackathon", "hackathons", "hackday"], columns: ["role", "position", "skill"],
                    tables: ["participant", "member", "hacker", "team_member", "attendee"],
                    spec: "string enum values=Developer:5|Designer:2|Product~Manager:1.5|Data~Scientist:1.5|Hardware~Engineer:0.5"),
        // An adverse event of a trial or a treatment is something that happened to the body, not a page view.
        SettingSpec(settings: ["adverse", "adverse_event", "adverse_events", "side_effect", "side_effects", "clinical", "trial", "trials",
                               "patient", "patients", "participant", "participants", "drug", "drugs", "vaccine", "vaccines",
                               "medication", "medications", "pharmacovigilance"],
                    columns: ["event", "event_name", "event_type", "term", "event_term", "reaction", "effect", "adverse_event",
                              "side_effect"],
                    tables: ["adverse_event", "side_effect", "adverse_reaction", "adverse_drug_reaction", "complication"],
                    spec: "string enum values=Headache:4|Nausea:3|Fatigue:3|Dizziness:2|Injection~site~pain:2|Diarrhea:1.5|Rash:1.5|"
                        + "Insomnia:1|Vomiting:1|Joint~pain:1|Fever:1|Cough:1|Elevated~liver~enzymes:0.5|Hypertension:0.5"),
        // A hailed ride goes from one street address to another in its city, not from Des Moines to El Paso.
        SettingSpec(settings: ["taxi", "taxis", "cab", "cabs", "rideshare", "ridesharing", "hailing", "ride-hailing", "ridehailing",
                               "uber", "lyft", "chauffeur", "limo", "limousine"],
                    columns: ["pickup_location", "dropoff_location", "pickup_address", "dropoff_address", "pick_up_location",
                              "drop_off_location", "start_location", "end_location", "pickup_point", "dropoff_point", "origin",
                              "destination"],
                    tables: ["ride", "trip", "journey", "fare", "booking", "job"],
                    spec: "string address.street"),
        // A food delivery's order is a meal or two, brought by bike, scooter or car (not by truck).
        SettingSpec(settings: ["food", "meal", "meals", "restaurant", "restaurants", "takeout", "takeaway"],
                    columns: ["subtotal", "order_subtotal", "food_total", "items_total"],
                    tables: ["order", "delivery", "delivery_order", "food_order"],
                    spec: "decimal number.decimal 12..120 lognormal p2",
                    alsoNeeds: ["delivery", "deliveries", "courier", "couriers", "dasher", "dashers", "takeout", "takeaway"]),
        SettingSpec(settings: ["food", "meal", "meals", "restaurant", "restaurants", "takeout", "takeaway", "grocery", "groceries"],
                    columns: ["vehicle_type", "vehicle"],
                    tables: ["courier", "driver", "rider", "dasher", "delivery_partner", "delivery_driver"],
                    spec: "string enum values=car:4|bicycle:3|e-bike:3|scooter:3|motorcycle:1",
                    alsoNeeds: ["delivery", "deliveries", "courier", "couriers", "dasher", "dashers"]),
        // A car park's spaces are standard or compact, kept for disabled drivers or for charging.
        SettingSpec(settings: ["parking", "carpark", "carparks", "car_park"], columns: ["type", "spot_type", "space_type", "category", "size"],
                    tables: ["spot", "space", "parking_spot", "parking_space", "stall"],
                    spec: "string enum values=standard:10|compact:3|accessible:1.5|ev_charging:1.5|motorcycle:0.5|oversized:0.5"),
        // A lab's or a faculty's researchers hold academic posts and work in a field of research; a grant is tens of
        // thousands to millions.
        SettingSpec(settings: researchWords, columns: ["title", "position", "role", "rank", "academic_title", "job_title", "academic_rank"],
                    // (a university's professors and faculty keep their ladder of posts and pay: `JobLadder`)
                    tables: ["researcher", "scientist", "lab_member", "investigator", "research_staff", "research_assistant"],
                    spec: "string enum values=PhD~Student:4|Postdoctoral~Researcher:3|Research~Scientist:2|Assistant~Professor:2|"
                        + "Associate~Professor:2|Professor:2|Research~Assistant:2|Lab~Manager:0.5"),
        SettingSpec(settings: researchWords, columns: ["field", "research_field", "research_area", "area", "discipline", "specialty",
                                                        "specialization", "research_interest"],
                    tables: ["researcher", "scientist", "faculty_member", "professor", "lab_member", "investigator", "academic", "grant",
                             "publication", "paper", "project", "lab", "group"],
                    spec: "string enum values=Molecular~Biology:2|Neuroscience:2|Machine~Learning:2|Materials~Science:1.5|Ecology:1.5|"
                        + "Epidemiology:1.5|Genetics:1.5|Organic~Chemistry:1|Condensed~Matter~Physics:1|Climate~Science:1|"
                        + "Cognitive~Psychology:1|Economics:1"),
        SettingSpec(settings: researchWords, columns: ["amount", "award_amount", "grant_amount", "total_amount", "funding", "budget", "value"],
                    tables: ["grant", "award", "funding", "research_grant"],
                    spec: "decimal number.decimal 25000..2500000 lognormal p2"),
        // A kindergarten's or a nursery's rooms are for young children by age, a dozen or two to a room.
        SettingSpec(settings: childcareWords, columns: ["age_group", "age_range", "ages", "age_band"],
                    tables: ["classroom", "room", "class", "group", "cohort"],
                    spec: "string enum values=Infants~(0-1):1|Toddlers~(1-2):2|Twos~(2-3):2|Preschool~(3-4):3|Pre-K~(4-5):3"),
        SettingSpec(settings: childcareWords, columns: ["capacity", "max_children", "max_capacity", "size", "places"],
                    tables: ["classroom", "room", "class", "group", "cohort"], spec: "integer number.integer 8..24"),
        // A fitness app's goals are to lose weight, gain muscle or run further, not "standard" or "premium".
        SettingSpec(settings: ["fitness", "workout", "workouts", "gym", "gyms", "exercise", "training", "running", "runners"],
                    columns: ["goal_type", "type", "goal", "category"], tables: ["goal", "fitness_goal", "target", "challenge"],
                    spec: "string enum values=weight~loss:4|muscle~gain:2|endurance:2|strength:2|flexibility:1|general~fitness:2|"
                        + "daily~steps:2|weekly~workouts:2"),
        // A builder's contractors and crews are tradespeople: their skill is a trade, not an office skill.
        SettingSpec(settings: constructionWords, columns: ["skill", "trade", "specialty", "specialization", "craft", "primary_skill"],
                    tables: ["contractor", "subcontractor", "worker", "crew", "crew_member", "tradesperson", "tradesman", "laborer",
                             "labourer", "employee", "staff", "technician"],
                    spec: "string enum values=Carpentry:2.5|Electrical:2|Plumbing:2|HVAC:1.5|Concrete:1.5|Framing:1.5|Painting:1.5|"
                        + "Masonry:1|Roofing:1|Drywall:1|Welding:1|Excavation:0.8"),
        // A climbing gym's routes are graded on the Yosemite scale, set on a wall, climbed in a style.
        SettingSpec(settings: climbingWords, columns: ["grade", "difficulty", "route_grade"], tables: ["route", "climb", "line"],
                    spec: "string enum values=5.6:1|5.7:1.5|5.8:2|5.9:2.5|5.10a:2|5.10b:2|5.10c:1.5|5.10d:1.5|5.11a:1|5.11b:1|5.11c:0.7|5.12a:0.5"),
        SettingSpec(settings: climbingWords, columns: ["grade", "difficulty", "problem_grade"], tables: ["problem", "boulder", "boulder_problem"],
                    spec: "string enum values=V0:2|V1:2.5|V2:2.5|V3:2|V4:1.5|V5:1|V6:0.7|V7:0.4|V8:0.2"),
        SettingSpec(settings: climbingWords, columns: ["wall", "area", "sector", "zone"], tables: ["route", "climb", "problem", "boulder", "line"],
                    spec: "string enum values=Main~Wall:3|The~Cave:1.5|Slab~Wall:1.5|Overhang:2|Training~Wall:1|Bouldering~Area:2"),
        SettingSpec(settings: climbingWords, columns: ["style", "ascent_style", "ascent_type", "type"], tables: ["ascent", "send", "climb_log", "tick", "log"],
                    spec: "string enum values=Redpoint:4|Flash:2|Onsight:1.5|Top~Rope:3|Repeat:1"),
        // A community garden's plots are a few square metres in sun or shade, planted with vegetables.
        SettingSpec(settings: gardenWords, columns: ["sun_exposure", "exposure", "sunlight", "light", "sun"],
                    tables: ["plot", "bed", "allotment", "garden_bed", "raised_bed"],
                    spec: "string enum values=Full~Sun:5|Partial~Shade:3|Full~Shade:1"),
        SettingSpec(settings: gardenWords, columns: ["size_sqm", "area_sqm", "size_m2", "area_m2", "square_meters", "size"],
                    tables: ["plot", "bed", "allotment", "garden_bed", "raised_bed"], spec: "integer number.integer 6..60"),
        SettingSpec(settings: gardenWords, columns: ["crop", "crop_planned", "crops", "planting", "vegetable", "main_crop"],
                    spec: "string enum values=Tomatoes:3|Lettuce:2|Carrots:2|Beans:2|Zucchini:1.5|Peppers:1.5|Kale:1|Herbs:1.5|Potatoes:1.5|"
                        + "Onions:1|Squash:1|Cucumbers:1.5"),
        // A print shop prints cards, flyers and posters on matte or glossy paper, in colour or black and white.
        SettingSpec(settings: ["print", "printing", "printer", "printers", "printshop"], columns: ["product", "product_type", "item", "print_type"],
                    tables: ["order", "job", "print_job", "quote", "order_item"],
                    spec: "string enum values=Business~Cards:3|Flyers:3|Posters:2|Banners:1|Brochures:1.5|Stickers:1.5|Postcards:1|Booklets:0.5",
                    alsoNeeds: ["shop", "shops", "copies", "proofs"]),
        SettingSpec(settings: ["print", "printing", "printer", "printers", "printshop"], columns: ["paper_type", "paper", "stock", "paper_stock"],
                    spec: "string enum values=Matte:3|Glossy:3|Recycled:1|Cardstock:2|Uncoated:1",
                    alsoNeeds: ["shop", "shops", "copies", "proofs"]),
        SettingSpec(settings: ["print", "printing", "printer", "printers", "printshop"], columns: ["color_mode", "colour_mode", "color", "colour", "ink"],
                    tables: ["order", "job", "print_job", "quote", "order_item"],
                    spec: "string enum values=Full~Color:5|Black~and~White:3|Grayscale:1",
                    alsoNeeds: ["shop", "shops", "copies", "proofs"]),
        // A marina's boats are sailboats and motor yachts; a pet's insurance costs tens a month.
        SettingSpec(settings: ["marina", "marinas", "harbor", "harbour", "boat", "boats", "yacht", "yachts"],
                    columns: ["boat_type", "type", "vessel_type", "hull_type"], tables: ["boat", "vessel", "yacht"],
                    spec: "string enum values=Sailboat:4|Motor~Yacht:2|Catamaran:1|Pontoon:1|Fishing~Boat:2|Cabin~Cruiser:1.5"),
        SettingSpec(settings: ["pet", "pets", "dog", "dogs", "cat", "cats"], columns: ["monthly_premium", "premium", "monthly_cost", "monthly_price"],
                    tables: ["policy", "plan", "insurance_policy", "coverage"], spec: "decimal number.decimal 15..90 p2",
                    alsoNeeds: ["insurance", "insurer", "policy", "policies", "premium", "premiums"]),
        // A brewery's beer is a few dollars a glass; a ski resort's lift ticket is a day on the mountain.
        SettingSpec(settings: ["brewery", "breweries", "brewpub", "taproom", "microbrewery"], columns: ["price", "price_usd", "unit_price"],
                    tables: ["beer", "brew", "tap", "menu_item", "beer_style"], spec: "decimal number.decimal 4..12 p2"),
        SettingSpec(settings: ["ski", "skiing", "skier", "skiers", "snowboard", "snowboarding"],
                    columns: ["price", "ticket_price", "amount", "price_paid"],
                    tables: ["lift_ticket", "ticket", "pass", "day_pass", "lift_pass", "ski_pass"], spec: "decimal number.decimal 60..220 p2"),
        // A wine bar pours glasses at a fifth of a bottle's price, of wines from wine regions.
        SettingSpec(settings: ["wine", "wines", "winery", "vineyard", "sommelier"], columns: ["glass_price", "price_per_glass", "by_the_glass"],
                    spec: "decimal number.decimal 8..22 p2"),
        SettingSpec(settings: ["wine", "wines", "winery", "vineyard", "sommelier"], columns: ["bottle_price", "price_per_bottle"],
                    spec: "decimal number.decimal 28..140 lognormal p2"),
        SettingSpec(settings: ["wine", "wines", "winery", "vineyard", "sommelier"], columns: ["region", "wine_region", "appellation"],
                    tables: ["wine", "bottle", "vintage", "label"],
                    spec: "string enum values=Napa~Valley:2|Sonoma:1.5|Bordeaux:2|Burgundy:1.5|Rioja:1.5|Tuscany:1.5|Barossa~Valley:1|Marlborough:1|"
                        + "Mendoza:1|Mosel:0.7|Willamette~Valley:1|Douro:0.7"),
        // A wine is made by a winery, not a person.
        SettingSpec(settings: ["wine", "wines", "winery", "vineyard", "sommelier"], columns: ["producer", "winery", "maker", "estate", "domaine"],
                    tables: ["wine", "bottle", "vintage", "label"],
                    spec: "string enum values=Chateau~Belair|Domaine~des~Collines|Stag~Hollow~Vineyards|Bodega~Santa~Lucia|Tenuta~San~Vito|Hillcrest~Estate|Two~Rivers~Winery|Weingut~Steinberg|Quinta~do~Vale|Silver~Ridge~Cellars|Clos~Saint-Martin|Cascade~Hill~Vineyards"),
        // A bowling game scores up to 300, with at most twelve strikes.
        SettingSpec(settings: ["bowling"], columns: ["score", "total_score", "final_score"], tables: ["game", "frame_score", "match", "line"],
                    spec: "integer number.integer 60..260 normal"),
        SettingSpec(settings: ["bowling"], columns: ["strikes", "strike_count", "spares", "spare_count"], spec: "integer number.integer 0..12"),
        // A diver's certification is a training level; the sea is seen 5–40 m through.
        SettingSpec(settings: ["dive", "diving", "diver", "divers", "scuba", "snorkel"],
                    columns: ["certification_level", "certification", "cert_level", "level"], tables: ["diver", "member", "customer", "student"],
                    spec: "string enum values=Open~Water:5|Advanced~Open~Water:3|Rescue~Diver:1.5|Divemaster:0.7|Instructor:0.3"),
        SettingSpec(settings: ["dive", "diving", "diver", "divers", "scuba", "snorkel"], columns: ["visibility_m", "visibility"],
                    spec: "decimal number.decimal 3..40 p1"),
        // A hive holds 8–20 frames, gives a few kilos at an inspection, and carries a few mites in a hundred bees.
        SettingSpec(settings: ["beekeeping", "beekeeper", "beekeepers", "hive", "hives", "apiary", "apiaries", "bees"],
                    columns: ["frames", "frame_count", "brood_frames"], spec: "integer number.integer 4..20"),
        SettingSpec(settings: ["beekeeping", "beekeeper", "beekeepers", "hive", "hives", "apiary", "apiaries", "bees"],
                    columns: ["honey_kg", "honey_harvested_kg", "yield_kg"], tables: ["inspection", "harvest", "check", "visit"],
                    spec: "decimal number.decimal 0..30 p1"),
        SettingSpec(settings: ["beekeeping", "beekeeper", "beekeepers", "hive", "hives", "apiary", "apiaries", "bees"],
                    columns: ["mites_per_100", "mite_count", "varroa_count", "mites"], spec: "decimal number.decimal 0..12 p1"),
        SettingSpec(settings: ["beekeeping", "beekeeper", "beekeepers", "hive", "hives", "apiary", "apiaries", "bees"],
                    columns: ["queen_year", "queen_born", "queen_age_year"], spec: "integer number.integer 2021..2026"),
        // A home move fills 10–90 m³ of a 20–100 m³ truck and costs hundreds to thousands.
        SettingSpec(settings: ["moving", "movers", "removals", "removal", "relocation", "relocations"],
                    columns: ["volume_cubic_m", "volume_m3", "cubic_meters", "volume"], tables: ["job", "move", "booking", "quote", "order"],
                    spec: "decimal number.decimal 10..90 p1"),
        SettingSpec(settings: ["moving", "movers", "removals", "removal", "relocation", "relocations"],
                    columns: ["capacity_cubic_m", "capacity_m3", "cubic_capacity"], spec: "decimal number.decimal 20..100 p1"),
        SettingSpec(settings: ["moving", "movers", "removals", "removal", "relocation", "relocations"],
                    columns: ["quote", "quoted_price", "final_price", "price", "total"], tables: ["job", "move", "booking", "quote", "order"],
                    spec: "decimal number.decimal 400..9000 lognormal p2"),
        // A coding school's courses teach programming, run for weeks and cost thousands.
        SettingSpec(settings: ["bootcamp", "bootcamps", "coding", "programming"],
                    columns: ["title", "name", "course_name", "course_title"], tables: ["course", "module", "track", "class", "program"],
                    spec: "string enum values=Intro~to~Python:3|JavaScript~Fundamentals:3|Full-Stack~Web~Development:3|React~and~Modern~Front-End:2|"
                        + "Data~Structures~and~Algorithms:2|SQL~and~Databases:2|Node.js~Back-End~Development:2|Git~and~GitHub~Workflow:1|"
                        + "Machine~Learning~with~Python:1.5|DevOps~and~Cloud~Basics:1.5|Mobile~Apps~with~React~Native:1|Testing~and~Debugging:1|"
                        + "Cybersecurity~Fundamentals:1|Data~Analysis~with~Pandas:1.5|APIs~and~Microservices:1|UX~for~Developers:0.5"),
        SettingSpec(settings: ["bootcamp", "bootcamps", "coding", "programming"],
                    columns: ["weeks", "duration_weeks", "length_weeks"], tables: ["course", "module", "track", "program", "cohort"],
                    spec: "integer enum values=4:1|8:2|12:4|16:2|24:1"),
        SettingSpec(settings: ["bootcamp", "bootcamps"],
                    columns: ["price", "tuition", "fee", "cost"], tables: ["course", "program", "track", "cohort"],
                    spec: "decimal number.decimal 1500..18000 lognormal p2"),
        SettingSpec(settings: ["mobile"], columns: ["platform", "os", "device_os", "operating_system"], spec: "string enum values=iOS:5|Android:5"),
        SettingSpec(settings: ["game", "games", "gaming", "gamers"],
                    columns: ["item", "item_name", "product", "product_name", "sku_name", "offer"], tables: ["purchase", "transaction", "order", "sale", "iap", "in_app_purchase"],
                    spec: "string enum values=Gem~Pack:3|Coin~Bundle:3|Starter~Pack:2|Extra~Lives:2|Season~Pass:1|Character~Skin:2|Energy~Refill:2|Ad~Removal:1",
                    alsoNeeds: videoGameWords),
        SettingSpec(settings: ["game", "games", "gaming", "gamers"],
                    columns: ["price", "price_usd", "amount", "amount_usd", "revenue", "revenue_usd"], tables: ["purchase", "iap", "in_app_purchase"],
                    spec: "decimal enum values=0.99:5|1.99:4|4.99:4|9.99:3|19.99:1.5|49.99:0.5|99.99:0.2", alsoNeeds: videoGameWords),
        // What a repair job says is wrong, in the words of the trade that fixes it.
        SettingSpec(settings: ["bike", "bikes", "bicycle", "bicycles", "cycle", "cycles", "cycling", "ebike", "ebikes"],
                    columns: repairIssueColumns, tables: repairTables,
                    spec: "string enum values=Flat~tyre:4|Gears~skipping:3|Brakes~rubbing:3|Worn~chain:2|Buckled~wheel:2|Squealing~brakes:1.5|"
                        + "Broken~spoke:1|Creaking~bottom~bracket:1|Loose~headset:1|Annual~service:3"),
        SettingSpec(settings: ["garage", "mechanic", "mechanics", "auto", "car", "cars", "automotive", "vehicle", "vehicles"],
                    columns: repairIssueColumns, tables: repairTables,
                    spec: "string enum values=Check~engine~light~on:3|Worn~brake~pads:3|Flat~battery:2|Oil~change~due:4|Grinding~noise~when~braking:1.5|"
                        + "Air~conditioning~not~cooling:1.5|Puncture:2|Timing~belt~replacement:1|Coolant~leak:1|Annual~inspection:3"),
        SettingSpec(settings: ["phone", "phones", "smartphone", "smartphones", "laptop", "laptops", "computer", "computers", "tablet",
                               "tablets", "electronics"],
                    columns: repairIssueColumns, tables: repairTables,
                    spec: "string enum values=Cracked~screen:5|Battery~drains~quickly:3|Will~not~charge:2|Water~damage:1.5|Will~not~turn~on:1.5|"
                        + "Broken~charging~port:1.5|Sticky~keyboard~keys:1|Overheating:1|Speaker~not~working:1"),
        // A laundromat's machines wash and dry: their type, their load, their programs and what a cycle costs.
        SettingSpec(settings: laundryWords, columns: ["type", "machine_type", "kind"], tables: ["machine", "appliance", "unit"],
                    spec: "string enum values=Washer:5|Dryer:4|Large~Washer:1"),
        SettingSpec(settings: laundryWords, columns: ["capacity_kg", "capacity", "load_kg", "max_load_kg"], tables: ["machine", "washer", "dryer", "appliance"],
                    spec: "integer number.integer 7..25"),
        SettingSpec(settings: laundryWords, columns: ["program", "programme", "cycle_type", "wash_program", "setting", "mode"],
                    tables: laundryCycleTables,
                    spec: "string enum values=Normal:5|Quick~Wash:3|Delicates:2|Heavy~Duty:2|Bedding:1|Whites:2|Cold~Wash:2"),
        SettingSpec(settings: laundryWords, columns: ["price", "amount", "cost", "fee", "charge"], tables: laundryCycleTables,
                    spec: "decimal number.decimal 2.5..9 p2"),
        // An escape room costs 20–45 a player, and a team that gets out does so in 30–60 minutes.
        SettingSpec(settings: ["escape"], columns: ["price_per_person", "price_per_player", "price", "cost_per_person"],
                    tables: ["room", "game", "escape_room", "experience"], spec: "decimal number.decimal 20..45 p2"),
        SettingSpec(settings: ["escape"], columns: ["escape_time_minutes", "escape_time", "time_taken_minutes", "completion_minutes",
                                                     "minutes_taken"],
                    spec: "integer number.integer 30..60"),
        // An escape room's theme is its story.
        SettingSpec(settings: ["escape"], columns: ["theme", "story", "scenario", "setting"], tables: ["room", "game", "escape_room", "experience"],
                    spec: "string enum values=Haunted~Manor:2|Prison~Break:2|Pirate's~Treasure:1.5|Space~Station:1|Bank~Heist:1.5|Egyptian~Tomb:1|Zombie~Lab:1|Wizard's~Study:1"),
        // A tattoo studio's artists are people; a tattoo has a style, a place on the body and a size.
        SettingSpec(settings: tattooWords, columns: ["name", "artist_name"], tables: ["artist"], spec: "string person.full_name"),
        SettingSpec(settings: tattooWords, columns: ["style", "specialty", "tattoo_style"], tables: ["artist", "appointment", "tattoo", "booking", "session", "design"],
                    spec: "string enum values=Traditional:3|Neo-traditional:2|Realism:2|Blackwork:2|Fine~Line:3|Japanese:1.5|Watercolor:1|Geometric:1.5"),
        SettingSpec(settings: tattooWords, columns: ["placement", "body_part", "location_on_body", "body_location"],
                    spec: "string enum values=forearm:4|upper~arm:3|shoulder:2|back:2|ankle:1.5|wrist:2|ribs:1|calf:2|chest:1.5|thigh:1.5"),
        SettingSpec(settings: tattooWords, columns: ["size_cm"], spec: "decimal number.decimal 2..40 p1"),
        SettingSpec(settings: tattooWords, columns: ["design", "design_name", "motif"],
                    spec: "string enum values=Rose:3|Koi~Fish:1.5|Compass:1.5|Script~Lettering:3|Swallow:1|Dagger~and~Rose:1|Mandala:1.5|Portrait:1|Wolf:1|Butterfly:2|Anchor:1|Mountain~Range:1"),
        // An ice-cream shop's flavours, their base and cones, and a scoop's price.
        SettingSpec(settings: iceCreamWords, columns: ["name", "flavor", "flavour", "flavor_name", "flavour_name"], tables: ["flavor", "flavour", "ice_cream", "product"],
                    spec: "string enum values=Vanilla~Bean:3|Chocolate~Fudge:3|Strawberry:2|Salted~Caramel:2.5|Mint~Chocolate~Chip:2|Cookies~and~Cream:2.5|Pistachio:1.5|Rocky~Road:1.5|Mango~Sorbet:1|Coffee:1|Lemon~Sorbet:1|Butter~Pecan:1"),
        SettingSpec(settings: iceCreamWords, columns: ["base", "base_type"], spec: "string enum values=dairy:6|gelato:2|sorbet:2|oat~milk:1|coconut:1"),
        SettingSpec(settings: iceCreamWords, columns: ["cone_type", "cone", "serving", "container"],
                    spec: "string enum values=cup:4|waffle~cone:3|sugar~cone:2|cake~cone:1"),
        SettingSpec(settings: iceCreamWords, columns: ["price_per_scoop", "scoop_price", "price"], tables: ["flavor", "flavour", "ice_cream", "product"],
                    spec: "decimal number.decimal 2.5..5.5 p2"),
        SettingSpec(settings: iceCreamWords, columns: ["scoops", "scoop_count", "num_scoops"], spec: "integer number.integer 1..4"),
        // A car park charges tens of dollars a day, a few an hour.
        SettingSpec(settings: ["parking", "carpark", "car-park", "garage", "valet"], columns: ["daily_rate", "rate_per_day", "price_per_day", "day_rate"],
                    tables: ["lot", "car_park", "parking_lot", "garage", "zone", "facility", "space", "spot"], spec: "decimal number.decimal 8..45 p2"),
        SettingSpec(settings: ["parking", "carpark", "car-park", "garage", "valet"], columns: ["hourly_rate", "rate_per_hour", "price_per_hour"],
                    tables: ["lot", "car_park", "parking_lot", "garage", "zone", "facility", "space", "spot", "meter"], spec: "decimal number.decimal 1.5..8 p2"),
        // A photographer's shoot: its kind and what it costs.
        SettingSpec(settings: ["photography", "photographer", "photographers", "photo", "shoot", "shoots"],
                    columns: ["shoot_type", "session_type", "type", "package"], tables: ["shoot", "photoshoot", "session", "booking"],
                    spec: "string enum values=wedding:3|portrait:4|family:3|headshot:2|product:2|event:2|newborn:1"),
        SettingSpec(settings: ["photography", "photographer", "photographers", "photo", "shoot", "shoots"],
                    columns: ["price", "fee", "total", "total_price", "amount"], tables: ["shoot", "photoshoot", "session", "booking"],
                    spec: "decimal number.decimal 150..3500 lognormal p2"),
        // A theatre's productions are plays and musicals: titled like works, of a stage genre, cast in characters.
        SettingSpec(settings: theaterWords, columns: ["title", "name", "production_name", "show_name", "play_title"],
                    tables: ["production", "show", "play", "musical", "staging"], spec: "string media.title"),
        SettingSpec(settings: theaterWords, columns: ["genre", "category", "type", "production_type", "show_type"],
                    tables: ["production", "show", "play", "musical", "staging"],
                    spec: "string enum values=Drama:4|Comedy:4|Musical:3|Tragedy:1|Farce:1|Mystery:1|Family:1"),
        SettingSpec(settings: theaterWords, columns: ["role", "role_name", "character", "character_name", "part"],
                    tables: ["cast_member", "cast", "casting", "actor", "performer", "role", "audition", "cast_role"],
                    // (Roles any actor may play: the row's actor is drawn apart from the part.)
                    spec: "string enum values=The~Narrator|Ensemble:3|Chorus:2|Understudy:1.5|The~Mayor|The~Innkeeper|The~Stranger|The~Doctor|"
                        + "The~Detective|The~Messenger|The~Soldier|The~Teacher|The~Judge|The~Neighbour|The~Captain|The~Servant|The~Ghost|"
                        + "The~Traveller|The~Lawyer|The~Sheriff"),
        // A brewery brews hundreds to thousands of litres a batch; a podcast reads its ads before, during or after the show.
        SettingSpec(settings: ["brewery", "breweries", "brewpub", "brewing", "taproom", "microbrewery"],
                    columns: ["volume_liters", "volume_litres", "volume_l", "batch_size_liters", "batch_volume_liters", "volume", "liters", "litres"],
                    tables: ["batch", "brew", "brew_batch", "production_run", "brew_log", "fermentation"], spec: "decimal number.decimal 200..3000 p0"),
        SettingSpec(settings: ["podcast", "podcasts", "podcasting"], columns: ["placement", "ad_placement", "position", "slot", "ad_slot", "ad_position"],
                    tables: ["ad_read", "ad", "ad_spot", "sponsorship", "spot", "ad_placement", "read", "advert", "insertion"],
                    spec: "string enum values=Pre-roll:3|Mid-roll:5|Post-roll:2"),
        // A restaurant's staff work in its kitchen, its dining room or its bar (whose titles `JobLadder` knows), not in Pet Supplies.
        SettingSpec(settings: ["restaurant", "restaurants", "cafe", "bistro", "diner", "pizzeria", "eatery", "brasserie", "trattoria"],
                    columns: ["department", "team", "section", "area"], tables: ["staff", "employee", "worker", "staff_member", "team_member"],
                    spec: "string enum values=Kitchen:4|Dining~Room:5|Bar:2"),
        // An organisation's own IT desk's tickets are about hardware, software, the network and access, not billing.
        SettingSpec(settings: ["helpdesk", "servicedesk", "help-desk", "itsm"], columns: ["category", "ticket_type", "issue_type", "request_type"],
                    tables: ["ticket", "incident", "request", "issue", "service_request", "support_ticket"],
                    spec: "string enum values=hardware:3|software:3|network:2|access:2|email:1.5|printing:1|security:0.5",
                    alsoNeeds: ["it", "employee", "employees", "staff", "colleague", "colleagues"]),
        // A company's IT assets are laptops, monitors and phones, not thermostats.
        SettingSpec(settings: ["asset", "assets", "hardware"], columns: ["device_type", "type", "asset_type", "category", "kind", "equipment_type"],
                    tables: assetTables,
                    spec: "string enum values=laptop:5|monitor:3|desktop:2|phone:2|tablet:1|docking_station:1|printer:0.5|keyboard:0.5|mouse:0.5|webcam:0.5",
                    alsoNeeds: officeWords),
        SettingSpec(settings: ["asset", "assets", "hardware"], columns: ["brand", "manufacturer", "make", "vendor"],
                    tables: assetTables,
                    spec: "string enum values=Dell:4|Lenovo:3|HP:3|Apple:3|Microsoft:1|Samsung:1|Logitech:1",
                    alsoNeeds: officeWords),
        // (The engine then takes the maker and the type from the model: `OfficeHardware`.)
        SettingSpec(settings: ["asset", "assets", "hardware"], columns: ["model", "model_name", "device_model"],
                    tables: assetTables,
                    spec: "string enum values=" + OfficeHardware.models.map { $0.model.replacingOccurrences(of: " ", with: "~") }.joined(separator: "|"),
                    alsoNeeds: officeWords),
        // A physical therapist's specialty is a kind of rehabilitation, not a doctor's.
        SettingSpec(settings: ["physiotherapy", "physio", "physiotherapist", "physiotherapists", "rehab", "rehabilitation"],
                    columns: ["specialty", "speciality", "focus_area"], tables: therapistTables, spec: physicalTherapySpecialties),
        SettingSpec(settings: ["physical"], columns: ["specialty", "speciality", "focus_area"], tables: therapistTables,
                    spec: physicalTherapySpecialties, alsoNeeds: ["therapy", "therapist", "therapists"]),
        // A youth league's teams and players play in age groups.
        SettingSpec(settings: LifeStage.youthWords, columns: ["age_group", "age_bracket", "age_band", "division", "age_division"],
                    tables: ["team", "player", "division", "league", "roster", "squad", "registration", "camper", "swimmer", "athlete"],
                    spec: "string enum values=U8|U10|U12|U14|U16|U18"),
        // What a fishing trip catches, and what a day's charter costs.
        SettingSpec(settings: fishingWords, columns: ["species", "species_caught", "fish", "fish_species", "target_species", "catch_species",
                                                      "fish_type", "catch_type", "top_species"],
                    spec: "string enum values=Red~Snapper:3|Grouper:2|Mahi-mahi:2|Redfish:2|Striped~Bass:2|King~Mackerel:1.5|Yellowfin~Tuna:1|"
                        + "Cobia:1|Flounder:1.5|Tarpon:0.5|Speckled~Trout:1.5|Amberjack:1"),
        SettingSpec(settings: fishingWords, columns: ["price", "total_price", "fee", "charter_price", "cost", "amount"],
                    tables: ["charter", "trip", "booking", "fishing_trip", "reservation", "tour"], spec: "decimal number.decimal 300..2500 lognormal p2"),
        // What a volunteer does on a shift: the tasks of food banks, shelters, events and clean-ups alike.
        SettingSpec(settings: ["volunteer", "volunteers", "volunteering"], columns: ["role", "role_name", "task", "duty", "position", "assignment"],
                    tables: ["shift", "signup", "sign_up", "assignment", "volunteer", "slot", "opportunity", "volunteer_shift", "role"],
                    spec: "string enum values=Greeter:2|Driver:1.5|Setup~Crew:2|Registration~Desk:2|Sorter:2|Packer:2|Kitchen~Helper:1.5|"
                        + "Cleanup~Crew:1.5|Event~Support:1.5|Team~Lead:0.5"),
        // An airline's pilots rank as captains and first officers with thousands of hours flown; a flight's crew is
        // its pilots (or, where the prompt has no pilots, its cabin crew too).
        SettingSpec(settings: aviationWords, columns: ["rank", "pilot_rank", "seniority", "position", "title"], tables: ["pilot"],
                    spec: "string enum values=Captain:4|First~Officer:5|Second~Officer:1"),
        SettingSpec(settings: aviationWords, columns: ["flight_hours", "total_flight_hours", "hours_flown", "total_hours", "logged_hours"],
                    tables: ["pilot", "aviator", "instructor"], spec: "integer number.integer 1500..25000 lognormal"),
        SettingSpec(settings: aviationWords, columns: ["role", "crew_role", "position", "duty"], tables: crewTables,
                    spec: "string enum values=Captain:1|First~Officer:1|Second~Officer:0.15", alsoNeeds: ["pilot", "pilots"]),
        SettingSpec(settings: aviationWords, columns: ["role", "crew_role", "position", "duty"], tables: crewTables,
                    spec: "string enum values=Captain:1|First~Officer:1|Purser:1|Flight~Attendant:4"),
        // A phone carrier's subscribers are on its tariffs and use hundreds of megabytes a day.
        SettingSpec(settings: telecomWords, columns: ["plan", "plan_name", "tariff", "plan_type", "rate_plan"],
                    tables: ["subscriber", "customer", "line", "account", "subscription", "contract", "sim"],
                    spec: "string enum values=Unlimited:3|Unlimited~Plus:2|Prepaid~5GB:2|Prepaid~15GB:1.5|Family~Share:1.5|"
                        + "Basic~Talk~and~Text:1|Business~Unlimited:1"),
        SettingSpec(settings: telecomWords, columns: ["megabytes", "mb_used", "data_mb", "mb", "usage_mb", "data_used_mb"],
                    tables: ["data_usage", "usage", "data_session", "usage_record", "daily_usage"],
                    spec: "integer number.integer 20..3000 lognormal"),
        // A CI system's builds run on git branches and its test results name the suite's tests (not "Branch D", not
        // a blood panel's ALT and creatinine).
        SettingSpec(settings: codeWords, columns: ["branch", "branch_name", "git_branch", "ref", "source_branch", "head_branch"],
                    tables: ["build", "commit", "deployment", "deploy", "pipeline", "pipeline_run", "run", "workflow_run", "job",
                             "pull_request", "merge_request", "release", "push", "ci_run", "build_run"],
                    spec: "string enum values=main:8|develop:3|feature/checkout-redesign:1|feature/dark-mode:1|feature/search-filters:1|"
                        + "fix/login-timeout:1|fix/null-price:1|release/2.4:1|release/2.5:0.8|chore/update-dependencies:1|"
                        + "hotfix/payment-rounding:0.5|refactor/api-client:0.7|docs/readme:0.4"),
        SettingSpec(settings: codeWords, columns: ["test_name", "test", "name", "test_case", "case_name", "test_id"],
                    tables: ["test_result", "test_run", "test_case", "test", "test_execution", "test_outcome", "result"],
                    spec: "string enum values=test_checkout_applies_discount_code|test_checkout_rejects_expired_card|test_checkout_calculates_sales_tax|test_login_rejects_wrong_password|test_login_locks_after_five_attempts|test_login_refreshes_expired_token|test_cart_merges_duplicate_items|test_cart_clears_after_order|test_search_paginates_results|test_search_ranks_exact_matches_first|test_search_handles_empty_query|test_parser_reads_iso_dates|test_parser_rejects_malformed_json|test_parser_keeps_unicode|test_api_client_retries_on_timeout|test_api_client_returns_404_for_missing_item|test_api_client_sends_auth_header|test_invoice_numbers_are_sequential|test_invoice_sums_line_items|test_invoice_applies_late_fee|test_notifications_send_welcome_email|test_notifications_respect_quiet_hours|test_scheduler_skips_paused_jobs|test_scheduler_retries_failed_job|test_scheduler_handles_dst_change|test_user_service_validates_email|test_user_service_hashes_password|test_user_service_deletes_user_data|test_export_writes_csv_header|test_cache_expires_after_ttl"),
        // A coffee roaster's green coffee: its origin, variety and process, roasted to a level, losing 12–20 % of its
        // weight in a 5–60 kg batch.
        SettingSpec(settings: coffeeWords, columns: ["origin", "origin_country", "country", "country_of_origin", "source_country"],
                    tables: coffeeLotTables,
                    spec: "string enum values=Ethiopia:3|Colombia:3|Brazil:3|Kenya:2|Guatemala:2|Costa~Rica:1.5|Honduras:1.5|Peru:1.5|"
                        + "Rwanda:1|Indonesia:1.5|Panama:0.5"),
        SettingSpec(settings: coffeeWords, columns: ["variety", "varietal", "cultivar"], tables: coffeeLotTables,
                    spec: "string enum values=Bourbon:3|Typica:2.5|Caturra:2.5|Catuai:2|SL28:1|Gesha:0.7|Pacamara:0.7|Heirloom:2|Castillo:1.5"),
        SettingSpec(settings: coffeeWords, columns: ["process", "processing", "process_method", "processing_method"], tables: coffeeLotTables,
                    spec: "string enum values=Washed:5|Natural:3|Honey:1.5|Anaerobic:0.5|Wet-hulled:0.7"),
        SettingSpec(settings: coffeeWords, columns: ["roast_level", "roast", "roast_profile", "roast_degree"],
                    spec: "string enum values=Light:3|Medium-Light:2|Medium:4|Medium-Dark:2|Dark:1.5"),
        SettingSpec(settings: coffeeWords, columns: ["loss_pct", "weight_loss_pct", "loss_percent", "moisture_loss_pct", "shrinkage_pct"],
                    tables: ["roast", "batch", "roast_batch", "roasting"], spec: "decimal number.decimal 12..20 p1"),
        SettingSpec(settings: coffeeWords, columns: ["batch_kg", "batch_size_kg", "green_kg", "kg", "weight_kg", "input_kg"],
                    tables: ["roast", "batch", "roast_batch", "roasting"], spec: "decimal number.decimal 5..60 p1"),
        SettingSpec(settings: coffeeWords, columns: ["kg", "weight_kg", "quantity_kg", "total_kg", "lot_size_kg"], tables: coffeeLotTables,
                    spec: "decimal number.decimal 300..20000 lognormal p0"),
        // A newspaper's sections and its reporters' beats (a section was "History of Philosophy", a beat "Beat D").
        SettingSpec(settings: newsWords, columns: ["section", "desk", "category", "section_name"],
                    tables: ["article", "story", "news_article", "post", "piece", "edition", "reporter", "journalist", "editor"],
                    spec: "string enum values=News:4|Local:3|Politics:2.5|Business:2.5|Sports:3|Opinion:2|Arts~and~Culture:1.5|Health:1.5|"
                        + "Technology:1.5|World:2|Science:1"),
        SettingSpec(settings: newsWords, columns: ["beat", "coverage_area", "specialty", "focus"],
                    tables: ["reporter", "journalist", "writer", "correspondent", "staff", "editor"],
                    spec: "string enum values=City~Hall:2|Courts:1.5|Education:2|State~Politics:2|Business:2|Health:1.5|Crime:1.5|"
                        + "Environment:1|Transportation:1|Sports:2|Technology:1"),
        // What residents report to a city's 311 line: potholes and missed pickups, not a landlord's plumbing.
        SettingSpec(settings: civicWords, columns: ["category", "request_type", "type", "issue_type", "complaint_type", "service_type"],
                    tables: ["request", "service_request", "complaint", "report", "ticket", "case", "issue"],
                    spec: "string enum values=Pothole:3|Streetlight~Out:2|Missed~Trash~Pickup:2.5|Graffiti:1.5|Noise~Complaint:2|"
                        + "Abandoned~Vehicle:1|Illegal~Dumping:1.5|Water~Leak:1|Fallen~Tree:1|Sidewalk~Repair:1"),
        // A removal firm's jobs are moves booked and done, not job postings (filled, on_hold).
        SettingSpec(settings: ["moving", "movers", "mover", "removals", "removal", "relocation", "relocations"], columns: ["status", "job_status"],
                    tables: ["job", "move", "booking", "moving_job", "relocation"],
                    spec: "string enum values=scheduled:3|in_progress:1|completed:5|cancelled:1"),
        // A haulier's trucks carry 8–26 t, its loads weigh half a tonne to a full trailer, its drivers hold commercial licences.
        SettingSpec(settings: truckingWords, columns: ["capacity_tons", "capacity_t", "max_load_tons", "payload_tons", "tonnage", "capacity_tonnes"],
                    tables: ["truck", "vehicle", "lorry", "trailer", "rig", "fleet"], spec: "integer number.integer 8..26"),
        SettingSpec(settings: truckingWords, columns: ["weight_kg", "weight", "load_kg", "cargo_weight_kg", "gross_weight_kg", "load_weight_kg"],
                    tables: ["shipment", "load", "haul", "consignment", "freight", "trip", "delivery", "job"],
                    spec: "decimal number.decimal 500..24000 lognormal p0"),
        SettingSpec(settings: truckingWords, columns: ["weight_lbs", "weight_lb", "load_lbs", "cargo_weight_lbs", "gross_weight_lbs"],
                    tables: ["shipment", "load", "haul", "consignment", "freight", "trip", "delivery", "job"],
                    spec: "decimal number.decimal 1100..53000 lognormal p0"),
        SettingSpec(settings: truckingWords, columns: ["license_class", "licence_class", "cdl_class", "license_type", "licence_type"],
                    tables: ["driver", "employee", "operator"], spec: "string enum values=Class~A~CDL:6|Class~B~CDL:3|Class~C~CDL:1"),
        // A volunteer organisation's events are the days its volunteers work, not conferences.
        SettingSpec(settings: ["volunteer", "volunteers", "volunteering"], columns: ["name", "title", "event_name"],
                    tables: ["event", "opportunity", "volunteer_event", "activity"],
                    spec: "string enum values=Riverside~Park~Cleanup:2|Food~Bank~Sorting~Day:2|Charity~5K~Run:1.5|Holiday~Toy~Drive:1.5|"
                        + "Community~Garden~Planting:1.5|Beach~Cleanup:1.5|Soup~Kitchen~Lunch~Service:2|Habitat~Build~Day:1|"
                        + "Senior~Center~Visit:1|Back-to-School~Supply~Drive:1|Animal~Shelter~Open~House:1|Blood~Drive:1|"
                        + "Tree~Planting~Day:1|Winter~Coat~Drive:1|Meal~Delivery~Route:1"),
        // A charity's gifts come in through its appeals and funds, not a shop's marketing campaigns.
        SettingSpec(settings: ["volunteer", "volunteers", "volunteering", "nonprofit", "nonprofits", "non-profit", "charity", "charities",
                               "ngo", "fundraising", "philanthropy", "foundation"],
                    columns: ["campaign", "campaign_name", "appeal", "fund", "designation", "source_campaign"],
                    tables: ["donation", "gift", "pledge", "contribution", "donor"],
                    spec: "string enum values=Annual~Fund:3|Monthly~Giving:2|Capital~Campaign:1|Emergency~Relief~Fund:1.5|"
                        + "Scholarship~Fund:1|Gala~Dinner:1|Matching~Gift~Drive:1|Clean~Water~Appeal:1|Food~for~Families~Appeal:1.5|"
                        + "Education~Fund:1"),
        // A smart home's or an office's sensors read indoor air: 17–27 °C at 30–65 % humidity, not 2.7 °C.
        SettingSpec(settings: indoorWords, columns: ["temperature", "temperature_c", "temp", "temp_c", "indoor_temperature", "room_temperature",
                                                     "temperature_celsius"],
                    tables: sensorReadingTables, spec: "decimal number.decimal 17..27 normal p1", alsoNeeds: roomWords),
        SettingSpec(settings: indoorWords, columns: ["humidity", "humidity_pct", "humidity_percent", "relative_humidity", "rh"],
                    tables: sensorReadingTables, spec: "decimal number.decimal 30..65 normal p1", alsoNeeds: roomWords),
        // A gym's memberships are monthly, annual, off-peak, not a software plan.
        SettingSpec(settings: ["gym", "gyms", "fitness", "crossfit", "health_club"],
                    columns: ["membership_plan", "membership_type", "plan", "membership", "plan_type", "tier", "membership_tier"],
                    tables: ["member", "membership", "subscription", "customer", "client"],
                    spec: "string enum values=Monthly:5|Annual:3|Off-Peak:2|Student:1.5|Family:1|Day~Pass:0.5"),
        // A restaurant's floor: who served the table, what one order line asks of the kitchen, how many of a dish.
        SettingSpec(settings: restaurantWords, columns: ["server", "server_name", "waiter", "waiter_name", "waitress", "bartender",
                                                         "bartender_name"],
                    spec: "string person.full_name"),
        SettingSpec(settings: restaurantWords, columns: ["quantity", "qty"], tables: ["order_item", "order_line", "line_item", "ticket_item"],
                    spec: "integer enum values=1:8|2:4|3:1.5|4:1"),
        SettingSpec(settings: restaurantWords, columns: ["notes", "note", "special_instructions", "instructions", "special_request",
                                                         "request", "modifications", "comment"],
                    tables: ["order_item", "order_line", "line_item", "ticket_item"],
                    // (Notes any dish or drink may carry: no "medium rare" on a glass of wine.)
                    spec: "string enum values=Nut~allergy:2|Gluten~allergy:1|Dairy-free:1|Serve~first:1|Rush:1|To~share:1.5|Separate~check:1 null=0.7"),
        SettingSpec(settings: restaurantWords, columns: ["total", "total_amount", "amount", "bill_total", "check_total", "order_total"],
                    tables: ["order", "check", "bill", "tab", "ticket"], spec: "decimal number.decimal 12..400 lognormal p2"),
        // A café's counter: its drinks, cup sizes, a few dollars a drink, paid by card, cash or phone; a barista's wage.
        // A library's fine for a late book is coins to a few tens, not a parking ticket's.
        SettingSpec(settings: ["library", "libraries", "librarian", "librarians"], columns: ["amount", "fine_amount", "fee", "amount_due", "fine"],
                    tables: ["fine", "penalty", "late_fee", "overdue_fine", "library_fine"], spec: "decimal number.decimal 0.25..25 lognormal p2"),
        // A café's loyalty rewards are what it serves.
        SettingSpec(settings: cafeWords, columns: ["name", "reward", "reward_name", "title"], tables: ["reward", "perk"],
                    spec: "string enum values=Free~Drink:4|Free~Pastry:2|Size~Upgrade:2|Extra~Shot:1.5|Free~Bag~of~Beans:1|Birthday~Treat:1|$5~Off:1.5"),
        SettingSpec(settings: cafeWords, columns: ["drink", "drink_name", "beverage", "beverage_name", "drink_type", "coffee", "coffee_type"],
                    tables: cafeSaleTables.union(["product", "beverage", "menu"]),
                    spec: "string enum values=Latte:5|Cappuccino:4|Americano:4|Flat~White:3|Espresso:2|Mocha:2|Cold~Brew:3|Iced~Latte:3|"
                        + "Chai~Latte:2|Macchiato:1.5|Drip~Coffee:3|Hot~Chocolate:1.5|Matcha~Latte:1", alsoNeeds: cafeSettingWords),
        SettingSpec(settings: cafeWords, columns: ["size", "cup_size", "drink_size"], tables: cafeSaleTables,
                    spec: "string enum values=Small:3|Medium:4|Large:3", alsoNeeds: cafeSettingWords),
        SettingSpec(settings: cafeWords, columns: ["price", "unit_price", "item_price", "drink_price"], tables: cafeSaleTables,
                    spec: "decimal number.decimal 2.5..7.5 p2", alsoNeeds: cafeSettingWords),
        SettingSpec(settings: cafeWords, columns: ["total", "amount", "total_amount", "order_total"], tables: cafeSaleTables,
                    spec: "decimal number.decimal 3..35 lognormal p2", alsoNeeds: cafeSettingWords),
        SettingSpec(settings: cafeWords, columns: ["payment_method", "payment_type", "paid_with", "tender"], tables: cafeSaleTables,
                    spec: "string enum values=credit_card:4|debit_card:3|cash:2|mobile_wallet:3|gift_card:1", alsoNeeds: cafeSettingWords),
        SettingSpec(settings: cafeWords, columns: ["hourly_wage", "hourly_rate", "wage", "pay_rate", "hourly_pay"],
                    tables: ["barista", "employee", "staff", "staff_member", "worker", "crew_member"],
                    spec: "decimal number.decimal 14..24 p2", alsoNeeds: cafeSettingWords),
        // A shared bike's or scooter's ride: across town, for a few dollars (its end follows at a cyclist's speed).
        SettingSpec(settings: bikeShareWords, columns: ["fare", "price", "cost", "amount", "charge", "fee", "total", "total_cost", "total_fare"],
                    tables: bikeShareTables, spec: "decimal number.decimal 1..25 lognormal p2", alsoNeeds: sharingWords),
        SettingSpec(settings: bikeShareWords, columns: ["distance", "distance_km", "trip_distance", "ride_distance", "km"],
                    tables: bikeShareTables, spec: "decimal number.decimal 0.3..15 lognormal p1", alsoNeeds: sharingWords),
        // A farm's machines are tractors and harvesters, not a factory's lathes; grain comes in at 10–30 % moisture.
        SettingSpec(settings: farmWords, columns: ["type", "equipment_type", "machine_type", "category"],
                    tables: ["equipment", "machine", "machinery", "implement", "farm_equipment", "farm_machine"],
                    spec: "string enum values=Tractor:5|Combine~Harvester:2|Sprayer:2|Seed~Drill:2|Baler:1.5|Plow:1.5|Mower:1|"
                        + "Irrigation~Pump:1.5|Utility~Vehicle:1|Grain~Trailer:1.5"),
        SettingSpec(settings: farmWords, columns: ["moisture", "moisture_percent", "moisture_pct", "moisture_content", "grain_moisture"],
                    tables: ["harvest", "yield", "crop", "batch", "lot", "load", "grain_delivery", "delivery"],
                    spec: "decimal number.decimal 10..30 p1"),
        // An esports league's players have a team role, its matches are played on a map, its teams play in a region
        // of the world (not a state).
        SettingSpec(settings: esportsWords, columns: ["role", "position", "player_role"],
                    tables: ["player", "roster", "roster_member", "team_member", "member", "pro_player"],
                    spec: "string enum values=Captain:1|Entry~Fragger:1.5|Support:2.5|Sniper:1.5|Flex:2|In-Game~Leader:1|Substitute:1.5"),
        SettingSpec(settings: onlineGameWords, columns: ["map", "map_name"], tables: ["match", "game", "round", "series", "matchup", "lobby"],
                    spec: "string enum values=Harbor:1|Citadel:1|Foundry:1|Summit:1|Canyon:1|Outpost:1|Reactor:1|Skyline:1"),
        // An online game's matches are played in a mode, and its players climb levels (not job grades).
        SettingSpec(settings: onlineGameWords, columns: ["mode", "game_mode", "match_type", "queue", "playlist"],
                    tables: ["match", "game", "round", "session", "lobby"],
                    spec: "string enum values=Team~Deathmatch:3|Battle~Royale:2|Ranked:2|Capture~the~Flag:1.5|Domination:1.5|"
                        + "Free-for-All:1.5|Search~and~Destroy:1"),
        SettingSpec(settings: onlineGameWords, columns: ["level", "player_level", "account_level", "xp_level"],
                    tables: ["player", "gamer", "user", "account", "character", "profile"],
                    spec: "integer number.integer 1..120 lognormal"),
        SettingSpec(settings: esportsWords, columns: ["region", "league_region"], tables: ["team", "league", "tournament", "player", "organization"],
                    spec: "string enum values=North~America:3|Europe:3|Asia-Pacific:2|South~Korea:1|China:1|Brazil:1|Oceania:0.5|Middle~East:0.5"),
        // A bird count's or a birder's sightings are of wild birds, one to a flock.
        SettingSpec(settings: ["bird", "birds", "birding", "birdwatching", "birder", "birders", "ornithology", "ornithologist"],
                    columns: ["species", "species_name", "bird", "bird_species", "common_name"],
                    spec: "string enum values=American~Robin:3|Northern~Cardinal:3|Blue~Jay:2.5|Mallard:2.5|House~Sparrow:3|"
                        + "Red-tailed~Hawk:1.5|Great~Blue~Heron:1.5|Bald~Eagle:0.8|Black-capped~Chickadee:2|Mourning~Dove:2.5|"
                        + "Canada~Goose:2|European~Starling:2|Downy~Woodpecker:1.5|Cedar~Waxwing:1|Barn~Swallow:1.5"),
        SettingSpec(settings: ["bird", "birds", "birding", "birdwatching", "birder", "birders", "ornithology", "wildlife"],
                    columns: ["count", "number_seen", "individuals", "bird_count"],
                    spec: "integer number.integer 1..60 lognormal"),
        // Last: "tours" makes a travel setting of any tour table, so a fishing charter's tours keep their own price.
        SettingSpec(settings: ["travel", "agency", "tour", "tours", "vacation", "holiday", "holidays"],
                    columns: ["price", "package_price", "price_per_person"], tables: ["package", "tour", "vacation_package", "holiday_package", "trip"],
                    spec: "decimal number.decimal 400..6000 lognormal p2"),
        // A university's admissions office admits, rejects, waitlists or defers (a loan application is approved).
        SettingSpec(settings: ["admissions", "admission", "applicant", "applicants", "application", "applications"],
                    columns: ["decision", "admission_decision", "result", "outcome", "admission_status", "decision_status"],
                    tables: ["application", "admission", "applicant"],
                    spec: "string enum values=admitted:3|rejected:4|waitlisted:2|deferred:1",
                    alsoNeeds: ["university", "universities", "college", "colleges", "gpa", "sat_score", "high_school", "undergraduate",
                                "intended_major", "major", "admissions"]),
        // A merchant ship flies a flag of registry, mostly an open register's; a box is a 20- or 40-foot container.
        SettingSpec(settings: shipWords, columns: ["flag", "flag_state", "flag_country", "registry", "country_of_registry"],
                    tables: ["vessel", "ship", "tanker", "freighter", "carrier"],
                    spec: "string enum values=Panama:5|Liberia:5|Marshall~Islands:4|Hong~Kong:2|Singapore:2|Malta:2|Bahamas:1.5|Greece:1|China:1|Cyprus:1|Norway:0.5|Denmark:0.5"),
        SettingSpec(settings: shipWords, columns: ["size_ft", "size", "container_size", "length_ft", "size_feet"], tables: ["container", "box", "unit"],
                    spec: "integer enum values=20:4|40:5|45:1"),
        SettingSpec(settings: shipWords, columns: ["weight_kg", "gross_weight_kg", "weight", "cargo_weight_kg", "gross_weight"],
                    tables: ["container", "box", "unit"], spec: "decimal number.decimal 2500..28000 lognormal p0"),
        SettingSpec(settings: shipWords, columns: ["berth", "berth_number", "berth_no", "quay", "terminal_berth"],
                    tables: ["port_call", "call", "visit", "arrival", "berthing", "vessel_call", "schedule"],
                    spec: "string id.pattern pattern=Berth~%#"),
        // A golf club's rounds: a foursome at most, on one of its courses, eighteen holes in 68 to 115 strokes.
        SettingSpec(settings: golfWords, columns: ["course", "course_name", "golf_course"],
                    spec: "string enum values=North~Course:3|South~Course:3|Championship~Course:2|Lakes~Course:2|Executive~Nine:1"),
        SettingSpec(settings: golfWords, columns: ["players", "num_players", "party_size", "golfers", "group_size"],
                    tables: ["tee_time", "booking", "round", "reservation", "tee_booking"], spec: "integer number.integer 1..4"),
        SettingSpec(settings: golfWords, columns: ["strokes", "score", "gross_score", "total_strokes", "gross"],
                    tables: ["score", "round", "scorecard", "result", "round_score"], spec: "integer number.integer 68..115 normal"),
        SettingSpec(settings: golfWords, columns: ["holes", "holes_played"], tables: ["score", "round", "scorecard", "result", "round_score"],
                    spec: "integer enum values=18:1"),
        // A yoga studio's teachers and classes are in its styles, not a gym's boxing.
        SettingSpec(settings: ["yoga", "pilates"], columns: ["style", "specialty", "yoga_style", "discipline", "speciality"],
                    tables: ["instructor", "teacher", "trainer", "class", "session", "course"],
                    spec: "string enum values=Hatha:4|Vinyasa:4|Yin:2|Ashtanga:2|Restorative:2|Power~Yoga:2|Iyengar:1|Kundalini:1|Hot~Yoga:1.5"),
        SettingSpec(settings: ["yoga"], columns: ["name", "class_name", "title"], tables: ["class", "session", "course"],
                    spec: "string enum values=Morning~Vinyasa~Flow:3|Gentle~Hatha:3|Yin~and~Restore:2|Power~Yoga:2|Beginners'~Yoga:3|Hot~Yoga~60:1.5|Candlelight~Yin:1|Lunchtime~Flow:2|Prenatal~Yoga:1|Sunrise~Ashtanga:1"),
        // A garage's mechanics hold ASE certifications and diagnose what is wrong with the car, not with its owner.
        SettingSpec(settings: garageWords, columns: ["certification", "certifications", "cert", "qualification", "certification_level"],
                    tables: ["mechanic", "technician", "tech", "employee", "staff"],
                    spec: "string enum values=ASE~Master~Technician:3|ASE~A1~Engine~Repair:2|ASE~A5~Brakes:2|ASE~A8~Engine~Performance:1.5|ASE~A6~Electrical:1.5|EV~Technician:1|Apprentice:1",
                    alsoNeeds: ["vehicle", "vehicles", "car", "cars", "repair", "repairs", "repair_order", "repair_orders", "make", "plate"]),
        SettingSpec(settings: garageWords, columns: ["diagnosis", "finding", "diagnosed_issue", "cause"],
                    tables: repairTables,
                    spec: "string enum values=Worn~brake~pads:4|Weak~battery:3|Faulty~alternator:2|Leaking~water~pump:2|Worn~timing~belt:1.5|Faulty~oxygen~sensor:2|Worn~tires:2|Misfiring~spark~plugs:2|Worn~suspension~bushings:1|Cracked~serpentine~belt:1|Leaking~valve~cover~gasket:1.5|Failed~starter~motor:1|Clogged~air~filter:1.5|No~fault~found:2",
                    alsoNeeds: ["vehicle", "vehicles", "car", "cars", "repair", "repairs", "repair_order", "repair_orders", "make", "plate"]),
        // A game studio's projects are games built in a game engine.
        SettingSpec(settings: ["game", "games", "gamedev", "videogame", "videogames", "gaming"], columns: ["engine", "game_engine"],
                    spec: "string enum values=Unity:5|Unreal~Engine~5:4|Godot:2|GameMaker:1|Custom~engine:1"),
        SettingSpec(settings: ["game", "games", "gamedev", "videogame", "videogames"], columns: ["name", "title", "project_name", "game_title"],
                    tables: ["project", "game", "title"], spec: "string media.title",
                    alsoNeeds: ["studio", "studios", "engine", "gamedev", "developer", "developers"]),
        // A farmers' market's vendors are farms and small makers, selling produce and food.
        SettingSpec(settings: ["farmers", "farmer"], columns: ["product_type", "category", "products", "product_category", "specialty", "goods", "sells"],
                    tables: ["vendor", "stall", "seller", "stallholder", "trader"],
                    spec: "string enum values=Vegetables:5|Fruit:4|Baked~goods:3|Honey:1.5|Eggs:1.5|Cheese:1.5|Cut~flowers:1.5|Meat:1.5|Jams~and~preserves:1|Herbs:1|Mushrooms:0.5",
                    alsoNeeds: ["market", "markets", "market_day", "market_days", "stall", "stalls"]),
        SettingSpec(settings: ["farmers", "farmer"], columns: ["name", "vendor_name", "business_name", "stall_name"],
                    tables: ["vendor", "stall", "seller", "stallholder", "trader"],
                    // (names that promise no one product: a "Creamery" selling honey would contradict its own row)
                    spec: "string enum values=Green~Acres~Farm|Cedar~Creek~Farm|Three~Sisters~Farm|Meadowbrook~Farm|Sunny~Slope~Farm|Willow~Creek~Farm|Oak~Hollow~Farm|Stony~Brook~Farm|Maple~Ridge~Farm|Blue~Gate~Farm|Twin~Oaks~Farm|Little~Fox~Farm|Pine~Hill~Farm|Hillside~Farm|Red~Barn~Farm",
                    alsoNeeds: ["market", "markets", "market_day", "market_days", "stall", "stalls"]),
        // A food bank takes in food: what a donation is and how much, what a family takes home.
        SettingSpec(settings: ["food_bank", "foodbank", "pantry", "pantries", "food"], columns: ["item", "items", "food_item", "product", "food_type", "category"],
                    tables: ["donation", "item", "inventory", "distribution", "stock", "delivery"],
                    spec: "string enum values=Canned~beans:3|Rice:3|Pasta:3|Canned~vegetables:3|Peanut~butter:2|Cereal:2|Canned~tuna:2|Fresh~produce:3|Bread:2|Milk:1.5|Eggs:1.5|Baby~formula:1|Soup:2|Flour:1",
                    alsoNeeds: ["bank", "banks", "pantry", "pantries", "food_bank", "foodbank"]),
        SettingSpec(settings: ["food_bank", "foodbank", "pantry", "pantries", "food"], columns: ["pounds", "weight_lbs", "lbs", "weight", "weight_lb"],
                    tables: ["donation", "delivery", "drop_off"], spec: "decimal number.decimal 5..800 lognormal p1",
                    alsoNeeds: ["bank", "banks", "pantry", "pantries", "food_bank", "foodbank"]),
        SettingSpec(settings: ["food_bank", "foodbank", "pantry", "pantries", "food"], columns: ["pounds", "weight_lbs", "lbs", "weight", "weight_lb"],
                    tables: ["distribution", "visit", "pickup", "handout", "allocation"], spec: "decimal number.decimal 10..80 p1",
                    alsoNeeds: ["bank", "banks", "pantry", "pantries", "food_bank", "foodbank"]),
        // A pawnbroker lends a fraction of what an item is worth, on jewellery, electronics and tools.
        SettingSpec(settings: pawnWords, columns: ["category", "item_category", "type", "item_type"], tables: ["item", "pawn", "loan", "inventory", "collateral"],
                    spec: "string enum values=Jewelry:5|Electronics:4|Tools:3|Musical~Instruments:2|Watches:2|Video~Games:1.5|Collectibles:1|Sporting~Goods:1"),
        SettingSpec(settings: pawnWords, columns: ["appraised_value", "value", "estimated_value", "valuation", "appraisal"],
                    tables: ["item", "pawn", "inventory", "collateral"], spec: "decimal number.decimal 40..3000 lognormal p2"),
        SettingSpec(settings: pawnWords, columns: ["principal", "amount", "loan_amount", "amount_loaned"], tables: ["loan", "pawn", "pawn_loan", "ticket"],
                    spec: "decimal number.decimal 20..1500 lognormal p2"),
        // A mountain rescue team's callouts are for lost and injured people, a few at a time, and its members hold
        // rescue qualifications and take a role on each callout.
        SettingSpec(settings: rescueWords, columns: ["incident_type", "type", "callout_type", "rescue_type", "call_type"],
                    tables: ["callout", "rescue", "mission", "incident", "call", "operation", "deployment"],
                    spec: EnumLexicon.rescueTypes),
        SettingSpec(settings: rescueWords, columns: ["people_rescued", "persons_rescued", "casualties", "people_helped", "subjects", "victims"],
                    spec: "integer number.integer 1..4 zipf"),
        SettingSpec(settings: rescueWords, columns: ["certification", "certifications", "qualification", "cert", "training_level"],
                    spec: "string enum values=Wilderness~First~Responder:4|EMT:3|Swiftwater~Rescue~Technician:2|Avalanche~Level~1:2|Rope~Rescue~Technician:2|Search~Manager:1"),
        SettingSpec(settings: rescueWords, columns: ["role", "position", "duty", "assignment"],
                    tables: ["callout_member", "mission_member", "team_member", "deployment", "assignment", "participant", "responder"],
                    spec: "string enum values=Team~Leader:1|Medic:2|Navigator:1.5|Rope~Technician:1.5|Radio~Operator:1|Searcher:4|Driver:1"),
        // An observatory's nights: objects of the sky, exposures, and the seeing in arcseconds.
        SettingSpec(settings: ["observatory", "observatories", "telescope", "telescopes", "astronomy", "astronomer", "astronomers",
                               "astrophotography", "stargazing"],
                    columns: ["target", "object", "target_name", "object_name", "celestial_object"],
                    spec: "string enum values=M31~Andromeda~Galaxy:3|M42~Orion~Nebula:3|Jupiter:3|Saturn:3|M13~Hercules~Cluster:2|M57~Ring~Nebula:2|M45~Pleiades:2|M51~Whirlpool~Galaxy:2|Mars:2|The~Moon:3|NGC~7000~North~America~Nebula:1|Vega:1|Albireo:1"),
        // A science fair's projects are in the sciences, titled as experiments.
        SettingSpec(settings: ["science"], columns: ["category", "field", "division", "subject"], tables: ["project", "entry", "submission", "exhibit"],
                    spec: "string enum values=Biology:4|Chemistry:3|Physics:3|Engineering:3|Environmental~Science:3|Computer~Science:2|Earth~Science:2|Behavioral~Science:1.5|Mathematics:1",
                    alsoNeeds: ["fair", "fairs", "judge", "judges"]),
        SettingSpec(settings: ["science"], columns: ["expertise", "field", "specialty", "area"], tables: ["judge", "mentor", "reviewer"],
                    spec: "string enum values=Biology:3|Chemistry:3|Physics:3|Engineering:3|Environmental~Science:2|Computer~Science:2|Mathematics:1",
                    alsoNeeds: ["fair", "fairs", "judge", "judges"]),
        // A chess club's players are rated by Elo; its tournaments run five to nine rounds at a time control.
        SettingSpec(settings: chessWords, columns: ["rating", "elo", "elo_rating", "fide_rating", "uscf_rating"],
                    tables: ["member", "player", "participant", "entrant"], spec: "integer number.integer 800..2300 normal"),
        SettingSpec(settings: chessWords, columns: ["rounds", "num_rounds", "round_count"], spec: "integer number.integer 5..9"),
        SettingSpec(settings: chessWords, columns: ["time_control", "timecontrol", "time_format"],
                    spec: "string enum values=90+30:3|60+30:2|15+10:3|10+5:2|5+3:2|3+2:2|G/45+5:1"),
        SettingSpec(settings: chessWords, columns: ["result", "outcome", "score"], tables: ["game", "match", "pairing", "round"],
                    spec: "string enum values=1-0:4|0-1:3.5|1/2-1/2:2.5"),
        SettingSpec(settings: chessWords, columns: ["moves", "move_count", "num_moves"], tables: ["game", "match", "pairing"],
                    spec: "integer number.integer 18..120 normal"),
        // A beekeeper's hive yields 10–40 kg a harvest of honey at 16–20 % water.
        SettingSpec(settings: ["beekeeping", "beekeeper", "beekeepers", "apiary", "apiaries", "hive", "hives", "honey"],
                    columns: ["kg", "weight_kg", "honey_kg", "yield_kg", "quantity_kg"], tables: ["harvest", "honey_harvest", "extraction", "yield"],
                    spec: "decimal number.decimal 8..40 p1"),
        SettingSpec(settings: ["beekeeping", "beekeeper", "beekeepers", "apiary", "apiaries", "hive", "hives", "honey"],
                    columns: ["moisture_pct", "moisture", "moisture_percent", "water_content"], spec: "decimal number.decimal 16..20 p1"),
        // A taproom's kegs hold 20–50 litres and run dry in days; a pour is a glass.
        SettingSpec(settings: ["taproom", "taprooms", "keg", "kegs", "brewpub", "tap", "taps"], columns: ["size_liters", "size_l", "volume_liters", "capacity_liters", "liters"],
                    tables: ["keg", "cask"], spec: "integer enum values=20:2|30:3|50:4"),
        SettingSpec(settings: ["taproom", "taprooms", "keg", "kegs", "brewpub", "tap", "taps"], columns: ["volume_ml", "size_ml", "ml", "pour_ml"],
                    tables: ["pour", "serving", "glass", "sale", "order"], spec: "integer enum values=150:1|300:2|400:2|500:4|568:2"),
        SettingSpec(settings: ["taproom", "taprooms", "keg", "kegs", "brewpub", "tap", "taps"], columns: ["price", "amount", "price_paid"],
                    tables: ["pour", "serving", "glass"], spec: "decimal number.decimal 3.5..9.5 p2"),
        SettingSpec(settings: ["taproom", "taprooms", "keg", "kegs", "brewpub", "tap", "taps"], columns: ["beer_name", "beer"],
                    tables: ["keg", "cask", "tap"], spec: "string enum values=Hazy~Daydream~IPA|Old~Harbor~Porter|Golden~Hour~Lager|Midnight~Oat~Stout|Citrus~Wheat|Red~Barn~Amber|Pilsner~No.~5|Sour~Cherry~Gose|West~Coast~Pale~Ale|Harvest~Saison"),
        // A dance school teaches dances.
        SettingSpec(settings: ["dance", "dancing", "ballet", "ballroom"], columns: ["style", "dance_style", "specialty", "discipline"],
                    spec: "string enum values=Ballet:4|Hip~Hop:4|Contemporary:3|Jazz:3|Tap:2|Salsa:2|Ballroom:2|Latin:1.5|Breakdance:1"),
        SettingSpec(settings: ["dance", "dancing", "ballet", "ballroom"], columns: ["monthly_fee", "fee", "price", "tuition"], tables: ["class", "course", "lesson", "program"],
                    spec: "decimal number.decimal 40..160 lognormal p2"),
        // An orchard's trees are apple varieties on named rootstocks, in numbered rows; fruit is graded by class.
        SettingSpec(settings: orchardWords, columns: ["variety", "cultivar", "apple_variety", "fruit_variety"],
                    spec: "string enum values=Honeycrisp:4|Gala:4|Fuji:3|Granny~Smith:2|Pink~Lady:2|Golden~Delicious:2|McIntosh:1.5|Braeburn:1.5|Jazz:1"),
        SettingSpec(settings: orchardWords, columns: ["rootstock", "root_stock"], spec: "string enum values=M9:4|M26:3|MM106:3|MM111:2|G41:1.5|B9:1"),
        SettingSpec(settings: orchardWords, columns: ["row_number", "row", "row_no", "block_row"], spec: "integer number.integer 1..40"),
        SettingSpec(settings: orchardWords, columns: ["grade", "quality_grade", "fruit_grade", "class"], tables: ["harvest", "pick", "yield", "crop", "batch"],
                    spec: "string enum values=Extra~Class:2|Class~I:5|Class~II:3|Processing:1"),
        // An antique is of a period, from a maker's country; a dealer asks two to four times what they paid.
        SettingSpec(settings: ["antique", "antiques", "vintage_shop", "collectibles", "auction_house"], columns: ["era", "period", "style_period"],
                    spec: "string enum values=Victorian:4|Georgian:2|Edwardian:2|Art~Deco:3|Art~Nouveau:2|Mid-Century~Modern:3|Regency:1|Arts~and~Crafts:1.5"),
        // A film festival's prizes are thousands, its films from many countries.
        SettingSpec(settings: ["festival", "festivals"], columns: ["prize_amount", "prize", "prize_money", "award_amount", "amount"],
                    tables: ["award", "prize", "winner"], spec: "decimal number.decimal 1000..50000 lognormal p0"),
        SettingSpec(settings: ["festival", "festivals"], columns: ["country", "country_of_origin", "origin_country", "production_country"],
                    tables: ["film", "movie", "entry", "submission", "short"],
                    spec: "string enum values=United~States:4|France:3|United~Kingdom:2|Germany:2|South~Korea:2|Japan:2|Italy:1.5|Spain:1.5|Mexico:1.5|Brazil:1|Iran:1|Denmark:1|Argentina:1|India:1.5|Canada:1.5"),
        // A hospice cares for the dying: its patients' diagnoses are terminal, its caregivers nurses, aides and chaplains.
        SettingSpec(settings: ["hospice", "hospices", "palliative", "end-of-life"], columns: ["diagnosis", "primary_diagnosis", "condition", "illness"],
                    tables: ["patient", "resident", "admission", "client"],
                    spec: "string enum values=Lung~cancer:3|Heart~failure:3|Dementia:3|COPD:2|Pancreatic~cancer:1.5|Kidney~failure:1.5|Stroke:1.5|ALS:0.5|Liver~disease:1|Breast~cancer:1.5"),
        SettingSpec(settings: ["hospice", "hospices", "palliative", "caregiver", "caregivers", "carer", "carers", "home_care", "homecare", "care_home", "nursing_home"],
                    columns: ["role", "position", "title", "job_title", "discipline"],
                    tables: ["caregiver", "carer", "staff", "staff_member", "employee", "worker", "care_worker", "team_member"],
                    spec: "string enum values=Registered~Nurse:4|Home~Health~Aide:4|Licensed~Practical~Nurse:2|Social~Worker:1.5|Chaplain:1|Volunteer:2|Nurse~Practitioner:1"),
        // A dive centre's trips go to named sites within sport-diving depths, on a small boat.
        SettingSpec(settings: diveWords, columns: ["depth_m", "max_depth_m", "depth", "max_depth", "depth_meters"], spec: "decimal number.decimal 5..40 p1"),
        SettingSpec(settings: diveWords, columns: ["depth_ft", "max_depth_ft", "depth_feet"], spec: "integer number.integer 15..130"),
        SettingSpec(settings: diveWords, columns: ["capacity", "max_divers", "spots", "seats"], tables: ["dive_trip", "trip", "boat", "dive", "excursion", "charter"],
                    spec: "integer number.integer 6..24"),
        SettingSpec(settings: diveWords, columns: ["site", "dive_site", "site_name", "location"], tables: ["dive_trip", "trip", "dive", "excursion", "dive_log", "log"],
                    spec: "string enum values=Coral~Gardens:3|The~Wall:2|Blue~Hole:2|Shark~Point:1.5|Turtle~Reef:2|Wreck~of~the~Maria:1|Manta~Point:1|Eagle~Ray~Alley:1|Twin~Peaks:1|Lighthouse~Reef:1.5"),
        SettingSpec(settings: diveWords, columns: ["boat", "boat_name", "vessel"], tables: ["dive_trip", "trip", "dive", "excursion", "charter"],
                    spec: "string enum values=Sea~Breeze|Blue~Horizon|Reef~Runner|Manta~II|Island~Spirit|Coral~Queen"),
        SettingSpec(settings: diveWords, columns: ["rental_gear", "gear_rental", "rents_gear", "needs_rental"], spec: "boolean prob=0.4"),
        // A veterinary pharmacy dispenses animal medicines, not shop goods.
        SettingSpec(settings: ["veterinary", "vet", "vets", "pet_pharmacy"], columns: ["name", "product_name", "drug", "medication"],
                    tables: ["product", "medication", "drug", "medicine", "item"],
                    spec: "string enum values=Carprofen~75~mg|Apoquel~16~mg|Bravecto~Chew|NexGard~Chewable|Metacam~Oral~Suspension|Amoxicillin~250~mg|Gabapentin~100~mg|Prednisolone~5~mg|Clavamox~Drops|Simparica~Trio|Revolution~Plus|Cerenia~24~mg",
                    alsoNeeds: ["pharmacy", "pharmacies", "prescription", "prescriptions", "refills", "dispensary"]),
        // A water bill is tens of dollars for a month's cubic metres.
        SettingSpec(settings: ["water"], columns: ["amount_due", "amount", "total", "bill_amount", "total_due", "charge"],
                    tables: ["bill", "invoice", "statement"], spec: "decimal number.decimal 18..160 lognormal p2",
                    alsoNeeds: ["utility", "utilities", "meter", "meters", "meter_readings", "usage_m3", "reading_m3"]),
        // A fire department's apparatus and stations.
        SettingSpec(settings: fireWords, columns: ["type", "apparatus_type", "engine_type", "unit_type", "vehicle_type"],
                    tables: ["engine", "apparatus", "unit", "truck", "vehicle", "fire_engine", "rig"],
                    spec: "string enum values=Pumper:5|Ladder:2|Rescue:1.5|Tanker:1|Brush:1|Ambulance:2",
                    alsoNeeds: fireServiceWords),
        SettingSpec(settings: fireWords, columns: ["name", "station_name"], tables: ["station", "fire_station", "firehouse"],
                    spec: "string id.pattern pattern=Station~%",
                    alsoNeeds: fireServiceWords),
        SettingSpec(settings: fireWords, columns: ["incident_type", "type", "call_type", "nature"], tables: ["incident", "call", "dispatch", "run"],
                    spec: "string enum values=Medical:6|Structure~fire:2|Vehicle~fire:1|Traffic~collision:2.5|Alarm~activation:3|Brush~fire:0.5|Hazmat:0.3|Rescue:0.7",
                    alsoNeeds: fireServiceWords),
        // A natural history museum's curators study a branch of natural history; its specimens are wild species.
        SettingSpec(settings: ["natural_history", "specimen", "specimens", "fossil", "fossils", "herbarium"],
                    columns: ["specialty", "field", "department", "expertise", "discipline", "speciality"],
                    tables: ["curator", "staff", "collection_manager"],
                    spec: "string enum values=Paleontology:3|Entomology:3|Mineralogy:2|Ornithology:2|Herpetology:1.5|Botany:2|Mammalogy:1.5|Ichthyology:1"),
        // A wedding photographer's package covers a day's hours for thousands.
        SettingSpec(settings: ["photographer", "photographers", "photography"], columns: ["price", "package_price", "cost", "fee"], tables: ["package", "plan", "tier"],
                    spec: "decimal number.decimal 1200..6500 lognormal p0", alsoNeeds: ["wedding", "weddings", "couple", "couples", "bride", "bridal"]),
        SettingSpec(settings: ["photographer", "photographers", "photography"], columns: ["hours", "coverage_hours", "hours_of_coverage"], tables: ["package", "plan", "tier"],
                    spec: "integer number.integer 4..10"),
        // A pool's lanes are 25 or 50 metres; a swim is laps of a stroke.
        SettingSpec(settings: poolWords, columns: ["length_m", "length", "lane_length", "length_meters"], tables: ["lane", "pool"],
                    spec: "integer enum values=25:4|50:1"),
        SettingSpec(settings: poolWords, columns: ["stroke", "swim_stroke", "style"], spec: "string enum values=Freestyle:6|Breaststroke:3|Backstroke:2|Butterfly:1|Medley:1"),
        SettingSpec(settings: poolWords, columns: ["laps", "lap_count", "num_laps"], spec: "integer number.integer 4..80"),
        // A recycler pays cents a kilogram, a little for a drop-off.
        SettingSpec(settings: ["recycling", "recycler", "recyclers", "scrap", "scrapyard"], columns: ["price_per_kg", "rate_per_kg", "payout_per_kg"],
                    spec: "decimal number.decimal 0.02..1.8 p2"),
        SettingSpec(settings: ["recycling", "recycler", "recyclers", "scrap", "scrapyard"], columns: ["payout", "amount_paid", "payment", "paid"],
                    tables: ["drop_off", "dropoff", "delivery", "intake", "transaction"], spec: "decimal number.decimal 0.5..150 lognormal p2"),
        // A tattoo artist charges a hundred or more an hour and takes a deposit.
        SettingSpec(settings: ["tattoo", "tattoos", "tattooist", "piercing"], columns: ["hourly_rate", "rate", "rate_per_hour"], tables: ["artist", "tattoo_artist"],
                    spec: "decimal number.decimal 80..250 p0"),
        SettingSpec(settings: ["tattoo", "tattoos", "tattooist", "piercing"], columns: ["deposit", "deposit_amount", "deposit_paid"],
                    spec: "decimal enum values=50:3|100:4|150:1.5|200:1"),
        // A quarry breaks and hauls stone.
        SettingSpec(settings: ["quarry", "quarries", "quarrying", "aggregate", "aggregates"], columns: ["material", "product", "material_type", "rock_type"],
                    spec: "string enum values=Limestone:4|Granite:3|Crushed~stone:3|Gravel:3|Sand:2|Rip~rap:1|Aggregate~base:2"),
        SettingSpec(settings: ["quarry", "quarries", "quarrying", "aggregate", "aggregates"], columns: ["payload_t", "payload_tonnes", "capacity_t", "capacity_tonnes", "payload_tons"],
                    tables: ["truck", "hauler", "dump_truck", "vehicle"], spec: "integer enum values=30:2|40:3|60:2|90:1"),
        SettingSpec(settings: ["quarry", "quarries", "quarrying", "aggregate", "aggregates"], columns: ["tonnes", "tons", "weight_t", "load_tonnes"],
                    tables: ["load", "haul", "trip", "delivery"], spec: "decimal number.decimal 20..90 p1"),
        // A climbing gym's routes have setters' names and take a few tries.
        SettingSpec(settings: climbingWords, columns: ["attempts", "tries", "attempt_count", "num_attempts"], spec: "integer number.integer 1..8 zipf"),
        // A photograph's settings, as a camera records them.
        SettingSpec(settings: photoWords, columns: ["camera", "camera_model", "camera_body"],
                    spec: "string enum values=Canon~EOS~R5:3|Nikon~Z6~II:3|Sony~A7~IV:4|Fujifilm~X-T5:3|Canon~EOS~90D:2|Sony~A6400:2|iPhone~15~Pro:2|Nikon~D750:1.5"),
        SettingSpec(settings: photoWords, columns: ["lens", "lens_model"],
                    spec: "string enum values=24-70mm~f/2.8:4|50mm~f/1.8:4|70-200mm~f/4:3|16-35mm~f/4:2|85mm~f/1.4:2|100mm~f/2.8~Macro:1|18-55mm~f/3.5-5.6:2"),
        SettingSpec(settings: photoWords, columns: ["iso", "iso_speed", "iso_value"], spec: "integer enum values=100:5|200:4|400:4|800:3|1600:2|3200:1.5|6400:0.5"),
        SettingSpec(settings: photoWords, columns: ["aperture", "f_stop", "fstop"], spec: "string enum values=f/1.8:3|f/2.8:4|f/4:4|f/5.6:3|f/8:3|f/11:2|f/16:1"),
        SettingSpec(settings: photoWords, columns: ["shutter_speed", "exposure_time", "shutter"],
                    spec: "string enum values=1/1000:2|1/500:3|1/250:4|1/125:4|1/60:3|1/30:2|1/8:1|2s:0.5|30s:0.3"),
        // A nursery child's day: a meal or three, a nap.
        SettingSpec(settings: childcareWords, columns: ["meals_eaten", "meals", "meals_served"], spec: "integer number.integer 1..3"),
        SettingSpec(settings: childcareWords, columns: ["mood", "mood_today", "overall_mood"], spec: "string enum values=happy:6|content:4|tired:2|fussy:1.5|upset:0.5"),
        // A cooking school's classes are named for what they cook.
        SettingSpec(settings: ["cooking", "culinary", "chef", "chefs"], columns: ["title", "name", "class_name", "class_title"],
                    tables: ["class", "cooking_class", "workshop", "course", "lesson"],
                    spec: "string enum values=Handmade~Pasta:3|Knife~Skills~101:2|Thai~Street~Food:2|French~Pastry~Basics:2|Sushi~Rolling:2|Sourdough~Bread:2|Tapas~Night:1.5|Date~Night~Italian:1.5|Vegan~Comfort~Food:1.5|Dumplings~from~Scratch:1.5"),
        // A dormitory is a residence hall; its rooms rent for a student's budget.
        SettingSpec(settings: ["dorm", "dorms", "dormitory", "dormitories", "residence_hall", "residence_halls"], columns: ["name", "hall_name", "dorm_name"],
                    tables: ["dorm", "dormitory", "residence_hall", "hall", "building", "residence"],
                    spec: "string enum values=" + ["Maple", "Franklin", "Lincoln", "Cedar", "Hawthorne", "Riverside", "Oak", "Jefferson", "Lakeside",
                                                    "Willow", "Madison", "Birch"].map { $0 + "~Hall" }.joined(separator: "|")),
        SettingSpec(settings: ["dorm", "dorms", "dormitory", "dormitories", "residence_hall", "residence_halls"],
                    columns: ["monthly_rent", "rent", "rent_monthly", "price", "monthly_fee"], tables: ["room", "unit", "bed", "dorm_room"],
                    spec: "decimal number.decimal 450..1400 p0"),
        // A summer camp's campers sleep in cabins, its counselors lead activities at the lake or the range.
        SettingSpec(settings: campWords, columns: ["cabin", "cabin_name", "bunk"], tables: ["camper", "child", "kid", "registration", "enrollment"],
                    spec: "string enum values=Birch~Cabin|Cedar~Cabin|Pine~Cabin|Maple~Cabin|Aspen~Cabin|Willow~Cabin|Spruce~Cabin|Oak~Cabin"),
        SettingSpec(settings: campWords, columns: ["specialty", "speciality", "skill", "activity", "focus"], tables: ["counselor", "counsellor", "staff", "leader"],
                    spec: campActivities),
        SettingSpec(settings: campWords, columns: ["name", "activity_name", "title"], tables: ["activity", "program", "session", "class"],
                    spec: campActivities),
        SettingSpec(settings: campWords, columns: ["location", "place", "venue", "where"], tables: ["activity", "program", "session", "class", "event"],
                    spec: "string enum values=Lakefront:3|Archery~Range:1.5|Arts~Cabin:2|Main~Field:3|Dining~Hall:1.5|Climbing~Wall:1|Campfire~Circle:1.5|Boathouse:1.5|Nature~Trail:1.5"),
        SettingSpec(settings: campWords, columns: ["age"], tables: ["counselor", "counsellor", "leader", "staff"], spec: "integer number.integer 18..30"),
        SettingSpec(settings: campWords, columns: ["age"], tables: ["camper", "child", "kid"], spec: "integer number.integer 7..16"),
        SettingSpec(settings: campWords, columns: ["max_campers", "capacity", "max_participants", "spots"], tables: ["activity", "program", "session", "class"],
                    spec: "integer number.integer 8..30"),
        // A home cleaning takes a few hours.
        SettingSpec(settings: ["cleaning", "cleaners", "cleaner", "maid", "maids", "housekeeping"], columns: ["duration_hours", "hours", "hours_worked"],
                    tables: ["cleaning", "job", "visit", "booking", "appointment", "service"], spec: "decimal number.decimal 1.5..6 p1"),
        // A vineyard block yields a few tons an acre; a wine is thousands of bottles.
        SettingSpec(settings: ["vineyard", "vineyards", "winery", "wineries", "vintner"], columns: ["tons", "tonnes", "yield_tons", "tons_harvested"],
                    tables: ["harvest", "pick", "yield", "crop"], spec: "decimal number.decimal 2..40 p1"),
        SettingSpec(settings: ["vineyard", "vineyards", "winery", "wineries", "vintner"], columns: ["bottles_produced", "bottles", "case_production", "production_bottles"],
                    tables: ["wine", "vintage", "release", "bottling"], spec: "integer number.integer 1200..36000 lognormal"),
        // A city bus route is a few kilometres to a few tens; buses run a few minutes late.
        SettingSpec(settings: ["bus", "buses", "transit", "busline", "bus_route"], columns: ["length_km", "route_length_km", "distance_km"],
                    tables: ["route", "line", "bus_route"], spec: "decimal number.decimal 5..45 p1"),
        SettingSpec(settings: ["bus", "buses", "transit", "busline", "bus_route", "train", "trains", "tram", "trams"],
                    columns: ["delay_minutes", "delay_min", "minutes_late", "delay"], tables: ["trip", "run", "departure", "journey", "service"],
                    spec: "integer number.integer 0..25 zipf"),
        // A hydroponic farm grows greens, herbs and fruiting plants.
        SettingSpec(settings: ["hydroponic", "hydroponics", "aquaponic", "aquaponics", "vertical_farm", "greenhouse", "greenhouses"],
                    columns: ["crop", "plant", "crop_type", "variety"],
                    spec: "string enum values=Butterhead~Lettuce:4|Basil:3|Kale:2|Spinach:2|Cherry~Tomatoes:2|Strawberries:1.5|Arugula:1.5|Microgreens:2|Bok~Choy:1|Cucumbers:1"),
        // A language school's course costs a term's fee.
        SettingSpec(settings: ["language"], columns: ["fee", "price", "tuition", "cost", "course_fee"], tables: ["course", "class", "enrollment", "program"],
                    spec: "decimal number.decimal 150..1500 lognormal p2", alsoNeeds: ["school", "schools", "course", "courses", "classes", "academy"]),
        // (an event planner's vendors, named by planning beside its events)
        SettingSpec(settings: DomainCatalogue.eventPlanningWords,
                    columns: ["service", "service_type", "services", "category", "vendor_type"], tables: ["vendor", "supplier", "provider"],
                    spec: "string enum values=Photography:3|Catering:3|Florist:2|DJ:1.5|Venue:2|Videography:1|Cake:1.5|Hair~and~Makeup:1.5|Transportation:0.5|Planning:1",
                    alsoNeeds: ["event", "events", "occasion", "occasions"]),
        // A mortgage: a home's price borrowed over 10–30 years at a few percent, against most of its value.
        SettingSpec(settings: mortgageWords, columns: ["term_years", "loan_term_years", "term_in_years", "mortgage_term", "loan_term"],
                    tables: mortgageTables, spec: "integer enum values=10:1|15:3|20:2|25:2|30:6"),
        SettingSpec(settings: mortgageWords, columns: ["interest_rate", "rate", "apr", "mortgage_rate"], tables: mortgageTables,
                    spec: "decimal number.decimal 2.5..8 p3 normal"),
        SettingSpec(settings: mortgageWords, columns: ["ltv", "ltv_ratio", "loan_to_value", "ltv_percent", "ltv_pct"], tables: mortgageTables,
                    spec: "decimal number.decimal 40..97 p1 normal"),
        SettingSpec(settings: mortgageWords, columns: ["loan_amount", "amount", "principal", "amount_requested", "requested_amount"],
                    tables: mortgageTables, spec: "decimal number.decimal 60000..1200000 p2 lognormal"),
        SettingSpec(settings: mortgageWords, columns: ["income", "annual_income", "gross_income", "household_income"],
                    tables: ["applicant", "borrower", "customer", "client", "co_applicant", "application", "mortgage_application"],
                    spec: "decimal number.decimal 35000..350000 p2 lognormal"),
        SettingSpec(settings: mortgageWords, columns: ["employment", "employment_status", "employment_type"],
                    spec: "string enum values=Employed~full-time:6|Self-employed:2|Employed~part-time:1|Contractor:1|Retired:0.7"),
        // A call centre's times are how long a caller waited and talked, in seconds, not moments.
        SettingSpec(settings: callCentreWords, columns: ["queue_time", "wait_time", "hold_time", "time_in_queue", "queue_seconds", "wait_seconds"],
                    tables: ["call", "inbound_call", "outbound_call", "phone_call", "contact", "interaction"],
                    spec: "integer number.integer 3..900 lognormal"),
        // A space mission flies on a spacecraft and its experiments are in the sciences flown in orbit.
        SettingSpec(settings: spaceWords, columns: ["vehicle", "spacecraft", "launch_vehicle", "rocket", "capsule", "craft"],
                    tables: ["mission", "flight", "launch", "space_mission", "expedition"],
                    spec: "string enum values=Crew~Dragon:4|Soyuz~MS:3|Starliner:1|Orion:1|Shenzhou:2|Falcon~9:2|Ariane~6:1|Atlas~V:1"),
        SettingSpec(settings: spaceWords, columns: ["discipline", "field", "research_area", "category", "science_area"],
                    tables: ["experiment", "investigation", "payload", "study"],
                    spec: "string enum values=Human~Physiology:3|Biology:3|Materials~Science:2|Fluid~Physics:2|Combustion:1|Astronomy:1.5|Earth~Observation:2|Plant~Growth:1.5|Radiation:1"),
        SettingSpec(settings: callCentreWords, columns: ["talk_time", "handle_time", "call_duration", "duration", "talk_seconds", "aht"],
                    tables: ["call", "inbound_call", "outbound_call", "phone_call", "contact", "interaction"],
                    spec: "integer number.integer 30..1800 lognormal"),
    ] + DomainCatalogue.equipmentTypeSpecs

    /// Words of spaceflight.
    static let spaceWords: Set<String> = ["space", "spaceflight", "nasa", "esa", "jaxa", "roscosmos", "astronaut", "astronauts", "cosmonaut",
                                          "cosmonauts", "spacecraft", "iss", "orbit", "orbital"]
    /// Words of a mortgage lender's data.
    static let mortgageWords: Set<String> = ["mortgage", "mortgages", "remortgage", "home_loan", "home_loans", "underwriting"]
    /// Tables a mortgage's terms are kept in.
    static let mortgageTables: Set<String> = ["application", "mortgage_application", "loan_application", "mortgage", "loan", "home_loan",
                                              "offer", "mortgage_offer", "quote", "approval"]
    /// Words of a call centre.
    /// (its tables name the calls: `queue_time` means a wait only in a table of calls)
    static let callCentreWords: Set<String> = ["call", "calls", "call_center", "call_centre", "callcenter", "contact_center", "contact_centre",
                                               "inbound", "outbound", "ivr", "inbound_calls", "phone_calls", "contact"]

    /// An IT asset prompt's tables, and the words that make "assets" a company's office kit (not a portfolio).
    static let assetTables: Set<String> = ["device", "asset", "equipment", "hardware", "it_asset", "computer"]
    static let officeWords: Set<String> = ["it", "employee", "employees", "staff", "laptop", "laptops", "helpdesk", "office", "offices"]
    static let therapistTables: Set<String> = ["therapist", "physiotherapist", "physical_therapist", "clinician", "provider", "staff"]
    static let physicalTherapySpecialties = "string enum values=Orthopedic:4|Sports:3|Neurological:1.5|Pediatric:1|Geriatric:1.5|Vestibular:0.5|"
        + "Pelvic~Health:0.5|Cardiopulmonary:0.5"
    /// Words of sensors that watch rooms, the rooms they watch, and the tables of their readings.
    static let indoorWords: Set<String> = ["smart", "thermostat", "thermostats", "hvac", "indoor", "iot"]
    static let roomWords: Set<String> = ["home", "homes", "house", "houses", "room", "rooms", "office", "offices", "building", "buildings",
                                         "apartment", "apartments", "household", "households"]
    static let sensorReadingTables: Set<String> = ["reading", "measurement", "sensor_reading", "telemetry", "sample", "sensor_log",
                                                   "device_reading", "log", "event", "metric"]
    /// Words of a sit-down restaurant or a bar.
    static let restaurantWords: Set<String> = ["restaurant", "restaurants", "diner", "bistro", "eatery", "pizzeria", "steakhouse",
                                               "brasserie", "trattoria", "tavern", "pub", "gastropub", "dining"]
    /// Words of a café, and the words that make "coffee" a café's (not a roaster's or an importer's).
    static let cafeWords: Set<String> = ["coffee", "cafe", "café", "cafes", "coffeehouse", "coffeeshop", "espresso", "barista", "baristas"]
    static let cafeSettingWords: Set<String> = ["shop", "shops", "cafe", "café", "cafes", "coffeehouse", "coffeeshop", "barista", "baristas",
                                                "menu", "chain", "counter", "latte", "lattes"]
    /// A café's sales, by the drink or by the order.
    static let cafeSaleTables: Set<String> = ["order", "order_item", "line_item", "sale", "transaction", "purchase", "drink", "drink_order",
                                              "sales_transaction", "sale_transaction", "pos_transaction",
                                              "menu_item", "item"]
    static let bikeShareWords: Set<String> = ["bike", "bikes", "bicycle", "bicycles", "ebike", "ebikes", "e-bike", "e-bikes", "scooter",
                                              "scooters", "micromobility"]
    static let bikeShareTables: Set<String> = ["trip", "ride", "journey", "rental", "bike_trip", "bike_ride", "bike_share_trip",
                                               "bike_share_ride", "scooter_trip", "scooter_ride", "bike_rental", "scooter_rental"]
    /// Words that make bikes shared ones, docked or rented by the ride (a bike tour's trips cost more).
    static let sharingWords: Set<String> = ["share", "sharing", "shared", "dock", "docks", "docking", "station", "stations", "micromobility"]
    static let fishingWords: Set<String> = ["fishing", "angling", "angler", "anglers", "fishery", "fisheries", "fishermen", "fisherman"]
    static let theaterWords: Set<String> = ["theater", "theatre", "theaters", "theatres", "theatrical", "playhouse", "broadway",
                                            "musicals", "playwright", "playwrights", "stage", "repertory"]

    static let tattooWords: Set<String> = ["tattoo", "tattoos", "tattooist", "tattooing", "ink", "piercing"]
    static let iceCreamWords: Set<String> = ["ice", "icecream", "gelato", "gelateria", "creamery", "sorbet", "froyo"]

    static let laundryWords: Set<String> = ["laundromat", "laundromats", "laundry", "launderette", "laundrette", "washateria"]
    /// Singular names of one use of a laundromat's machine.
    static let laundryCycleTables: Set<String> = ["wash_cycle", "cycle", "wash", "load", "washing_cycle", "run", "session", "use",
                                                  "usage", "machine_use", "transaction"]

    /// The columns of a repair job that say what is wrong.
    static let repairIssueColumns: Set<String> = ["issue", "problem", "fault", "complaint", "symptom", "symptoms", "reported_issue",
                                                  "reported_problem", "fault_description", "issue_type", "problem_type", "repair_type"]
    /// Singular names of a repair shop's jobs.
    static let repairTables: Set<String> = ["repair", "repair_job", "repair_order", "job", "service_job", "service", "work_order",
                                            "service_order", "booking", "appointment", "ticket", "service_record", "repair_ticket"]

    /// Words of merchant ships and the ports they call at (not `port`, `container` or `terminal` alone: software has them).
    static let shipWords: Set<String> = ["vessel", "vessels", "ship", "ships", "freighter", "freighters", "tanker", "tankers", "maritime",
                                         "seaport", "seaports", "berth", "berths", "port_call", "port_calls", "shipping_line", "imo_number"]
    /// Words of golf.
    static let golfWords: Set<String> = ["golf", "golfer", "golfers", "tee_time", "tee_times", "fairway", "fairways", "handicap"]
    /// Words of a garage that repairs cars.
    static let garageWords: Set<String> = ["garage", "garages", "mechanic", "mechanics", "auto_repair", "autoshop", "body_shop",
                                           "repair_order", "repair_orders", "auto"]
    /// Words of mountain and search-and-rescue teams.
    static let rescueWords: Set<String> = ["rescue", "rescuer", "rescuers", "callout", "callouts", "search_and_rescue", "sar", "lifeboat"]
    /// Words of chess.
    static let chessWords: Set<String> = ["chess", "fide", "uscf", "grandmaster", "grandmasters"]
    /// Words of growing fruit trees.
    static let orchardWords: Set<String> = ["orchard", "orchards", "orchardist", "apple", "apples", "cider"]
    /// Words of a summer camp.
    static let campWords: Set<String> = ["camp", "camps", "camper", "campers", "counselor", "counselors", "counsellor", "counsellors"]
    /// What a summer camp's counselors lead.
    static let campActivities = "string enum values=Archery:2|Swimming:3|Canoeing:2|Arts~and~Crafts:3|Hiking:2|Drama:1.5|Rock~Climbing:1|Soccer:2|Nature~Studies:1.5|Campfire~Songs:1"
    /// Words of a fire service.
    static let fireWords: Set<String> = ["fire", "firefighter", "firefighters", "firehouse", "firehouses", "fire_department", "fire_station",
                                         "fire_stations", "ems", "apparatus"]
    /// Words only a fire service's data has beside `fire` (a building's fire alarm has none of them).
    static let fireServiceWords: Set<String> = ["station", "stations", "engine", "engines", "department", "departments", "firefighter",
                                                "firefighters", "dispatched_at", "apparatus", "firehouse", "crew", "crews"]
    /// Words of a swimming pool.
    static let poolWords: Set<String> = ["swimming", "swimmer", "swimmers", "pool", "pools", "lifeguard", "lifeguards", "aquatic", "aquatics"]
    /// Words of photographs and those who take them.
    /// (not `camera`: a column of that name is a security camera's id in a log)
    static let photoWords: Set<String> = ["photo", "photos", "photography", "photographer", "photographers", "photograph", "photographs",
                                          "exif"]
    /// Words of scuba diving.
    static let diveWords: Set<String> = ["scuba", "dive", "dives", "diving", "diver", "divers", "padi", "snorkel", "snorkeling"]
    /// Words of a pawnbroker.
    static let pawnWords: Set<String> = ["pawn", "pawnshop", "pawnbroker", "pawnbrokers", "pawned", "pawns"]

    /// Words of a video game's data (a board-game shop's prompt has none of them).
    static let videoGameWords: Set<String> = ["mobile", "player", "players", "app", "in-app", "level", "levels", "session", "sessions",
                                              "gems", "coins", "installs", "installed_at", "gaming", "gamers", "esports", "online"]

    /// The spec for `column` of table `table` (singular) when the prompt's words make a setting.
    /// A table named with its setting's words before its head (`coffee_shop_sales`, `cafe_sales_transactions`) is that
    /// head's table.
    static func spec(column: String, table: String, words: [String]) -> ColumnSpec? {
        let parts = table.split(separator: "_").map(String.init)
        func fits(_ e: SettingSpec) -> Bool {
            if e.tables.isEmpty || e.tables.contains(table) { return true }
            guard parts.count >= 2, let head = parts.last, e.tables.contains(head) else { return false }
            return parts.dropLast().allSatisfy { e.settings.contains($0) || e.alsoNeeds.contains($0) || $0 == "sale" || $0 == "sales" }
        }
        for e in entries where e.columns.contains(column) && fits(e)
            && words.contains(where: e.settings.contains) && (e.alsoNeeds.isEmpty || words.contains(where: e.alsoNeeds.contains)) {
            return ColumnSpec(e.spec)
        }
        return nil
    }
}
