import DoppelEngine

/// Templates of places where a common table name means something else than the catalogue's usual pick: a dance
/// studio's classes and students, a zoo's animals, a tattoo parlour's artists, a newsroom's sections, a fishing
/// fleet's trips and catches, a blood bank's donors, a business's visits (`SchemaAssembler.placeTemplate`).
extension DomainCatalogue {
    static let danceWords: Set<String> = ["dance", "dances", "dancing", "dancer", "dancers", "ballet", "ballroom",
                                          "choreography", "choreographer"]
    /// A dance studio's classes: a style at a level, when and for how long, how many it takes (not a college's section).
    static let danceClasses = EntityTemplate("classes dance_classes lessons", .event,
        "instructor_id|teacher_id|trainer_id|coach_id, studio_id|location_id|room_id, name:string enum values=Ballet|Hip~Hop|Contemporary|Jazz|Tap|Salsa|Ballroom|Lyrical|Swing|Breaking, level:string enum values=Beginner:4|Intermediate:3|Advanced:2|Open~Level:1, starts_at:datetime datetime.past, duration_minutes:integer enum values=45|60|75|90, capacity:integer number.integer 8..25")
    /// A dance studio's students: people who signed up, not undergraduates with a GPA and a major.
    static let danceStudents = EntityTemplate("students dancers", .person,
        "first_name, last_name, email, phone, date_of_birth:date person.birth_date, joined_on:date date.past")

    /// A dance studio's instructors teach dance styles, not a college subject in a department.
    static let danceInstructors = EntityTemplate("instructors teachers choreographers", .person,
        "first_name, last_name, email, phone, specialty:string enum values=Ballet|Hip~Hop|Contemporary|Jazz|Tap|Salsa|Ballroom|Swing, hire_date")

    /// Schools that teach by the lesson (a sailing, swimming, music or riding school): their students are people who
    /// signed up (`danceStudents`' columns), their instructors teach, not a college's undergraduates and faculty.
    static let lessonSchoolWords: Set<String> = ["sailing", "swim", "swimming", "surf", "surfing", "music", "piano", "guitar",
                                                 "violin", "drum", "drums", "singing", "vocal", "riding", "equestrian", "horseback",
                                                 "pottery", "ceramics", "cooking", "karate", "judo", "taekwondo", "jiu-jitsu",
                                                 "martial", "boxing", "climbing", "kayaking", "scuba", "skating", "archery"]
    static let lessonInstructors = EntityTemplate("instructors teachers coaches tutors", .person,
        "first_name, last_name, email, phone, years_experience:integer number.integer 1..30, hire_date")
    /// Words of a college or a school with grades, where students and teachers are academic.
    static let academicWords: Set<String> = ["university", "universities", "college", "colleges", "gpa", "semester", "semesters",
                                             "campus", "faculty", "major", "majors", "degree", "degrees", "k12", "district"]

    /// A utility's customer accounts: a service at an address, billed each month (not a bank's checking account).
    static let utilityAccounts = EntityTemplate("accounts customer_accounts service_accounts", .account,
        "customer_id|owner_id, account_number:string id.pattern pattern=UA-########, service_address:string address.full, "
        + "account_type:string enum values=residential:8|commercial:2, opened_on:date date.past, "
        + "status:string enum values=active:8|closed:1|suspended:0.5")
    static let utilityWords: Set<String> = ["utility", "utilities", "water", "electricity", "electric", "gas", "meter", "meters",
                                            "kwh", "sewer", "power"]

