import DoppelText

extension SchemaResolver {
    /// Tables of numbered rooms, and the columns of their number and of their floor.
    static let roomHeads: Set<String> = ["room", "unit", "apartment", "suite", "hotel_room", "guest_room", "office"]
    static let roomNumberColumns = ["number", "room_number", "unit_number", "room_no", "apartment_number", "suite_number"]
    static let floorColumns = ["floor", "floor_number", "level", "storey", "story"]

    /// A room is on the floor its number says (protocol/SCHEMA.md, *Rows that agree*): room 523 is on the fifth
    /// floor, 1204 on the twelfth (its number's hundreds, at least the first floor). Only for a whole-number room
    /// number of three digits or more.
    func applyRoomFloor(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        guard Self.roomHeads.contains(Inflector.singular(KindInference.head(ofEntity: entity.name).lowercased())),
              let n = Self.column(named: Self.roomNumberColumns, in: fields, where: { $0.type == .integer && $0.references == nil }),
              let floor = Self.column(named: Self.floorColumns, in: fields, where: { $0.type == .integer && $0.references == nil && !$0.unique }),
              case let .kind(own, .random)? = sources[floor], !Self.reaches(floor, n, in: sources) else { return }
        sources[floor] = .siblingFact(SiblingFactPlan(column: n, values: [:], fallback: own, wholeNumbers: true, rangeOf: { text in
            guard let number = Int(text), number >= 100 else { return nil }
            let level = Double(max(1, number / 100))
            return level...level
        }))
    }
}
