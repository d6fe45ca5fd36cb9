import DoppelText

/// Job titles by department, and the salary band a title implies, so an
/// employee's title belongs to their department and their pay to their title
/// and seniority (protocol/SCHEMA.md, *Rows that agree*).
enum JobLadder {
    /// Titles each department hires for (matched by any word of the department's name).
    static let departments: [(words: [String], titles: [String])] = [
        (["engineering", "development", "technology", "r&d", "software"],
         ["Software Engineer", "Backend Engineer", "Frontend Engineer", "DevOps Engineer", "QA Engineer", "Data Engineer", "Engineering Manager"]),
        (["it", "information", "infrastructure", "systems"], ["IT Support Technician", "Systems Administrator", "Network Engineer", "IT Manager"]),
        (["data", "analytics"], ["Data Analyst", "Data Scientist", "Analytics Engineer", "Analytics Manager"]),
        (["product"], ["Product Manager", "Product Analyst", "Product Owner", "Director of Product"]),
        (["design", "ux", "creative"], ["Product Designer", "UX Researcher", "Graphic Designer", "Design Manager"]),
        (["sales", "business"], ["Sales Representative", "Account Executive", "Sales Development Representative", "Account Manager", "Sales Manager"]),
        (["marketing", "communications", "brand"], ["Marketing Specialist", "Content Strategist", "SEO Specialist", "Marketing Manager"]),
        (["finance", "accounting", "treasury"], ["Accountant", "Financial Analyst", "Accounts Payable Clerk", "Controller", "Finance Manager"]),
        (["hr", "human", "people", "talent", "recruiting"], ["HR Generalist", "Recruiter", "HR Coordinator", "HR Manager"]),
        (["operations", "logistics", "supply"], ["Operations Analyst", "Logistics Coordinator", "Operations Manager"]),
        (["support", "service", "success", "customer"], ["Customer Support Specialist", "Customer Success Manager", "Support Team Lead"]),
        (["legal", "compliance"], ["Paralegal", "Compliance Officer", "Corporate Counsel"]),
        (["administration", "admin", "office"], ["Administrative Assistant", "Office Manager", "Receptionist"]),
        // A restaurant's (`SettingSpecs`: Kitchen, Dining Room, Bar).
        (["kitchen"], ["Line Cook", "Prep Cook", "Sous Chef", "Head Chef", "Dishwasher"]),
        (["dining"], ["Server", "Host", "Busser", "Floor Manager"]),
        (["bar"], ["Bartender", "Barback", "Bar Manager"]),
    ]

    /// Titles a workplace hires for, by the words (singular) its dataset uses: a restaurant's staff are servers and
    /// cooks, not data analysts.
    static let workplaces: [(words: Set<String>, titles: [String])] = [
        (["restaurant", "cafe", "café", "bar", "pub", "bistro", "diner", "eatery", "pizzeria", "kitchen", "bakery", "brewery", "coffee"],
         ["Server", "Line Cook", "Host", "Bartender", "Dishwasher", "Sous Chef", "Head Chef", "Restaurant Manager", "Busser", "Barista"]),
        (["hotel", "motel", "hostel", "resort", "inn"],
         ["Front Desk Agent", "Housekeeper", "Concierge", "Night Auditor", "Bellhop", "Maintenance Technician", "Hotel Manager"]),
        (["gym", "fitness", "yoga", "crossfit", "pilates"],
         ["Personal Trainer", "Group Fitness Instructor", "Front Desk Associate", "Membership Advisor", "Gym Manager"]),
        (["warehouse", "depot", "fulfillment", "fulfilment"],
         ["Warehouse Associate", "Forklift Operator", "Picker", "Packer", "Inventory Clerk", "Shift Supervisor", "Warehouse Manager"]),
        (["salon", "spa", "barbershop", "barber"],
         ["Hair Stylist", "Colorist", "Nail Technician", "Massage Therapist", "Receptionist", "Salon Manager"]),
        (["supermarket", "grocery", "store", "retail"],
         ["Sales Associate", "Cashier", "Stock Associate", "Visual Merchandiser", "Assistant Store Manager", "Store Manager"]),
        (["hospital", "clinic", "healthcare", "medical", "nursing", "infirmary", "hospice"],
         ["Registered Nurse", "Physician", "Nurse Practitioner", "Medical Assistant", "Pharmacist", "Radiology Technician",
          "Physical Therapist", "Patient Services Representative", "Nurse Manager"]),
        (["university", "college", "faculty"],
         ["Professor", "Associate Professor", "Assistant Professor", "Lecturer", "Research Assistant", "Academic Advisor",
          "Department Administrator"]),
        (["school", "kindergarten", "preschool", "academy"],
         ["Teacher", "Teaching Assistant", "School Counselor", "Librarian", "Vice Principal", "Principal", "Administrative Assistant"]),
    ]

