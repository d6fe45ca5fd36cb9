import DoppelText
import DoppelEngine

/// Examples of a thing's kinds, given after `like`, `such as`, `e.g.` or `for example`: values, not tables or columns.
/// "products like sourdough, croissants and custom cakes" is a table of products whose type is one of those
/// (`product_type`: sourdough, croissants, custom cakes), not a table of croissants; inside a column list,
/// "prosthesis type e.g. crown, bridge, denture, material" is a column with those values, then `material`.
extension PromptReader {
    /// The words that introduce examples, as the lexer gives them (`e.g.` → `e.g`); each with its length in tokens.
    static func exampleMarker(_ nodes: [PromptNode], at k: Int) -> Int? {
        guard nodes.indices.contains(k), let w = nodes[k].wordText else { return nil }
        if w == "like" || w == "e.g" || w == "eg" { return 1 }
        if k + 1 < nodes.count, let next = nodes[k + 1].wordText,
           w == "such" && next == "as" || w == "for" && (next == "example" || next == "instance") { return 2 }
        return nil
    }

    /// Tables whose rows are kinds of something else: their examples are their names.
    static let kindNouns: Set<String> = ["genre", "category", "type", "kind", "style", "breed", "cuisine", "flavor", "flavour",
                                         "variety", "species", "tier", "plan", "department", "topic", "subject", "skill", "tag"]

