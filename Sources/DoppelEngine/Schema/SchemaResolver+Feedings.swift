import DoppelText

/// An animal is fed what its species eats, in a ration its size needs (protocol/SCHEMA.md, *Values derived through a
/// reference*): a penguin's feeding is fresh fish, not hay; a lion's is raw meat, a few kilograms, not a flamingo's.
extension SchemaResolver {
    /// Names of what a feeding gives.
    static let feedColumns = ["food", "food_type", "feed", "feed_type", "diet", "food_item"]
    /// Names of how much a feeding gives, in kilograms.
    static let rationColumns = ["quantity_kg", "amount_kg", "kg", "portion_kg", "weight_kg", "ration_kg", "quantity", "amount"]
    /// A feeding's ration as a share of the animal's weight: one to three in a hundred.
    static let rationShare: ClosedRange<Double> = 0.01...0.03

    /// A row that references an animal with a species (`animals.species`) takes, in a listed food column, the first
    /// food of the species' diet (`AnimalProfile.diet`) the list holds; and in a ration column, where the animal has a
    /// weight in kilograms, 1–3 % of that weight. Rows whose animal is NULL, or whose species' diet the list does not
    /// hold, keep the column's own draw.
    func applyFeedings(_ entity: Entity, _ sources: inout [FieldSource?], planIndex: [String: Int]) {
        let fields = entity.fields
        for (rc, rf) in fields.enumerated() {
            guard let ref = rf.references, ref.entity != entity.name, let p = planIndex[ref.entity], let parent = schema.entity(named: ref.entity),
                  let sc = Self.column(named: Self.speciesColumns, in: parent.fields, where: { $0.type == .string && $0.references == nil })
            else { continue }
            if let fc = Self.column(named: Self.feedColumns, in: fields, where: { $0.references == nil && $0.values != nil }),
               case let .kind(own, .random)? = sources[fc] {
                let listed = (fields[fc].values ?? []).compactMap(\.stringValue)
                let byLower = Dictionary(listed.map { ($0.lowercased(), $0) }, uniquingKeysWith: { a, _ in a })
                sources[fc] = .derived(DerivedPlan(referenceColumn: rc, parentEntity: p, parentColumn: sc, rule: .mapped({ species in
                    AnimalProfile.diet(of: species)?.lazy.compactMap { byLower[$0.lowercased()] }.first
                }), fallback: own))
            }
            // A ration is a feeding's (a table with a food column, or named for feeding) or named in kilograms: a vet's
            // invoice `amount` for a pet is money, not 1–3 % of the pet's weight.
            let feeding = fields.contains(where: { Self.feedColumns.contains($0.name.lowercased()) })
                || !Set(KindInference.tokens(entity.name).map(Inflector.singular)).isDisjoint(with: ["feeding", "feed", "ration", "diet"])
            if let qc = Self.column(named: Self.rationColumns, in: fields, where: Self.isOwnNumber),
               feeding || KindInference.tokens(fields[qc].name).contains("kg") && fields[qc].name.lowercased() != "weight_kg",
               !(fields[qc].kind ?? "").hasPrefix("finance."), !(fields[qc].kind ?? "").hasPrefix("commerce."),
               case let .kind(own, .random)? = sources[qc],
               let wc = parent.fields.firstIndex(where: { Self.isOwnNumber($0) && ["weight_kg", "weight", "body_weight_kg"].contains($0.name.lowercased()) }) {
                sources[qc] = .parentShare(ParentSharePlan(referenceColumn: rc, parentEntity: p, parentColumn: wc, share: Self.rationShare,
                                                           fallback: own))
            }
            // Keepers feed in the working day (not at 03:46).
            for (c, f) in fields.enumerated() where f.type == .datetime && f.references == nil
                && !Set(KindInference.tokens(f.name)).isDisjoint(with: ["fed", "feeding", "feed", "given", "served"]) {
                if let moved = Self.inHours(sources[c], .daytime(from: 6 * 3600, to: 18 * 3600, step: 300)) { sources[c] = moved }
            }
            return
        }
    }
}
