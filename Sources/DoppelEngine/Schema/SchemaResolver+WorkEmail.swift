import DoppelText

/// A person's work address is at their organisation's domain (protocol/SCHEMA.md, *Rows that agree*).
extension SchemaResolver {
    /// Email columns that are a person's work address (not `personal_email`).
    static let workEmailColumns = ["email", "work_email", "business_email", "contact_email", "email_address", "company_email"]
    /// People who work for or speak for an organisation (a gym's members and a store's customers do not).
    static let workPeopleHeads: Set<String> = ["contact", "employee", "staff", "worker", "user", "lead", "representative", "rep",
                                               "agent", "recruiter", "consultant", "team_member", "staff_member", "salesperson"]

    /// - A person's `email` (`work_email`, `business_email`, …) in a table of people who work for or speak for an
    ///   organisation (contacts, employees, users, leads: `workPeopleHeads`) that references a firm (a company, a vendor,
    ///   a client: `firmHeads`; not a store or a gym its customers visit) with a company name is
    ///   at that organisation's domain: Mary Kim of Lumina Group at `m.kim@luminagroup.com`, not at hotmail.com.
    /// - An organisation's own `contact_email` (`billing_email`, `support_email`) is at its own name's domain.
    /// The local part is the email kind's, for the row's person; unique numbering is kept.
    func applyWorkEmail(_ entity: Entity, _ sources: inout [FieldSource?], planIndex: [String: Int]) {
        let fields = entity.fields
        let head = Inflector.singular(KindInference.head(ofEntity: entity.name).lowercased())
        for (c, f) in fields.enumerated() where f.kind == "internet.email" && f.references == nil {
            guard case let .kind(g, mode)? = sources[c], let email = g as? EmailKind, email.domain == nil else { continue }
            let name = f.name.lowercased()
            if Self.organisationHeads.contains(head) {
                // The organisation's own address: a contact's, billing's or support's, at its name's domain.
                guard name != "email", !name.contains("personal"),
                      let n = fields.firstIndex(where: { $0.kind == "company.name" && $0.references == nil }),
                      !Self.reaches(n, c, in: sources) else { continue }
                sources[c] = .workEmail(WorkEmailPlan(own: g, mode: mode, parent: nil, sibling: n))
                continue
            }
            guard Self.workPeopleHeads.contains(head), Self.workEmailColumns.contains(name) else { continue }
            for (rc, rf) in fields.enumerated() {
                guard let ref = rf.references, ref.entity != entity.name, let p = planIndex[ref.entity],
                      let parent = schema.entity(named: ref.entity),
                      Self.firmHeads.contains(Inflector.singular(KindInference.head(ofEntity: parent.name).lowercased())),
                      let pc = parent.fields.firstIndex(where: { $0.kind == "company.name" && $0.references == nil }) else { continue }
                let text = ParentText(referenceColumn: rc, parentEntity: p, parentColumn: pc, noun: Self.noun(parent.name))
                sources[c] = .workEmail(WorkEmailPlan(own: g, mode: mode, parent: text, sibling: nil))
                break
            }
        }
    }
}
