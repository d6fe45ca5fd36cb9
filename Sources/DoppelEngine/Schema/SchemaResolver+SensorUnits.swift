import DoppelText

extension SchemaResolver {
    static let sensorTypeColumns = ["sensor_type", "type", "kind", "metric", "measurement_type", "reading_type", "device_type", "meter_type"]
    static let readingValueColumns: Set<String> = ["value", "reading", "measurement", "measured_value", "reading_value"]

    /// A sensor reading is in the unit of what its sensor measures (`SensorUnits`): a reading of a
    /// temperature sensor in °C, of a humidity sensor in percent, from its own `sensor_type` or the type
    /// of the sensor it references, else from the table's own name (a wind farm's `power_readings` in
    /// kWh); and its `value` lies in the range a building's sensor reads in that unit (20–26 °C, not
    /// 66.7 °C; 400–1,600 ppm). Units are taken from the column's own values; a type no unit fits (a door
    /// contact) keeps the column's own draw.
    func applySensorUnits(_ entity: Entity, _ sources: inout [FieldSource?], _ generators: [(any KindGenerator)?],
                          planIndex: [String: Int]) {
        let fields = entity.fields
        guard let (uc, own, offered) = Self.drawnUnit(fields, sources, generators) else {
            if Self.column(named: Self.unitColumns, in: fields, where: { $0.references == nil }) == nil {
                applyReadingRange(entity, &sources, planIndex: planIndex)
            }
            return
        }
        guard offered.contains(where: { SensorUnits.range(of: $0) != nil }) else { return }
        let unitOf: @Sendable (String) -> String? = { SensorUnits.unit(ofType: $0, among: offered) }
        if let tc = Self.column(named: Self.sensorTypeColumns, in: fields, where: { $0.references == nil && $0.type == .string }),
           !Self.reaches(tc, uc, in: sources) {
            sources[uc] = Self.unit(readFrom: tc, own: own, unitOf)
        } else if let sensor = sensorTypeReference(entity, planIndex: planIndex) {
            sources[uc] = .derived(DerivedPlan(referenceColumn: sensor.referenceColumn, parentEntity: sensor.parentEntity,
                                               parentColumn: sensor.parentColumn, rule: .mapped(unitOf), fallback: own))
        } else if let unit = unitOf(entity.name) {
            // A table named for what it reads (`hourly_power_readings`, `temperature_logs`): every row in that unit.
            sources[uc] = .kind(EnumKind(values: [.string(unit)], weights: nil), .random)
        }
        var ranges: [String: ClosedRange<Double>] = [:]
        for u in offered { if let r = SensorUnits.range(of: u) { ranges[u.lowercased()] = r } }
        Self.numbers(named: Self.readingValueColumns, byUnit: uc, fields, &sources, ranges: ranges, whole: false)
    }

    /// A reading that names no unit is in the unit of what it measures: by its own type column (a
    /// `metric` of temperature reads 16–30, in °C), else through its reference by the sensor's unit
    /// column, else by the sensor's type (a CO₂ sensor's readings 400–1,600, in ppm). A type no unit
    /// fits (motion, a door contact) keeps the column's own draw.
    func applyReadingRange(_ entity: Entity, _ sources: inout [FieldSource?], planIndex: [String: Int]) {
        let fields = entity.fields
        guard let vc = fields.indices.first(where: { Self.readingValueColumns.contains(fields[$0].name.lowercased()) }),
              Self.isOwnNumber(fields[vc]), !fields[vc].unique, case let .kind(own, .random)? = sources[vc] else { return }
        if let tc = Self.column(named: Self.sensorTypeColumns, in: fields, where: { $0.references == nil && $0.type == .string }) {
            guard !Self.reaches(tc, vc, in: sources) else { return }
            var fact = SiblingFactPlan(column: tc, values: [:], fallback: own)
            fact.rangeOf = { SensorUnits.range(ofType: $0) }
            sources[vc] = .siblingFact(fact)
        } else if let sensor = sensorTypeReference(entity, planIndex: planIndex),
                  let parent = fields[sensor.referenceColumn].references.flatMap({ schema.entity(named: $0.entity) }) {
            let unit = Self.column(named: Self.unitColumns, in: parent.fields, where: { $0.references == nil && $0.type == .string })
            let byType: @Sendable (String) -> ClosedRange<Double>? = { SensorUnits.range(ofType: $0) }
            let byUnit: @Sendable (String) -> ClosedRange<Double>? = { SensorUnits.range(of: $0) }
            let rangeOf = unit == nil ? byType : byUnit
            sources[vc] = .derived(DerivedPlan(referenceColumn: sensor.referenceColumn, parentEntity: sensor.parentEntity,
                                               parentColumn: unit ?? sensor.parentColumn, rule: .numberIn(rangeOf, whole: false),
                                               fallback: own))
        }
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
