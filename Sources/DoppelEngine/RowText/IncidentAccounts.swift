import DoppelText

/// What happened, as the person who logs an incident writes it, as serious as the row's severity:
/// a worker's injury on a site, a trial participant's adverse event, a service's outage.
enum IncidentAccounts {
    enum Family: Sendable, Equatable { case workplace, clinical, service }

    /// Words of a workplace where people get hurt, of a service that goes down.
    static let workplaceWords: Set<String> = ["site", "worker", "construction", "warehouse", "factory", "plant", "crew", "shift",
                                              "employee", "safety", "mine", "yard", "contractor", "laborer", "labourer"]
    static let serviceWords: Set<String> = ["service", "server", "system", "api", "app", "application", "outage", "deployment",
                                            "cluster", "database", "platform", "microservice", "endpoint"]

    /// The family of an incident table, from its own words and the schema's (all tables and its name).
    static func family(entity: Set<String>, schema: Set<String>) -> Family? {
        // (Words singular: `adverse_events` → adverse, event.)
        if entity.contains("adverse") || entity.isSuperset(of: ["side", "effect"]) || entity.contains("reaction") { return .clinical }
        guard !entity.isDisjoint(with: ["incident", "accident", "injury", "near", "outage"]) else { return nil }
        if entity.contains("outage") || !schema.isDisjoint(with: serviceWords) && schema.isDisjoint(with: workplaceWords) { return .service }
        if !schema.isDisjoint(with: workplaceWords) || !entity.isDisjoint(with: ["injury", "accident"]) { return .workplace }
        return nil
    }

    enum Grade { case minor, moderate, serious }

    static func grade(_ severity: String?) -> Grade? {
        guard let s = severity?.lowercased() else { return nil }
        if ["low", "minor", "mild", "1", "sev4", "p4", "sev3", "p3"].contains(where: s.contains) { return .minor }
        if ["critical", "high", "major", "severe", "serious", "fatal", "life", "sev1", "p1"].contains(where: s.contains) { return .serious }
        if ["medium", "moderate", "2", "sev2", "p2"].contains(where: s.contains) { return .moderate }
        return nil
    }

    /// Why a service went down and what brought it back, together.
    static let causesAndFixes: [(String, String)] = [
        ("a configuration change", "The change was rolled back."), ("a bad deploy", "The deploy was rolled back."),
        ("a database failover", "The new primary caught up and errors stopped."), ("an expired certificate", "The certificate was renewed."),
        ("a sudden traffic spike", "Capacity was added and latency recovered."),
        ("a failed disk in the storage cluster", "The disk was replaced and data re-synced."),
    ]

    static func write(_ family: Family, severity: String?, title: String? = nil, _ r: inout CellRandom) -> String {
        let g = grade(severity) ?? [Grade.minor, .moderate, .serious][r.below(3)]
        // A service incident with a title is told around it: how long, why, what fixed it.
        if family == .service, let title, !title.isEmpty {
            let minutes = g == .minor ? 3 + r.below(13) : g == .moderate ? 15 + r.below(46) : 60 + r.below(181)
            let (cause, fix) = causesAndFixes[r.below(causesAndFixes.count)]
            return title + " for \(minutes) minutes after " + cause + ". " + fix
        }
        switch (family, g) {
        case (.workplace, .minor): return r.pick(["A worker cut a finger on sheet metal; first aid given on site.",
                                                   "Slipped on a wet ramp with no injury; the area was cordoned off.",
                                                   "A dropped tool landed near a worker. Near miss; a toolbox talk was held.",
                                                   "Dust in a worker's eye, rinsed at the eyewash station."])
        case (.workplace, .moderate): return r.pick(["A worker sprained an ankle stepping off a ladder and was sent home for the day.",
                                                      "Back strain from lifting a bag of cement without help; seen by a doctor.",
                                                      "A forklift clipped a rack; the operator was bruised and the aisle closed for an hour.",
                                                      "A burn to the forearm from a hot pipe; treated at a clinic."])
        case (.workplace, .serious): return r.pick(["A worker fell from scaffolding and broke a wrist; taken to hospital.",
                                                     "Struck by a swinging load from the crane; kept in hospital overnight.",
                                                     "An electric shock from an exposed cable; work on the floor was stopped.",
                                                     "A trench wall collapsed onto a worker's legs; emergency services attended."])
        case (.clinical, .minor): return r.pick(["Mild headache the day after dosing; resolved without treatment.",
                                                  "Mild nausea for two days; no change to the dose.",
                                                  "Redness at the injection site that cleared within 48 hours.",
                                                  "Mild fatigue during the first week, resolved by the next visit."])
        case (.clinical, .moderate): return r.pick(["Moderate dizziness and fatigue; the dose was held for a week.",
                                                     "A rash on both arms, treated with antihistamines.",
                                                     "Raised liver enzymes at the week-4 visit; monitoring increased.",
                                                     "Persistent diarrhoea for five days, managed with fluids and medication."])
        case (.clinical, .serious): return r.pick(["A severe allergic reaction needing emergency treatment; the participant was withdrawn.",
                                                    "Admitted to hospital with dehydration after persistent vomiting.",
                                                    "Severe chest pain; the study drug was stopped and cardiology consulted.",
                                                    "A fall with a hip fracture while on treatment; reported to the sponsor within 24 hours."])
        case (.service, .minor): return r.pick(["Error rate on the login page rose for 6 minutes and recovered on its own.",
                                                 "A nightly batch job ran 40 minutes late; no customer impact.",
                                                 "One node of the cache cluster restarted; traffic moved to the others."])
        case (.service, .moderate): return r.pick(["Checkout requests timed out for 24 minutes after a deploy, which was rolled back.",
                                                    "Search results were stale for two hours while the indexer was stuck.",
                                                    "Emails were delayed by up to an hour after the queue filled up."])
        case (.service, .serious): return r.pick(["The payments service was down for 72 minutes after a database failover.",
                                                   "All users were logged out and could not sign in for 45 minutes after an expired certificate.",
                                                   "Data in one region was unavailable for three hours after a storage outage."])
        }
    }
}
