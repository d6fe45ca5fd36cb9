import DoppelText
import DoppelEngine

/// Columns whose values the prompt says in words, inside a column list: `role is one of server, line cook, dishwasher`,
/// `case_type one of civil/criminal/family`, `direction either left or right`, `status open/in progress/resolved`,
/// `grade A-F`, `priority P0-P3`, and one example of a code (`key like PAY-123`, `code e.g. CS101`). Before, each became
/// part of the column's name (`role_is_one_of_server`, `priority_p0_p3`, `key_like_pay_123`) and the rest columns.
extension ColumnPhraseReader {
    /// `role is one of server, line cook, dishwasher; hourly_rate …`: the column before `one of` (or `either`) takes the
    /// values after it, up to a semicolon or full stop, or to the first item that is a column's structure (an identifier,
    /// a range, a bracket). Returns the column and how many items it took; nil when the item says no such thing.
    static func choiceList(_ items: [Item], at k: Int, prose: Bool, sqlMode: Bool) -> (ColumnDraft, Int)? {
        let nodes = items[k].nodes
        guard let (nameEnd, valuesStart) = choiceMarker(nodes), nameEnd >= 1,
              var column = readItem(Array(nodes[..<nameEnd]), prose: prose, sqlMode: sqlMode).first else { return nil }
        var values = spelledValues(Array(nodes[valuesStart...]))
        var taken = 1
        // (a list the item holds itself, "one of civil/criminal/family", ends with it)
        while values.count < 2 || taken > 1, k + taken < items.count, !items[k + taken - 1].endsList {
            let next = items[k + taken].nodes
            guard isPlainValue(next) else { break }
            // (numbered codes go on with numbered codes: "one of P0, P1, P2, nitrox …" ends at nitrox)
            func numbered(_ v: String) -> Bool { !v.contains(" ") && v.contains(where: \.isNumber) }
            if !values.isEmpty, values.allSatisfy(numbered), !spelledValues(next).allSatisfy(numbered) { break }
            values += spelledValues(next)
            taken += 1
            // ("either a or b, amount": the item after `or` or `and` is the last)
            if items[k + taken - 2].joinedByAnd { break }
        }
        var seen: Set<String> = []
        values = values.filter { !$0.isEmpty && seen.insert($0.lowercased()).inserted }
        guard values.count >= 2 else { return nil }
        column.values = values
        if column.type == .boolean { column.type = nil }
        return (column, taken)
    }

    /// `machine_type washer or dryer`, `status open or closed`: an identifier (or a name of choices) with a value after
    /// it, joined by `or` to more plain values, is that column's values.
    static func orValues(_ items: [Item], at k: Int, prose: Bool, sqlMode: Bool) -> (ColumnDraft, Int)? {
        let nodes = items[k].nodes
        // ("duration_mins 10 or 20": numbers too)
        guard items[k].joinedByAnd, k + 1 < items.count, nodes.count >= 2, nodes.count <= 4,
              let head = nodes[0].token, head.spelling.contains("_") || choiceNames.contains(head.text),
              nodes.dropFirst().allSatisfy({ $0.token.map { ($0.isName || $0.kind == .number) && !$0.spelling.contains("_") } ?? false }),
              choiceNames.contains(head.text) || !ColumnLexicon.isKnownSpecifically(Identifier.join(nodes.dropFirst().compactMap(\.wordText))),
              var column = readItem([nodes[0]], prose: prose, sqlMode: sqlMode).first else { return nil }
        var values = [nodes.dropFirst().map { $0.token?.spelling ?? "" }.joined(separator: " ")]
        var taken = 1
        while k + taken < items.count, isPlainValue(items[k + taken].nodes), items[k + taken].nodes.count <= 3 {
            values += spelledValues(items[k + taken].nodes)
            taken += 1
            if !items[k + taken - 1].joinedByAnd { break }
        }
        guard values.count >= 2, Set(values.map { $0.lowercased() }).count == values.count else { return nil }
        column.values = values
        if column.type == .boolean { column.type = nil }
        return (column, taken)
    }

