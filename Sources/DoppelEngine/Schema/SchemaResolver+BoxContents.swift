import DoppelText

/// A subscription box's description says what its theme's box holds (protocol/SCHEMA.md, *Rows that agree*).
extension SchemaResolver {
    /// In a table of boxes (`boxes`, `monthly_boxes`), a text description (`description`, `contents`, `summary`) of a row
    /// whose theme (`theme`, `name`, `title`) is one of `BoxThemes` says what that theme's box holds ("This month's Spa
    /// Day box: a clay face mask, lavender bath salts and a bamboo headband."), not that it "is a box, recorded on …".
    func applyBoxContents(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        guard Inflector.singular(KindInference.head(ofEntity: entity.name).lowercased()) == "box",
              let theme = Self.column(named: ["theme", "box_theme", "name", "title"], in: fields,
                                      where: { ($0.type == .string || $0.type == .text) && $0.references == nil }),
              let d = Self.column(named: ["description", "contents", "summary", "details", "items"], in: fields,
                                  where: { ($0.type == .string || $0.type == .text) && $0.references == nil && !$0.unique }),
              d != theme, !Self.reaches(theme, d, in: sources), let current = sources[d],
              // (every theme listed is one whose box the list knows: a theme of the user's own keeps its text)
              let themes = fields[theme].values?.compactMap(\.stringValue), !themes.isEmpty,
              themes.allSatisfy({ BoxThemes.descriptions(ofTheme: $0) != nil }) else { return }
        let own: any KindGenerator
        switch current {
        case let .kind(g, .random): own = g
        case .rowText, .recordText: own = EnumKind(values: [.string("A themed box of seasonal treats and small gifts.")], weights: nil)
        default: return
        }
        var choices: [String: [String]] = [:]
        for t in themes { choices[t] = BoxThemes.descriptions(ofTheme: t) }
        sources[d] = .siblingFact(SiblingFactPlan(column: theme, values: [:], fallback: own, choices: choices))
    }
}
