import DoppelText

extension SchemaResolver {
    static let sensorTypeColumns = ["sensor_type", "type", "kind", "metric", "measurement_type", "reading_type", "device_type"]
    static let readingValueColumns: Set<String> = ["value", "reading", "measurement", "measured_value", "reading_value"]

    /// A sensor reading is in the unit of what its sensor measures (`SensorUnits`): a reading of a
    /// temperature sensor in °C, of a humidity sensor in percent, from its own `sensor_type` or the type
    /// of the sensor it references; and its `value` lies in the range a building's sensor reads in that
    /// unit (20–26 °C, not 66.7 °C; 400–1,600 ppm). Units are taken from the column's own values; a type
    /// no unit fits (a door contact) keeps the column's own draw.
    func applySensorUnits(_ entity: Entity, _ sources: inout [FieldSource?], _ generators: [(any KindGenerator)?],
                          planIndex: [String: Int]) {
        let fields = entity.fields
        guard let (uc, own, offered) = Self.drawnUnit(fields, sources, generators),
              offered.contains(where: { SensorUnits.range(of: $0) != nil }) else { return }
        let unitOf: @Sendable (String) -> String? = { SensorUnits.unit(ofType: $0, among: offered) }
        if let tc = Self.column(named: Self.sensorTypeColumns, in: fields, where: { $0.references == nil && $0.type == .string }),
           !Self.reaches(tc, uc, in: sources) {
            sources[uc] = Self.unit(readFrom: tc, own: own, unitOf)
        } else if let sensor = sensorTypeReference(entity, planIndex: planIndex) {
            sources[uc] = .derived(DerivedPlan(referenceColumn: sensor.referenceColumn, parentEntity: sensor.parentEntity,
                                               parentColumn: sensor.parentColumn, rule: .mapped(unitOf), fallback: own))
        }
        var ranges: [String: ClosedRange<Double>] = [:]
        for u in offered { if let r = SensorUnits.range(of: u) { ranges[u.lowercased()] = r } }
        Self.numbers(named: Self.readingValueColumns, byUnit: uc, fields, &sources, ranges: ranges, whole: false)
    }

    /// The type of the sensor or device the row references (a reading's or an alert's sensor): the first
    /// reference whose parent has a type column (`sensorTypeColumns`).
    func sensorTypeReference(_ entity: Entity, planIndex: [String: Int]) -> ParentText? {
        for (rc, rf) in entity.fields.enumerated() {
            guard let ref = rf.references, ref.entity != entity.name, let p = planIndex[ref.entity],
                  let parent = schema.entity(named: ref.entity),
                  let pt = Self.column(named: Self.sensorTypeColumns, in: parent.fields, where: { $0.references == nil && $0.type == .string })
            else { continue }
            return ParentText(referenceColumn: rc, parentEntity: p, parentColumn: pt, noun: Self.noun(parent.name))
        }
        return nil
    }
}