    /// A patient's home-monitoring devices (a blood-pressure cuff, a glucose meter), not a smart home's thermostats.
    /// Its models are blood-pressure cuffs, glucose monitors, or both, by the words of the prompt.
    static func homeHealthDevices(_ words: Set<String>) -> EntityTemplate {
        let pressure = !words.isDisjoint(with: ["blood", "pressure", "systolic", "diastolic", "hypertension"])
        let glucose = !words.isDisjoint(with: ["glucose", "diabetes", "diabetic", "insulin", "cgm"])
        let cuffs = "Omron~Platinum~BP5450:3|Withings~BPM~Connect:2|Omron~Evolv:2|iHealth~Track:1.5"
        let meters = "Dexcom~G7:3|FreeStyle~Libre~3:3|Accu-Chek~Guide:2|Contour~Next~One:1.5"
        let models = pressure == glucose ? cuffs + "|" + meters : pressure ? cuffs : meters
        return EntityTemplate("devices monitors", .device,
            "user_id|patient_id|member_id, model:string enum values=\(models), serial_number, paired_at:datetime datetime.past, "
            + "last_synced_at:datetime datetime.past, firmware_version:string enum values=1.2.0|1.3.1|2.0.4|2.1.0")
    }
    static let homeHealthWords: Set<String> = ["blood", "pressure", "systolic", "diastolic", "glucose", "diabetes", "diabetic",
                                               "heart", "pulse", "oximeter", "spo2", "weight", "monitoring", "telehealth", "remote"]

    static let zooWords: Set<String> = ["zoo", "zoos", "wildlife", "safari", "sanctuary", "aquarium", "aquariums", "menagerie"]
    /// A zoo's animals: a name, a wild species (`SettingSpecs`), a sex, a birth and a weight, in an enclosure with a
    /// keeper; no owner, breed or neutering, which pets have.
    static let zooAnimals = EntityTemplate("animals zoo_animals", .thing, name: "string animal.name",
        "enclosure_id|habitat_id|exhibit_id, keeper_id|caretaker_id|zookeeper_id, name, species, sex:string enum values=male|female, date_of_birth, weight_kg")

    static let tattooWords: Set<String> = ["tattoo", "tattoos", "tattooist", "tattooists", "tattooing"]
    /// A tattoo parlour's artists: people with a style and a rate, not bands with a genre and a debut year.
    static let tattooArtists = EntityTemplate("artists tattoo_artists tattooists", .person,
        "studio_id|shop_id|parlor_id|parlour_id|location_id, first_name, last_name, email, phone, specialty:string enum values=Traditional|Neo-Traditional|Realism|Blackwork|Japanese|Fine~Line|Watercolor|Lettering|Portrait, hourly_rate:decimal number.decimal 80..250 p2, hire_date")

    /// A tattoo appointment: an artist and a client, when and for how long, where on the body and how large, and
    /// its price (not a clinic's checkup for an injury).
    static let tattooAppointments = EntityTemplate("appointments bookings sessions", .event,
        "client_id|customer_id, artist_id|tattoo_artist_id|tattoo_parlor_artist_id|staff_id, scheduled_at, duration_minutes:integer enum values=60:2|120:3|180:3|240:2|360:1, placement:string enum values=Forearm|Upper~Arm|Back|Shoulder|Ankle|Wrist|Ribs|Calf|Chest|Thigh, size:string enum values=Small:4|Medium:4|Large:2, status:string enum values=booked:2|completed:7|cancelled:1|no_show:0.5, price:decimal number.decimal 80..1500 lognormal p2")
    /// A deposit that holds a booking: its booking, how much, when and how it was paid, and whether it comes back
    /// (not a bank account's deposit at an ATM).
    static let bookingDeposits = EntityTemplate("deposits", .event,
        "appointment_id|booking_id|reservation_id|session_id, client_id|customer_id|guest_id, amount:decimal number.decimal 20..300 p2, paid_at:datetime datetime.past, method:string enum values=card:6|cash:2|transfer:1, is_refundable:boolean prob=0.3")

    /// A newsroom's sections (desks): what a paper is divided into, each with its editor, not a college's class
    /// sections with a room and a semester.
    static let newsSections = EntityTemplate("sections desks news_sections", .lookup, rows: 8,
        "editor_id, name:string enum values=News|Politics|Business|Sports|Opinion|Local|Culture|Science")