    /// An office's titles, every department's, for staff whose department the table does not say: an HR system's
    /// employees are analysts and engineers, not physicians and baristas.
    static let officeTitles: [String] = {
        var seen = Set<String>()
        return departments.flatMap(\.titles).filter { seen.insert($0).inserted }
    }()

    /// The titles of the workplace a dataset's words name, nil for an office's (by department, or `officeTitles`).
    static func titles(ofWorkplace setting: Set<String>) -> [String]? {
        workplaces.first { !$0.words.isDisjoint(with: setting) }?.titles
    }

    /// A title in `department`, with a seniority word for roles that have levels.
    static func title(department: String?, _ r: inout CellRandom) -> String {
        let titles = titles(for: department)
        let base = titles[r.below(titles.count)]
        // (no Junior Bartender or Senior Dishwasher: hourly work has no levels, and a kitchen's chefs are ranked by their title)
        let words = Set(base.lowercased().split(separator: " ").map(String.init))
        if isManagerial(base) || !hourlyWords.isDisjoint(with: words) || words.contains("chef") { return base }
        let u = r.unit()
        return u < 0.25 ? "Junior " + base : u < 0.7 ? base : u < 0.95 ? "Senior " + base : "Lead " + base
    }

    static func titles(for department: String?) -> [String] {
        guard let department, !department.isEmpty else { return departments[0].titles }
        // The department's words in order, the first that names a field deciding: "Business Development"
        // is sales, "Software Development" engineering, "Product Development" product.
        let words = department.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "&" }).map(String.init)
        for word in words {
            if let hit = departments.first(where: { $0.words.contains(word) }) { return hit.titles }
        }
        return [department + " Specialist", department + " Coordinator", department + " Analyst", department + " Manager"]
    }

    static func isManagerial(_ title: String) -> Bool {
        let words = Set(title.lowercased().split(separator: " ").map(String.init))
        return !words.isDisjoint(with: ["manager", "director", "head", "controller", "counsel", "lead", "chief", "vp"])
    }

    /// Words of hourly work on a restaurant's, a shop's or a hotel's floor: no seniority levels, an hourly worker's pay.
    static let hourlyWords: Set<String> = ["server", "host", "busser", "bartender", "barback", "dishwasher", "barista", "waiter",
                                           "waitress", "cook", "housekeeper", "bellhop", "picker", "packer", "cashier"]

    /// The yearly salary band (USD) a title implies: its role family, scaled by its seniority word.
    static func band(forTitle title: String) -> ClosedRange<Double> {
        let words = Set(title.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
        func any(_ list: [String]) -> Bool { !words.isDisjoint(with: list) }
        var band: ClosedRange<Double>
        // academic ranks first: an assistant professor is no administrative assistant
        // a school's principal is no principal engineer: a role of its own, with no seniority scale
        if words.isSubset(of: ["vice", "assistant", "principal"]), words.contains("principal") {
            return words.count == 1 ? 100_000...145_000 : 85_000...120_000
        }
        // care roles first: a physician is paid as one, a nurse manager as a nurse who manages
        if any(["physician", "surgeon", "psychiatrist", "anesthesiologist", "dentist", "radiologist"]) { band = 190_000...350_000 }
        else if any(["pharmacist"]) { band = 115_000...155_000 }
        else if any(["nurse"]) { band = any(["practitioner", "manager"]) ? 100_000...145_000 : 65_000...100_000 }
        else if any(["teacher", "librarian", "counselor"]) { band = 45_000...78_000 }
        else if any(["professor"]) { band = any(["assistant"]) ? 70_000...100_000 : any(["associate"]) ? 85_000...125_000 : 110_000...170_000 }
        else if any(["lecturer"]) { band = 50_000...75_000 }
        // a restaurant's, a shop's or a hotel's floor: hourly work, and the managers who run a site
        else if !words.isDisjoint(with: hourlyWords) { band = 24_000...38_000 }
        else if any(["chef"]) { band = any(["head", "executive"]) ? 55_000...85_000 : 42_000...60_000 }
        else if any(["manager", "supervisor"]), any(["restaurant", "floor", "bar", "kitchen", "store", "shift", "gym", "salon", "hotel",
                                                      "warehouse"]) { band = 45_000...75_000 }
        else if any(["chief", "vp", "vice", "president"]) { band = 180_000...300_000 }
        else if any(["director", "head", "counsel"]) { band = 140_000...220_000 }
        else if any(["manager", "controller"]) { band = 90_000...150_000 }
        else if any(["engineer", "developer", "scientist", "architect", "devops", "administrator"]) { band = 85_000...135_000 }
        else if any(["intern", "trainee"]) { band = 25_000...40_000 }
        else if any(["assistant", "representative", "receptionist", "clerk", "coordinator", "technician", "cashier", "agent"]) { band = 40_000...65_000 }
        else if any(["analyst", "accountant", "designer", "specialist", "recruiter", "researcher", "strategist", "generalist",
                     "executive", "owner", "officer", "paralegal", "consultant"]) { band = 60_000...95_000 }
        else { band = 50_000...90_000 }
        let scale = any(["junior", "entry", "graduate"]) ? 0.75 : any(["senior", "sr"]) ? 1.3 : any(["lead", "principal", "staff"]) ? 1.45 : 1
        return band.lowerBound * scale...band.upperBound * scale
    }

    /// A salary in the title's band, to the nearest 500; half of it for part-time work.
    static func salary(forTitle title: String, terms: Terms = .full, _ r: inout CellRandom) -> Double {
        let b = band(forTitle: terms == .intern && !title.lowercased().contains("intern") ? "Intern" : title)
        let share = terms == .partTime ? 0.5 : 1
        return ((b.lowerBound + (b.upperBound - b.lowerBound) * r.unit()) * share / 500).rounded() * 500
    }

    /// Terms of employment, as far as a title and its pay follow them.
    enum Terms: Equatable {
        case full, partTime, intern
        init(_ text: String) {
            let words = Set(text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
            if !words.isDisjoint(with: ["intern", "internship", "trainee", "apprentice", "apprenticeship"]) { self = .intern }
            else if words.contains("parttime") || words.isSuperset(of: ["part", "time"]) { self = .partTime }
            else { self = .full }
        }
    }

    /// An intern's title in a department: "Marketing Intern"; with none, an engineering one.
    static func internTitle(department: String?, _ r: inout CellRandom) -> String {
        guard let department, !department.isEmpty else { return r.pick(["Software Engineering Intern", "Data Science Intern"]) }
        return department + " Intern"
    }

    /// Intern titles for the fields of `titles` (an office's, a restaurant's): "Marketing Intern", "Kitchen Intern".
    static func internTitles(among titles: [String]) -> [String] {
        let fields: [(words: Set<String>, title: String)] = [
            (["engineer", "developer", "devops"], "Software Engineering Intern"), (["data", "analyst"], "Data Analyst Intern"),
            (["marketing", "content", "seo"], "Marketing Intern"), (["sales", "account"], "Sales Intern"),
            (["accountant", "financial", "finance"], "Finance Intern"), (["hr", "recruiter"], "HR Intern"),
            (["designer", "design"], "Design Intern"), (["operations", "logistics"], "Operations Intern"),
            (["chef", "cook", "kitchen"], "Kitchen Intern"), (["nurse", "physician"], "Clinical Intern"),
            (["teacher"], "Teaching Intern"), (["paralegal", "counsel", "legal"], "Legal Intern")]
        let words = Set(titles.flatMap { $0.lowercased().split(separator: " ").map(String.init) })
        let found = fields.filter { !$0.words.isDisjoint(with: words) }.map(\.title)
        return found.isEmpty ? ["Office Intern", "Administrative Intern"] : found
    }
}
