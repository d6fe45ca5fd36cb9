extension SchemaResolver {
    /// Words of a table whose rows charge a battery (its own name, its parents', its columns', the dataset's).
    static let chargingWords: Set<String> = ["charging", "charger", "chargers", "recharge", "recharging", "chargepoint"]

    /// Names of what a bill asks.
    static let billAmountNames: Set<String> = ["amount_due", "bill_amount", "total_due", "amount_billed", "billed_amount", "charges",
                                               "total_charges", "energy_charge", "energy_cost"]

    /// Names of what a charging session cost.
    static let chargeCostNames: Set<String> = fareNames.union(["fee", "total_cost", "session_cost", "charging_cost",
                                                               "cost_usd", "total_price", "amount_paid", "price_paid"])

    /// A charging session's energy takes time at a charger's power (7–50 kW, an AC post to a fast charger):
    /// with a start and an end, the end follows the start by the energy at 13–31 kW (each row its own: the time
    /// at 19 kW, up to 40 % either way); with a duration column and no end, the energy is 7–50 kW of it. Its
    /// cost (`cost`, `price`, `fee`, `amount`, `total`, …) is 0.25–0.60 a kWh. The energy column is a
    /// number named in kWh (`energy_kwh`, `kwh_delivered`) or `energy…` in a table whose words say charging;
    /// a price per kWh is no energy. No 32 kWh in 25 minutes, no 18 kWh in 35 seconds. Energy in kWh with
    /// neither (a utility bill's `kwh_used`) makes its cost or amount due (`amount_due`, `bill_amount`,
    /// `total_due`, `charges`, …) 0.10–0.40 a kWh, a home's or a business's tariff.
    func applyChargePace(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        let words = travelWords(entity)
        guard !words.isDisjoint(with: Self.chargingWords) || fields.contains(where: { KindInference.tokens($0.name).contains("kwh") }) else { return }
        let priced: Set<String> = ["price", "cost", "rate", "fee", "tariff", "per", "charge"]
        guard let energy = fields.indices.first(where: { c in
                  let t = KindInference.tokens(fields[c].name)
                  return Self.isOwnNumber(fields[c]) && (t.contains("kwh") || t.first == "energy" && !words.isDisjoint(with: Self.chargingWords))
                      && priced.isDisjoint(with: t)
              }), case let .kind(energyOwn, .random)? = sources[energy] else { return }
        let power = 7.0...50.0
        let middle = (power.lowerBound * power.upperBound).squareRoot()
        var tied = paceEnds(entity, &sources, by: energy, secondsPer: 3_600 / middle, jitter: 0.4)
        if !tied, let duration = fields.indices.first(where: { c in
               c != energy && Self.isOwnNumber(fields[c]) && Self.lengthUnit(of: fields[c].name, entity: entity.name) != nil
           }), let secondsPer = Self.lengthUnit(of: fields[duration].name, entity: entity.name), !Self.reaches(energy, duration, in: sources) {
            let hoursPer = secondsPer / 3_600
            sources[energy] = .share(of: duration, low: power.lowerBound * hoursPer, high: power.upperBound * hoursPer, fallback: energyOwn)
            tied = true
        }
        // Energy billed without a charge's time (a utility bill's `kwh_used`) costs a home's or a business's tariff.
        let inKWh = KindInference.tokens(fields[energy].name).contains("kwh")
        guard tied || inKWh else { return }
        let perKWh = tied ? 0.25...0.60 : 0.10...0.40
        for (c, f) in fields.enumerated() where c != energy && Self.isOwnNumber(f) && !f.unique
            && (Self.chargeCostNames.contains(f.name.lowercased()) || Self.billAmountNames.contains(f.name.lowercased())) {
            guard case let .kind(costOwn, .random)? = sources[c], !Self.reaches(c, energy, in: sources) else { continue }
            sources[c] = .share(of: energy, low: perKWh.lowerBound, high: perKWh.upperBound, fallback: costOwn)
        }
    }
}
