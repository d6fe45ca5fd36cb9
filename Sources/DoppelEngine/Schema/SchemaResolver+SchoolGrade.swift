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
}