    /// Folds every example list of `nodes`, and of the groups in it (as column lists).
    static func foldExampleLists(_ nodes: [PromptNode], inColumns: Bool = false) -> [PromptNode] {
        var out: [PromptNode] = []
        var k = 0
        while k < nodes.count {
            if let children = nodes[k].children {
                // "objects (e.g. galaxies, nebulae, comets)": a bracket of examples of the table before it.
                if let length = exampleMarker(children, at: 0),
                   let folded = foldExamples(children, marker: 0, length: length, owner: out, inColumns: inColumns),
                   folded.next == children.count {
                    out = folded.owner
                    if let node = folded.node { out.append(node) }
                    k += 1
                    continue
                }
                let folded = foldExampleLists(children, inColumns: true)
                // "pop (edge location like FRA, IAD, NRT)": a bracket that only gives a singular column's examples is
                // that column's values (a plural's, "tickets (priority e.g. low, high)", lists a table's column).
                if folded.count == 2, folded[0].token?.kind == .code, let values = folded[1].children, folded != children,
                   let before = out.last?.wordText, !Inflector.isPlural(before), !Vocabulary.isFunctionWord(before) {
                    out.append(.group(values))
                } else {
                    out.append(.group(folded))
                }
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
        while start > 0, let w = owner[start - 1].wordText, !Vocabulary.isFunctionWord(w), owner.count - start < 3,
              !Vocabulary.isParticiple(w), !w.hasSuffix("ing") || owner.count == start { start -= 1 }
        guard start < owner.count else { return nil }
        let thing = owner[start...].compactMap(\.wordText)
        guard let head = thing.last else { return nil }
        // (a table of examples is a plural that names things, not "entities such as …" nor "a variety such as …")
        // A singular noun in a list ("cdn logs: timestamp, cache_status such as HIT, MISS") is a column with those values.
        // (an item of its own, not "a website like Etsy")
        let startsItem = start == 0 || owner[start - 1].token.map { [.comma, .colon, .semicolon].contains($0.kind) } == true
        if !inColumns, !Inflector.isPlural(head), !startsItem { return nil }
        let asColumn = inColumns || !Inflector.isPlural(head)
        if !asColumn {
            guard !Vocabulary.metaNouns.contains(head), !Vocabulary.tableNouns.contains(head),
                  !Vocabulary.descriptorNouns.contains(head) else { return nil }
        }
        // The object of a preposition ("albums in genres like jazz, soul and punk"): the examples are dropped, as a
        // bracket there would describe the albums, and a table of each example is wrong.
        // So are the examples of a verb's object ("a shop selling flavors such as vanilla"), which would describe the shop.
        let afterPreposition = !asColumn && start > 0 && (owner[start - 1].wordText.map { w in
            Vocabulary.relationPrepositions.contains(w) || Vocabulary.isParticiple(w) || w.hasSuffix("ing") || Vocabulary.actionVerbs.contains(w)
        } ?? false)
        let isLike = nodes[marker].isWord("like")
        // The items, each with where it starts and whether a conjunction came before it.
        var items: [(words: [String], at: Int, last: Bool, spelled: [String])] = []
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
            // (`sci-fi`, `B737-800`: a dash between two words joins them)
            if n.isKind(.dash), !separated, k + 1 < nodes.count, let next = nodes[k + 1].name {
                let last = items[items.count - 1].words.count - 1
                items[items.count - 1].words[last] += "-" + next
                items[items.count - 1].spelled[last] += "-" + (nodes[k + 1].token?.spelling ?? next)
                k += 2
                continue
            }
            guard let w = n.name, !Vocabulary.isFunctionWord(w) else { break }
            let spelled = n.token?.spelling ?? w
            // (an identifier is the next column, whatever comes after it: "machine_id like W-01, D-07, machine_type washer
            // or dryer", "source_lang e.g. en, target_lang like de")
            if separated, !items.isEmpty, spelled.contains("_") { break }
            // (so is a phrase after a comma with slashed values of its own: "e.g. en, nitrox Y/N")
            if separated, !items.isEmpty, k > 0, nodes[k - 1].isKind(.comma) {
                var j = k, words = 0
                while j < nodes.count, !nodes[j].isKind(.comma), !nodes[j].isKind(.slash) { if nodes[j].name != nil { words += 1 }; j += 1 }
                if j < nodes.count, nodes[j].isKind(.slash), words >= 2 { break }
            }
            if separated {
                items.append(([w], k, conjunction, [spelled]))
                separated = false
                conjunction = false
            } else {
                items[items.count - 1].words.append(w)
                items[items.count - 1].spelled.append(spelled)
                if items[items.count - 1].words.count > 3 { return nil }
            }
            k += 1
        }
        // Where the list ends: after the item a conjunction brings ("a, b and c, d" ends at c); with none, in a
        // column list, before the first column's name ("e.g. crown, bridge, material"); else where the words do.
        if let closing = items.firstIndex(where: \.last) {
            if closing + 1 < items.count { k = items[closing + 1].at; items.removeLast(items.count - closing - 1) }
        } else if asColumn {
            // the first place from which every item is a column's name: one the lexicon knows, an identifier or words
            // ("crown, bridge, denture, material, shade, tooth number"; "light, medium, dark, roast date")
            // (a value the column is known to take is one of its examples: a priority's `high`)
            let known = Set(ColumnLexicon.spec(Identifier.join(thing), .neutral)?.values?.compactMap { $0.stringValue?.lowercased() } ?? [])
            func columnLike(_ item: [String]) -> Bool {
                guard !known.contains(item.joined(separator: " ")), !known.contains(item.joined(separator: "_")) else { return false }
                return item.count > 1 || item[0].contains("_") || ColumnLexicon.isKnown(item[0]) && !Vocabulary.isParticiple(item[0]) && !item[0].hasSuffix("ed")
            }
            // (examples of a code are codes: "key like PAY-123, title, type bug/feature" has one)
            // (a code: a digit in it, or capitals alone: "code like PAD, platform count")
            func isCode(_ item: [String]) -> Bool {
                item.count == 1 && (item[0].contains(where: \.isNumber) || (2...5).contains(item[0].count) && item[0].allSatisfy { $0.isASCII && $0.isUppercase })
            }
            // (and the codes end where a column's name comes: `HIT, MISS, EXPIRED` are all examples)
            if items.first.map({ isCode($0.spelled) }) == true, let other = items.firstIndex(where: { !isCode($0.spelled) }),
               columnLike(items[other].words) {
                k = items[other].at
                items.removeLast(items.count - other)
            } else if let column = items.indices.dropFirst(1).first(where: { i in
                // (after one example, a phrase or an identifier: "e.g. en, pin 6-digit"; a known name alone may be
                // a second example: "contact e.g. email, phone")
                (i >= 2 || items[i].words.count > 1 || items[i].spelled[0].contains("_")) && items[i...].allSatisfy { columnLike($0.words) }
            }) {
                k = items[column].at
                items.removeLast(items.count - column)
            }
        }
        // (reading goes on at the separator before the next item, so it stays an item of its own)
        while k > marker + length, nodes[k - 1].isKind(.comma) || nodes[k - 1].isWord("and") || nodes[k - 1].isWord("or") { k -= 1 }
        guard items.count >= 2 else { return nil }
        // "users like posts": after people, `like` is a verb.
        if isLike, DomainCatalogue.personNouns.contains(Inflector.singular(head)) { return nil }
        // (a kind is singular, "car, truck, van", when every example is a plural: "yoga, spin and pilates" stay as said)
        let plural = items.allSatisfy { $0.words.last.map(Inflector.isPlural) == true }
        // (as the prompt spelled them: `HIT`, `A320`, `Toyota`)
        let values = items.map { item in
            (plural ? item.words.dropLast() + [Inflector.singular(item.words[item.words.count - 1])] : item.spelled).joined(separator: " ")
        }
        // (examples of kinds are the kinds' names: "genres like jazz, soul and punk")
        let column = asColumn ? Identifier.join(thing)
            : Self.kindNouns.contains(Inflector.singular(head)) ? "name" : Inflector.singular(head) + "_type"
        if afterPreposition { return (owner, nil, k) }
        var group: [PromptNode] = [.token(PromptToken(.code, column)), .token(PromptToken(.colon, ":"))]
        for (i, v) in values.enumerated() {
            if i > 0 { group.append(.token(PromptToken(.comma, ","))) }
            group.append(.token(PromptToken(.code, v)))
        }
        if asColumn {
            // the column, written as `name (a, b, c)`
            let valueNodes = Array(group.dropFirst(2))
            return (Array(owner[..<start]) + [.token(PromptToken(.code, column))], .group(valueNodes), k)
        }
        return (owner, .group(group), k)
    }
}
