import DoppelText
import DoppelEngine

/// Where a dance studio, a zoo, a tattoo parlour, a newsroom or a fishing fleet changes what a table is
/// (`DomainCatalogue+Places`); before `settingTemplate`'s own overrides (a ballet school is no school district).
extension SchemaAssembler {
    /// The template the prompt's setting gives entity `i` (key `key`), or nil to keep the catalogue's.
    func placeTemplate(_ i: Int, key: String) -> EntityTemplate? {
        let head = entities[i].head
        let words = Set(reading.allWords.map { $0.lowercased() }).union(entities[i].keyWords.map(String.init))
        func setting(_ list: Set<String>) -> Bool { !words.isDisjoint(with: list) }
        // An escape room's tables: even with listed columns, which keep their names and take the template's kinds
        // (`hints_used` is a handful).
        func escapeRoomTemplate() -> EntityTemplate? {
            guard setting(DomainCatalogue.escapeWords) else { return nil }
            switch head {
            case "room": return DomainCatalogue.escapeRooms
            case "booking", "reservation": return DomainCatalogue.escapeBookings
            case "group", "team", "party": return DomainCatalogue.escapeGroups
            case "result", "outcome": return DomainCatalogue.escapeResults
            default: return nil
            }
        }
        // Every other rule lets a table's listed columns stand.
        if entities[i].draft.columnsExplicit { return escapeRoomTemplate() }
        if DomainCatalogue.equipmentHeads.contains(head), let types = DomainCatalogue.equipmentTypes(words) {
            return DomainCatalogue.ownedEquipment(types: types)
        } else if head == "ticket", entities[i].keyWords.count == 1, setting(DomainCatalogue.admissionWords),
                  !setting(["support", "helpdesk", "help", "desk", "sla", "agent", "agents", "bug", "bugs", "issue", "issues",
                            "customer_service", "it", "incident", "incidents", "queue", "escalation"]),
                  let admission = DomainCatalogue.admissionTickets {
            // A ferry's, a concert's or a museum's tickets admit someone (with a price), not a support desk's cases.
            return admission
        } else if ["student", "learner", "pupil"].contains(head), setting(DomainCatalogue.lessonSchoolWords),
                  !setting(DomainCatalogue.academicWords), !setting(SettingSpecs.childcareWords) {
            return DomainCatalogue.danceStudents
        } else if ["instructor", "teacher", "coach", "tutor"].contains(head), setting(DomainCatalogue.lessonSchoolWords),
                  !setting(DomainCatalogue.academicWords), !setting(SettingSpecs.childcareWords), !setting(DomainCatalogue.danceWords) {
            return DomainCatalogue.lessonInstructors
        } else if head == "unit", setting(DomainCatalogue.healthcareWords.union(["nurse", "nurses", "ward", "wards", "beds", "icu"])),
                  !setting(["apartment", "apartments", "tenant", "tenants", "rent", "lease", "leases", "landlord"]),
                  let wards = DomainCatalogue.index["ward"]?.first {
            // A hospital's units are its wards (ICU, Maternity), not apartments with bedrooms and rent.
            return wards
        } else if head == "account", setting(DomainCatalogue.utilityWords),
                  !setting(["bank", "banking", "checking", "savings", "loan", "loans", "credit", "transaction", "transactions"]) {
            return DomainCatalogue.utilityAccounts
        } else if ["device", "monitor"].contains(head), setting(DomainCatalogue.homeHealthWords),
                  setting(["patient", "patients", "reading", "readings", "user", "users", "app", "monitoring"]),
                  !setting(["smart", "thermostat", "thermostats", "warehouse", "factory", "iot", "sensor", "sensors"]) {
            return DomainCatalogue.homeHealthDevices(words)
        } else if ["plan", "tier"].contains(head), setting(DomainCatalogue.gymWords),
                  !setting(["saas", "software", "api", "seats", "seat", "app", "platform", "streaming"]) {
            return DomainCatalogue.gymPlans
        } else if ["class", "lesson"].contains(head), setting(DomainCatalogue.danceWords), !setting(["university", "college"]) {
            return DomainCatalogue.danceClasses
        } else if ["student", "dancer"].contains(head), setting(DomainCatalogue.danceWords),
                  !setting(["university", "college", "gpa"]) {
            return DomainCatalogue.danceStudents
        } else if ["instructor", "teacher", "choreographer"].contains(head), setting(DomainCatalogue.danceWords),
                  !setting(["university", "college"]) {
            return DomainCatalogue.danceInstructors
        } else if head == "animal", setting(DomainCatalogue.zooWords) {
            return DomainCatalogue.zooAnimals
        } else if head == "artist", setting(DomainCatalogue.tattooWords) {
            return DomainCatalogue.tattooArtists
        } else if ["appointment", "booking", "session"].contains(head), setting(DomainCatalogue.tattooWords) {
            return DomainCatalogue.tattooAppointments
        } else if head == "deposit",
                  entities.contains(where: { ["appointment", "booking", "reservation", "session"].contains($0.head) }),
                  !entities.contains(where: { ["account", "wallet", "bank", "withdrawal"].contains($0.head) }) {
            return DomainCatalogue.bookingDeposits
        } else if ["section", "desk"].contains(head), setting(NewsHeadlines.newsWords) {
            return DomainCatalogue.newsSections
        } else if ["trip", "voyage", "outing"].contains(head), setting(DomainCatalogue.fishingWords),
                  entities.contains(where: { ["boat", "vessel", "ship", "trawler"].contains($0.head) }) {
            return DomainCatalogue.fishingTrips
        } else if ["catch", "landing"].contains(head), setting(DomainCatalogue.fishingWords) {
            return DomainCatalogue.fishCatches
        } else if head == "package", !setting(DomainCatalogue.shippingWords),
                  !entities.contains(where: { DomainCatalogue.shippingWords.contains($0.head) }) {
            // With nothing shipped, a package is a tier a business sells (a car wash's, a spa's), not a parcel.
            return DomainCatalogue.servicePackages
        } else if ["show", "production", "play"].contains(head), setting(DomainCatalogue.theatreWords),
                  !setting(["podcast", "podcasts", "radio", "tv", "television", "streaming", "episode", "episodes"]) {
            return DomainCatalogue.theatreShows
        } else if head == "seat", setting(DomainCatalogue.theatreWords.union(["cinema", "cinemas", "arena", "stadium",
                                                                                          "concert", "concerts", "venue", "venues", "hall"])) {
            return DomainCatalogue.venueSeats
        } else if let escape = escapeRoomTemplate() {
            return escape
        } else if ["child", "kid", "pupil", "student", "toddler"].contains(head), setting(SettingSpecs.childcareWords) {
            return DomainCatalogue.childcareChildren
        } else if ["teacher", "educator", "caregiver"].contains(head), setting(SettingSpecs.childcareWords) {
            return DomainCatalogue.childcareTeachers
        } else if setting(DomainCatalogue.hackathonWords), ["team", "squad", "project", "submission", "score", "judging", "participant", "hacker", "attendee"].contains(head) {
            switch head {
            case "team", "squad": return DomainCatalogue.hackathonTeams
            case "participant", "hacker", "attendee": return DomainCatalogue.hackathonParticipants
            case "project", "submission": return DomainCatalogue.hackathonProjects
            default: return DomainCatalogue.hackathonScores
            }
        } else if ["flight", "sortie", "mission"].contains(head), setting(DomainCatalogue.droneWords) {
            return DomainCatalogue.droneFlights
        } else if head == "game", setting(DomainCatalogue.bowlingWords) {
            return DomainCatalogue.bowlingGames
        } else if ["trip", "outing", "excursion"].contains(head), setting(DomainCatalogue.diveWords) {
            return DomainCatalogue.diveTrips
        } else if head == "measurement",
                  setting(["body", "tailor", "tailoring", "tailors", "garment", "garments", "fitting", "fittings", "seamstress", "alterations", "suit", "suits"]) {
            return DomainCatalogue.bodyMeasurements
        } else if head == "assignment",
                  !Set(entities[i].keyWords.dropLast().map(String.init)).isDisjoint(with: ["staff", "shift", "crew", "employee", "worker", "volunteer", "server", "waiter"]) {
            // A caterer's `staff_assignments` put people on events, not homework with points.
            return DomainCatalogue.staffAssignments
        } else if head == "guardian"
                    || head == "parent" && entities.contains(where: { ["student", "child", "kid", "pupil", "camper", "player", "swimmer",
                                                                      "toddler", "learner"].contains(Inflector.singular($0.head)) }) {
            // A child's guardians and parents (beside students, children, campers, …), not customers with a city.
            return DomainCatalogue.guardians
        } else if ["deceased", "decedent"].contains(head) {
            return DomainCatalogue.deceasedPeople
        } else if head == "donor", setting(DomainCatalogue.bloodWords) {
            return DomainCatalogue.bloodDonors
        } else if head == "visit", domain != .healthcare, !setting(DomainCatalogue.healthcareWords),
                  ![.saas, .social, .media, .iot].contains(domain) {
            // A car wash's, a gym's or a shop's visits are a customer's check-ins, not a patient's with a diagnosis.
            return DomainCatalogue.index["visit"]?.first { $0.domains == [.commerce] }
        }
        return nil
    }

