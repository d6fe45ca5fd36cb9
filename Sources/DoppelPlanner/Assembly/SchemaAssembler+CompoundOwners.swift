import DoppelEngine
import DoppelText

extension SchemaAssembler {
    /// A table named for another table of the prompt is that table's own: `lesson_completions` are a lesson's,
    /// `order_events` an order's,
    /// `monthly_meter_reads` a meter's, `slip_leases` a boat slip's, `per_match_player_stats` a match's and a
    /// player's. Lines, items and entries belong to the document named with the same words (`expense_lines` to
    /// `expense_reports`). Before, such a table pointed at nothing, or at whatever was listed near it.
    ///
    /// Kinds, plans and other parents named for their children (`membership_plans`, `ticket_types`; a flag's rules
    /// and a user's skills are theirs), places
    /// (`event_venues`) and organisations are not their namesake's; nor is a table its namesake already points at.
    mutating func linkCompoundOwners() {
        for i in entities.indices where ownable(i) {
            let words = entities[i].keyWords.map(String.init)
            let modifiers = Array(words.dropLast())
            var owners: [Int] = []
            for m in modifiers.indices {
                // The longest run of modifier words that names a table: `customer_account` before `account`.
                for end in stride(from: modifiers.count, to: m, by: -1) {
                    let phrase = modifiers[m..<end].joined(separator: "_")
                    if let j = owner(named: phrase, of: i), !owners.contains(j) { owners.append(j); break }
                }
            }
            // "repair orders, parts used": what a job used belongs to the job listed before it.
            if owners.isEmpty, !modifiers.isEmpty, DomainCatalogue.participleUse(entities[i].head) != nil {
                let jobs = entities.indices.filter { $0 != i && [.event, .document].contains(entities[$0].nature) }
                if let j = jobs.filter({ $0 < i }).max() ?? jobs.min() { owners = [j] }
            }
            if owners.isEmpty, Self.lineHeads.contains(entities[i].head), !modifiers.isEmpty {
                let prefix = modifiers.joined(separator: "_") + "_"
                let documents = entities.indices.filter { j in
                    j != i && entities[j].key.hasPrefix(prefix) && [.document, .event, .account].contains(entities[j].nature)
                }
                if documents.count == 1 { owners = documents }
            }
            for j in owners where !entities[i].references(entities[j].name) && !entities[j].references(entities[i].name) {
                addReference(from: i, to: j)
                warnings.append("`\(entities[i].name)` are named for `\(entities[j].name)`: added a reference to it.")
            }
        }
    }

    /// Whether a table can be another's by its name.
    private func ownable(_ i: Int) -> Bool {
        let e = entities[i]
        guard e.keyWords.count >= 2, !e.isJoin, ![.place, .organization].contains(e.nature) else { return false }
        return !Self.parentHeads.contains(e.head)
    }

    /// The table a run of modifier words names (`meter` → `meters`, `slip` → `boat_slips`), other than `i` itself.
    func owner(named phrase: String, of i: Int) -> Int? {
        let singular = Inflector.singular(phrase)
        let exact = entities.indices.filter { $0 != i && entities[$0].key == singular }
        if exact.count == 1 { return exact[0] }
        let tails = entities.indices.filter { $0 != i && entities[$0].key.hasSuffix("_" + singular) && entities[$0].keyWords.count == 2 }
        return tails.count == 1 ? tails[0] : nil
    }

    /// Heads of tables that are parents of what they are named with: a membership plan has memberships.
    static let parentHeads: Set<String> = ["plan", "package", "tier", "template", "policy", "group", "category", "class",
                                           "catalog", "catalogue", "list", "set", "collection", "series", "batch", "program",
                                           "programme", "schedule", "menu", "portfolio", "bundle", "suite", "queue", "pool",
                                           "status", "code", "owner", "holder", "manager", "provider", "supplier", "vendor",
                                           // (a kind its namesakes are sorted by: a flag's rules are its own, a product's types not)
                                           "type", "kind", "level", "stage", "mode", "genre", "style", "area", "field"]
    /// Heads of the parts of a document: an expense report's lines.
    static let lineHeads: Set<String> = ["line", "item", "entry", "detail", "row"]
}
