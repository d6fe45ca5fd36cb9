extension SchemaResolver {
    static let claimTypeColumns = ["type", "claim_type", "category", "claim_category", "loss_type", "cause"]
    static let policyTypeColumns = ["type", "policy_type", "coverage_type", "product", "line_of_business", "plan_type"]

    /// A claim is of a kind its policy pays for (`ClaimTypes`): its `type` (`claim_type`, `loss_type`, …) is drawn from
    /// the claims of the type of the policy it references, among the column's own values where they name them; a car
    /// policy's claim is a collision or a theft, never a fire. Rows whose policy type is unknown keep the column's draw.
    func applyClaimTypes(_ entity: Entity, _ sources: inout [FieldSource?], _ generators: [(any KindGenerator)?],
                         planIndex: [String: Int]) {
        let fields = entity.fields
        guard Self.noun(entity.name).contains("claim"),
              let tc = Self.column(named: Self.claimTypeColumns, in: fields, where: { $0.references == nil && ($0.type == .string || $0.type == .text) }),
              case let .kind(own, .random)? = sources[tc] else { return }
        let offered = Self.statusValues(fields[tc], generators[tc])?.0 ?? []
        for (rc, rf) in fields.enumerated() {
            guard let ref = rf.references, ref.entity != entity.name, Self.noun(ref.entity).contains("polic"),
                  let p = planIndex[ref.entity], let parent = schema.entity(named: ref.entity),
                  let pc = Self.column(named: Self.policyTypeColumns, in: parent.fields, where: { $0.references == nil && ($0.type == .string || $0.type == .text) })
            else { continue }
            sources[tc] = .derived(DerivedPlan(referenceColumn: rc, parentEntity: p, parentColumn: pc,
                                               rule: .chosen({ ClaimTypes.claims(ofPolicy: $0, offered: offered) }), fallback: own))
            return
        }
    }
}