    /// After every other setting rule: a business's services are what it offers at a price, not software on a host
    /// (a funeral home's, a groomer's), unless the prompt is about software.
    func offeredServicesTemplate(_ i: Int) -> EntityTemplate? {
        let words = Set(reading.allWords.map { $0.lowercased() })
        guard !entities[i].draft.columnsExplicit else { return nil }
        // Only where the catalogue's own pick would be software's: a tutor's sessions keep the tutoring template.
        let pick = DomainCatalogue.template(for: entities[i].key, domain: domain)
        func picks(_ column: String) -> Bool { pick?.columns.contains { $0.hasPrefix(column) } ?? false }
        switch entities[i].head {
        case "service" where words.isDisjoint(with: DomainCatalogue.softwareServiceWords) && ![.saas, .iot, .media, .social].contains(domain)
            && (pick == nil || pick?.nature == .device):
            return DomainCatalogue.offeredServices
        // A rink's or an auction's sessions are the place's, not a website visit with page views.
        case "session" where words.isDisjoint(with: DomainCatalogue.webWords) && words.isDisjoint(with: DomainCatalogue.softwareServiceWords)
            && (pick == nil || picks("page_views")):
            return DomainCatalogue.venueSessions
        // A driving or a music school's lessons are one student's with an instructor, not an online course's videos
        // (lessons booked by many, beside bookings or enrolments, are classes).
        case "lesson" where words.isDisjoint(with: DomainCatalogue.webWords) && (pick == nil || picks("video_url"))
            && !entities.contains(where: { ["course", "module", "curriculum", "program", "booking", "enrollment", "enrolment",
                                            "registration", "attendance", "signup", "reservation"].contains(Inflector.singular($0.head)) }):
            return DomainCatalogue.privateLessons
        default:
            return nil
        }
    }
}
