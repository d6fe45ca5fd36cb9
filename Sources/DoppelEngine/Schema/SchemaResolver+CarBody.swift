import DoppelText

/// A car's type is its model's body (protocol/SCHEMA.md, *Rows that agree*).
extension SchemaResolver {
    /// A listed vehicle type (`vehicle_type`, `body_type`, `car_class`, …) beside a car's `vehicle.model` is the value
    /// naming that model's body (`CarBodies`): a Ford Ranger a `truck` or `pickup`, an Escape an `SUV` or a `car`, a
    /// Corolla a `sedan` or `compact`, never a motorcycle. A model whose body the list has no word for keeps the draw.
    func applyCarBody(_ entity: Entity, _ sources: inout [FieldSource?], _ generators: [(any KindGenerator)?]) {
        let fields = entity.fields
        guard VehicleKind.fleet(entity: entity.name, dataset: schema.name) == .cars,
              let model = fields.firstIndex(where: { $0.kind == "vehicle.model" && $0.references == nil }),
              let tc = Self.column(named: Self.vehicleTypeColumns, in: fields, where: { $0.references == nil && !$0.unique && $0.kind == "enum" }),
              tc != model, case let .kind(own, .random)? = sources[tc], !Self.reaches(model, tc, in: sources),
              let (values, _) = Self.statusValues(fields[tc], generators[tc]),
              CarBodies.Body.allCases.contains(where: { b in CarBodies.value(forModel: CarBodies.models[b]!.first!, among: values) != nil })
        else { return }
        sources[tc] = .siblingFact(SiblingFactPlan(column: model, values: [:], fallback: own,
                                                   valueOf: { CarBodies.value(forModel: $0, among: values) }))
    }
}
