/// The classes a school teaches in a subject: a Mathematics teacher's Algebra I or Geometry, a Science teacher's
/// Biology, never World History. Subjects are read from their words (`Math`, `Mathematics`, `Maths`).
enum SchoolCourses {
    static let bySubject: [(words: Set<String>, classes: [String])] = [
        (["mathematics", "math", "maths", "algebra", "geometry", "calculus"], ["Algebra I", "Geometry", "Algebra II", "Pre-Calculus", "Statistics"]),
        (["english", "literature", "writing", "reading", "language arts"], ["English 9", "English 10", "English 11", "English 12", "Creative Writing"]),
        (["science", "biology", "chemistry", "physics"], ["Biology", "Chemistry", "Physics", "Earth Science", "Environmental Science"]),
        (["history", "social studies", "government", "economics", "civics", "geography"], ["World History", "U.S. History", "Government", "Economics"]),
        (["spanish"], ["Spanish I", "Spanish II", "Spanish III"]),
        (["french"], ["French I", "French II", "French III"]),
        (["art", "arts", "visual arts"], ["Art", "Drawing", "Ceramics"]),
        (["music", "band", "choir"], ["Band", "Choir", "Music"]),
        (["physical education", "pe", "p.e.", "health"], ["Physical Education", "Health"]),
        (["computer science", "computing", "technology", "it"], ["Computer Science", "Web Design"]),
    ]

    /// The classes of `subject`, nil when the subject is not a school's.
    static func classes(ofSubject subject: String) -> [String]? {
        let s = subject.lowercased()
        let words = Set(s.split(whereSeparator: { !$0.isLetter && $0 != "." }).map(String.init))
        return bySubject.first { $0.words.contains(s) || !$0.words.isDisjoint(with: words) }?.classes
    }

    /// True when every value is a class `bySubject` names: the column lists a school's classes.
    static func namesSchoolClasses(_ values: [String]) -> Bool {
        let all = Set(bySubject.flatMap(\.classes))
        return !values.isEmpty && values.filter(all.contains).count * 2 >= values.count
    }
}
