/// Templates of places where a common table name means something else than the catalogue's usual pick: a dance
/// studio's classes and students, a zoo's animals, a tattoo parlour's artists, a newsroom's sections, a fishing
/// fleet's trips and catches, a blood bank's donors, a business's visits (`SchemaAssembler.placeTemplate`).
extension DomainCatalogue {
    static let danceWords: Set<String> = ["dance", "dances", "dancing", "dancer", "dancers", "ballet", "ballroom", "salsa", "tango",
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
    static let careWords: Set<String> = ["clinic", "clinics", "hospital", "hospitals", "patient", "patients", "doctor", "doctors",
                                         "physician", "physicians", "nurse", "nurses", "vet", "vets", "veterinary", "veterinarian",
                                         "dentist", "dental", "medical", "health", "healthcare", "therapist", "therapy", "pet", "pets"]

    /// Words of sending things, where a package is a parcel.
    static let shippingWords: Set<String> = ["shipment", "shipments", "shipping", "courier", "couriers", "carrier", "carriers",
                                             "warehouse", "warehouses", "delivery", "deliveries", "logistics", "parcel", "parcels",
                                             "postal", "mail", "tracking", "freight", "order", "orders", "fulfillment", "fulfilment"]
    /// What a business sells as a bundle (a car wash's, a spa's, a travel agency's packages): a tier with a price.
    static let servicePackages = EntityTemplate("packages service_packages", .thing, rows: 5,
        "name:string enum values=Basic|Standard|Deluxe|Premium|Ultimate, price:decimal number.decimal 10..400 lognormal p2, duration_minutes:integer enum values=15|30|45|60|90|120, is_active:boolean prob=0.85")
}
