/// A person's address at their organisation's domain (`SchemaResolver.applyWorkEmail`): the local part the email
/// kind writes for the row's person, and the domain of the organisation's name (`SiteAddress`).
struct WorkEmailPlan: Sendable {
    /// The email kind as it was (its person, its unique numbering).
    let own: any KindGenerator
    let mode: IndexMode
    /// The organisation's name: the referenced company's, or the row's own (a client's `contact_email`).
    let parent: ParentText?
    let sibling: Int?
}

extension RowContext {
    func workEmail(_ plan: WorkEmailPlan, _ r: CellRandom, into out: inout CellBytes) -> KindValue {
        let organisation = plan.parent.flatMap(parentText) ?? plan.sibling.flatMap(siblingText)
        cell.pointee.r = r
        cell.pointee.unique = valueNumber(plan.mode)
        let mark = out.count
        let value = plan.own.generate(&cell.pointee, &out)
        guard let organisation, let domain = SiteAddress.domain(ofName: organisation),
              let at = out[mark...].lastIndex(of: UInt8(ascii: "@")) else { return value }
        out.removeSubrange((at + 1)...)
        out.append(contentsOf: domain.utf8)
        return .text
    }
}
