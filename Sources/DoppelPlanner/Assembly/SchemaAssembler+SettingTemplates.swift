import DoppelText
import DoppelEngine

/// Where the prompt's setting changes what a table is: a salon's services, a call centre's agents, a restaurant's
/// orders, a school district's pupils (protocol/PLANNER.md). Each override names the setting it reads and the template
/// it gives; `classify` takes it over the catalogue's pick.
extension SchemaAssembler {
    /// The template the prompt's setting gives entity `i` (key `key`), or nil to keep the catalogue's.
    func settingTemplate(_ i: Int, key: String) -> EntityTemplate? {
        if let place = placeTemplate(i, key: key) { return place }
        // A fire department's, an ambulance service's or a dispatch centre's incidents are calls to an address.
        if ["incident", "call", "callout", "dispatch", "emergency_call"].contains(key), !entities[i].draft.columnsExplicit,
           reading.allWords.contains(where: { DomainCatalogue.emergencyWords.contains($0.lowercased()) }),
           !reading.allWords.contains(where: { DomainCatalogue.codeWords.contains($0.lowercased()) }) {
            return DomainCatalogue.emergencyIncidents
        }
        // An issue or a bug beside repositories, commits or pull requests is tracked in code.
        if ["issue", "bug"].contains(key), reading.allWords.contains(where: DomainCatalogue.codeWords.contains) {
            return DomainCatalogue.codeIssues
        } else if ["issue", "edition"].contains(key), reading.allWords.contains(where: DomainCatalogue.publicationWords.contains) {
            // A newsletter's or a magazine's issues are its editions.
            return DomainCatalogue.publicationIssues
        } else if ["ride", "trip"].contains(key), entities.contains(where: { ["station", "dock"].contains($0.head) }),
                  entities.contains(where: { ["bike", "bicycle", "scooter", "ebike"].contains($0.head) }) {
            // A shared bike is taken from a dock, not requested from a driver: no request time, no driver.
            return DomainCatalogue.dockedRides
        } else if key == "campaign", reading.allWords.contains(where: { DomainCatalogue.crowdfundingWords.contains($0.lowercased()) }) {
            // A crowdfunding platform's campaigns are creators' projects with a goal, backed by pledges.
            return DomainCatalogue.crowdfundingCampaigns
        } else if ["service", "treatment", "appointment", "booking"].contains(key),
                  reading.allWords.contains(where: { DomainCatalogue.salonWords.contains($0.lowercased()) }) {
            // A salon's services are haircuts and colour at a price, its appointments a client's visit for one.
            return ["service", "treatment"].contains(key) ? DomainCatalogue.salonServices : DomainCatalogue.salonAppointments
        } else if key == "agent" || key == "representative" || key == "rep",
                  DomainCatalogue.isSupport(reading.allWords),
                  !reading.allWords.contains(where: { ["property", "properties", "listing", "listings", "policy", "policies", "insurance"].contains($0.lowercased()) }) {
            // A call centre's or a help desk's agents answer customers: a team and a shift, not an estate agent's licence.
            return DomainCatalogue.supportAgents
        } else if ["vendor", "supplier"].contains(key), reading.allWords.contains(where: {
                      DomainCatalogue.weddingWords.contains($0.lowercased()) }) || isEventPlanning {
            // A wedding's vendors are photographers, caterers and florists with a starting price.
            return DomainCatalogue.weddingVendors
        } else if ["spot", "space", "parking_spot", "parking_space", "stall", "bay"].contains(key),
                  reading.allWords.contains(where: { DomainCatalogue.parkingWords.contains($0.lowercased()) }) {
            // A car park's spots are numbered spaces on its levels.
            return DomainCatalogue.parkingSpots
        } else if ["course", "student", "learner", "instructor", "creator"].contains(key), isOnlineLearning, !entities[i].draft.columnsExplicit {
            // An online platform's courses are skills taught by video, its learners accounts, its instructors experts.
            switch key {
            case "course": return DomainCatalogue.onlineCourses
            case "student", "learner": return DomainCatalogue.onlineLearners
            default: return DomainCatalogue.onlineInstructors
            }
        } else if ["class", "course", "section", "teacher"].contains(key), isK12, !entities[i].draft.columnsExplicit {
            // A school's classes are subjects taught in a period, its teachers teach a school subject.
            return key == "teacher" ? DomainCatalogue.k12Teachers : DomainCatalogue.k12Classes
        } else if ["school", "student", "pupil"].contains(key), isK12 {
            // A school district's schools are elementary, middle and high schools, and its students children in a grade.
            return key == "school" ? DomainCatalogue.k12Schools : DomainCatalogue.k12Students
        } else if key == "course", reading.allWords.contains(where: { RowTitleWriter.academicWords.contains(Inflector.singular($0.lowercased())) }) {
            // A university's courses are catalogue entries with credits and a term, not online courses for sale.
            return DomainCatalogue.academicCourses
        } else if ["conversation", "chat", "chat_session", "message", "chat_message"].contains(key), isSupportDesk {
            // A support desk's conversations are a customer's with an agent, its messages said by one or the other.
            return ["message", "chat_message"].contains(key) ? DomainCatalogue.supportMessages : DomainCatalogue.supportConversations
        } else if ["sale", "sales_transaction", "sale_transaction", "transaction", "pos_transaction", "purchase"].contains(key)
                    || ["sale", "transaction", "purchase"].contains(Inflector.singular(entities[i].head)),
                  reading.allWords.contains(where: { SettingSpecs.cafeWords.contains($0.lowercased()) }),
                  reading.allWords.contains(where: { SettingSpecs.cafeSettingWords.contains($0.lowercased()) }),
                  !entities.contains(where: { ["account", "card", "wallet", "bank", "merchant"].contains($0.head) }) {
            // A coffee shop's sales are drinks over its counter, not a bank card's purchases at Best Buy.
            return DomainCatalogue.cafeSales
        } else if ["player", "gamer", "level", "stage", "session", "game_session", "play_session", "purchase", "in_app_purchase", "iap"].contains(key),
                  isVideoGame {
            // A mobile game's players install it and play levels in sessions; they buy in-app items, nothing shipped.
            switch key {
            case "player", "gamer": return DomainCatalogue.gamePlayers
            case "level", "stage": return DomainCatalogue.gameLevels
            case "session", "game_session", "play_session": return DomainCatalogue.gameSessions
            default: return DomainCatalogue.gamePurchases
            }
        } else if ["event", "occasion", "function"].contains(key), !entities[i].draft.columnsExplicit,
                  isEventPlanning {
            // An event planner's events are clients' occasions at a venue, not a web page's clicks.
            return DomainCatalogue.plannedEvents
        } else if ["candidate", "district", "constituency", "precinct", "voter", "vote", "ballot"].contains(key),
                  reading.allWords.contains(where: { DomainCatalogue.electionWords.contains($0.lowercased()) }) {
            // An election's candidates stand for a party, its districts are numbered, its votes are ballots cast.
            switch key {
            case "candidate": return DomainCatalogue.electionCandidates
            case "voter": return DomainCatalogue.electionVoters
            case "vote", "ballot": return DomainCatalogue.electionVotes
            default: return DomainCatalogue.electionDistricts
            }
        } else if ["host", "co_host", "presenter"].contains(key),
                  reading.allWords.contains(where: { DomainCatalogue.showWords.contains($0.lowercased()) }),
                  !reading.allWords.contains(where: { DomainCatalogue.infraWords.contains($0.lowercased()) }) {
            // A podcast's or a radio show's hosts are people who present it, not servers.
            return DomainCatalogue.showHosts
        } else if key == "scan" || key.hasSuffix("_scan"), !entities.contains(where: { DomainCatalogue.shippedHeads.contains($0.head) }) {
            // A scan with nothing shipped is a pass's, a badge's or a ticket's at a gate: a ski lift's where the prompt skis.
            return key.hasPrefix("lift") || reading.allWords.contains(where: { DomainCatalogue.skiWords.contains($0.lowercased()) })
                ? DomainCatalogue.liftScans : DomainCatalogue.entryScans
        } else if ["lift_pass", "ski_pass"].contains(key)
                    || ["pass", "season_pass"].contains(key) && reading.allWords.contains(where: { DomainCatalogue.skiWords.contains($0.lowercased()) }) {
            // A ski area's passes are a guest's days on its lifts.
            return DomainCatalogue.liftPasses
        } else if ["meter_reading", "reading", "usage_reading"].contains(key),
                  entities.contains(where: { ["meter", "smart_meter"].contains($0.key) }) {
            // A utility meter's readings are what it measured in its meter's unit, not a building sensor's.
            return DomainCatalogue.utilityReadings
        } else if ["like", "swipe"].contains(key), reading.allWords.contains(where: { DomainCatalogue.datingWords.contains($0.lowercased()) }) {
            // A dating app's likes are one profile's of another.
            return DomainCatalogue.datingLikes
        } else if ["plan", "subscription_plan", "pricing_plan", "tier"].contains(key),
                  reading.allWords.contains(where: { ["streaming", "netflix", "spotify", "hulu"].contains($0.lowercased()) }) {
            // A streaming service's plans are a household's tiers, not a company's seats.
            return DomainCatalogue.streamingPlans
        } else if key == "client", reading.allWords.contains(where: { DomainCatalogue.agencyWords.contains($0.lowercased()) }),
                  !reading.allWords.contains(where: { ["law", "legal", "lawyer", "lawyers", "attorney", "attorneys", "therapy", "salon", "fitness"].contains($0.lowercased()) }) {
            // An agency's or a consultancy's clients are companies.
            return DomainCatalogue.clientCompanies
        } else if key == "sample", reading.allWords.contains(where: { LabLexicon.settingWords.contains($0.lowercased()) }) {
            // A laboratory's samples are specimens taken from patients.
            return DomainCatalogue.labSamples
        } else if key == "order", isTicketing {
            // A ticketing site's orders buy tickets to an event: a quantity and a total, nothing shipped.
            return DomainCatalogue.ticketOrders
        } else if ["purchase", "order"].contains(key), isDigitalPurchase {
            // A course or an e-book is bought online: nothing shipped, no store pickup.
            return DomainCatalogue.digitalPurchases
        } else if key == "order", isMealDelivery {
            // A delivery app's orders are meals brought by a courier: a fee and a tip, no shipping method.
            return DomainCatalogue.mealDeliveryOrders
        } else if key == "order" || key == "table" && !entities[i].draft.columnsExplicit, isOneRestaurant {
            // A restaurant's own orders are served at its tables and paid there, not shipped; its tables seat guests.
            return key == "order" ? DomainCatalogue.restaurantOrders : DomainCatalogue.diningTables
        }
        return offeredServicesTemplate(i)
    }

