import DoppelText
import DoppelEngine

/// Sentences that state relationships around a list: value lists, "each X has one Y, with …",
/// and where-clauses.
extension PromptReader {
    /// Rewrites "where status should be one of draft, sent, paid or void" (also "is one of",
    /// "can be either …") as "with status (draft, sent, paid, void)", so the values stay with their
    /// column instead of reading as list items.
    static func foldValueLists(_ nodes: [PromptNode]) -> [PromptNode] {
        guard let one = nodes.indices.first(where: { k in
            k + 1 < nodes.count && (nodes[k].isWord("one") && nodes[k + 1].isWord("of") || nodes[k].isWord("either") && k > 0 && nodes[k - 1].isWord("be"))
        }) else { return nodes }
        // The column: content words just before the copula ("status should be", "plan is").
        var c = one - 1
        while c >= 0, let w = nodes[c].wordText, ["be", "is", "are", "should", "must", "can", "will", "may", "always", "either"].contains(w) { c -= 1 }
        guard c >= 0, let column = nodes[c].name, !Vocabulary.isFunctionWord(column) else { return nodes }
        var start = c
        if start > 0, nodes[start - 1].isWord("where") || nodes[start - 1].isWord("whose") || nodes[start - 1].isWord("and") { start -= 1 }
        // The values: words separated by commas, "or", "and", until a description resumes.
        var k = one + (nodes[one].isWord("one") ? 2 : 1)
        var values: [PromptNode] = []
        while k < nodes.count {
            let n = nodes[k]
            if n.isKind(.comma) || n.isWord("or") || n.isWord("and") || n.isKind(.slash) {
                if k + 1 < nodes.count, nodes[k + 1].isWord("with") || nodes[k + 1].isWord("a") || nodes[k + 1].isWord("an") { break }
                values.append(.token(PromptToken(.comma, ",")))
            } else if n.name != nil || n.isKind(.number) || n.isKind(.dash) {
                values.append(n)
            } else {
                break
            }
            k += 1
        }
        guard values.contains(where: { $0.name != nil }) else { return nodes }
        var out = Array(nodes[..<start])
        out.append(.token(PromptToken(.word, "with")))
        out.append(.token(PromptToken(.word, column)))
        out.append(.group(values))
        out += nodes[k...]
        return out
    }

    /// "each customer has one subscription to a plan, with a start date and a renewal date",
    /// "each employee belongs to one department and has a salary and a start date": relationships,
    /// then the columns of the thing the sentence is about.
    mutating func readStatementWithColumns(_ nodes: [PromptNode]) -> Bool {
        var cut: Int?
        var afterComma = false
        for k in nodes.indices where k + 1 < nodes.count {
            if nodes[k].isKind(.comma), nodes[k + 1].isWord("with") { cut = k; afterComma = true; break }
            if nodes[k].isWord("and"), let w = nodes[k + 1].wordText, ["has", "have", "with", "includes", "records", "stores"].contains(w) { cut = k; break }
        }
        guard let cut, cut > 0 else { return false }
        let head = Array(nodes[..<cut]).filter { !($0.isGroup && !GroupReader.isColumnList($0.children ?? [])) }
        guard let statements = RelationSentenceReader.read(head), let main = statements.first else { return false }
        let columns = ColumnPhraseReader.readList(Array(nodes[(cut + 2)...]), prose: true)
        guard !columns.isEmpty else { return false }
        reading.statements += statements
        let ownerWords = afterComma && !main.object.isEmpty ? main.object : (main.subject.isEmpty ? main.child : main.subject)
        var owner = EntityDraft(words: ownerWords, exact: false, origin: .named)
        owner.described = columns
        reading.entities.append(owner)
        noteProseNouns(head)
        return true
    }

    /// "A network of 8 clinics where doctors work at clinics and patients book appointments with
    /// doctors": the main phrase, then the relationships the clause states.
    mutating func readWhereClauses(_ nodes: [PromptNode]) -> Bool {
        guard let w = nodes.firstIndex(where: { $0.isWord("where") }), w > 0, !nodes[..<w].contains(where: { $0.isKind(.comma) }) else { return false }
        var parts: [[String]] = [[]]
        for n in nodes[(w + 1)...] {
            if n.isKind(.comma) || n.isWord("and") || n.isKind(.semicolon) { parts.append([]) } else if let name = n.name { parts[parts.count - 1].append(name) }
        }
        // Every part must be a relationship ("each appointment has a patient, a doctor, …" is a column list).
        var found: [RelationStatement] = []
        var subject: [String] = []
        for part in parts where !part.isEmpty {
            var s = RelationSentenceReader.statements(part)
            // "clients place orders and leave reviews": a verb without its own subject shares the one before it.
            if s.isEmpty, !subject.isEmpty { s = RelationSentenceReader.statements(subject + part) }
            // "members book classes taught by trainers": the clause, then its object's own maker.
            if s.isEmpty, let j = part.indices.first(where: { $0 > 1 && $0 + 2 < part.count && part[$0 + 1] == "by" && Vocabulary.isPastParticiple(part[$0]) }) {
                let head = RelationSentenceReader.statements(Array(part[..<j]))
                if let main = head.first {
                    let object = main.object.isEmpty ? main.child : main.object
                    s = head + [RelationStatement(child: object, parent: Array(part[(j + 2)...]))]
                }
            }
            // The first part must be a relationship; a later one that states none ("… and follow each other",
            // "order room service", "trucks dispatch them") adds nothing, and the others stand.
            guard !s.isEmpty else {
                // (A part that is a noun phrase, "a doctor", "the fee", makes the clause a list of what a row has.)
                let listItem = part.first.map { ["a", "an", "the", "its", "their", "his", "her", "one", "some", "each"].contains($0) } ?? true
                if found.isEmpty || listItem { return false }
                continue
            }
            if let first = s.first { subject = first.subject.isEmpty ? first.child : first.subject }
            found += s
        }
        guard !found.isEmpty else { return false }
        // "A hotel where …", "An online store where …": one place, written in the singular, is the setting; "a network
        // of 8 clinics where …" names a table.
        let main = Array(nodes[..<w])
        let mainWords = main.compactMap(\.name)
        if main.contains(where: { $0.isKind(.number) }) || mainWords.contains(where: { Inflector.isPlural($0) && !Vocabulary.isFunctionWord($0) }) {
            sentence(main)
        } else {
            // (and it says what the data is about: a gym's classes are fitness classes)
            if reading.descriptor.isEmpty { reading.descriptor = mainWords.filter(Vocabulary.isDescriptive) }
            noteProseNouns(main)
        }
        reading.statements += found
        for s in found {
            for side in [s.child, s.parent] { reading.entities.append(EntityDraft(words: side, exact: false, origin: .named)) }
        }
        return true
    }
}
