/// A letter grade agrees with its row's numeric score (protocol/SCHEMA.md, *Rows that agree*).
extension SchemaResolver {
    static let scoreColumns = ["score", "percentage", "percent", "marks", "mark", "total_score", "final_score", "exam_score",
                               "numeric_score", "score_percent", "grade_percent", "points_percent"]
    /// A graded work's score columns, besides `scoreColumns`.
    static let earnedPointsNames: Set<String> = ["points", "points_earned", "earned_points", "marks_obtained", "points_scored",
                                                 "points_awarded", "marks_earned"]

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
        guard let plan = Self.scorePlan(.letterGrade, score: score, entity) else { return }
        sources[grade] = .rowText(plan)
    }

    /// A row text read from the row's score out of its top (the row's own top column, else the score's declared `max`,
    /// else 100); nil for a score on a scale of 10 or less (a GPA, stars), which is not a percentage.
    static func scorePlan(_ form: RowTextForm, score: Int, _ entity: Entity) -> RowTextPlan? {
        let fields = entity.fields
        let top = fields[score].max ?? 100
        let scale = Self.scoreTop(of: fields[score].name, in: fields)
        guard top > 10 || scale != nil else { return nil }
        var plan = RowTextPlan(form: form, noun: Self.noun(entity.name), nameColumn: nil, categoryColumn: nil,
                               makerColumn: nil, ratingColumn: score, ratingScale: top, subject: nil, parentCategory: nil)
        plan.scaleColumn = scale
        return plan
    }

    /// Names of a flag saying a score passed.
    static let passFlagNames: Set<String> = ["passed", "pass", "is_passed", "has_passed", "is_pass", "did_pass", "pass_flag"]

    /// A free boolean `passed` (`pass`, `is_passed`, …) beside a free numeric score column says whether the score
    /// reached the pass mark, 60 % of its top (the row's `max_score`, else the score's declared `max`, else 100):
    /// no 23 out of 100 that passed. Scores on a scale of 10 or less are left alone, as for letter grades.
    func applyPassFlag(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        guard let flag = fields.indices.first(where: { c in
                  fields[c].type == .boolean && Self.passFlagNames.contains(fields[c].name.lowercased()) && !fields[c].unique
                      && fields[c].references == nil
              }),
              case .kind(_, .random)? = sources[flag],
              let score = fields.indices.first(where: { c in
                  (Self.scoreColumns.contains(fields[c].name.lowercased()) || Self.earnedPointsNames.contains(fields[c].name.lowercased()))
                      && Self.numeric.contains(fields[c].type) && fields[c].references == nil
              }), !Self.reaches(score, flag, in: sources)
        else { return }
        guard let plan = Self.scorePlan(.passed, score: score, entity) else { return }
        sources[flag] = .rowText(plan)
    }

    /// The row's own top of a score's scale: `max_score`, `score_max`, `total_points` beside `points`,
    /// `points_possible`, `out_of`, `max_points`, `possible_points`.
    static func scoreTop(of score: String, in fields: [Field]) -> Int? {
        let s = score.lowercased()
        let names = ["max_\(s)", "\(s)_max", "maximum_\(s)", "\(s)_possible", "possible_\(s)", "total_\(s)", "max_possible_\(s)",
                     "out_of", "max_points", "points_possible", "possible_points", "total_points", "max_marks", "total_marks"]
        return fields.indices.first { c in
            names.contains(fields[c].name.lowercased()) && fields[c].name.lowercased() != s && isOwnNumber(fields[c])
        }
    }

    /// A score is out of its row's top (`max_score`, `points_possible`, `out_of`): 45–100 % of it, never above; with
    /// no top of its own, out of the top of the record it references (a grade out of its assignment's `max_points`).
    func applyScoreOutOf(_ entity: Entity, _ sources: inout [FieldSource?], planIndex: [String: Int]) {
        let fields = entity.fields
        for (c, f) in fields.enumerated() where Self.isOwnNumber(f) && !f.unique {
            let name = f.name.lowercased()
            guard Self.scoreColumns.contains(name) || Self.earnedPointsNames.contains(name),
                  case let .kind(own, .random)? = sources[c] else { continue }
            if let top = Self.scoreTop(of: name, in: fields), top != c, !Self.reaches(top, c, in: sources) {
                sources[c] = .share(of: top, low: 0.45, high: 1.0, fallback: own)
                continue
            }
            if let (rc, p, top) = parentScoreTop(of: name, entity, planIndex: planIndex) {
                sources[c] = .parentShare(ParentSharePlan(referenceColumn: rc, parentEntity: p, parentColumn: top, share: 0.45...1.0, fallback: own))
            }
        }
    }

    /// The top of a score's scale on the first record the row references that has one (an assignment's
    /// `max_points`): the reference column, the parent's plan index and its top column.
    func parentScoreTop(of score: String, _ entity: Entity, planIndex: [String: Int]) -> (Int, Int, Int)? {
        for (rc, rf) in entity.fields.enumerated() {
            guard let ref = rf.references, ref.entity != entity.name, let p = planIndex[ref.entity],
                  let parent = schema.entity(named: ref.entity), let top = Self.scoreTop(of: score, in: parent.fields) else { continue }
            return (rc, p, top)
        }
        return nil
    }
}