    /// The prompt is an online course platform's (an online or e-learning word, no university or school word).
    var isOnlineLearning: Bool {
        // ("Udemy-like": the brand a platform is like)
        let words = Set(reading.allWords.map { $0.lowercased().replacingOccurrences(of: "-like", with: "") })
        return !words.isDisjoint(with: DomainCatalogue.onlineLearningWords)
            && words.allSatisfy { !RowTitleWriter.academicWords.contains(Inflector.singular($0)) && !["universities", "colleges", "school", "schools"].contains($0) }
            && !words.isDisjoint(with: ["course", "courses", "lesson", "lessons", "learner", "learners", "instructor", "instructors", "enrollment", "enrollments", "enrolment", "enrolments"])
    }

    /// The prompt is an event planner's: an occasion word (a wedding, catering, a venue, a banquet, a party), or a
    /// planning or organising word beside a client, guest, vendor or attendee word ("sprint planning" with events is
    /// no planner's).
    var isEventPlanning: Bool {
        let words = Set(reading.allWords.map { $0.lowercased() })
        return !words.isDisjoint(with: DomainCatalogue.occasionWords)
            || !words.isDisjoint(with: DomainCatalogue.eventPlanningWords) && !words.isDisjoint(with: DomainCatalogue.eventPlanningPartners)
    }