    static let fishingWords: Set<String> = ["fishing", "fishery", "fisheries", "fisherman", "fishermen", "trawler", "trawlers",
                                            "angler", "anglers", "catch", "catches"]
    /// A fishing boat's trips: when it left its port and came back, with how many aboard (not a ride-hailing
    /// trip's fare and rating).
    static let fishingTrips = EntityTemplate("trips voyages outings fishing_trips", .event,
        "boat_id|vessel_id|ship_id, captain_id|skipper_id, crew_size:integer number.integer 2..8, departed_at:datetime datetime.past, returned_at:datetime datetime.past, status:string enum values=completed:8|at_sea:1|cancelled:0.5")
    /// A boat: what its owners call it (`RowTitleWriter`'s boat names), its registration, length and year, its home
    /// port (a sea or lake port) and whether it is working (any setting: the catalogue has no other boat).
    static let boats = EntityTemplate("boats vessels fishing_boats trawlers yachts sailboats", .thing, name: "string text.title",
        "owner_id|company_id|marina_id|fleet_id, name, registration_number:string id.pattern pattern=??-####-??, length_m:decimal number.decimal 6..45 p1, year_built:integer number.integer 1975..2024, home_port:string enum values=Gloucester|New~Bedford|Portland|Seattle|Kodiak|Dutch~Harbor|Astoria|Galveston|Key~West|Cape~May|Point~Judith|Morehead~City|San~Diego|Homer, status:string enum values=active:8|in_maintenance:1.5|laid_up:0.5")
    /// What a trip landed: a species, its weight and how many.
    static let fishCatches = EntityTemplate("catches landings", .event,
        "trip_id|voyage_id|boat_id|vessel_id, species:string enum values=Atlantic~Cod|Haddock|Pollock|Mackerel|Herring|Halibut|Yellowfin~Tuna|Red~Snapper|Grouper|Striped~Bass|Monkfish|Flounder, weight_kg:decimal number.decimal 5..2500 lognormal p1, fish_count:integer number.integer 1..400 lognormal")

    static let bloodWords: Set<String> = ["blood", "plasma", "platelet", "platelets", "transfusion", "transfusions", "phlebotomy",
                                          "phlebotomist", "apheresis"]
    /// A blood bank's donors: who they are, their blood type and when they first gave (not a charity's cash donors).
    static let bloodDonors = EntityTemplate("donors blood_donors", .person,
        "first_name, last_name, date_of_birth:date person.birth_date, sex, blood_type:string enum values=O+:38|A+:34|B+:9|AB+:3|O-:7|A-:6|B-:2|AB-:1, email, phone, first_donation_on:date date.past")

    /// Words of a healthcare or veterinary setting, where a visit is a patient's.
    static let healthcareWords: Set<String> = ["clinic", "clinics", "hospital", "hospitals", "patient", "patients", "doctor", "doctors",
                                         "physician", "physicians", "nurse", "nurses", "vet", "vets", "veterinary", "veterinarian",
                                         "dentist", "dental", "medical", "health", "healthcare", "therapist", "therapy", "pet", "pets"]

    /// Words of sending things, where a package is a parcel.
    static let shippingWords: Set<String> = ["shipment", "shipments", "shipping", "courier", "couriers", "carrier", "carriers",
                                             "warehouse", "warehouses", "delivery", "deliveries", "logistics", "parcel", "parcels",
                                             "postal", "mail", "tracking", "freight", "order", "orders", "fulfillment", "fulfilment"]
    /// What a business sells as a bundle (a car wash's, a spa's, a travel agency's packages): a tier with a price.
    static let servicePackages = EntityTemplate("packages service_packages", .thing, rows: 5,
        "name:string enum values=Basic|Standard|Deluxe|Premium|Ultimate, price:decimal number.decimal 10..400 lognormal p2, duration_minutes:integer enum values=15|30|45|60|90|120, is_active:boolean prob=0.85")

    /// A gym's or a club's membership plans: what a member pays a month, not a software tier with seats.
    static let gymPlans = EntityTemplate("plans membership_plans membership_tiers", .lookup, rows: 5,
        "name:string enum values=Basic|Standard|Premium|Student|Family|Off-Peak, monthly_fee:decimal number.decimal 15..150 p2, "
        + "contract_months:integer enum values=1:3|6:1|12:3, includes_classes:boolean prob=0.5, is_active:boolean prob=0.9")
    static let gymWords: Set<String> = ["gym", "gyms", "fitness", "health_club", "crossfit", "pilates", "yoga", "leisure", "swim",
                                        "pool", "club", "clubs", "climbing", "bouldering"]

