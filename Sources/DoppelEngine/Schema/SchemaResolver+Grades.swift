/// A letter grade agrees with its row's numeric score (protocol/SCHEMA.md, *Rows that agree*).
extension SchemaResolver {
    static let scoreColumns = ["score", "percentage", "percent", "marks", "mark", "total_score", "final_score", "exam_score",
                               "numeric_score", "score_percent", "grade_percent", "points_percent"]

    /// A free `education.grade` text column becomes the letter of a free numeric score column in the
    /// same row (`GradeScale`). Scores on a scale of 10 or less (a GPA, stars) are not percentages and
    /// are left alone.
    func applyGradeRule(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        guard let grade = fields.indices.first(where: { c in
                  fields[c].kind == "education.grade" && (fields[c].type == .string || fields[c].type == .text)
                      && !fields[c].unique && fields[c].references == nil
              }),
              case .kind(_, .random)? = sources[grade],
              let score = fields.indices.first(where: { c in
                  Self.scoreColumns.contains(fields[c].name.lowercased()) && Self.numeric.contains(fields[c].type)
                      && fields[c].references == nil
              })
        else { return }
        let top = fields[score].max ?? 100
        guard top > 10 else { return }
        sources[grade] = .rowText(RowTextPlan(form: .letterGrade, noun: Self.noun(entity.name), nameColumn: nil,
                                              categoryColumn: nil, makerColumn: nil, ratingColumn: score,
                                              ratingScale: top, subject: nil, parentCategory: nil))
    }
}
