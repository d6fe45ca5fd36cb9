extension SchemaResolver {
    /// A science project's title is in its own field (protocol/SCHEMA.md, `ScienceProjects`): a text title beside a
    /// listed category every value of which is a science the vocabulary knows (Biology, Chemistry, Physics, …) takes
    /// one of that science's project titles.
    func applyScienceProjectTitles(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        guard let c = Self.column(named: ScienceProjects.categoryColumns, in: fields, where: { $0.references == nil && $0.kind == "enum" }),
              let sciences = fields[c].values?.compactMap(\.stringValue), !sciences.isEmpty,
              sciences.allSatisfy({ ScienceProjects.titles[$0.lowercased()] != nil }),
              let t = Self.column(named: ScienceProjects.titleColumns, in: fields, where: { f in
                  f.references == nil && !f.unique && !f.primaryKey && (f.type == .string || f.type == .text)
              }), t != c, case let .kind(own, _)? = sources[t], !Self.reaches(c, t, in: sources) else { return }
        let choices = Self.choices(sciences) { ScienceProjects.titles[$0.lowercased()] ?? [] }
        sources[t] = .siblingFact(SiblingFactPlan(column: c, values: [:], fallback: own, choices: choices))
    }
}
