import DoppelText

/// A crowdfunding project's title is of its category (protocol/SCHEMA.md, *Rows that agree*).
extension SchemaResolver {
    /// In a table of campaigns or projects whose listed `category` holds only `CrowdfundingProjects` categories, the
    /// `title` (`name`) is a project of the row's category: a Games campaign is a board game, a Music one an album.
    func applyProjectTitles(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        guard ["campaign", "project"].contains(Inflector.singular(KindInference.head(ofEntity: entity.name).lowercased())),
              let cc = Self.column(named: ["category", "project_category"], in: fields, where: { $0.kind == "enum" && $0.references == nil }),
              let categories = fields[cc].values?.compactMap(\.stringValue), !categories.isEmpty,
              categories.allSatisfy({ CrowdfundingProjects.titles[$0] != nil }),
              let tc = Self.column(named: ["title", "name", "project_name"], in: fields,
                                   where: { ($0.type == .string || $0.type == .text) && $0.references == nil && !$0.unique }),
              tc != cc, !Self.reaches(cc, tc, in: sources), let current = sources[tc] else { return }
        let own: any KindGenerator
        switch current {
        case let .kind(g, .random): own = g
        case .rowText: own = EnumKind(values: CrowdfundingProjects.titles.values.flatMap { $0 }.sorted().map { .string($0) }, weights: nil)
        default: return
        }
        sources[tc] = .siblingFact(SiblingFactPlan(column: cc, values: [:], fallback: own, choices: CrowdfundingProjects.titles))
    }
}
