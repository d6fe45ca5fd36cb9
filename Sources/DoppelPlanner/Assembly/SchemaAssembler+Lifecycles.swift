import DoppelEngine
import DoppelJSON

extension SchemaAssembler {
    /// Last words of a table of what happened to a record: `ticket_events`, `order_history`, `deal_stage_changes`.
    static let lifecycleHeads: Set<String> = ["event", "history", "log", "change", "transition", "update"]

    /// A table of what happened to another table's records (`ticket_events` beside `tickets`, `deal_stage_history`
    /// beside `deals`): each row is the record moving to one of its statuses (or stages) at a moment, not a
    /// website's page views. Nil when the table is no such record's, or its template is made for its record already
    /// (a shipment's events).
    func lifecycleTemplate(_ i: Int) -> EntityTemplate? {
        let words = entities[i].keyWords.map(String.init)
        guard words.count >= 2, let last = words.last, Self.lifecycleHeads.contains(last) else { return nil }
        for end in stride(from: words.count - 1, to: 0, by: -1) {
            let phrase = words[..<end].joined(separator: "_")
            guard let o = self.owner(named: phrase, of: i) else { continue }
            let owner = entities[o].key
            if let t = entities[i].template, t.columns.contains(where: { Self.isReferenceToken($0) && $0.contains(phrase + "_id") }) {
                return nil
            }
            guard let template = DomainCatalogue.template(for: owner, domain: domain),
                  let token = template.columns.first(where: { !Self.isReferenceToken($0) && ["status", "stage", "state"].contains(Self.attribute($0).0) })
            else { return nil }
            let (column, given) = Self.attribute(token)
            guard let spec = (given ?? ColumnLexicon.spec(column, ColumnContext(entity: owner, nature: template.nature, domain: domain)))
                .flatMap(Self.specText) else { return nil }
            let name = column == "stage" ? "stage" : "event_type"
            return EntityTemplate(entities[i].name, .event, "\(name):\(spec), occurred_at:datetime datetime.past")
        }
        return nil
    }

    /// The compact text of a spec's type and kind or values (`string enum values=open|closed`), nil when it has neither.
    static func specText(_ s: ColumnSpec) -> String? {
        if let values = s.values?.compactMap(\.stringValue), !values.isEmpty {
            return "\(s.type.rawValue) enum values=" + values.map { $0.replacingOccurrences(of: " ", with: "~") }.joined(separator: "|")
        }
        return s.kind.map { "\(s.type.rawValue) \($0)" }
    }
}
