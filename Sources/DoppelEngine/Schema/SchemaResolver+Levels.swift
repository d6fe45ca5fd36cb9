/// A skill level agrees with the row's name (protocol/SCHEMA.md, *Rows that agree*).
extension SchemaResolver {
    static let levelColumns: Set<String> = ["level", "difficulty", "skill_level", "difficulty_level", "course_level",
                                            "experience_level", "class_level", "tier_level"]

    /// A free enum level column (`beginner`/`intermediate`/`advanced`, `novice`/`expert`, …) follows the
    /// tier the row's own name or title announces: "Introduction to Python" is never advanced.
    func applyLevelRule(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        func isText(_ c: Int) -> Bool { fields[c].type == .string || fields[c].type == .text }
        guard let level = fields.indices.first(where: { c in
                  Self.levelColumns.contains(fields[c].name.lowercased()) && fields[c].kind == "enum" && isText(c)
                      && fields[c].references == nil && !fields[c].unique && !fields[c].primaryKey
              }),
              case let .kind(own, .random)? = sources[level],
              let name = fields.indices.first(where: { c in
                  let n = fields[c].name.lowercased()
                  return c != level && isText(c) && fields[c].references == nil && !(fields[c].kind ?? "").hasPrefix("person.")
                      && (n == "name" || n == "title" || n.hasSuffix("_name") || n.hasSuffix("_title"))
              })
        else { return }
        var valueOfTier: [SkillLevel: String] = [:]
        for v in fields[level].values ?? [] {
            guard let text = v.stringValue, let tier = SkillLevel.ofValue(text), valueOfTier[tier] == nil else { continue }
            valueOfTier[tier] = text
        }
        guard valueOfTier.count >= 2 else { return }
        sources[level] = .levelOfName(LevelOfNamePlan(nameColumn: name, valueOfTier: valueOfTier, fallback: own))
    }
}
