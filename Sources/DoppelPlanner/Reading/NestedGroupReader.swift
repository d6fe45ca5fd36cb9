import DoppelText

/// Lifts tables nested inside a column list out of it:
/// `nurses (name, shifts (start, end, ward))` is a `nurses` table with a
/// `name` column and a `shifts` table of its own (start, end, ward) that
/// points back at nurses. A bracketed list of column names after a noun is
/// a record, never the values of an enum (those are states or plain words:
/// `status (open, closed)`).
struct NestedGroupReader {
    /// The owner's column list with the nested tables taken out.
    private(set) var columnNodes: [PromptNode] = []
    /// The nested tables, each pointing at its owner, deeper ones after their own owner.
    private(set) var tables: [EntityDraft] = []

    init(_ group: [PromptNode], owner: [String]) {
        var item: [PromptNode] = []
        func flush(separator: PromptNode?) {
            if let (words, inner) = Self.nestedTable(item) {
                var child = EntityDraft(words: words, exact: false, origin: .listed)
                let deeper = NestedGroupReader(inner, owner: words)
                child.columns = ColumnPhraseReader.readList(deeper.columnNodes, prose: PromptReader.isProse(deeper.columnNodes))
                child.columnsExplicit = !child.columns.isEmpty
                child.origin = child.columns.isEmpty ? .named : .listed
                child.relations = [RelationHint(words: owner, preposition: nil)]
                tables.append(child)
                tables += deeper.tables
            } else {
                columnNodes += item
                if let separator { columnNodes.append(separator) }
            }
            item = []
        }
        for node in group {
            if node.isKind(.comma) || node.isKind(.semicolon) || node.isKind(.period) || node.isKind(.newline) {
                flush(separator: node)
            } else {
                item.append(node)
            }
        }
        flush(separator: nil)
        // A list that ended in a nested table leaves a trailing separator behind.
        while let last = columnNodes.last, last.token.map({ [.comma, .semicolon, .period, .newline].contains($0.kind) }) == true {
            columnNodes.removeLast()
        }
    }

    /// True when some item of the group is a nested table.
    static func hasNestedTable(_ group: [PromptNode]) -> Bool {
        GroupReader.split(group).contains { nestedTable($0) != nil }
    }

    /// The name words and inner group of an item `<noun phrase> (<columns>)`: a plural noun
    /// (a collection of records) followed by a list of at least two column names.
    static func nestedTable(_ item: [PromptNode]) -> (words: [String], inner: [PromptNode])? {
        guard let last = item.last, let inner = last.children else { return nil }
        var words = item.dropLast().compactMap(\.wordText)
        while let first = words.first, Vocabulary.determiners.contains(first) || Vocabulary.conjunctions.contains(first) { words.removeFirst() }
        guard !words.isEmpty, words.count <= 3, item.dropLast().allSatisfy({ $0.wordText != nil }),
              let head = words.last, Inflector.isPlural(head) else { return nil }
        let items = GroupReader.split(inner)
        guard items.count >= 2 else { return nil }
        // Columns, not values: most items name a column the lexicon knows or are identifiers
        // (`start, end, ward`), where values are states and plain words (`beginner, advanced`).
        let columnLike = items.filter { entry in
            let names = entry.compactMap(\.name)
            let name = Identifier.join(names)
            return !names.isEmpty && (name.contains("_") || ColumnLexicon.isKnownSpecifically(name)) && ColumnLexicon.yesNo[name] == nil
                || entry.contains(where: \.isGroup)
        }.count
        guard columnLike * 2 > items.count, columnLike >= 2 else { return nil }
        return (words, inner)
    }
}
