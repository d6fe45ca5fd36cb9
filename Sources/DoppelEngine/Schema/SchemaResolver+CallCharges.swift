import DoppelText

extension SchemaResolver {
    /// Heads of tables of telephone calls.
    static let callHeads: Set<String> = ["call", "call_record", "cdr", "call_log", "phone_call", "call_detail_record", "voice_call"]

    /// A call costs by its length: a `cost`, `charge`, `amount`, `price` or `billed_amount` of a call is its
    /// `duration_seconds` (`duration_sec`, `seconds`) at 0.03–0.24 a minute, or its `duration_minutes`
    /// (`minutes`) at that rate: no $95.25 for a call of 112 seconds.
    func applyCallCharges(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        let head = Inflector.singular(KindInference.head(ofEntity: entity.name))
        guard Self.callHeads.contains(head) || Self.callHeads.contains(Inflector.singular(entity.name.lowercased())) else { return }
        func length(_ units: Set<String>) -> Int? {
            fields.indices.first { c in
                let t = KindInference.tokens(fields[c].name)
                return Self.isOwnNumber(fields[c]) && t.contains(where: units.contains) && (t.count == 1 || t.contains("duration") || t.contains("call") || t.contains("talk"))
            }
        }
        let perMinute = 0.03...0.24
        let (duration, scale): (Int, Double)
        if let s = length(["seconds", "sec", "secs"]) { (duration, scale) = (s, 1.0 / 60) }
        else if let m = length(["minutes", "min", "mins"]) { (duration, scale) = (m, 1) }
        else { return }
        for (c, f) in fields.enumerated() where c != duration && Self.isOwnNumber(f) && !f.unique {
            guard ["cost", "charge", "amount", "price", "billed_amount", "call_cost", "charge_amount", "total_cost"].contains(f.name.lowercased()),
                  case let .kind(own, .random)? = sources[c], !Self.reaches(duration, c, in: sources) else { continue }
            sources[c] = .share(of: duration, low: perMinute.lowerBound * scale, high: perMinute.upperBound * scale, fallback: own)
        }
    }
}