    /// Where the name ends and the values begin in `role is one of …`, `case_type one of …`, `role: one of …`,
    /// `direction either left or right`, `status can be …` (only when a list follows).
    static func choiceMarker(_ nodes: [PromptNode]) -> (Int, Int)? {
        for k in nodes.indices.dropFirst() {
            let values: Int
            if nodes[k].isWord("one"), k + 2 < nodes.count, nodes[k + 1].isWord("of") {
                values = k + 2
            } else if nodes[k].isWord("either"), k + 1 < nodes.count {
                values = k + 1
            } else if nodes[k].isWord("any"), k + 2 < nodes.count, nodes[k + 1].isWord("of") {
                values = k + 2
            } else {
                continue
            }
            // (the verb or colon before the marker is neither name nor value)
            var end = k
            while end > 0, let w = nodes[end - 1].wordText, ["is", "are", "be", "can", "must", "should", "will", "always"].contains(w) {
                end -= 1
            }
            if end > 0, nodes[end - 1].isKind(.colon) { end -= 1 }
            return (end, values)
        }
        return nil
    }

    /// An item that is a value rather than a column: a few words or numbers, with no identifier, range or bracket.
    static func isPlainValue(_ nodes: [PromptNode]) -> Bool {
        guard !nodes.isEmpty, nodes.count <= 4, !nodes.contains(where: \.isGroup) else { return false }
        // (a range, `round 1..9`, is a column's)
        if nodes.contains(where: { $0.isWord("between") || $0.isWord("from") || $0.isKind(.colon) || $0.isKind(.arrow) || $0.isKind(.dash) }) { return false }
        // (a column's own slashed values, type or size: `nitrox Y/N`, `is_fatal bool`, `pin 6-digit`)
        if nodes.count >= 3, nodes.contains(where: { $0.isKind(.slash) }) { return false }
        if nodes.count >= 2, let last = nodes.last?.wordText,
           TypeWords.isStrictType(last) || digitCount(last) != nil || ["nullable", "unique", "required", "optional", "bool", "timestamp"].contains(last) {
            return false
        }
        // (as spelled: `FedEx` is a value, `created_at` a column)
        return !nodes.contains { n in n.token.map { $0.spelling.contains("_") || ["id", "date", "at"].contains($0.text) } ?? false }
    }

    /// The values in `nodes` as the prompt spelled them, split at slashes, commas, `or` and `and`.
    static func spelledValues(_ nodes: [PromptNode]) -> [String] {
        GroupReader.valueList(nodes.filter { !$0.isGroup })
    }

    /// `status open/in progress/resolved/closed`, `status for sale/under offer/sold`: a column's name, then values of a
    /// few words each between slashes. The name is the first word, or the words up to one that names a choice
    /// (`loss type auto/home/theft`). Nil for a unit (`km/h`: two short parts) and for yes/no.
    static func slashedPhrases(_ nodes: [PromptNode], prose: Bool, sqlMode: Bool) -> [ColumnDraft]? {
        guard let firstSlash = nodes.firstIndex(where: { $0.isKind(.slash) }), firstSlash >= 2,
              nodes.allSatisfy({ $0.isKind(.slash) || $0.name != nil || $0.token?.kind == .number }) else { return nil }
        let words = nodes[..<firstSlash].compactMap(\.wordText)
        var nameEnd = 1
        // (an identifier is the whole name: `kyc_tier Tier 1/Tier 2/Tier 3`)
        if !(nodes[0].token?.spelling.contains("_") ?? false), let choice = words.prefix(3).firstIndex(where: { choiceNames.contains($0) || $0.hasSuffix("_type") || $0.hasSuffix("_status") }),
           choice < firstSlash - 1 {
            nameEnd = choice + 1
        }
        var parts: [[PromptNode]] = [Array(nodes[nameEnd..<firstSlash]), []]
        for n in nodes[(firstSlash + 1)...] {
            if n.isKind(.slash) { parts.append([]) } else { parts[parts.count - 1].append(n) }
        }
        let values = parts.map { $0.map { $0.token?.spelling ?? "" }.joined(separator: " ") }
        guard values.count >= 2, parts.allSatisfy({ (1...3).contains($0.count) }), Set(values.map { $0.lowercased() }).count == values.count,
              values.count >= 3 || values.allSatisfy({ $0.count >= 3 }),
              Set(values.map { $0.lowercased() }).isDisjoint(with: ["yes", "no", "true", "false", "y", "n"]),
              var column = readItem(Array(nodes[..<nameEnd]), prose: prose, sqlMode: sqlMode).first else { return nil }
        column.values = values
        if column.type == .boolean { column.type = nil }
        return [column]
    }