    static let theatreWords: Set<String> = ["theatre", "theater", "theatres", "theaters", "broadway", "playhouse", "musical", "musicals",
                                            "opera", "box_office", "matinee", "matinees"]
    /// A theatre's shows (productions): a title, a genre, a director, and the run from opening to closing night.
    static let theatreShows = EntityTemplate("shows productions plays", .thing, name: "string media.title",
        "venue_id|theatre_id|theater_id, title, genre:string enum values=Musical:4|Drama:3|Comedy:3|Opera:1|Ballet:1|Revue:0.5, director:string person.full_name, running_time_minutes:integer number.integer 80..180, opening_date:date date.past, closing_date:date date.past")
    /// Seats of a hall (a theatre's, a cinema's, an arena's): a section, a row and a number.
    static let venueSeats = EntityTemplate("seats", .thing,
        "venue_id|theatre_id|theater_id|screen_id|hall_id|auditorium_id, section:string enum values=Orchestra:5|Mezzanine:3|Balcony:3|Box:0.5, row_label:string enum values=A|B|C|D|E|F|G|H|J|K|L|M|N|P, seat_number:integer number.integer 1..30, is_accessible:boolean prob=0.05")

    static let escapeWords: Set<String> = ["escape", "escaperoom", "escape_room", "escape_rooms"]
    /// An escape room: a theme, how hard, for how many, for how long, at what price per player (not a hotel room).
    static let escapeRooms = EntityTemplate("rooms escape_rooms games", .thing, rows: 6,
        "location_id|venue_id, name:string enum values=The~Heist|Pharaoh's~Tomb|Asylum|The~Lost~Temple|Submarine|Haunted~Manor|Prison~Break|The~Lab, difficulty:string enum values=Easy:2|Medium:4|Hard:3|Expert:1, min_players:integer number.integer 2..3, max_players:integer number.integer 5..8, duration_minutes:integer enum values=60:8|75:1|90:1, price_per_person:decimal number.decimal 25..45 p2")
    /// A group's booking of an escape room: when it plays, how many play, what it paid.
    static let escapeBookings = EntityTemplate("bookings reservations", .event,
        "room_id|escape_room_id|game_id, group_id|team_id|customer_id, booked_at:datetime datetime.past, starts_at:datetime datetime.past, players:integer number.integer 2..8, status:string enum values=completed:7|booked:2|cancelled:1|no_show:0.5, total_price")
    /// A group that books an escape room, named as players name their team.
    static let escapeGroups = EntityTemplate("groups teams parties", .organization,
        "name:string enum values=" + RowTitleWriter.groupNames.map { $0.replacingOccurrences(of: " ", with: "~") }.joined(separator: "|")
            + ", size:integer number.integer 2..8, contact_email:string internet.email, created_at")
    /// A group's game: whether it got out, in how long, with how many hints.
    static let escapeResults = EntityTemplate("results game_results outcomes", .event,
        "booking_id|reservation_id|game_id, room_id|escape_room_id, group_id|team_id, escaped:boolean prob=0.45, time_taken_minutes:integer number.integer 25..60, hints_used:integer number.integer 0..6 zipf")

    /// A kindergarten's or a preschool's children: young, in a classroom, with a guardian and any allergy (no email).
    static let childcareChildren = EntityTemplate("children kids pupils students toddlers", .person,
        "classroom_id|room_id|group_id|class_id, guardian_id|parent_id, first_name, last_name, date_of_birth, allergies:string enum values=None:12|Peanuts:1|Tree~nuts:0.5|Dairy:1|Eggs:0.5|Gluten:0.5, enrolled_on:date date.past")
    /// A kindergarten's teachers: a qualification in early childhood, not a college subject.
    static let childcareTeachers = EntityTemplate("teachers educators caregivers staff", .person,
        "classroom_id|room_id|group_id, first_name, last_name, email, phone, qualification:string enum values=Early~Childhood~Education~Degree:4|CDA~Credential:3|Teaching~Assistant~Certificate:2|Montessori~Diploma:1, hire_date")

