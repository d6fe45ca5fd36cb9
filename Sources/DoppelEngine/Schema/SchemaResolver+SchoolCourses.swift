extension SchemaResolver {
    /// A school class's `name` (`title`, `class_name`, `course_name`) listing a school's classes is one of the subject
    /// of the teacher it references (`SchoolCourses`): a Mathematics teacher teaches Algebra I or Geometry, not World
    /// History. Rows whose teacher's subject is not a school's keep the column's draw.
    func applySchoolCourses(_ entity: Entity, _ sources: inout [FieldSource?], _ generators: [(any KindGenerator)?],
                            planIndex: [String: Int]) {
        let fields = entity.fields
        guard let nc = Self.column(named: ["name", "title", "class_name", "course_name", "subject_name"], in: fields,
                                   where: { $0.references == nil && ($0.type == .string || $0.type == .text) }),
              case let .kind(own, .random)? = sources[nc],
              let offered = Self.statusValues(fields[nc], generators[nc])?.0, SchoolCourses.namesSchoolClasses(offered) else { return }
        for (rc, rf) in fields.enumerated() {
            guard let ref = rf.references, ref.entity != entity.name, let p = planIndex[ref.entity], let parent = schema.entity(named: ref.entity),
                  let sc = Self.column(named: ["subject", "subject_taught", "teaching_subject", "department"], in: parent.fields,
                                       where: { $0.references == nil && ($0.type == .string || $0.type == .text) }) else { continue }
            sources[nc] = .derived(DerivedPlan(referenceColumn: rc, parentEntity: p, parentColumn: sc,
                                               rule: .chosen({ SchoolCourses.classes(ofSubject: $0) }), fallback: own))
            return
        }
    }
}
