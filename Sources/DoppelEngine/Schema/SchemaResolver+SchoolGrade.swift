import DoppelText

extension SchemaResolver {
    /// Columns of the school year a pupil is in.
    static let schoolGradeColumns = ["grade_level", "year_level", "school_grade", "grade", "class_year", "school_year", "year_group"]

    /// A whole-number school grade column of 0–13 (`grade_level` 1–12): the row is a pupil's.
    static func schoolGradeColumn(_ fields: [Field]) -> Int? {
        column(named: schoolGradeColumns, in: fields, where: { f in
            f.references == nil && f.type == .integer && !f.unique && (f.min ?? -1) >= 0 && (f.max ?? 99) <= 13 && (f.min ?? 0) <= (f.max ?? 0)
        })
    }

    /// A pupil's grade follows their age (protocol/SCHEMA.md): a child of six on the data's date is in
    /// first grade, one of seventeen in twelfth, within the column's own range (a kindergarten is grade 0).
    /// Applies to a whole-number grade column of at most 13 beside the row's own birth date.
    func applySchoolGrade(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        guard let birth = Self.birthColumn(fields), let g = Self.schoolGradeColumn(fields), let low = fields[g].min, let high = fields[g].max,
              case let .kind(own, .random)? = sources[g], !Self.reaches(g, birth, in: sources) else { return }
        let today = CivilTime.civil(CivilTime.floorDiv(anchor, 86_400))
        sources[g] = .siblingFact(SiblingFactPlan(column: birth, values: [:], fallback: own, wholeNumbers: true, rangeOf: { text in
            guard let born = CivilTime.parse(String(text.prefix(10))) else { return nil }
            let b = CivilTime.civil(CivilTime.floorDiv(born, 86_400))
            // Age on the data's date, and the grade a child of that age is in (six in first grade).
            var age = today.year - b.year
            if (today.month, today.day) < (b.month, b.day) { age -= 1 }
            let grade = Double(min(max(age - 5, Int(low)), Int(high)))
            return grade...grade
        }))
    }

    /// Names schools are called by.
    static let schoolNames = ["Lincoln", "Washington", "Roosevelt", "Jefferson", "Franklin", "Oak Ridge", "Maple Grove", "Cedar Park",
                              "Hillside", "Lakeside", "Westview", "Eastwood", "Kennedy", "Madison"]

    /// The school a pupil of a grade goes to: an elementary school to fifth grade, a middle school to eighth, a
    /// high school after; by the grade written as a number ("3"), "Grade 3", "3rd" or "K".
    static let schoolsByGrade: [String: [String]] = {
        var out: [String: [String]] = [:]
        for grade in 0...12 {
            let kind = grade <= 5 ? "Elementary School" : grade <= 8 ? "Middle School" : "High School"
            let names = schoolNames.map { "\($0) \(kind)" }
            let ordinal = grade == 1 ? "1st" : grade == 2 ? "2nd" : grade == 3 ? "3rd" : "\(grade)th"
            for key in grade == 0 ? ["0", "K", "k", "Kindergarten", "kindergarten"] : ["\(grade)", "Grade \(grade)", ordinal, "\(ordinal) Grade"] {
                out[key] = names
            }
        }
        return out
    }()

    /// A pupil's `school` (`school_name`) beside a school grade of 0–12 is a school of that grade, not a university:
    /// a third grader goes to "Lincoln Elementary School", not "Tennessee College".
    func applySchoolByGrade(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        guard let g = Self.column(named: Self.schoolGradeColumns, in: fields, where: { $0.references == nil }),
              let sc = Self.column(named: ["school", "school_name", "current_school"], in: fields, where: { $0.references == nil && $0.type == .string }),
              case let .kind(own, .random)? = sources[sc], !Self.reaches(sc, g, in: sources) else { return }
        // Only where the grade is a school grade: a number of at most 13, or a list of school grades.
        let f = fields[g]
        let listed = f.values?.compactMap(\.stringValue)
        guard (f.type == .integer && (f.max ?? 99) <= 13) || (listed.map { !$0.isEmpty && $0.allSatisfy { Self.schoolsByGrade[$0] != nil } } ?? false)
        else { return }
        var plan = SiblingFactPlan(column: g, values: [:], fallback: own)
        plan.choices = Self.schoolsByGrade
        sources[sc] = .siblingFact(plan)
    }
}
