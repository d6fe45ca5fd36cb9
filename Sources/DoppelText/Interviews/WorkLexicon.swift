/// The kinds of work a job title's head noun can name. Each has its own vocabulary of
/// people, objects, tools, activities and hard situations (`WorkKindBank`).
enum WorkKind: String, CaseIterable, Sendable {
    case science, engineering, technical, care, service, craft, creative, office, management, advisory, operations,
         analysis, education, inspection, safety,
         /// growing, keeping and tending: farms, gardens, hives, herds, forests
         land,
         /// turning words from one language into another
         language,
         /// keeping, cataloguing, lending and showing a collection: museums, archives, libraries
         collections,
         /// cooking for a restaurant, a canteen or a bakery: menus, prep, service, food safety
         kitchen
}

/// Head nouns of job titles and the kind of work each names, with the subject the noun
/// itself implies ("sommelier" → service, wine). A general vocabulary of occupations;
/// nouns not listed are classed by their ending (`kind(byEnding:)`).
package enum WorkLexicon {
    /// `noun[ noun] = kind[ / subject]`, one head per line.
    private static let source = """
    scientist = science | researcher = science | chemist = science / chemistry | physicist = science / physics
    botanist = science / botany | astronomer = science / astronomy | geneticist = science / genetics
    mathematician = science / mathematics | naturalist = science / natural history | agronomist = science / agronomy
    engineer = engineering | architect = engineering / building design | drafter = engineering / technical drawing
    draughtsman = engineering / technical drawing | developer = engineering | designer = creative
    technician = technical | mechanic = technical / vehicle | electrician = technical / electrical | plumber = technical / plumbing
    installer = technical | fitter = technical | machinist = technical / machining | repairer = technical | lineman = technical / power line
    locksmith = technical / lock | millwright = technical / machinery
    doctor = care / medical | physician = care / medical | surgeon = care / surgical | therapist = care / therapy
    physiotherapist = care / physiotherapy | dentist = care / dental | hygienist = care / dental hygiene
    pharmacist = care / pharmacy | paramedic = care / emergency care | midwife = care / maternity | carer = care
    caregiver = care | optometrist = care / eye care | veterinarian = care / veterinary | vet = care / veterinary
    dietitian = care / nutrition | dietician = care / nutrition | psychologist = care / psychology | psychiatrist = care / psychiatric
    radiographer = care / imaging | sonographer = care / ultrasound | audiologist = care / hearing | counsellor = care / counselling
    counselor = care / counseling | nurse = care / nursing | chiropractor = care / chiropractic | podiatrist = care / foot care
    sommelier = service / wine | waiter = service / table | waitress = service / table | server = service / table
    barista = service / coffee | bartender = service / bar | host = service | hostess = service | concierge = service / guest
    receptionist = service / front desk | cashier = service / till | housekeeper = service / housekeeping | attendant = service
    steward = service | stewardess = service | porter = service / luggage | valet = service / parking | usher = service
    flight attendant = service / cabin | hairdresser = service / hair | stylist = service / styling | beautician = service / beauty
    chef = kitchen | cook = kitchen | baker = kitchen / bakery | line cook = kitchen | prep cook = kitchen
    sous chef = kitchen | pastry chef = kitchen / pastry | kitchen porter = kitchen | butcher = craft / butchery | tailor = craft / tailoring
    seamstress = craft / sewing | florist = craft / floral | gardener = land / garden | landscaper = land / landscaping
    farmer = land / farm | welder = craft / welding | jeweller = craft / jewellery | jeweler = craft / jewelry
    potter = craft / pottery | brewer = craft / brewing | winemaker = craft / winemaking | blacksmith = craft / forge
    carpenter = craft / carpentry | joiner = craft / joinery | upholsterer = craft / upholstery | bricklayer = craft / brickwork
    roofer = craft / roofing | plasterer = craft / plastering | painter = craft / painting | decorator = craft / decorating
    cabinetmaker = craft / cabinetmaking | glazier = craft / glazing | groomer = craft / grooming
    writer = creative / writing | editor = creative / editing | photographer = creative / photography
    illustrator = creative / illustration | journalist = creative / news | reporter = creative / news | producer = creative / production
    copywriter = creative / copywriting | animator = creative / animation | musician = creative / music | artist = creative
    videographer = creative / video | translator = language | interpreter = language | subtitler = language / subtitle
    linguist = language | transcriber = language / transcription | captioner = language / caption
    composer = creative / music | author = creative / writing | curator = collections | choreographer = creative / dance
    specialist = office | clerk = office | administrator = office | officer = office | coordinator = office | assistant = office
    secretary = office | representative = office | associate = office | processor = office | bookkeeper = office / bookkeeping
    registrar = office / records | administrator = office | archivist = collections / archive | librarian = collections / library
    conservator = collections / conservation | collections manager = collections | exhibitions officer = collections / exhibition
    manager = management | director = management | supervisor = management | head = management | chief = management
    superintendent = management | foreman = management | forewoman = management | president = management | owner = management
    consultant = advisory | advisor = advisory | adviser = advisory | lawyer = advisory / legal | solicitor = advisory / legal
    attorney = advisory / legal | barrister = advisory / legal | broker = advisory | planner = advisory | agent = advisory
    paralegal = advisory / legal | notary = advisory / legal | strategist = advisory / strategy
    driver = operations / driving | pilot = operations / flight | operator = operations | dispatcher = operations / dispatch
    courier = operations / delivery | captain = operations | conductor = operations | deckhand = operations / deck
    navigator = operations / navigation | controller = operations | picker = operations / warehouse | packer = operations / packing
    air traffic controller = operations / air traffic | forklift driver = operations / warehouse | truck driver = operations / haulage
    analyst = analysis | economist = analysis / economics | actuary = analysis / actuarial | statistician = analysis / statistics
    quant = analysis / quantitative | trainer = education / training | instructor = education | coach = education / coaching
    tutor = education | educator = education | mentor = education | professor = education | lecturer = education
    inspector = inspection | auditor = inspection | assessor = inspection / assessment | examiner = inspection
    surveyor = inspection / survey | investigator = inspection / investigation | adjuster = inspection / claims
    appraiser = inspection / valuation | guard = safety / security | firefighter = safety / fire | lifeguard = safety / water safety
    ranger = safety / park | warden = safety | police officer = safety / policing | security officer = safety / security
    correctional officer = safety / custody | fire officer = safety / fire
    financial controller = office / financial
    shepherd = land / sheep | rancher = land / ranch | forester = land / forest | arborist = land / tree
    horticulturist = land / horticulture | farmhand = land / farm | herdsman = land / herd | stockman = land / livestock
    fisherman = land / fishing | grower = land | zookeeper = care / animal care | vintner = craft / winemaking | playwright = creative / theatre
    """

    package struct Entry: Equatable {
        var kind: WorkKind
        var domain: String?
        /// How many words of the title the entry's noun covers.
        package var words: Int
    }

    private static let table: [String: (WorkKind, String?)] = {
        var t: [String: (WorkKind, String?)] = [:]
        for item in source.split(whereSeparator: { $0 == "|" || $0 == "\n" }) {
            let sides = item.split(separator: "=", maxSplits: 1).map { $0.trimmingSpaces() }
            guard sides.count == 2 else { continue }
            let rhs = sides[1].split(separator: "/", maxSplits: 1).map { String($0.trimmingSpaces()) }
            guard let kind = rhs.first.flatMap(WorkKind.init(rawValue:)) else { continue }
            t[String(sides[0])] = (kind, rhs.count > 1 ? rhs[1] : nil)
        }
        return t
    }()

    /// The listed head that ends `words`, longest first ("air traffic controller" before "controller").
    package static func entry(for words: [String]) -> Entry? {
        for n in stride(from: min(3, words.count), through: 1, by: -1) {
            let key = words.suffix(n).joined(separator: " ").lowercased()
            if let (kind, domain) = table[key] { return Entry(kind: kind, domain: domain, words: n) }
        }
        return nil
    }

    /// Whether `noun` is a broad head ("engineer", "controller", "instructor"): listed with no
    /// subject of its own, so "marine engineer" is not the same job as "engineer".
    static func isBroadHead(_ noun: String) -> Bool {
        guard let (_, domain) = table[noun.lowercased()] else { return false }
        return domain == nil
    }

    /// The kind of an unlisted head noun, from its ending: "-ologist", "-ographer" study a
    /// field; "-ician" practise a technique; anything else is taken as specialist office work.
    static func kind(byEnding head: String) -> WorkKind {
        let h = head.lowercased()
        if h.hasSuffix("ologist") || h.hasSuffix("ographer") || h.hasSuffix("onomist") { return .science }
        // a keeper of bees, a zoo, grounds: tending; of a shop or an inn: serving customers
        if let kept = compoundPrefix(h, "keeper") { return ["shop", "inn", "store", "house", "door"].contains(kept) ? .service : .land }
        if compoundPrefix(h, "herd") != nil { return .land }
        // a goldsmith, a watchmaker, a shipwright: making by hand
        if compoundPrefix(h, "smith") != nil || compoundPrefix(h, "maker") != nil || compoundPrefix(h, "wright") != nil { return .craft }
        if h.hasSuffix("ician") { return .technical }
        if h.hasSuffix("ist") { return .office }
        return .office
    }

    /// The first part of a closed compound ending in `ending` ("bee" of "beekeeper"), if it has one of
    /// at least three letters.
    static func compoundPrefix(_ word: String, _ ending: String) -> String? {
        guard word.hasSuffix(ending), word.count >= ending.count + 3 else { return nil }
        var part = String(word.dropLast(ending.count))
        while part.hasSuffix("-") { part.removeLast() }
        return part.count >= 3 ? part : nil
    }

    /// The field an unlisted head noun names by its ending: biologist → biology,
    /// oceanographer → oceanography, agronomist → agronomy.
    static func field(byEnding head: String) -> String? {
        let h = head.lowercased()
        // what a compound's first part names: beekeeper → bee, watchmaker → watch, goatherd → goat
        for ending in ["keeper", "herd", "smith", "maker", "wright"] { if let part = compoundPrefix(h, ending) { return part } }
        if h.hasSuffix("ologist") { return String(h.dropLast(3)) + "y" }
        if h.hasSuffix("ographer") { return String(h.dropLast(2)) + "y" }
        if h.hasSuffix("onomist") { return String(h.dropLast(3)) + "y" }
        return nil
    }
}
