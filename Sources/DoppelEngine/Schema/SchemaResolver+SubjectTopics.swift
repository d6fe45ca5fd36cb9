import DoppelText

extension SchemaResolver {
    /// Names of what a lesson or a session works on.
    static let lessonTopicColumns = ["topic", "lesson_topic", "focus", "focus_area", "unit", "skill_focus", "concept"]

    /// A lesson's `topic` is a topic of its subject (`SubjectTopics`): of the row's own `subject`, else of the subject of
    /// the tutor, teacher or class it references. A chemistry session works on stoichiometry, not "Travel". Rows whose
    /// subject is not known keep the column's draw.
    func applySubjectTopics(_ entity: Entity, _ sources: inout [FieldSource?], planIndex: [String: Int]) {
        let fields = entity.fields
        guard let tc = Self.column(named: Self.lessonTopicColumns, in: fields, where: { $0.references == nil && ($0.type == .string || $0.type == .text) }),
              case let .kind(own, .random)? = sources[tc] else { return }
        let subjectNames = ["subject", "subject_name", "course_subject", "specialty"]
        if let sc = Self.column(named: subjectNames, in: fields, where: { $0.references == nil }), !Self.reaches(sc, tc, in: sources) {
            var plan = SiblingFactPlan(column: sc, values: [:], fallback: own)
            // (the subject as a cell writes it: "chemistry", "Chemistry", "SAT", "Computer Science")
            for key in Array(SubjectTopics.bySubject.keys) + Array(SubjectTopics.aliases.keys) {
                guard let topics = SubjectTopics.topics(of: key) else { continue }
                for written in [key, key.uppercased(), RowTitleWriter.headlineCased(key)] { plan.choices[written] = topics }
            }
            sources[tc] = .siblingFact(plan)
            return
        }
        for (rc, rf) in fields.enumerated() {
            guard let ref = rf.references, ref.entity != entity.name, let p = planIndex[ref.entity], let parent = schema.entity(named: ref.entity),
                  let sc = Self.column(named: subjectNames, in: parent.fields, where: { $0.references == nil }) else { continue }
            sources[tc] = .derived(DerivedPlan(referenceColumn: rc, parentEntity: p, parentColumn: sc, rule: .chosen({ SubjectTopics.topics(of: $0) }),
                                               fallback: own))
            return
        }
    }
}
