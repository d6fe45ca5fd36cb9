extension SchemaResolver {
    /// A wine's grape is one its region grows (protocol/SCHEMA.md, `WineRegions`): a listed grape column beside a
    /// listed region takes, for a region it knows, one of that region's grapes among the column's own values; a region
    /// none of whose grapes the column lists keeps the column's draw.
    func applyWineGrapes(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        guard let g = Self.column(named: WineRegions.grapeColumns, in: fields, where: { $0.references == nil && $0.kind == "enum" && !$0.unique }),
              let r = Self.column(named: WineRegions.regionColumns, in: fields, where: { $0.references == nil && $0.kind == "enum" }),
              case let .kind(own, .random)? = sources[g], !Self.reaches(r, g, in: sources),
              let grapes = fields[g].values?.compactMap(\.stringValue), let regions = fields[r].values?.compactMap(\.stringValue) else { return }
        let choices = Self.choices(regions) { region in
            let known = Set((WineRegions.grapes[region.lowercased()] ?? []).map { $0.lowercased() })
            return grapes.filter { known.contains($0.lowercased()) }
        }
        if !choices.isEmpty { sources[g] = .siblingFact(SiblingFactPlan(column: r, values: [:], fallback: own, choices: choices)) }
    }
}