    /// `A-F`, `P0-P3`, `1A-1D`: the values of a range of letters or of numbered codes, as spelled; nil for anything else.
    /// Letter grades skip E (`grade A-F` is A, B, C, D, F).
    static func rangeValues(_ spelled: String, column: String) -> [String]? {
        let halves = spelled.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard halves.count == 2 else { return nil }
        let (a, b) = (halves[0], halves[1])
        if a.count == 1, b.count == 1, let x = a.unicodeScalars.first, let y = b.unicodeScalars.first,
           x.properties.isAlphabetic, y.properties.isAlphabetic, x.isASCII, y.isASCII,
           (x.properties.isUppercase) == (y.properties.isUppercase), x.value < y.value, y.value - x.value <= 12 {
            var letters = (x.value...y.value).compactMap { Unicode.Scalar($0).map { String(Character($0)) } }
            if Identifier.words(column).contains("grade"), a.uppercased() == "A", b.uppercased() == "F" { letters.removeAll { $0.uppercased() == "E" } }
            return letters
        }
        // P0-P3, S1-S4, L1-L5: one prefix, two numbers
        func split(_ s: String) -> (String, Int)? {
            let prefix = String(s.prefix { $0.isLetter })
            guard !prefix.isEmpty, prefix.count <= 3, let n = Int(s.dropFirst(prefix.count)) else { return nil }
            return (prefix, n)
        }
        guard let (p, lo) = split(a), let (q, hi) = split(b), p == q, lo < hi, hi - lo <= 12 else { return nil }
        return (lo...hi).map { p + String($0) }
    }

    /// One example of a code (`PAY-123`, `CS101`, `A-12-03`, `90210`) as an `id.pattern`: digits become `#`, a single
    /// letter `?`, and a run of letters stays as written (a project's `PAY`, a department's `CS`). Nil for an example that
    /// is not one code with a digit in it (`Fall 2024`, `free coffee`).
    static func pattern(ofExample nodes: [PromptNode]) -> String? {
        guard nodes.count == 1, let t = nodes[0].token, t.kind == .word || t.kind == .code || t.kind == .number else { return nil }
        return pattern(ofSpelled: t.kind == .number ? t.text : t.spelling)
    }

    /// The shape of examples that are all codes of one shape (`W-01, D-07` → `?-##`), or nil.
    static func pattern(ofExamples values: [String]) -> String? {
        let shapes = values.compactMap(pattern(ofSpelled:))
        guard let first = shapes.first, shapes.count == values.count,
              Set(shapes.map { $0.filter { $0 == "#" || $0 == "?" || $0 == "-" } }).count == 1 else { return nil }
        return first
    }

    static func pattern(ofSpelled s: String) -> String? {
        // (a code of capitals alone, `PAD`, `FRA`: letters of its length)
        if (2...5).contains(s.count), s.allSatisfy({ $0.isASCII && $0.isUppercase }) { return String(repeating: "?", count: s.count) }
        guard s.count >= 2, s.count <= 24, s.contains(where: \.isNumber),
              s.allSatisfy({ ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" || $0 == "_" || $0 == "." }) else { return nil }
        var out = ""
        var run = ""
        func flushLetters() {
            out += run.count == 1 ? "?" : run
            run = ""
        }
        for ch in s {
            if ch.isLetter { run.append(ch); continue }
            if !run.isEmpty { flushLetters() }
            out.append(ch.isNumber ? "#" : ch)
        }
        if !run.isEmpty { flushLetters() }
        return out
    }

    /// Words that bring one example of a column's values (`key like PAY-123`, `code e.g. CS101`).
    static let exampleMarkers: Set<String> = ["like", "e.g", "eg", "i.e"]
}
