import DoppelEngine

/// A token, or a bracketed group of nodes: the prompt as a shallow tree, so
/// `customers (id, name)` reads as a word followed by one group.
indirect enum PromptNode: Equatable, Sendable {
    case token(PromptToken)
    case group([PromptNode])

    var token: PromptToken? {
        if case let .token(t) = self { return t }
        return nil
    }

    var children: [PromptNode]? {
        if case let .group(nodes) = self { return nodes }
        return nil
    }

    var isGroup: Bool { children != nil }

    /// The lowercase word or code text, or nil for punctuation and groups.
    var name: String? {
        guard let t = token, t.isName else { return nil }
        return t.text
    }

    var wordText: String? {
        guard let t = token, t.kind == .word else { return nil }
        return t.text
    }

    func isWord(_ w: String) -> Bool { token?.isWord(w) ?? false }

    func isKind(_ k: PromptToken.Kind) -> Bool { token?.kind == k }

    /// Every word of this node and its children, flattened.
    var flatWords: [String] {
        switch self {
        case let .token(t): return t.isName ? [t.text] : []
        case let .group(nodes): return nodes.flatMap(\.flatWords)
        }
    }

    /// The node as text, for warnings.
    var text: String {
        switch self {
        case let .token(t): return t.text
        case let .group(nodes): return "(" + PromptNode.text(nodes) + ")"
        }
    }

    static func text(_ nodes: [PromptNode]) -> String {
        var out = ""
        for n in nodes {
            if let t = n.token, [.comma, .colon, .semicolon, .period, .close].contains(t.kind) {
                out += t.text
            } else {
                if !out.isEmpty { out += " " }
                out += n.text
            }
        }
        return out
    }
}

/// Builds the node tree and cuts it into sentences.
enum SentenceSplitter {
    /// Sentences of the prompt at bracket depth 0. Periods, semicolons and
    /// list-like line breaks end a sentence; a line break inside wrapped prose
    /// does not.
    static func sentences(_ tokens: [PromptToken]) -> [[PromptNode]] {
        let nodes = tree(tokens)
        var lines: [[PromptNode]] = [[]]
        for n in nodes {
            if n.isKind(.newline) { lines.append([]) } else { lines[lines.count - 1].append(n) }
        }
        var sentences: [[PromptNode]] = []
        var current: [PromptNode] = []
        var previousLine: [PromptNode]?
        for line in lines {
            if let prev = previousLine {
                let breakHere = line.isEmpty || prev.isEmpty || isListLine(line) || isListLine(prev)
                if breakHere { flush(&current, into: &sentences) }
            }
            for (k, n) in line.enumerated() {
                if let t = n.token, t.kind == .semicolon, !startsClause(line[(k + 1)...]) {
                    // "products with sku; suppliers; and purchase orders": a list separator.
                    current.append(.token(PromptToken(.comma, ",")))
                } else if let t = n.token, t.kind == .period || t.kind == .semicolon {
                    flush(&current, into: &sentences)
                } else if let t = n.token, t.kind == .bullet {
                    flush(&current, into: &sentences)
                } else {
                    current.append(n)
                }
            }
            previousLine = line
        }
        flush(&current, into: &sentences)
        return sentences
    }

    private static func flush(_ current: inout [PromptNode], into sentences: inout [[PromptNode]]) {
        if !current.isEmpty { sentences.append(current) }
        current = []
    }

    /// What follows a semicolon starts a new statement: `table x …`, `CREATE TABLE`, `orders: …`, `orders (…)`.
    private static func startsClause(_ rest: ArraySlice<PromptNode>) -> Bool {
        let rest = rest.drop { $0.isKind(.comma) }
        guard let first = rest.first else { return true }
        if let w = first.wordText, ["table", "create", "also", "then", "each", "every", "the", "a", "an", "add", "plus", "include", "and"].contains(w) {
            return w != "and" || rest.dropFirst().first?.wordText.map { ["table", "create"].contains($0) } == true
        }
        if isListLine(Array(rest)) { return true }
        // "…; patrons may pay fines": a new subject and verb.
        let np = NounPhrase.read(Array(rest), from: 0)
        guard !np.isEmpty, np.end < rest.count, let verb = rest[rest.startIndex + np.end].wordText else { return false }
        return NounPhrase.verbsAfterSubject.contains(verb) || Vocabulary.actionVerbs.contains(verb)
    }

    /// A line that starts a list item: a bullet, or a short name followed by a colon or a group.
    private static func isListLine(_ line: [PromptNode]) -> Bool {
        guard let first = line.first else { return false }
        if first.isKind(.bullet) { return true }
        for (k, n) in line.prefix(6).enumerated() {
            if n.isKind(.colon) || n.isGroup || n.isKind(.dash) && k > 0 && k + 1 < line.count && line[k + 1].name != nil { return k > 0 }
            if n.name == nil { return false }
        }
        return false
    }

    /// Matches brackets (an unmatched opener reads as a comma, an unmatched
    /// closer is dropped) and nests the tokens between them.
    static func tree(_ tokens: [PromptToken]) -> [PromptNode] {
        var partner = [Int](repeating: -1, count: tokens.count)
        var stack: [Int] = []
        for (k, t) in tokens.enumerated() {
            if t.kind == .open {
                stack.append(k)
            } else if t.kind == .close, let o = stack.popLast() {
                partner[o] = k
                partner[k] = o
            }
        }
        var k = 0
        return build(tokens, partner, &k, end: tokens.count)
    }

    private static func build(_ tokens: [PromptToken], _ partner: [Int], _ k: inout Int, end: Int) -> [PromptNode] {
        var out: [PromptNode] = []
        while k < end {
            let t = tokens[k]
            if t.kind == .open {
                if partner[k] >= 0 {
                    let close = partner[k]
                    k += 1
                    var inner = build(tokens, partner, &k, end: close)
                    inner.removeAll { $0.isKind(.newline) || $0.isKind(.bullet) }
                    out.append(.group(inner))
                    k = close + 1
                } else {
                    out.append(.token(PromptToken(.comma, ",")))
                    k += 1
                }
            } else if t.kind == .close {
                k += 1  // unmatched
            } else {
                out.append(.token(t))
                k += 1
            }
        }
        return out
    }
}
