extension SchemaResolver {
    /// A dish's vegetarian or vegan flag (`is_vegetarian`, `vegan`, `is_vegan`) follows its name
    /// (`DietReading`): no vegetarian chicken curry, no vegan cheesecake. Applies to a boolean column
    /// beside a name column (`name`, `title`, `item_name`, …) that no other rule took, in a table of
    /// dishes (menu items, meals, recipes, foods), not of places: a restaurant's name does not say
    /// whether it is vegetarian.
    func applyDietFlags(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        let noun = Self.noun(entity.name)
        guard [.food, .recipe].contains(SubjectClass(noun: noun)) || RowTitleWriter.family(ofNoun: noun) == .dish,
              let name = Self.column(named: Self.nameColumns, in: fields, where: { ($0.type == .string || $0.type == .text) && $0.references == nil }) else { return }
        for (c, f) in fields.enumerated() where f.type == .boolean && f.references == nil {
            guard case .kind(_, .random)? = sources[c], !Self.reaches(name, c, in: sources) else { continue }
            let words = Set(KindInference.tokens(f.name))
            let form: RowTextForm
            if words.contains("vegan") { form = .vegan } else if words.contains("vegetarian") || words.contains("veggie") { form = .vegetarian } else { continue }
            sources[c] = .rowText(RowTextPlan(form: form, noun: noun, nameColumn: name, categoryColumn: nil,
                                              makerColumn: nil, ratingColumn: nil, ratingScale: 5, subject: nil, parentCategory: nil))
        }
    }
}
