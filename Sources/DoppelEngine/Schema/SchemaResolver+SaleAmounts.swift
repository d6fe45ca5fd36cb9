import DoppelText

extension SchemaResolver {
    /// Records of something changing hands for its price.
    static let saleWords: Set<String> = ["sale", "sales", "purchase", "purchases", "order", "orders", "transaction", "transactions"]
    /// What a sale's money column is called when the row has no price of its own.
    static let saleAmountColumns: Set<String> = ["amount", "sale_amount", "sale_price", "sold_price", "selling_price", "final_price",
                                                 "price", "total", "total_amount", "total_price", "price_paid", "amount_paid"]
    /// How many a sale or an order is of: a quantity, or its count of items (a bakery order's `items`).
    static let saleQuantityNames: Set<String> = Set(quantityNames).union(["items", "item_count", "num_items", "items_count", "pieces"])
    /// Things bought one at a time, by the last word of their table's name (animals too: `VeterinaryCare`).
    static let oneAtATimeNouns: Set<String> = ["car", "vehicle", "truck", "van", "motorcycle", "motorbike", "boat", "yacht", "aircraft",
                                               "plane", "house", "home", "property", "apartment", "condo", "flat", "villa", "land",
                                               "plot", "painting", "artwork", "listing"]
    /// Columns that identify one individual thing (a VIN, a serial number, a plate, a parcel).
    static let individualColumns: Set<String> = ["vin", "serial_number", "serial", "license_plate", "licence_plate", "plate_number",
                                                 "registration_number", "parcel_number", "hull_number", "microchip_id", "microchip_number"]

    /// A parent bought one at a time: a car, a house, a pet, or anything with a VIN or serial number.
    static func isOneAtATime(_ parent: Entity) -> Bool {
        let head = Inflector.singular(KindInference.tokens(parent.name).last ?? "")
        return oneAtATimeNouns.contains(head) || VeterinaryCare.namesAnimals(parent.name)
            || parent.fields.contains { individualColumns.contains($0.name.lowercased()) }
    }

    /// A sale, purchase or order of a priced record it references agrees with that price: its
    /// amount is the price times its quantity (a sale of three costs three prices), and what is
    /// bought one at a time (a car, a house, a pet) is bought once — the quantity is 1 and the
    /// amount the price give or take a negotiated 0–8 %.
    func applySaleAmounts(_ entity: Entity, _ sources: inout [FieldSource?], planIndex: [String: Int]) {
        let fields = entity.fields
        guard !Set(KindInference.tokens(entity.name)).isDisjoint(with: Self.saleWords) else { return }
        for (rc, rf) in fields.enumerated() {
            guard let ref = rf.references, ref.entity != entity.name, let p = planIndex[ref.entity],
                  let parent = schema.entity(named: ref.entity),
                  let pc = Self.column(named: Self.parentPriceColumns.prefix(7), in: parent.fields),
                  Self.numeric.contains(parent.fields[pc].type) else { continue }
            let single = Self.isOneAtATime(parent)
            let quantity = fields.indices.first { q in
                Self.saleQuantityNames.contains(fields[q].name.lowercased()) && Self.numeric.contains(fields[q].type) && fields[q].references == nil
            }
            if single, let q = quantity, !fields[q].unique, !fields[q].primaryKey, case .kind(_, .random)? = sources[q] {
                sources[q] = .kind(QuantityKind(range: 1...1), .random)
            }
            for (c, f) in fields.enumerated() where Self.saleAmountColumns.contains(f.name.lowercased()) && Self.numeric.contains(f.type) {
                guard f.references == nil, !f.unique, !f.primaryKey, case let .kind(own, .random)? = sources[c] else { continue }
                var plan = ParentSharePlan(referenceColumn: rc, parentEntity: p, parentColumn: pc, share: single ? 0.92...1.0 : 1...1, fallback: own)
                if !single, let q = quantity, case .kind? = sources[q] { plan.quantityColumn = q }
                sources[c] = .parentShare(plan)
            }
            return
        }
    }
}
