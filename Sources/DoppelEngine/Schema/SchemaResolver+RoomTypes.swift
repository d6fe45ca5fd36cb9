import DoppelText

extension SchemaResolver {
    static let roomTypeColumns = ["room_type", "type", "category", "room_category", "room_class"]
    static let roomRateColumns = ["nightly_rate", "rate", "price", "price_per_night", "rate_per_night", "base_rate", "nightly_price"]
    static let roomGuestColumns = ["max_occupancy", "capacity", "max_guests", "occupancy", "sleeps", "guests"]

    /// A hotel room's nightly rate and how many it sleeps follow its type (`RoomTypes`): a suite 250–600 a night for
    /// two to four, a standard room 80–160 for two, a single 70–130 for one — never a suite for one cheaper than a
    /// deluxe room. Only where the type column's own values are room types; other types keep the columns' draws.
    func applyRoomTypes(_ entity: Entity, _ sources: inout [FieldSource?], _ generators: [(any KindGenerator)?]) {
        let fields = entity.fields
        // (a room's table (`roomHeads`), or a `room_type` column: a plan's basic, standard and premium tiers are no rooms)
        let roomTable = Self.roomHeads.contains(Inflector.singular(KindInference.head(ofEntity: entity.name)))
        guard roomTable || fields.contains(where: { $0.name.lowercased() == "room_type" }),
              let tc = Self.column(named: Self.roomTypeColumns, in: fields, where: { $0.references == nil && ($0.type == .string || $0.type == .text) }),
              let offered = Self.statusValues(fields[tc], generators[tc])?.0, RoomTypes.namesRoomTypes(offered) else { return }
        for (names, isRate, whole) in [(Self.roomRateColumns, true, false), (Self.roomGuestColumns, false, true)] {
            guard let c = Self.column(named: names, in: fields, where: Self.isOwnNumber), !fields[c].unique,
                  case let .kind(own, .random)? = sources[c], !Self.reaches(c, tc, in: sources) else { continue }
            // (within the column's own bounds, where it states them)
            let bounds = (fields[c].min ?? -Double.greatestFiniteMagnitude)...(fields[c].max ?? Double.greatestFiniteMagnitude)
            var fact = SiblingFactPlan(column: tc, values: [:], fallback: own)
            fact.rangeOf = { type in RoomTypes.band(of: type).map { (isRate ? $0.rate : $0.guests).clamped(to: bounds) } }
            fact.wholeNumbers = whole
            sources[c] = .siblingFact(fact)
        }
    }
}
