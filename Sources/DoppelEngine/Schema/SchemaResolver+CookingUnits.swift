import DoppelText

extension SchemaResolver {
    /// Entity words of ingredients and the recipe lines that use them.
    static let ingredientWords: Set<String> = ["ingredient", "ingredients"]

    /// An ingredient is measured the way cooks measure it (`CookingUnits`): its `unit` follows its name
    /// (black pepper by the teaspoon, milk in millilitres, eggs by the piece), a recipe line's unit
    /// follows the ingredient it references, and a line's quantity suits its unit (2 tsp, 250 g, not
    /// 382.59 kg of apples). Units are taken from the column's own values.
    func applyCookingUnits(_ entity: Entity, _ sources: inout [FieldSource?], _ generators: [(any KindGenerator)?],
                           planIndex: [String: Int]) {
        let fields = entity.fields
        guard Self.column(named: Self.unitColumns, in: fields, where: { $0.references == nil }) != nil else {
            quantityByParentUnit(entity, &sources, planIndex: planIndex)
            return
        }
        guard let (uc, own, offered) = Self.drawnUnit(fields, sources, generators) else { return }
        let words = Set(KindInference.tokens(entity.name).map(Inflector.singular))
        let unitOf: @Sendable (String) -> String? = { CookingUnits.unit(of: $0, among: offered) }
        var cooking = !words.isDisjoint(with: Self.ingredientWords)
        // The ingredient's own name beside the unit.
        if let name = Self.column(named: ["name", "ingredient", "ingredient_name", "item"], in: fields, where: { f in
            f.references == nil && (f.type == .string || f.type == .text)
        }), cooking || fields[name].kind == "food.ingredient", !Self.reaches(name, uc, in: sources) {
            sources[uc] = Self.unit(readFrom: name, own: own, unitOf)
            cooking = true
        } else {
            // A recipe line: the unit of the ingredient it references (its own unit column, else its name's).
            for (rc, rf) in fields.enumerated() {
                guard let ref = rf.references, ref.entity != entity.name, let p = planIndex[ref.entity],
                      let parent = schema.entity(named: ref.entity),
                      !Set(KindInference.tokens(parent.name).map(Inflector.singular)).isDisjoint(with: Self.ingredientWords)
                        || parent.fields.contains(where: { $0.kind == "food.ingredient" }) else { continue }
                if let pu = parent.fields.firstIndex(where: { $0.name.lowercased() == fields[uc].name.lowercased() }) {
                    sources[uc] = .derived(DerivedPlan(referenceColumn: rc, parentEntity: p, parentColumn: pu, rule: .copy, fallback: own))
                } else if let pn = parent.fields.firstIndex(where: { f in
                    f.kind == "food.ingredient" || ["name", "ingredient_name"].contains(f.name.lowercased()) && f.references == nil
                }) {
                    sources[uc] = .derived(DerivedPlan(referenceColumn: rc, parentEntity: p, parentColumn: pn, rule: .mapped(unitOf), fallback: own))
                }
                cooking = true
                break
            }
        }
        guard cooking else { return }
        // How much of it a line uses, by its unit.
        var ranges: [String: ClosedRange<Double>] = [:]
        for u in offered { if let range = CookingUnits.amount(of: u) { ranges[u.lowercased()] = range } }
        Self.numbers(named: Self.quantityColumns, byUnit: uc, fields, &sources, ranges: ranges, whole: true)
    }

    static let quantityColumns: Set<String> = ["quantity", "amount", "qty"]

    /// A recipe line with no unit of its own: its quantity suits the unit of the ingredient it references.
    private func quantityByParentUnit(_ entity: Entity, _ sources: inout [FieldSource?], planIndex: [String: Int]) {
        let fields = entity.fields
        for (rc, rf) in fields.enumerated() {
            guard let ref = rf.references, ref.entity != entity.name, let p = planIndex[ref.entity],
                  let parent = schema.entity(named: ref.entity),
                  !Set(KindInference.tokens(parent.name).map(Inflector.singular)).isDisjoint(with: Self.ingredientWords),
                  let pu = Self.column(named: Self.unitColumns, in: parent.fields, where: { $0.references == nil }) else { continue }
            for (c, f) in fields.enumerated() where Self.quantityColumns.contains(f.name.lowercased()) {
                guard Self.isOwnNumber(f), !f.unique, case let .kind(q, .random)? = sources[c] else { continue }
                sources[c] = .derived(DerivedPlan(referenceColumn: rc, parentEntity: p, parentColumn: pu,
                                                  rule: .numberIn(CookingUnits.amount(of:), whole: true), fallback: q))
            }
            return
        }
    }
}
