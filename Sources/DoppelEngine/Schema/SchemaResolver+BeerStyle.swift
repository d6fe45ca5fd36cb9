extension SchemaResolver {
    /// A beer's strength (`abv`, `alcohol_content`, …) and bitterness (`ibu`, `bitterness`) follow the style its
    /// row names (`style`, `beer_style`, `type`) when every listed style is one brewers publish ranges for
    /// (`BeerStyles`): a lager 4.2–5.4 % and 8–25 IBU, an imperial stout 8–12 %.
    func applyBeerStyle(_ entity: Entity, _ sources: inout [FieldSource?], _ generators: [(any KindGenerator)?]) {
        let fields = entity.fields
        guard let sc = Self.column(named: ["style", "beer_style", "type", "beer_type", "category"], in: fields, where: { $0.references == nil }),
              let (values, _) = Self.statusValues(fields[sc], generators[sc]),
              values.allSatisfy({ BeerStyles.profiles[$0.lowercased()] != nil }) else { return }
        for (c, f) in fields.enumerated() where c != sc && Self.isOwnNumber(f) && !f.unique && !f.primaryKey {
            let name = f.name.lowercased()
            let strength = ["abv", "alcohol_content", "alcohol_pct", "alcohol_percent", "alcohol_by_volume", "abv_pct"].contains(name)
            let bitterness = ["ibu", "ibus", "bitterness", "ibu_rating"].contains(name)
            guard strength || bitterness, case let .kind(own, .random)? = sources[c], !Self.reaches(sc, c, in: sources) else { continue }
            var ranges: [String: ClosedRange<Double>] = [:]
            for v in values { if let p = BeerStyles.profiles[v.lowercased()] { ranges[v.lowercased()] = strength ? p.abv : p.ibu } }
            var fact = SiblingFactPlan(column: sc, values: [:], fallback: own, ranges: ranges)
            fact.wholeNumbers = bitterness
            sources[c] = .siblingFact(fact)
        }
    }
}
