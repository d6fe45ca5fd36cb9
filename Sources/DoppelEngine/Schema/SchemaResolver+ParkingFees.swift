import DoppelText

extension SchemaResolver {
    /// Names of what a parking stay cost.
    static let parkingFeeNames: Set<String> = ["fee", "parking_fee", "amount", "amount_paid", "amount_charged", "cost", "price",
                                               "total", "total_fee", "total_amount", "charge", "paid"]

    /// A parking stay's fee is each hour begun from its entry to its exit (at least one) at 1.50–8.00 an hour,
    /// in halves (a 16-minute stay is one hour, a 3 h 10 min one four): in a table whose own name, whose
    /// parents' names or whose dataset's name say parking (`parking_sessions`, a `parking_garage` dataset's
    /// `sessions`), with a start and an end and no rate of its own (a rate's rule `applyRateTimesSpan` holds then).
    func applyParkingFees(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        let parents = fields.compactMap { $0.references?.entity }
        let words = Set(([entity.name, schema.name] + parents).flatMap { KindInference.tokens($0) })
        guard !words.isDisjoint(with: ["parking", "carpark", "parkings"]) || words.contains("car") && words.contains("park") else { return }
        func temporal(_ c: Int) -> Bool { (fields[c].type == .date || fields[c].type == .datetime) && fields[c].references == nil }
        var span: (start: Int, end: Int)?
        for end in fields.indices where span == nil && temporal(end) && fields[end].type == .datetime {
            guard let startName = TimeRoles.startPartner(of: fields[end].name, in: fields, entity: entity.name),
                  let start = fields.firstIndex(where: { $0.name == startName }), temporal(start) else { continue }
            span = (start, end)
        }
        guard let (start, end) = span else { return }
        for (c, f) in fields.enumerated() where Self.isOwnNumber(f) && !f.unique && Self.parkingFeeNames.contains(f.name.lowercased()) {
            guard case let .kind(own, .random)? = sources[c], !Self.reaches(start, c, in: sources), !Self.reaches(end, c, in: sources) else { continue }
            sources[c] = .spanCharge(SpanChargePlan(start: start, end: end, period: 3_600, rate: 1.5...8, fallback: own))
        }
    }
}
