import DoppelText

/// Tables written as labelled brackets, `[containers: container_no, owner, tare_kg] [vessels: imo, name, flag] [voyages]`.
extension PromptReader {
    /// "shipping container tracking [containers: container_no, owner] [vessels: imo, name] [voyages]": each bracket that
    /// opens with a name and a colon is a table and its columns, a bracket of one plural word a table; read as the list
    /// `…: containers (container_no, owner), vessels (imo, name), voyages`. Two such brackets or more, one labelled at
    /// least, with only commas and `and` between them. (Before, they made one table named for the words before them.)
    static func foldLabelledGroups(_ nodes: [PromptNode]) -> [PromptNode] {
        func label(_ inner: [PromptNode]) -> (name: [PromptNode], columns: [PromptNode])? {
            guard let colon = inner.firstIndex(where: { $0.isKind(.colon) }), (1...3).contains(colon), colon + 1 < inner.count,
                  inner[..<colon].allSatisfy({ $0.name != nil }) else { return nil }
            return (Array(inner[..<colon]), Array(inner[(colon + 1)...]))
        }
        func bare(_ inner: [PromptNode]) -> Bool {
            inner.count == 1 && inner[0].wordText.map(Inflector.isPlural) == true
        }
        guard let first = nodes.firstIndex(where: { $0.children.map { label($0) != nil || bare($0) } ?? false }) else { return nodes }
        var tables: [[PromptNode]] = []
        var labelled = 0
        var k = first
        while k < nodes.count {
            if let inner = nodes[k].children {
                if let (name, columns) = label(inner) {
                    tables.append(name + [.group(columns)])
                    labelled += 1
                } else if bare(inner) {
                    tables.append(inner)
                } else {
                    break
                }
            } else if !(nodes[k].isKind(.comma) || nodes[k].isWord("and")) {
                break
            }
            k += 1
        }
        guard tables.count >= 2, labelled >= 1 else { return nodes }
        var out = Array(nodes[..<first])
        while let last = out.last, last.isKind(.colon) || last.isKind(.comma) || last.token?.kind == .dash { out.removeLast() }
        if !out.isEmpty { out.append(.token(PromptToken(.colon, ":"))) }
        for (i, table) in tables.enumerated() {
            if i > 0 { out.append(.token(PromptToken(i == tables.count - 1 ? .word : .comma, i == tables.count - 1 ? "and" : ","))) }
            out += table
        }
        return out + nodes[k...]
    }
}