    static let hackathonWords: Set<String> = ["hackathon", "hackathons", "hackers", "hacker", "hackfest", "codefest", "game_jam", "gamejam"]
    /// A hackathon's teams: a name, a track, the table they work at (not a sports club founded in 1903).
    static let hackathonTeams = EntityTemplate("teams squads", .organization,
        "event_id|hackathon_id, name:string enum values=Null~Pointers|Byte~Me|The~Debuggers|Stack~Smashers|Merge~Conflict|Kernel~Panic|Rubber~Ducks|Syntax~Squad|Cache~Money|Team~404|Bit~Flippers|Hack~Attack, track:string enum values=AI:3|Fintech:2|Health:2|Sustainability:2|Education:1|Open:2, table_number:integer number.integer 1..60, registered_at:datetime datetime.past")
    /// Who takes part in a hackathon: a team, a role, a handle.
    static let hackathonParticipants = EntityTemplate("participants hackers attendees", .person,
        "team_id|squad_id, first_name, last_name, email, role:string enum values=Developer:5|Designer:2|Data~Scientist:2|Product~Manager:1|Student:3, github_handle:string internet.username, registered_at:datetime datetime.past")
    /// What a team built: a title, a track, a repository, when it was submitted (no budget, no due date).
    static let hackathonProjects = EntityTemplate("projects submissions entries", .thing, name: "string text.title",
        "team_id|squad_id, title, track:string enum values=AI:3|Fintech:2|Health:2|Sustainability:2|Education:1|Open:2, repo_url:string internet.url, submitted_at:datetime datetime.past")
    /// A judge's marks for a project, each 1–10.
    static let hackathonScores = EntityTemplate("scores ratings judgings evaluations", .event,
        "judge_id, project_id|submission_id|team_id, innovation:integer number.integer 1..10, technical:integer number.integer 1..10, design:integer number.integer 1..10, presentation:integer number.integer 1..10, scored_at:datetime datetime.past")

    /// The people a funeral home or a registry records as dead: their dates and where they died, and how they are laid
    /// to rest (no email or phone).
    static let deceasedPeople = EntityTemplate("deceased decedents", .person,
        "first_name, last_name, date_of_birth, date_of_death:date date.past, place_of_death:string address.city, disposition:string enum values=Burial:5|Cremation:5|Entombment:1|Donation~to~science:0.3")
    /// Words of computing, where a service is software that runs.
    static let softwareServiceWords: Set<String> = ["server", "servers", "cluster", "clusters", "deployment", "deployments", "container",
                                                    "containers", "microservice", "microservices", "api", "apis", "endpoint", "endpoints",
                                                    "uptime", "incident", "incidents", "devops", "kubernetes", "cloud", "saas", "software",
                                                    "app", "apps", "platform", "release", "releases", "build", "builds", "outage", "outages"]
    /// What a business offers (a funeral home's, a groomer's, a cleaner's services): a name, a price and how long it takes.
    static let offeredServices = EntityTemplate("services service_offerings", .lookup, rows: 8,
        "name:string text.title, price:decimal number.decimal 25..5000 lognormal p2, duration_minutes:integer enum values=30|45|60|90|120|180, is_active:boolean prob=0.9")

    /// Words of a website's or an app's use, where a session is a visitor's.
    static let webWords: Set<String> = ["web", "website", "websites", "site", "app", "apps", "mobile", "analytics", "browser",
                                        "pageview", "pageviews", "page", "pages", "login", "logins", "online", "saas", "platform",
                                        "users", "user", "visitor", "visitors", "clickstream", "ecommerce", "e-commerce", "streaming"]
    /// A session a place runs (a rink's skate session, an auction's sale, a studio's booking): when, how long, how many
    /// it takes, at what price (not a website visit with page views).
    static let venueSessions = EntityTemplate("sessions", .event,
        "venue_id|location_id|room_id|studio_id, starts_at:datetime datetime.past, duration_minutes:integer enum values=60:3|90:3|120:3|180:1, capacity:integer number.integer 10..200, price:decimal number.decimal 5..60 p2, status:string enum values=completed:7|scheduled:2|cancelled:1")
    /// A lesson someone takes in person (driving, music, swimming, tennis): a student, an instructor, when, how long,
    /// at what price (not an online course's video).
    static let privateLessons = EntityTemplate("lessons", .event,
        "student_id|learner_id|client_id|member_id, instructor_id|teacher_id|coach_id|tutor_id, scheduled_at, duration_minutes:integer enum values=30:2|45:3|60:5|90:2|120:1, price:decimal number.decimal 25..120 p2, status:string enum values=completed:7|scheduled:2|cancelled:1|no_show:0.5")

