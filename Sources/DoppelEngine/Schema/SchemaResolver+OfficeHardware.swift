import DoppelText

extension SchemaResolver {
    /// A device's maker and type are its model's when every listed model is office hardware
    /// (`OfficeHardware`) or a smart home's (`SmartHomeDevices`; a Nest Learning Thermostat is a Google Nest thermostat): a `ThinkPad T14` is a Lenovo laptop in its row's `brand` (`make`,
    /// `manufacturer`) and `device_type` (`type`, `asset_type`, `category`), and its price (`purchase_price`,
    /// `cost`, …) is what a company pays for one of that type (a mouse 30–120, a laptop 700–2,600).
    func applyOfficeHardware(_ entity: Entity, _ sources: inout [FieldSource?], _ generators: [(any KindGenerator)?]) {
        let fields = entity.fields
        guard let mc = Self.column(named: ["model", "model_name", "device_model"], in: fields, where: { $0.references == nil }),
              let (models, _) = Self.statusValues(fields[mc], generators[mc]),
              let devices = DeviceCatalogue.all.first(where: { c in models.allSatisfy { c.brandOf[$0.lowercased()] != nil } }) else { return }
        // What it cost is what its type costs.
        for (c, f) in fields.enumerated() where c != mc && Self.isOwnNumber(f) && !f.unique
            && ["purchase_price", "price", "cost", "purchase_cost", "unit_cost", "acquisition_cost", "value", "list_price"].contains(f.name.lowercased()) {
            guard case let .kind(own, .random)? = sources[c], !Self.reaches(mc, c, in: sources) else { continue }
            var ranges: [String: ClosedRange<Double>] = [:]
            for m in models { if let t = devices.typeOf[m.lowercased()], let r = devices.prices[t] { ranges[m.lowercased()] = r } }
            sources[c] = .siblingFact(SiblingFactPlan(column: mc, values: [:], fallback: own, ranges: ranges))
        }
        for (c, f) in fields.enumerated() where c != mc && f.references == nil && !f.unique && (f.type == .string || f.type == .text) {
            let name = f.name.lowercased()
            let table: [String: String]
            if ["brand", "make", "manufacturer", "vendor", "brand_name"].contains(name) {
                table = devices.brandOf
            } else if ["device_type", "type", "asset_type", "category", "equipment_type", "kind"].contains(name) {
                table = devices.typeOf
            } else {
                continue
            }
            guard case let .kind(own, .random)? = sources[c], !Self.reaches(mc, c, in: sources) else { continue }
            var values: [String: String] = [:]
            for m in models { values[m] = table[m.lowercased()] }
            sources[c] = .siblingFact(SiblingFactPlan(column: mc, values: values, fallback: own))
        }
    }
}
