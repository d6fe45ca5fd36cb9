import DoppelText

extension SchemaResolver {
    static let deviceModelColumns = ["model", "device_model", "sensor_model", "model_name"]
    static let deviceTypeColumns = ["sensor_type", "device_type", "type", "kind", "category", "measurement_type"]

    /// A sensor's model drawn from the sensor models fits the row's own sensor type (`SensorModels`): an
    /// accelerometer is an ADXL345, not a temperature sensor's Eve Degree.
    func applySensorModels(_ entity: Entity, _ sources: inout [FieldSource?], _ generators: [(any KindGenerator)?]) {
        let fields = entity.fields
        guard let m = Self.column(named: Self.deviceModelColumns, in: fields, where: { $0.references == nil && $0.kind == "enum" }),
              let values = fields[m].values?.compactMap(\.stringValue), !values.isEmpty,
              values.allSatisfy(SensorModels.all.contains), case let .kind(own, .random)? = sources[m],
              let t = Self.column(named: Self.deviceTypeColumns, in: fields, where: { $0.references == nil }), t != m,
              !Self.reaches(t, m, in: sources), let (types, _) = Self.statusValues(fields[t], generators[t]) else { return }
        var choices: [String: [String]] = [:]
        for type in types { if let models = SensorModels.models(ofType: type) { choices[type] = models } }
        guard !choices.isEmpty else { return }
        var plan = SiblingFactPlan(column: t, values: [:], fallback: own)
        plan.choices = choices
        sources[m] = .siblingFact(plan)
    }
}
