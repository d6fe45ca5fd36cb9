extension Words {
    /// make|model,model,… aligned records.
    static let vehicleMakes = WordTable("Toyota|Ford|Honda|Chevrolet|Volkswagen|BMW|Mercedes-Benz|Nissan|Hyundai|Kia|Tesla|Audi|Subaru|Mazda|Renault|Peugeot|Fiat|Volvo")
    static let vehicleModels: [WordTable] = [
        WordTable("Corolla|Camry|RAV4|Prius|Highlander|Tacoma"), WordTable("F-150|Focus|Escape|Mustang|Explorer|Ranger"),
        WordTable("Civic|Accord|CR-V|Pilot|Fit|HR-V"), WordTable("Silverado|Malibu|Equinox|Tahoe|Camaro|Bolt"),
        WordTable("Golf|Passat|Tiguan|Polo|Jetta|ID.4"), WordTable("3 Series|5 Series|X3|X5|i4|1 Series"),
        WordTable("C-Class|E-Class|GLC|A-Class|S-Class|EQE"), WordTable("Altima|Sentra|Rogue|Leaf|Pathfinder|Micra"),
        WordTable("Elantra|Tucson|Santa Fe|Kona|Ioniq 5|Sonata"), WordTable("Sportage|Sorento|Rio|Niro|EV6|Ceed"),
        WordTable("Model 3|Model Y|Model S|Model X"), WordTable("A3|A4|A6|Q3|Q5|e-tron"),
        WordTable("Outback|Forester|Impreza|Crosstrek|Legacy"), WordTable("Mazda3|CX-5|CX-30|MX-5|Mazda6"),
        WordTable("Clio|Megane|Captur|Zoe|Kadjar"), WordTable("208|308|2008|3008|508"), WordTable("500|Panda|Tipo|Punto"),
        WordTable("XC40|XC60|XC90|V60|S60"),
    ]
    /// World manufacturer identifiers, aligned with `vehicleMakes`.
    static let vehicleWMI = WordTable("JTD|1FA|JHM|1G1|WVW|WBA|WDD|JN1|KMH|KNA|5YJ|WAU|JF1|JM1|VF1|VF3|ZFA|YV1")
    /// Makers of heavy trucks and their models, and their identifiers, aligned as the lists above.
    static let truckMakes = WordTable("Freightliner|Volvo|Kenworth|Peterbilt|International|Mack|Western Star|Isuzu|Hino")
    static let truckModels: [WordTable] = [
        WordTable("Cascadia|M2 106|Columbia"), WordTable("VNL 860|VNR 640|VNL 760"), WordTable("T680|W900|T880"),
        WordTable("579|389|567"), WordTable("LT Series|RH Series|HV Series"), WordTable("Anthem|Pinnacle|Granite"),
        WordTable("49X|57X|5700XE"), WordTable("NPR|NQR|FTR"), WordTable("268|338|L6"),
    ]
    static let truckWMI = WordTable("1FU|4V4|1XK|1XP|3HS|1M1|5KJ|JAL|5PV")
    /// Makers of farm machinery and their tractors and combines, aligned as the lists above.
    static let farmMakes = WordTable("John Deere|Case IH|New Holland|Kubota|Massey Ferguson|Claas|Fendt|Deutz-Fahr")
    static let farmModels: [WordTable] = [
        WordTable("6155R|8R 410|5075E|S780"), WordTable("Magnum 340|Puma 185|Farmall 75C|Axial-Flow 8250"),
        WordTable("T7.270|T8.410|Workmaster 75|CR8.90"), WordTable("M7-172|L3901|MX6000|M5-111"),
        WordTable("8S.265|6S.180|5713|4707"), WordTable("Axion 870|Arion 660|Lexion 8900|Jaguar 990"),
        WordTable("942 Vario|724 Vario|314 Vario|1050 Vario"), WordTable("6185 TTV|5115|7250 TTV|9340 TTV"),
    ]
    static let farmWMI = WordTable("1RW|JJG|1HD|JKB|AGC|CLA|X7F|ZKD")
    /// Builders of boats and their models, aligned as the lists above (the codes are hull identification prefixes).
    static let boatMakes = WordTable("Sea Ray|Boston Whaler|Bayliner|Grady-White|Beneteau|Catalina|Jeanneau|Yamaha|Chris-Craft|Hunter")
    static let boatModels: [WordTable] = [
        WordTable("Sundancer 320|SPX 190|SLX 260"), WordTable("Montauk 170|Outrage 280|Dauntless 240"), WordTable("Element E18|VR5|Trophy T22CC"),
        WordTable("Freedom 235|Canyon 306|Fisherman 216"), WordTable("Oceanis 40.1|Antares 8|Flyer 9"), WordTable("Catalina 315|Catalina 22|Catalina 425"),
        WordTable("Sun Odyssey 410|Merry Fisher 795|Cap Camarat 7.5"), WordTable("AR190|252S|SX195"), WordTable("Launch 25|Capri 21|Calypso 30"),
        WordTable("Hunter 33|Hunter 27|Marlow-Hunter 42"),
    ]
    static let boatWMI = WordTable("SER|BWC|BNZ|NTL|BEY|CTY|JYB|YAM|CCB|HUN")
    static let platePatterns: [String: String] = [
        "en_US": "%??-####|#???###|???-####", "de_DE": "?? ?? ####|? ?? ###|??? ? ####", "fr_FR": "??-###-??",
        "es_ES": "#### ???", "pt_BR": "???#?##|???-####", "ja_JP": "### ?? ##-##",
    ]

    static let bloodTypes = WordTable("O+|A+|B+|AB+|O-|A-|B-|AB-")
    static let bloodWeights: [Double] = [0.374, 0.357, 0.085, 0.034, 0.066, 0.063, 0.015, 0.006]
    /// Diagnoses aligned with their ICD-10 codes.
    static let diagnoses = WordTable("""
    Essential hypertension|Type 2 diabetes mellitus|Acute upper respiratory infection|Low back pain|Major depressive disorder|\
    Generalized anxiety disorder|Asthma|Hyperlipidemia|Gastro-esophageal reflux disease|Urinary tract infection|Migraine|\
    Osteoarthritis of knee|Acute bronchitis|Hypothyroidism|Atrial fibrillation|Chronic obstructive pulmonary disease|\
    Allergic rhinitis|Iron deficiency anemia|Obesity|Vitamin D deficiency|Acute sinusitis|Otitis media|Influenza|\
    Contact dermatitis|Insomnia|Pneumonia|Sprain of ankle|Conjunctivitis|Chronic kidney disease|Heart failure
    """)
    static let icd10 = WordTable("""
    I10|E11.9|J06.9|M54.5|F32.9|F41.1|J45.909|E78.5|K21.9|N39.0|G43.909|M17.9|J20.9|E03.9|I48.91|J44.9|J30.9|D50.9|\
    E66.9|E55.9|J01.90|H66.90|J11.1|L25.9|G47.00|J18.9|S93.409A|H10.9|N18.9|I50.9
    """)
    static let medications = WordTable("""
    Lisinopril 10 mg|Metformin 500 mg|Atorvastatin 20 mg|Levothyroxine 50 mcg|Amlodipine 5 mg|Omeprazole 20 mg|\
    Albuterol inhaler|Sertraline 50 mg|Ibuprofen 400 mg|Amoxicillin 500 mg|Losartan 50 mg|Gabapentin 300 mg|\
    Hydrochlorothiazide 25 mg|Prednisone 10 mg|Montelukast 10 mg|Escitalopram 10 mg|Furosemide 40 mg|Warfarin 5 mg|\
    Insulin glargine|Cetirizine 10 mg|Pantoprazole 40 mg|Tramadol 50 mg|Rosuvastatin 10 mg|Meloxicam 15 mg
    """)
    /// Each of `medications`' class, in the same order (`SchemaResolver.applyDrugClass`).
    static let medicationClasses = [
        "Antihypertensive", "Antidiabetic", "Statin", "Thyroid hormone", "Antihypertensive", "Proton pump inhibitor",
        "Bronchodilator", "Antidepressant", "Analgesic", "Antibiotic", "Antihypertensive", "Anticonvulsant",
        "Diuretic", "Corticosteroid", "Leukotriene antagonist", "Antidepressant", "Diuretic", "Anticoagulant",
        "Antidiabetic", "Antihistamine", "Proton pump inhibitor", "Analgesic", "Statin", "Analgesic",
    ]
    /// Vaccines people are given.
    static let vaccines = WordTable("""
    Influenza|COVID-19|Hepatitis B|Hepatitis A|Tetanus, diphtheria and pertussis (Tdap)|MMR|HPV|Pneumococcal|Shingles|\
    Meningococcal|Varicella|Polio
    """)
    /// Vaccines a vet gives a pet of any species the clinic sees (the row says which animal, not which
    /// species, so no dog-only or cat-only vaccine).
    static let vetVaccines = WordTable("""
    Rabies|Bordetella|Leptospirosis|Core combination vaccine|Annual booster
    """)
    /// A vet's findings, treatments and drugs, for any pet a clinic sees (a dog, a cat, a hamster).
    static let vetDiagnoses = WordTable("""
    Ear infection|Dental disease|Skin allergy|Gastroenteritis|Obesity|Arthritis|Conjunctivitis|Urinary tract infection|\
    Intestinal parasites|Mites|Minor wound|Abscess|Respiratory infection|Lameness|Overgrown nails|Dermatitis|\
    Eye infection|No abnormal findings
    """)
    static let vetTreatments = WordTable("""
    Vaccination|Dental cleaning|Wound cleaning and dressing|Ear cleaning|Deworming|Flea and tick treatment|Nail trim|\
    Blood tests|X-ray|Ultrasound|Fluid therapy|Spay or neuter surgery|Microchipping|Skin scraping|Eye flush|Abscess drainage
    """)
    static let vetMedications = WordTable("""
    Meloxicam oral suspension|Amoxicillin-clavulanate|Enrofloxacin|Metronidazole|Fenbendazole dewormer|Ivermectin|\
    Selamectin spot-on|Chlorhexidine wash|Antibiotic eye drops|Ear drops|Buprenorphine|Prednisolone|Maropitant|Probiotic paste
    """)
    static let allergies = WordTable("""
    Penicillin|Peanuts|Tree nuts|Shellfish|Latex|Pollen|Dust mites|Cat dander|Dog dander|Eggs|Milk|Soy|Wheat|\
    Sulfa drugs|Aspirin|Bee stings|Mold|None known
    """)
    static let specialties = WordTable("""
    Cardiology|Dermatology|Endocrinology|Family Medicine|Gastroenterology|General Surgery|Internal Medicine|Neurology|\
    Obstetrics and Gynecology|Oncology|Ophthalmology|Orthopedics|Pediatrics|Psychiatry|Pulmonology|Radiology|\
    Rheumatology|Urology|Emergency Medicine|Anesthesiology|Nephrology|Infectious Disease
    """)

    static let subjects = WordTable("""
    Mathematics|Physics|Chemistry|Biology|History|Economics|Computer Science|Psychology|Philosophy|Literature|\
    Sociology|Statistics|Political Science|Art History|Linguistics|Geography|Music Theory|Accounting|Marketing|\
    Engineering|Astronomy|Anthropology|Environmental Science|Nursing
    """)
    static let coursePrefixes = WordTable("Introduction to|Advanced|Principles of|Topics in|Foundations of|Applied|Seminar in|History of")
    static let grades = WordTable("A|A-|B+|B|B-|C+|C|C-|D|F")
    static let gradeWeights: [Double] = [0.18, 0.12, 0.13, 0.15, 0.1, 0.09, 0.09, 0.05, 0.05, 0.04]
    static let degrees = WordTable("""
    High School Diploma|Associate of Arts|Bachelor of Arts|Bachelor of Science|Master of Arts|Master of Science|\
    Master of Business Administration|Doctor of Philosophy|Doctor of Medicine|Juris Doctor|Bachelor of Engineering|Master of Engineering
    """)
    static let schoolPatterns = WordTable("University of |State University|Institute of Technology|College|Community College|Polytechnic")

    /// Airports: IATA code, name, city, country, latitude, longitude, time zone.
    static let airports = RecordTable("""
    ATL|Hartsfield-Jackson Atlanta International Airport|Atlanta|United States|33.6407|-84.4277|America/New_York;\
    LAX|Los Angeles International Airport|Los Angeles|United States|33.9416|-118.4085|America/Los_Angeles;\
    ORD|O'Hare International Airport|Chicago|United States|41.9742|-87.9073|America/Chicago;\
    DFW|Dallas/Fort Worth International Airport|Dallas|United States|32.8998|-97.0403|America/Chicago;\
    DEN|Denver International Airport|Denver|United States|39.8561|-104.6737|America/Denver;\
    JFK|John F. Kennedy International Airport|New York|United States|40.6413|-73.7781|America/New_York;\
    SFO|San Francisco International Airport|San Francisco|United States|37.6213|-122.3790|America/Los_Angeles;\
    SEA|Seattle-Tacoma International Airport|Seattle|United States|47.4502|-122.3088|America/Los_Angeles;\
    MIA|Miami International Airport|Miami|United States|25.7959|-80.2870|America/New_York;\
    BOS|Boston Logan International Airport|Boston|United States|42.3656|-71.0096|America/New_York;\
    LHR|London Heathrow Airport|London|United Kingdom|51.4700|-0.4543|Europe/London;\
    CDG|Paris Charles de Gaulle Airport|Paris|France|49.0097|2.5479|Europe/Paris;\
    FRA|Frankfurt Airport|Frankfurt|Germany|50.0379|8.5622|Europe/Berlin;\
    MUC|Munich Airport|Munich|Germany|48.3537|11.7750|Europe/Berlin;\
    AMS|Amsterdam Airport Schiphol|Amsterdam|Netherlands|52.3105|4.7683|Europe/Amsterdam;\
    MAD|Adolfo Suárez Madrid-Barajas Airport|Madrid|Spain|40.4983|-3.5676|Europe/Madrid;\
    BCN|Barcelona-El Prat Airport|Barcelona|Spain|41.2974|2.0833|Europe/Madrid;\
    FCO|Rome Fiumicino Airport|Rome|Italy|41.8003|12.2389|Europe/Rome;\
    HND|Tokyo Haneda Airport|Tokyo|Japan|35.5494|139.7798|Asia/Tokyo;\
    NRT|Narita International Airport|Tokyo|Japan|35.7720|140.3929|Asia/Tokyo;\
    KIX|Kansai International Airport|Osaka|Japan|34.4320|135.2304|Asia/Tokyo;\
    GRU|São Paulo/Guarulhos International Airport|São Paulo|Brazil|-23.4356|-46.4731|America/Sao_Paulo;\
    GIG|Rio de Janeiro/Galeão International Airport|Rio de Janeiro|Brazil|-22.8090|-43.2506|America/Sao_Paulo;\
    DXB|Dubai International Airport|Dubai|United Arab Emirates|25.2532|55.3657|Asia/Dubai;\
    SIN|Singapore Changi Airport|Singapore|Singapore|1.3644|103.9915|Asia/Singapore;\
    HKG|Hong Kong International Airport|Hong Kong|Hong Kong|22.3080|113.9185|Asia/Hong_Kong;\
    SYD|Sydney Airport|Sydney|Australia|-33.9399|151.1753|Australia/Sydney;\
    YYZ|Toronto Pearson International Airport|Toronto|Canada|43.6777|-79.6248|America/Toronto;\
    MEX|Mexico City International Airport|Mexico City|Mexico|19.4361|-99.0719|America/Mexico_City;\
    ICN|Incheon International Airport|Seoul|South Korea|37.4602|126.4407|Asia/Seoul
    """, columns: 7)
    /// Airlines: name, IATA code, home country.
    static let airlines = RecordTable("""
    Delta Air Lines|DL|United States;American Airlines|AA|United States;United Airlines|UA|United States;\
    Southwest Airlines|WN|United States;Alaska Airlines|AS|United States;JetBlue|B6|United States;\
    Lufthansa|LH|Germany;Air France|AF|France;British Airways|BA|United Kingdom;KLM|KL|Netherlands;Iberia|IB|Spain;\
    Japan Airlines|JL|Japan;All Nippon Airways|NH|Japan;LATAM Airlines|LA|Chile;Emirates|EK|United Arab Emirates;\
    Singapore Airlines|SQ|Singapore;Qantas|QF|Australia;Air Canada|AC|Canada;Ryanair|FR|Ireland;easyJet|U2|United Kingdom
    """, columns: 3)
    static let hotelWords = WordTable("Grand|Royal|Harbor|Park|Plaza|Palace|Garden|Riverside|Central|Seaside|Summit|Heritage|Boutique|Imperial|Lakeside")
    static let hotelTypes = WordTable("Hotel|Inn|Resort|Suites|Lodge|Hotel & Spa")

    /// What clubs and teams call themselves after their city.
    static let teamNicknames = WordTable("""
    Rovers|United|Athletic|Wanderers|Rangers|Falcons|Lions|Tigers|Eagles|Hawks|Bears|Wolves|Stallions|Titans|Comets|\
    Thunder|Storm|Knights|Pioneers|Mariners|Dragons|Panthers|Warriors|Spartans|Hornets|Bulldogs|Raiders|Cyclones|Owls|Foxes
    """)
    /// Names people give pets, the common ones of both sexes.
    static let petNames = WordTable("""
    Bella|Max|Luna|Charlie|Lucy|Cooper|Daisy|Milo|Bailey|Rocky|Sadie|Buddy|Molly|Bear|Lola|Tucker|Stella|Duke|Zoe|Oliver|\
    Chloe|Leo|Penny|Toby|Rosie|Murphy|Coco|Winston|Nala|Ziggy|Pepper|Biscuit|Mochi|Simba|Ginger|Oscar|Willow|Gizmo|Maple|\
    Shadow|Pumpkin|Ruby|Archie|Olive|Teddy|Hazel|Louie|Poppy|Scout|Koda|Cleo|Jasper|Honey|Bruno|Pip|Noodle|Smokey|Kiwi
    """)
    static let sensorTypes = WordTable("""
    temperature|humidity|pressure|co2|motion|light|vibration|voltage|current|water_level|air_quality|gps|\
    accelerometer|gyroscope|proximity|sound|smoke|door_contact
    """)
    /// File extension|MIME type aligned records.
    static let files = RecordTable("""
    pdf|application/pdf;docx|application/vnd.openxmlformats-officedocument.wordprocessingml.document;\
    xlsx|application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;csv|text/csv;txt|text/plain;jpg|image/jpeg;\
    png|image/png;gif|image/gif;svg|image/svg+xml;mp4|video/mp4;mp3|audio/mpeg;wav|audio/wav;zip|application/zip;\
    json|application/json;xml|application/xml;html|text/html;pptx|application/vnd.openxmlformats-officedocument.presentationml.presentation;\
    md|text/markdown;gz|application/gzip;webp|image/webp
    """, columns: 2)
    static let fileWords = WordTable("""
    report|invoice|summary|notes|draft|final|budget|photo|scan|contract|presentation|backup|export|data|image|\
    receipt|schedule|proposal|minutes|statement|chart|diagram|recording|archive
    """)
}
