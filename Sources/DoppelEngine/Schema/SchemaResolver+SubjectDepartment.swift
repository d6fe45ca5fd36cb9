import DoppelText

extension SchemaResolver {
    /// The departments a subject is taught in, most specific first.
    static let subjectDepartments: [String: [String]] = [
        "Mathematics": ["Mathematics", "Math"], "Statistics": ["Statistics", "Mathematics", "Math"],
        "Physics": ["Physics", "Science", "Sciences"], "Astronomy": ["Physics", "Science", "Sciences"],
        "Chemistry": ["Chemistry", "Science", "Sciences"], "Biology": ["Biology", "Science", "Sciences"],
        "Environmental Science": ["Environmental Science", "Science", "Sciences", "Biology"],
        "Nursing": ["Nursing", "Health Sciences", "Biology", "Science"],
        "Engineering": ["Engineering", "Physics", "Science"], "Computer Science": ["Computer Science", "Computing", "Mathematics"],
        "History": ["History", "Humanities", "Social Studies"], "Art History": ["Art History", "Arts", "Art", "History", "Humanities"],
        "Philosophy": ["Philosophy", "Humanities", "Arts"], "Literature": ["English", "Literature", "Languages", "Humanities"],
        "Linguistics": ["Linguistics", "Languages", "English"], "Geography": ["Geography", "Social Studies", "Science"],
        "Economics": ["Economics", "Business", "Social Studies"], "Accounting": ["Accounting", "Business", "Economics"],
        "Marketing": ["Marketing", "Business", "Economics"], "Psychology": ["Psychology", "Social Sciences", "Science"],
        "Sociology": ["Sociology", "Social Sciences", "Social Studies", "History"],
        "Political Science": ["Political Science", "Social Sciences", "Social Studies", "History"],
        "Anthropology": ["Anthropology", "Social Sciences", "History"], "Music Theory": ["Music", "Arts", "Art"],
    ]

    /// A teacher's or a course's department is the one its subject is taught in: Music Theory is in
    /// Music (or Arts), never Science. Applies when a `subject` drawn from `education.subject` sits beside a
    /// `department` drawn from a list that has a department for the subject, or from a company's departments.
    func applySubjectDepartment(_ entity: Entity, _ sources: inout [FieldSource?], _ generators: [(any KindGenerator)?]) {
        let fields = entity.fields
        guard let subject = fields.firstIndex(where: { $0.kind == "education.subject" && $0.references == nil }),
              let department = fields.firstIndex(where: { ["department", "department_name", "faculty", "dept"].contains($0.name.lowercased()) && $0.references == nil }),
              case let .kind(own, .random)? = sources[department], !fields[department].unique else { return }
        // A department drawn from a company's (Security, Administration) or a shop's (Electronics) beside a teacher's
        // subject is the subject's own: a Nursing instructor is in Nursing, an Astronomy teacher in Physics.
        if ["company.department", "commerce.category"].contains(fields[department].kind ?? "") {
            let facts = Self.subjectDepartments.mapValues { $0[0] }
            sources[department] = .siblingFact(SiblingFactPlan(column: subject, values: facts, fallback: own, valueOf: { $0 }))
            return
        }
        guard let (values, _) = Self.statusValues(fields[department], generators[department]) else { return }
        var facts: [String: String] = [:]
        for (s, candidates) in Self.subjectDepartments {
            if let d = candidates.first(where: values.contains) { facts[s] = d }
        }
        guard !facts.isEmpty else { return }
        sources[department] = .siblingFact(SiblingFactPlan(column: subject, values: facts, fallback: own))
    }

    /// A doctor's or dentist's department is their specialty when the department list names it: a pediatric
    /// dentist works in Pediatric Dentistry, a cardiologist in Cardiology.
    func applySpecialtyDepartment(_ entity: Entity, _ sources: inout [FieldSource?], _ generators: [(any KindGenerator)?]) {
        let fields = entity.fields
        guard let specialty = fields.firstIndex(where: { ["specialty", "speciality", "specialization", "specialisation"].contains($0.name.lowercased()) && $0.references == nil }),
              let department = fields.firstIndex(where: { ["department", "department_name", "unit", "service"].contains($0.name.lowercased()) && $0.references == nil }),
              case let .kind(own, .random)? = sources[department], !fields[department].unique,
              let (values, _) = Self.statusValues(fields[department], generators[department]),
              let (specialties, _) = Self.statusValues(fields[specialty], generators[specialty]) else { return }
        let shared = specialties.filter(values.contains)
        guard !shared.isEmpty else { return }
        sources[department] = .siblingFact(SiblingFactPlan(column: specialty, values: Dictionary(shared.map { ($0, $0) }, uniquingKeysWith: { a, _ in a }), fallback: own))
    }
}
