import DoppelText

extension SchemaResolver {
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
        let fields = entity.fields
        for c in fields.indices {
            guard case let .endAfter(start, _, _)? = sources[c] else { continue }
            for (p, f) in fields.enumerated() where Self.isOwnNumber(f) && !f.unique && Self.bookingPriceNames.contains(f.name.lowercased()) {
                guard case let .kind(own, .random)? = sources[p], !Self.reaches(start, p, in: sources), !Self.reaches(c, p, in: sources) else { continue }
                sources[p] = .spanCharge(SpanChargePlan(start: start, end: c, period: 3_600, rate: 10...60, fallback: own))
            }
            return
        }
    }
}
