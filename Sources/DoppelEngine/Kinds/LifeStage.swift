import DoppelText

/// The ages the people of an entity have, by what its name says they are:
/// pupils are children, students young adults, employees of working age,
/// retirees old. A person's birth date and age both come from it, so they
/// agree with each other and with the table.
package enum LifeStage {
    /// Ages in whole years on the anchor date for the people of `entity` (a table name).
    /// `schoolGrades`: the table has a school grade column (`grade_level` up to 13), so its students are pupils.
    static func years(ofEntity entity: String, dataset: String = "", schoolGrades: Bool = false) -> ClosedRange<Int> {
        let words = entity.lowercased().split { !$0.isLetter }.map { Inflector.singular(String($0)) }
        guard let head = words.last else { return adults }
        // A daycare's or a preschool's children are under school age; a youth league's players are school age.
        let setting = Set(dataset.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
        if earlyYearsChildren.contains(head), !setting.isDisjoint(with: earlyYears) { return 0...5 }
        if youthMembers.contains(head), !setting.isDisjoint(with: youthWords) { return 6...17 }
        // A school's students are its pupils, five to eighteen (a college's are young adults).
        if schoolChildren.contains(head), schoolGrades || !setting.isDisjoint(with: schoolWords) && setting.isDisjoint(with: adultSchools) {
            return 5...18
        }
        for (nouns, years) in stages where nouns.contains(head) { return years }
        return adults
    }

    /// Words of a dataset's name for care and schooling before school age, and what its people are called.
    static let earlyYears: Set<String> = ["daycare", "nursery", "preschool", "kindergarten", "creche", "childcare", "playgroup",
                                          "montessori", "childminder", "childminding"]
    static let earlyYearsChildren: Set<String> = ["child", "kid", "pupil", "student", "enrollee", "toddler", "attendee", "learner"]

    /// Words of a dataset's name for children's sport and clubs, and what its young people are called.
    package static let youthWords: Set<String> = ["youth", "junior", "juniors", "kids", "children", "childrens", "scouts", "minor"]
    static let youthMembers: Set<String> = ["player", "athlete", "member", "child", "kid", "participant", "camper", "swimmer", "runner",
                                            "gymnast", "skater", "scout", "student", "pupil", "registrant", "footballer"]

    /// Words of a dataset's name for a school before college, and what its young people are called.
    static let schoolWords: Set<String> = ["school", "schools", "elementary", "highschool", "k12", "primary", "secondary", "middle"]
    static let schoolChildren: Set<String> = ["student", "learner", "enrollee"]
    /// Schools whose students are grown up (a driving or a language school's).
    static let adultSchools: Set<String> = ["driving", "language", "languages", "dance", "music", "flight", "flying", "cooking", "culinary",
                                            "coding", "programming", "art", "arts", "business", "law", "medical", "nursing", "graduate",
                                            "beauty", "film", "acting", "yoga", "ski", "surf", "diving", "trade", "vocational", "night"]

    /// Anyone else: a customer, a user, a member.
    static let adults = 18...80

    static let stages: [(Set<String>, ClosedRange<Int>)] = [
        (["infant", "baby", "toddler", "newborn"], 0...3),
        (["pupil", "child", "kid", "schoolchild", "camper", "schoolkid"], 6...17),
        (["teen", "teenager", "adolescent"], 13...19),
        (["student", "learner", "undergraduate", "undergrad", "freshman", "trainee", "apprentice", "intern", "cadet"], 18...29),
        (["retiree", "pensioner", "senior", "elder", "elderly", "retired"], 65...95),
        (["player", "athlete", "footballer", "cyclist", "runner", "swimmer", "gymnast", "boxer", "racer"], 17...38),
        (["employee", "staff", "worker", "nurse", "doctor", "physician", "surgeon", "dentist", "teacher", "instructor",
          "professor", "lecturer", "tutor", "engineer", "developer", "driver", "courier", "agent", "technician", "mechanic",
          "manager", "clerk", "cashier", "pilot", "officer", "accountant", "analyst", "consultant", "contractor",
          "freelancer", "trainer", "coach", "therapist", "pharmacist", "chef", "cook", "waiter", "barista", "operator",
          "inspector", "recruiter", "salesperson", "librarian", "caregiver", "guard", "firefighter", "electrician",
          "plumber", "receptionist", "paramedic", "vet", "veterinarian", "lawyer", "attorney", "realtor", "broker",
          "volunteer_staff", "crew", "crew_member", "personnel", "faculty", "staff_member", "picker", "packer"], 21...67),
    ]
}
