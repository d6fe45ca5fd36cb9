/// The usual US letter-grade cut-offs, so a row's letter and its score say the same thing.
///
/// A ≥ 93, A− ≥ 90, B+ ≥ 87, B ≥ 83, B− ≥ 80, C+ ≥ 77, C ≥ 73, C− ≥ 70, D ≥ 60, F below:
/// the same letters `education.grade` draws from.
enum GradeScale {
    /// The share of a score's top that passes: the bottom of a D.
    static let passShare = 0.6
    static let cutoffs: [(Double, String)] = [(93, "A"), (90, "A-"), (87, "B+"), (83, "B"), (80, "B-"),
                                               (77, "C+"), (73, "C"), (70, "C-"), (60, "D")]

    /// The letter for `score` out of `top` (the score column's maximum).
    static func letter(score: Double, top: Double) -> String {
        let percent = top > 0 ? score / top * 100 : score
        for (cut, letter) in cutoffs where percent >= cut { return letter }
        return "F"
    }

    /// A letter when the score is NULL: the weighted draw `education.grade` makes.
    static func letterWithoutScore(_ r: inout CellRandom) -> String {
        var u = r.unit() * Words.gradeWeights.reduce(0, +)
        for (i, w) in Words.gradeWeights.enumerated() where i < Words.grades.count {
            u -= w
            if u < 0 { return String(decoding: Words.grades.entry(i), as: UTF8.self) }
        }
        return "F"
    }
}
