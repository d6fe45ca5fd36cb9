import DoppelText

extension SchemaResolver {
    /// Names of the column that says how a call ended.
    static let callOutcomeColumns = ["outcome", "call_outcome", "result", "call_result", "disposition", "status", "call_status",
                                     "resolution"]
    /// Names of a call's free-text note.
    static let callNoteColumns: Set<String> = ["notes", "note", "body", "text", "content", "summary", "comment", "comments",
                                               "description", "details", "call_notes", "agent_notes", "remarks"]

    /// Whether a table's rows are phone calls (`calls`, `phone_calls`, `support_calls`, `call_logs`), not notes on them.
    static func isCallTable(_ name: String) -> Bool {
        let tokens = KindInference.tokens(name).map(Inflector.singular)
        return tokens.contains("call") && tokens.allSatisfy { !["note", "comment", "recording", "transcript", "tag", "center", "centre"].contains($0) }
    }

    /// A call's note (`calls.notes`), or a note on a call (`call_notes.body`), says what the caller wanted and what was
    /// done, by how the call ended: its own outcome, or the call's it references (`CallNotes`).
    func applyCallNotes(_ entity: Entity, _ sources: inout [FieldSource?], planIndex: [String: Int]) {
        let fields = entity.fields
        var own: Int? = nil
        var parent: ParentText? = nil
        if Self.isCallTable(entity.name) {
            own = Self.column(named: Self.callOutcomeColumns, in: fields, where: { $0.type == .string || $0.type == .text })
        } else if KindInference.tokens(entity.name).contains(where: { ["note", "notes", "comment", "comments", "log", "logs"].contains($0) }) {
            for (rc, rf) in fields.enumerated() {
                guard let ref = rf.references, Self.isCallTable(ref.entity), let p = planIndex[ref.entity],
                      let call = schema.entity(named: ref.entity) else { continue }
                if let oc = Self.column(named: Self.callOutcomeColumns, in: call.fields, where: { $0.type == .string || $0.type == .text }) {
                    parent = ParentText(referenceColumn: rc, parentEntity: p, parentColumn: oc, noun: Self.noun(call.name))
                }
                break
            }
            guard parent != nil else { return }
        } else {
            return
        }
        for (c, f) in fields.enumerated() where c != own && (f.type == .string || f.type == .text) && Self.callNoteColumns.contains(f.name.lowercased()) {
            guard !f.unique, !f.primaryKey, f.references == nil, case .kind(_, .random)? = sources[c] else { continue }
            sources[c] = .rowText(RowTextPlan(form: .callNote, noun: Self.noun(entity.name), categoryColumn: own, parentCategory: parent))
        }
    }

    /// Names of who wrote a message.
    static let senderColumns = ["sender", "sender_type", "sender_role", "author_type", "from", "speaker", "role"]

    /// A message of a conversation whose sender column says the customer or the agent (its values name an agent,
    /// support or staff) is a support line of that side (`SupportLines`), not a friend's chat.
    func applySupportLines(_ entity: Entity, _ sources: inout [FieldSource?]) {
        let fields = entity.fields
        guard let sender = Self.column(named: Self.senderColumns, in: fields, where: { f in
                  f.references == nil && (f.values ?? []).contains { v in
                      (v.stringValue ?? "").lowercased().split(whereSeparator: { !$0.isLetter }).contains { SupportLines.agentWords.contains(String($0)) }
                  }
              }) else { return }
        for (c, f) in fields.enumerated() where c != sender && (f.type == .string || f.type == .text)
            && ["body", "text", "content", "message", "message_text", "utterance"].contains(f.name.lowercased()) {
            guard !f.unique, !f.primaryKey, f.references == nil, case .kind(_, .random)? = sources[c] else { continue }
            sources[c] = .rowText(RowTextPlan(form: .supportLine, noun: Self.noun(entity.name), categoryColumn: sender))
        }
    }

    /// A tweet's or a status update's text (`text`, `body`, `content`, `message`, `tweet`, `post`) is a short post of
    /// someone's day (`SocialPosts`), not a blog post nor minutes.
    func applySocialPosts(_ entity: Entity, _ sources: inout [FieldSource?]) {
        guard SocialPosts.nouns.contains(Self.noun(entity.name).replacingOccurrences(of: " ", with: "_")) else { return }
        for (c, f) in entity.fields.enumerated() where (f.type == .string || f.type == .text)
            && ["text", "body", "content", "message", "tweet", "post", "status", "full_text"].contains(f.name.lowercased()) {
            guard !f.unique, !f.primaryKey, f.references == nil, case .kind(_, .random)? = sources[c] else { continue }
            sources[c] = .rowText(RowTextPlan(form: .socialPost, noun: Self.noun(entity.name)))
        }
    }
}
