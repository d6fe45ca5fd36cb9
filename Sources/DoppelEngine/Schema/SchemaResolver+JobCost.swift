/// A job's total cost is its parts plus its labour (protocol/SCHEMA.md, *Rows that agree*): the labour's own cost when
/// the row has one, else its hours at a trade's hourly rate — never a $22.56 total on $162.35 of parts.
extension SchemaResolver {
    static let partsCostNames = ["parts_cost", "part_cost", "parts_total", "materials_cost", "material_cost", "materials_total",
                                 "parts", "materials"]
    static let labourCostNames = ["labor_cost", "labour_cost", "labor_total", "labour_total", "labor_charge", "labour_charge",
                                  "labor", "labour"]
    static let labourHourNames = ["labor_hours", "labour_hours", "hours_worked", "billable_hours", "hours"]
    static let jobTotalNames = ["total_cost", "total", "total_price", "total_amount", "total_charge", "invoice_total", "amount_due"]
    /// What an hour of a trade's labour is billed at, in the row's currency.
    static let labourRate: ClosedRange<Double> = 60...150

    func applyJobCost(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        guard let parts = Self.column(named: Self.partsCostNames, in: fields, where: Self.isOwnNumber),
              let total = Self.column(named: Self.jobTotalNames, in: fields, where: { Self.isOwnNumber($0) && !$0.unique }), total != parts,
              case let .kind(own, .random)? = sources[total], !Self.reaches(parts, total, in: sources) else { return }
        if let labour = Self.column(named: Self.labourCostNames, in: fields, where: Self.isOwnNumber), labour != total,
           !Self.reaches(labour, total, in: sources) {
            sources[total] = .sum(SumPlan(base: parts, added: [labour], taken: [], fallback: own))
        } else if let hours = Self.column(named: Self.labourHourNames, in: fields, where: Self.isOwnNumber), hours != total,
                  !Self.reaches(hours, total, in: sources) {
            var plan = SumPlan(base: parts, added: [], taken: [], fallback: own)
            plan.hours = hours
            sources[total] = .sum(plan)
        }
    }
}