    /// The prompt is a video game's data: a game word, a mobile, app, level, session or in-app word, and no sport,
    /// board game, casino or league.
    var isVideoGame: Bool {
        let words = Set(reading.allWords.map { $0.lowercased() })
        return !words.isDisjoint(with: DomainCatalogue.gameWords) && !words.isDisjoint(with: SettingSpecs.videoGameWords)
            && words.isDisjoint(with: DomainCatalogue.notVideoGameWords)
    }

    /// The prompt is one restaurant's, café's or bar's (an eatery word, no table of restaurants, nothing delivered):
    /// its orders are served at its tables.
    var isOneRestaurant: Bool {
        let words = reading.allWords.map { $0.lowercased() }
        return words.contains { EateryNames.kind(of: $0) != nil }
            && !entities.contains { EateryNames.kind(of: $0.head) != nil }
            && !words.contains { ["delivery", "deliveries", "courier", "couriers", "driver", "drivers", "shipping"].contains($0) }
    }

    /// The prompt is a primary or secondary school's or a district's (school with district, elementary, high, pupils, …;
    /// no university, college or professors).
    var isK12: Bool {
        let words = Set(reading.allWords.map { $0.lowercased() })
        return !words.isDisjoint(with: ["school", "schools"]) && !words.isDisjoint(with: DomainCatalogue.k12Words)
            && words.allSatisfy { !RowTitleWriter.academicWords.contains(Inflector.singular($0)) && !["universities", "colleges"].contains($0) }
    }

