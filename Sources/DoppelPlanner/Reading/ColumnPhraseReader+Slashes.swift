import DoppelText
import DoppelEngine

/// Columns written with slashes and colons: `started_at/completed_at` and `start/end times` are two columns each,
/// `event_type created/paid/shipped` one column and its values, and `role: captain, first officer, cabin crew` a
/// column whose values are the rest of the list. (Before: `started_at_completed_at`, `start_end_time`,
/// `event_type_created_paid_shipped` as a boolean, and a `first_officer` column holding a person's name.)
extension ColumnPhraseReader {
    /// The columns of one item written with slashes, or nil when it has none or reads as a unit (`km/h`, `g/t`).
    static func slashedItem(_ nodes: [PromptNode], prose: Bool, sqlMode: Bool) -> [ColumnDraft]? {
        guard let first = nodes.firstIndex(where: { $0.isKind(.slash) }), first >= 1 else { return nil }
        // The words on each side of a run of slashes, from the word before the first.
        var sides: [String] = []
        var sideNodes: [PromptNode] = []
        var k = first - 1
        while k < nodes.count, let w = nodes[k].name {
            sides.append(w)
            sideNodes.append(nodes[k])
            guard k + 1 < nodes.count, nodes[k + 1].isKind(.slash) else { k += 1; break }
            k += 2
        }
        guard sides.count >= 2, sides.count == Set(sides).count else { return nil }
        let rest = Array(nodes[k...])
        if first == 1 {
            // `started_at/completed_at`; `start/end times` share their last words: `start_time`, `end_time`.
            guard sides.allSatisfy({ $0.count >= 3 || $0.contains("_") }), rest.allSatisfy({ $0.name != nil }) else { return nil }
            let columns = sideNodes.flatMap { side in readItem([side] + rest, prose: prose, sqlMode: sqlMode) }
            return columns.count == sides.count ? columns : nil
        }
        // `nitrox Y/N`, `paid yes/no`, `active true/false`: a flag named by the words before it.
        let flagPairs: [Set<String>] = [["y", "n"], ["yes", "no"], ["true", "false"], ["t", "f"]]
        if rest.isEmpty, sides.count == 2, flagPairs.contains(Set(sides)),
           var column = readItem(Array(nodes[..<(first - 1)]), prose: prose, sqlMode: sqlMode).first {
            column.type = .boolean
            column.values = nil
            return [column]
        }
        // `event_type created/paid/shipped/delivered`: values after the column's name, ending the item. Two short
        // parts are a unit (`mg/dl`), and yes/no a flag, left to `readItem`.
        guard rest.isEmpty, sides.count >= 3 || sides.allSatisfy({ $0.count >= 3 }),
              Set(sides).isDisjoint(with: ["yes", "no", "true", "false"]),
              var column = readItem(Array(nodes[..<(first - 1)]), prose: prose, sqlMode: sqlMode).first else { return nil }
        column.values = sideNodes.map { $0.token?.spelling ?? $0.name ?? "" }
        if column.type == .boolean { column.type = nil }
        return [column]
    }

    /// `role: captain, first officer, cabin crew`: the items after an item that names a column and a colon are its
    /// values when each is a few words and none names a column of its own. Returns the column and how many items it took.
    static func colonValues(_ items: [Item], at k: Int, prose: Bool, sqlMode: Bool) -> (ColumnDraft, Int)? {
        let nodes = items[k].nodes
        guard let colon = nodes.firstIndex(where: { $0.isKind(.colon) }), colon >= 1, colon <= 2, k + 1 < items.count else { return nil }
        let following = items[(k + 1)...]
        let values = [GroupReader.valueList(Array(nodes[(colon + 1)...]))] + following.map { GroupReader.valueList($0.nodes) }
        guard values.allSatisfy({ $0.count == 1 }), let first = values.first?.first, !first.isEmpty else { return nil }
        let texts = values.compactMap(\.first)
        guard var column = readItem(Array(nodes[..<colon]), prose: prose, sqlMode: sqlMode).first,
              texts.allSatisfy({ $0.split(separator: " ").count <= 3 }),
              // (a role's values may be columns elsewhere: a flight's `first_officer`)
              Self.choiceNames.contains(Identifier.words(column.name).last ?? "")
                || texts.allSatisfy({ !ColumnLexicon.isKnown(Identifier.snake($0)) }) else { return nil }
        column.values = texts
        return (column, values.count)
    }

    /// Last words of a column that holds one of a few choices: a `role`, a `status`, a `ticket_type`.
    static let choiceNames: Set<String> = ["role", "type", "status", "category", "kind", "level", "tier", "stage", "class",
                                           "position", "department", "channel", "method", "mode", "source", "priority",
                                           "severity", "plan", "grade", "rank", "segment", "region", "shift", "phase", "state",
                                           "outcome", "result", "reason", "format", "size", "unit", "genre", "style"]
}
