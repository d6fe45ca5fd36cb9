import DoppelText

/// Charges by the time a row lasts: a parking stay's, a court's or a meeting room's (`SpanChargePlan`).
extension SchemaResolver {
    /// Names of what a parking stay cost.
    static let parkingFeeNames: Set<String> = ["fee", "parking_fee", "amount", "amount_paid", "amount_charged", "cost", "price",
                                               "total", "total_fee", "total_amount", "charge", "paid"]

    /// A parking stay's fee is each hour begun from its entry to its exit (at least one) at 1.50–8.00 an hour,
    /// in halves (a 16-minute stay is one hour, a 3 h 10 min one four): in a table whose own name, whose
    /// parents' names or whose dataset's name say parking (`parking_sessions`, a `parking_garage` dataset's
    /// `sessions`), with a start and an end and no rate of its own (a rate's rule `applyRateTimesSpan` holds then).
    func applyParkingFees(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let parents = entity.fields.compactMap { $0.references?.entity }
        let words = Set(([entity.name, schema.name] + parents).flatMap { KindInference.tokens($0) })
        guard !words.isDisjoint(with: ["parking", "carpark", "parkings"]) || words.contains("car") && words.contains("park") else { return }
        chargeBySpan(entity, &sources, names: Self.parkingFeeNames, rate: 1.5...8)
    }

    /// Things booked by the hour: a court, a lane, a desk, a studio, a meeting room.
    static let hourlyBookables: Set<String> = ["court", "lane", "pitch", "desk", "studio", "simulator", "bay", "booth", "meeting_room",
                                                "conference_room", "boardroom", "rehearsal_room", "practice_room", "recording_studio",
                                                "karaoke_room", "escape_room", "tee_time", "sauna", "hot_desk", "workspace_desk"]

    /// Whether a booking-like table (its own span days or longer: a booking, a reservation, a rental) books
    /// one of `hourlyBookables`, which it holds for hours, not days: a tennis court's booking ends the same
    /// day (`applyCoherence`), and its price is each hour begun at 10–60 (`applyHourlyBookingPrice`).
    func bookedByTheHour(_ entity: Entity) -> Bool {
        guard ActivitySpan.of(entity: entity.name).seconds.lowerBound >= 86_400 else { return false }
        return entity.fields.contains { f in
            guard let ref = f.references, ref.entity != entity.name else { return false }
            let name = Inflector.singular(ref.entity.lowercased())
            return Self.hourlyBookables.contains(name) || Self.hourlyBookables.contains(Inflector.singular(KindInference.head(ofEntity: ref.entity)))
        }
    }

    /// Names of what a booking costs.
    static let bookingPriceNames: Set<String> = ["price", "cost", "fee", "amount", "total", "total_price", "total_cost", "booking_fee",
                                                 "rental_fee", "amount_paid", "charge"]

    /// A booking of a thing booked by the hour (`bookedByTheHour`) costs each hour begun from its start to its
    /// end at 10–60 an hour, in halves.
    func applyHourlyBookingPrice(_ entity: Entity, _ sources: inout [FieldSource?]) {
        guard bookedByTheHour(entity) else { return }
        chargeBySpan(entity, &sources, names: Self.bookingPriceNames, rate: 10...60)
    }

    /// Prices the columns named one of `names` (own numbers, drawn from their kind) at `rate` for each hour begun
    /// of the row's span: its first moment (a datetime) whose start partner is a time of its own.
    func chargeBySpan(_ entity: Entity, _ sources: inout [FieldSource?], names: Set<String>, rate: ClosedRange<Double>) {
        let fields = entity.fields
        guard let (start, end) = Self.rowSpan(fields, entity: entity.name, end: { Self.isOwnTime(fields[$0]) && fields[$0].type == .datetime },
                                              start: { Self.isOwnTime(fields[$0]) }) else { return }
        for (c, f) in fields.enumerated() where Self.isOwnNumber(f) && !f.unique && names.contains(f.name.lowercased()) {
            guard case let .kind(own, .random)? = sources[c], !Self.reaches(start, c, in: sources), !Self.reaches(end, c, in: sources) else { continue }
            sources[c] = .spanCharge(SpanChargePlan(start: start, end: end, period: 3_600, rate: rate, fallback: own))
        }
    }
}
