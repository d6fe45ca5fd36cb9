extension SchemaResolver {
    /// Columns of who makes a thing.
    static let brandColumns = ["brand", "make", "manufacturer", "maker", "brand_name"]
    /// Columns of which of its maker's models a thing is.
    static let modelColumns = ["model", "model_name", "bike_model", "product_model"]

    /// A model is its maker's (protocol/SCHEMA.md): a listed model column whose values start with a listed brand's or
    /// make's (`Trek FX 3` for Trek) takes, for the row's brand, one of that brand's models; a brand with none of
    /// its own among the models keeps the column's draw.
    func applyMakerModels(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        guard let m = Self.column(named: Self.modelColumns, in: fields, where: { $0.references == nil && $0.kind == "enum" && !$0.unique }),
              let b = Self.column(named: Self.brandColumns, in: fields, where: { $0.references == nil && $0.kind == "enum" }),
              case let .kind(own, .random)? = sources[m], !Self.reaches(b, m, in: sources),
              let models = fields[m].values?.compactMap(\.stringValue), let makers = fields[b].values?.compactMap(\.stringValue) else { return }
        let choices = Self.choices(makers) { maker in models.filter { $0.lowercased().hasPrefix(maker.lowercased() + " ") } }
        // (Only where the models are named by their makers: most of them start with a listed brand.)
        let named = models.filter { model in makers.contains { model.lowercased().hasPrefix($0.lowercased() + " ") } }
        guard !choices.isEmpty, named.count * 2 >= models.count else { return }
        sources[m] = .siblingFact(SiblingFactPlan(column: b, values: [:], fallback: own, choices: choices))
    }
}
