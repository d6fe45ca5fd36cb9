import DoppelText

/// A support ticket's subject and body are written together for their row
/// (protocol/SCHEMA.md, *Free text written for its row*).
extension SchemaResolver {
    /// Complaints are not here: a complaints table is usually a record of them (its severity and
    /// status), described by `RecordDescriptionWriter`.
    static let ticketEntityWords: Set<String> = ["ticket", "tickets", "inquiry", "inquiries", "enquiry", "enquiries"]
    static let ticketSubjectColumns: Set<String> = ["subject", "title", "summary", "headline"]
    static let ticketBodyColumns: Set<String> = ["body", "description", "message", "details", "content", "text"]
    /// Words of a table of what is said under a ticket.
    static let ticketReplyWords: Set<String> = ["comment", "comments", "note", "notes", "reply", "replies", "update", "updates",
                                                "response", "responses", "message", "messages"]

    /// On a ticket entity, free text subject and body columns become one ticket per row from the
    /// ticket engine: about the product the row references (or the dataset's product type), in
    /// the form of the row's `channel` (email, chat, phone, web, social).
    func applyTicketText(_ entity: Entity, _ sources: inout [FieldSource?], _ generators: [(any KindGenerator)?], planIndex: [String: Int]) {
        let fields = entity.fields
        let tokens = Set(KindInference.tokens(entity.name))
        guard !tokens.isDisjoint(with: Self.ticketEntityWords) else { return }
        // A ticket's comments, notes or replies are a conversation about it (`RowTextWriter.comment`), not more tickets.
        guard tokens.isDisjoint(with: Self.ticketReplyWords) else { return }
        // A ticket with a price, seat or fare is an admission ticket, not a support request.
        let names = Set(fields.map { $0.name.lowercased() })
        guard names.isDisjoint(with: ["price", "seat", "seat_number", "fare", "section", "event_id", "flight_id"]) else { return }
        func free(_ c: Int) -> Bool {
            let f = fields[c]
            guard f.type == .string || f.type == .text, !f.unique, !f.primaryKey, f.references == nil,
                  case .kind(_, .random)? = sources[c] else { return false }
            return true
        }
        let subjectColumn = fields.indices.first { Self.ticketSubjectColumns.contains(fields[$0].name.lowercased()) && free($0) }
        let bodyColumn = fields.indices.first { Self.ticketBodyColumns.contains(fields[$0].name.lowercased()) && free($0) }
        guard subjectColumn != nil || bodyColumn != nil else { return }
        let context = ([schema.name] + schema.entities.map(\.name)).joined(separator: " ").replacingOccurrences(of: "_", with: " ")
        let channel = fields.indices.first { fields[$0].name.lowercased() == "channel" && fields[$0].references == nil }
        var ticket = TicketRowPlan(productType: ProductType.infer(from: context) ?? .ecommerce, channelColumn: channel,
                                   customer: personFirstName(entity, planIndex: planIndex),
                                   key: Mix.key(seed: seed, entity: entity.name, stream: "@ticket"))
        let requesters = ticket.customer.flatMap { fields[$0.referenceColumn].references?.entity }
        ticket.internalDesk = ITDesk.isInternal(datasetWords, requesters: requesters)
        // An IT desk's category is its problem's: a docking station is hardware, a locked account access.
        if ticket.internalDesk, let sc = subjectColumn,
           let cc = Self.column(named: ["category", "ticket_type", "issue_type", "type", "request_type"], in: fields,
                                where: { $0.references == nil && !$0.unique && $0.kind == "enum" }),
           case let .kind(own, .random)? = sources[cc], let (values, _) = Self.statusValues(fields[cc], generators[cc]) {
            sources[cc] = .siblingFact(SiblingFactPlan(column: sc, values: [:], fallback: own,
                                                       valueOf: { ITDesk.category(ofSubject: $0, among: values) }))
        }
        let subject = subjectReference(entity, planIndex: planIndex)
        for (c, form) in [(subjectColumn, RowTextForm.ticketSubject), (bodyColumn, .ticketBody)] {
            guard let c else { continue }
            sources[c] = .rowText(RowTextPlan(form: form, noun: Self.noun(entity.name), nameColumn: nil, categoryColumn: nil,
                                              makerColumn: nil, ratingColumn: nil, ratingScale: 5, subject: subject,
                                              parentCategory: nil, ticket: ticket))
        }
    }

    /// The `first_name` of the first person the entity references (a ticket's customer).
    func personFirstName(_ entity: Entity, planIndex: [String: Int]) -> ParentText? {
        for (rc, f) in entity.fields.enumerated() {
            guard let ref = f.references, ref.entity != entity.name, let p = planIndex[ref.entity],
                  let parent = schema.entity(named: ref.entity),
                  let pc = parent.fields.firstIndex(where: { $0.name.lowercased() == "first_name" }) else { continue }
            return ParentText(referenceColumn: rc, parentEntity: p, parentColumn: pc, noun: Self.noun(parent.name))
        }
        return nil
    }
}