    /// The prompt delivers restaurants' meals: a table of restaurants (or a menu) and couriers, riders or a delivery word.
    var isMealDelivery: Bool {
        let words = reading.allWords.map { $0.lowercased() }
        return entities.contains { ["restaurant", "menu_item", "kitchen", "eatery"].contains($0.key) }
            && words.contains { ["delivery", "deliveries", "courier", "couriers", "rider", "riders", "dasher", "dashers", "takeout", "takeaway"].contains($0) }
    }

    /// The prompt is a support desk's: support words and a table of agents (or representatives) beside one of customers.
    var isSupportDesk: Bool {
        DomainCatalogue.isSupport(reading.allWords)
            && entities.contains(where: { ["agent", "representative", "rep"].contains($0.key) })
            && entities.contains(where: { ["customer", "client", "user", "member", "caller"].contains($0.key) })
    }

    /// The prompt sells tickets to events: a table of ticket types (or of events) and a ticketing word, no products.
    var isTicketing: Bool {
        let words = reading.allWords.map { $0.lowercased() }
        return words.contains { ["ticketing", "ticket", "tickets", "box_office", "boxoffice"].contains($0) }
            && entities.contains { ["ticket_type", "ticket_tier", "ticket_class", "event", "concert", "show", "performance"].contains($0.key) }
            && !entities.contains { ["product", "item", "menu_item", "listing"].contains($0.key) }
    }

    /// What the prompt sells is delivered online: a table of courses, e-books, apps or games, and none of goods.
    var isDigitalPurchase: Bool {
        entities.contains { ["course", "ebook", "app", "game", "online_course"].contains($0.key) }
            && !entities.contains { ["product", "item", "order_item", "menu_item", "listing", "book", "ticket_type", "shipment", "variant"].contains($0.key) }
    }

}
