import DoppelText
import DoppelEngine

/// Examples of a thing's kinds, given after `like`, `such as`, `e.g.` or `for example`: values, not tables or columns.
/// "products like sourdough, croissants and custom cakes" is a table of products whose type is one of those
/// (`product_type`: sourdough, croissants, custom cakes), not a table of croissants; inside a column list,
/// "prosthesis type e.g. crown, bridge, denture, material" is a column with those values, then `material`.
extension PromptReader {
    /// The words that introduce examples, as the lexer gives them (`e.g.` → `e.g`); each with its length in tokens.
    static func exampleMarker(_ nodes: [PromptNode], at k: Int) -> Int? {
        guard let w = nodes[k].wordText else { return nil }
        if w == "like" || w == "e.g" || w == "eg" { return 1 }
        if k + 1 < nodes.count, let next = nodes[k + 1].wordText,
           w == "such" && next == "as" || w == "for" && (next == "example" || next == "instance") { return 2 }
        return nil
    }

    static let prepositions: Set<String> = ["in", "of", "by", "for", "from", "on", "at", "to", "into", "across", "per"]
    /// Tables whose rows are kinds of something else: their examples are their names.
    static let kindNouns: Set<String> = ["genre", "category", "type", "kind", "style", "breed", "cuisine", "flavor", "flavour",
                                         "variety", "species", "tier", "plan", "department", "topic", "subject", "skill", "tag"]

    /// Folds every example list of `nodes`, and of the groups in it (as column lists).
    static func foldExampleLists(_ nodes: [PromptNode], inColumns: Bool = false) -> [PromptNode] {
        var out: [PromptNode] = []
        var k = 0
        while k < nodes.count {
            if let children = nodes[k].children {
                out.append(.group(foldExampleLists(children, inColumns: true)))
                k += 1
                continue
            }
            if let length = exampleMarker(nodes, at: k), let folded = foldExamples(nodes, marker: k, length: length, owner: out, inColumns: inColumns) {
                out = folded.owner
                if let node = folded.node { out.append(node) }
                k = folded.next
                continue
            }
            out.append(nodes[k])
            k += 1
        }
        return out
    }

    /// The examples after the marker at `marker`, said of the noun that ends `owner` (the nodes before it):
    /// `owner` as it becomes, the node that follows it and where reading goes on.
    private static func foldExamples(_ nodes: [PromptNode], marker: Int, length: Int, owner: [PromptNode],
                                     inColumns: Bool) -> (owner: [PromptNode], node: PromptNode?, next: Int)? {
        // The thing the examples are of: the words right before the marker, a plural noun for a table.
        var start = owner.count
        while start > 0, let w = owner[start - 1].wordText, !Vocabulary.isFunctionWord(w), owner.count - start < 3 { start -= 1 }
        guard start < owner.count else { return nil }
        let thing = owner[start...].compactMap(\.wordText)
        guard let head = thing.last, !Vocabulary.metaNouns.contains(head), !Vocabulary.tableNouns.contains(head),
              !Vocabulary.descriptorNouns.contains(head) else { return nil }
        if !inColumns { guard Inflector.isPlural(head) else { return nil } }
        // The object of a preposition ("albums in genres like jazz, soul and punk"): the examples are dropped, as a
        // bracket there would describe the albums, and a table of each example is wrong.
        let afterPreposition = !inColumns && start > 0 && (owner[start - 1].wordText.map(Self.prepositions.contains) ?? false)
        let isLike = nodes[marker].isWord("like")
        // The items, each with where it starts and whether a conjunction came before it.
        var items: [(words: [String], at: Int, last: Bool)] = []
        var k = marker + length
        var separated = true, conjunction = false
        while k < nodes.count {
            let n = nodes[k]
            if n.isKind(.comma) || n.isWord("and") || n.isWord("or") || n.isKind(.slash) {
                separated = true
                conjunction = conjunction || n.isWord("and") || n.isWord("or")
                k += 1
                continue
            }
            guard let w = n.name, !Vocabulary.isFunctionWord(w) else { break }
            if separated {
                items.append(([w], k, conjunction))
                separated = false
                conjunction = false
            } else {
                items[items.count - 1].words.append(w)
                if items[items.count - 1].words.count > 3 { return nil }
            }
            k += 1
        }
        // Where the list ends: after the item a conjunction brings ("a, b and c, d" ends at c); with none, in a
        // column list, before the first column's name ("e.g. crown, bridge, material"); else where the words do.
        if let closing = items.firstIndex(where: \.last) {
            if closing + 1 < items.count { k = items[closing + 1].at; items.removeLast(items.count - closing - 1) }
        } else if inColumns, let column = items.indices.dropFirst().first(where: { ColumnLexicon.isKnown(Identifier.join(items[$0].words)) }) {
            k = items[column].at
            items.removeLast(items.count - column)
        }
        // (reading goes on at the separator before the next item, so it stays an item of its own)
        while k > marker + length, nodes[k - 1].isKind(.comma) || nodes[k - 1].isWord("and") || nodes[k - 1].isWord("or") { k -= 1 }
        guard items.count >= 2 else { return nil }
        // "users like posts": after people, `like` is a verb.
        if isLike, DomainCatalogue.personNouns.contains(Inflector.singular(head)) { return nil }
        // (a kind is singular, "car, truck, van", when every example is a plural: "yoga, spin and pilates" stay as said)
        let plural = items.allSatisfy { $0.words.last.map(Inflector.isPlural) == true }
        let values = items.map { item in
            (plural ? item.words.dropLast() + [Inflector.singular(item.words[item.words.count - 1])] : item.words).joined(separator: " ")
        }
        // (examples of kinds are the kinds' names: "genres like jazz, soul and punk")
        let column = inColumns ? Identifier.join(thing)
            : Self.kindNouns.contains(Inflector.singular(head)) ? "name" : Inflector.singular(head) + "_type"
        if afterPreposition { return (owner, nil, k) }
        var group: [PromptNode] = [.token(PromptToken(.code, column)), .token(PromptToken(.colon, ":"))]
        for (i, v) in values.enumerated() {
            if i > 0 { group.append(.token(PromptToken(.comma, ","))) }
            group.append(.token(PromptToken(.code, v)))
        }
        if inColumns {
            // the column, written as `name (a, b, c)`
            let valueNodes = Array(group.dropFirst(2))
            return (Array(owner[..<start]) + [.token(PromptToken(.code, column))], .group(valueNodes), k)
        }
        return (owner, .group(group), k)
    }
}