    static let droneWords: Set<String> = ["drone", "drones", "uav", "uavs", "quadcopter", "quadcopters"]
    /// A drone's flight: which drone and pilot, when it took off and landed, how far and how high (not an airliner's route).
    static let droneFlights = EntityTemplate("flights sorties missions", .event,
        "drone_id|uav_id, pilot_id|operator_id, started_at:datetime datetime.past, ended_at:datetime datetime.past, distance_km:decimal number.decimal 0.5..25 lognormal p2, max_altitude_m:integer number.integer 20..120, battery_used_pct:integer number.integer 15..95, purpose:string enum values=Delivery:4|Inspection:3|Survey:2|Photography:2|Training:1")

    static let bowlingWords: Set<String> = ["bowling", "bowler", "bowlers", "alley", "alleys", "tenpin", "candlepin"]
    /// A bowler's game: a lane, when, a score out of 300 and its strikes and spares (not a football match's home and away).
    static let bowlingGames = EntityTemplate("games", .event,
        "bowler_id|player_id|member_id, lane_id, league_id, played_at:datetime datetime.past, score:integer number.integer 60..300, strikes:integer number.integer 0..8, spares:integer number.integer 0..8")

    static let diveWords: Set<String> = ["dive", "dives", "diving", "diver", "divers", "scuba", "snorkel", "snorkeling", "freediving"]
    /// A dive trip: where, when it leaves and returns, how deep, how many divers, at what price (not business travel).
    static let diveTrips = EntityTemplate("trips dive_trips outings excursions", .event,
        "boat_id|vessel_id, instructor_id|guide_id|divemaster_id, dive_site:string enum values=Blue~Hole|Coral~Garden|The~Wall|Shipwreck~Point|Turtle~Reef|Manta~Ridge|Shark~Alley|Cathedral~Caves, departs_at:datetime datetime.past, returns_at:datetime datetime.past, max_depth_m:integer number.integer 8..40, divers:integer number.integer 2..12, price_per_diver:decimal number.decimal 60..250 p2")

    /// Measurements of a body taken for clothes (a tailor's, a fitting's): in centimetres, on a day.
    static let bodyMeasurements = EntityTemplate("measurements body_measurements", .event,
        "customer_id|client_id|member_id, chest_cm:decimal number.decimal 80..125 p1, waist_cm:decimal number.decimal 60..115 p1, hips_cm:decimal number.decimal 82..125 p1, inseam_cm:decimal number.decimal 66..90 p1, sleeve_cm:decimal number.decimal 56..68 p1, measured_on:date date.past")

    /// Who works which event or shift (a caterer's, a venue's staff assignments): a person, a role, when.
    static let staffAssignments = EntityTemplate("assignments staff_assignments shift_assignments crew_assignments", .event,
        "staff_id|employee_id|worker_id|volunteer_id, event_id|shift_id|job_id|booking_id, role:string enum values=Server:4|Bartender:2|Cook:2|Setup:2|Supervisor:1|Driver:1, starts_at:datetime datetime.past, hours:decimal number.decimal 2..10 p1")

    /// A child's parents or guardians (a school's, a kindergarten's, a club's): how they are related, and how to reach
    /// them (the relationship follows the person's sex: a mother is a woman).
    static let guardians = EntityTemplate("guardians parents legal_guardians", .person,
        "first_name, last_name, relationship:string enum values=Mother:5|Father:4|Grandmother:0.6|Grandfather:0.4|Guardian:0.5, email, phone, address")
}
