import DoppelText
import DoppelEngine

/// Decides what a bracketed group after a name means: a column list
/// (`customers (id, name)`), enum values (`status (open, closed)`), a type
/// (`price (decimal)`), a range (`rating (1-5)`), a reference (`manager
/// (another employee)`) or a remark (`(each artwork by one artist)`).
enum GroupReader {
    enum Meaning: Equatable {
        case values([String])
        case type(FieldType)
        case unit(String)
        case range(Double, Double)
        case reference([String])
        case constraints(primaryKey: Bool, unique: Bool, nullable: Bool?)
        case remark
    }

    /// What a group following an entity name holds: columns, or a remark. After a plural
    /// head (`accounts (iban, holder, opened)`) it takes clear values to make it not columns.
    static func isColumnList(_ nodes: [PromptNode], afterPluralHead: Bool) -> Bool {
        if isColumnList(nodes) { return true }
        guard afterPluralHead else { return false }
        let items = split(nodes)
        guard items.count >= 2, let first = items.first?.first?.wordText, !Vocabulary.determiners.contains(first),
              !refers(items[0]) else { return false }
        return columnScore(items) >= 0
    }

    /// An item that points elsewhere (`references customers`, `ref to orders`); a `reference` alone is a column's name.
    static func refers(_ item: [PromptNode]) -> Bool {
        guard let first = item.first?.wordText, Vocabulary.referenceMarkers.contains(first), item.count > 1 else { return false }
        // (`reference e.g. CS101` is a column and an example of it)
        return !(item[1].wordText.map { ColumnPhraseReader.exampleMarkers.contains($0) || $0 == "such" || $0 == "for" } ?? false)
    }

    static func isColumnList(_ nodes: [PromptNode]) -> Bool {
        let items = split(nodes)
        guard !items.isEmpty else { return false }
        if let first = items.first?.first?.wordText, Vocabulary.determiners.contains(first) || refers(items[0]) || first == "one" || first == "e.g" || first == "i.e" || first == "see" || first == "optional" {
            return false
        }
        if items.count == 1 {
            // One item: a column list only when it is a single identifier-like name.
            let words = items[0].compactMap(\.name)
            return words.count <= 2 && items[0].count <= 3 && (words.first.map { $0.contains("_") || $0 == "id" || ColumnLexicon.isKnown($0) } ?? false)
        }
        return columnScore(items) > 0
    }

    /// Columns look like identifiers or known column names; values like states or plain words
    /// (`status (booked, completed, cancelled)`, `plan (free, pro, enterprise)`).
    static func columnScore(_ items: [[PromptNode]]) -> Int {
        var score = 0
        for item in items {
            let words = item.compactMap(\.name)
            guard let first = words.first, words.count <= 6, !Vocabulary.determiners.contains(first) else { score -= 1; continue }
            let name = Identifier.join(words)
            // (a list with a `name`, an `id` or a key is a table's columns: no status is called so)
            if ["name", "id", "title"].contains(name) || name.hasSuffix("_id") {
                score += 2
            } else if words.count == 1, !first.contains("_"), ColumnLexicon.yesNo[first] != nil || ColumnLexicon.isParticipleFlag(first) {
                score -= 1
            } else if name.contains("_") || name == "id" || ColumnLexicon.names[name] != nil || words.count >= 2 && TypeWords.type(words[1]) != nil {
                score += 1
            } else if words.count >= 2, ColumnLexicon.isKnown(name) {
                score += 1
            } else if item.contains(where: { $0.token?.kind == .number }) {
                score -= 1
            }
        }
        return score
    }

    /// What a group following a column name means.
    static func meaning(_ nodes: [PromptNode]) -> Meaning {
        let words = nodes.compactMap(\.name)
        let numbers = nodes.compactMap { $0.token?.kind == .number ? $0.token?.value : nil }
        if words.isEmpty, numbers.count == 2, nodes.contains(where: { $0.isKind(.dash) }) {
            return .range(min(numbers[0], numbers[1]), max(numbers[0], numbers[1]))
        }
        if numbers.count == 2, words.allSatisfy({ $0 == "to" || $0 == "from" || $0 == "between" || $0 == "and" || Vocabulary.units[$0] != nil }) {
            return .range(min(numbers[0], numbers[1]), max(numbers[0], numbers[1]))
        }
        // ("(a customer)" points there; "(A, AAAA, CNAME)" are values: a capital A before a comma is no article)
        let items = split(nodes)
        let listed = items.count >= 2 && nodes.first?.token?.spelling != "a" && nodes.first?.token?.spelling != "an"
        if !listed, let first = words.first, Vocabulary.referenceMarkers.contains(first) || first == "a" || first == "an" || first == "one" {
            var rest = Array(words.dropFirst())
            while let f = rest.first, Vocabulary.referenceMarkers.contains(f) || Vocabulary.isFunctionWord(f) || f == "key" || f == "row" { rest.removeFirst() }
            if let dot = rest.first, dot.contains(".") {
                return .reference([String(dot.split(separator: ".").first ?? "")])
            }
            if !rest.isEmpty { return .reference(Array(rest.prefix(3))) }
            if words.contains("self") || words.contains("same") { return .reference([]) }
        }
        if words.count == 1 || (words.count >= 1 && numbers.count >= 1 && words.count <= 2) {
            if let t = TypeWords.type(words[0]) { return .type(t) }
            if let u = Vocabulary.units[words[0]], words.count == 1 { return .unit(u) }
        }
        if words.count == 2, words[0] == "in", let u = Vocabulary.units[words[1]] { return .unit(u) }
        let constraintWords: Set<String> = ["pk", "primary", "key", "unique", "optional", "nullable", "required", "not", "null", "mandatory"]
        if !words.isEmpty, words.allSatisfy({ constraintWords.contains($0) }) {
            let pk = words.contains("pk") || words.contains("primary")
            let nullable: Bool? = words.contains("optional") || words.contains("nullable") ? true : (words.contains("required") || words.contains("mandatory") || words.contains("not") ? false : nil)
            return .constraints(primaryKey: pk, unique: words.contains("unique"), nullable: nullable)
        }
        if items.count >= 2 || nodes.contains(where: { $0.isKind(.slash) }) {
            let values = valueList(nodes)
            if values.count >= 2 { return .values(values) }
        }
        return .remark
    }

    /// Values separated by commas, slashes or `or`: `active, paused or cancelled`.
    static func valueList(_ nodes: [PromptNode]) -> [String] {
        var values: [String] = []
        var current: [String] = []
        func flush() {
            if !current.isEmpty { values.append(current.joined(separator: " ").replacingOccurrences(of: " / ", with: "/")) }
            current = []
        }
        // With commas between them, a slash is inside a value (`BTC/USD, ETH/USD`), not between two.
        let commas = nodes.contains { $0.isKind(.comma) || $0.isKind(.semicolon) }
        for n in nodes {
            if let t = n.token {
                switch t.kind {
                case .slash where commas && !current.isEmpty: current.append("/")
                case .comma, .slash, .semicolon: flush()
                case .word where t.text == "or" || t.text == "and": flush()
                case .word, .code: current.append(t.spelling)  // as the prompt spelled it: FedEx, P0, NASA
                case .number: current.append(Int64(exactly: t.value).map(String.init) ?? String(t.value))
                case .dash: if !current.isEmpty { current.append("-") }
                default: break
                }
            }
        }
        flush()
        return values.filter { !$0.isEmpty && $0.count <= 40 }
    }

    /// Items of a group separated by commas and semicolons.
    static func split(_ nodes: [PromptNode]) -> [[PromptNode]] {
        var items: [[PromptNode]] = [[]]
        for n in nodes {
            if n.isKind(.comma) || n.isKind(.semicolon) || n.isKind(.period) || n.isKind(.newline) {
                items.append([])
            } else {
                items[items.count - 1].append(n)
            }
        }
        return items.filter { !$0.isEmpty }
    }
}

/// SQL-ish and plain type names users attach to columns.
enum TypeWords {
    static func type(_ w: String) -> FieldType? { table[w] }

    /// Type words that never end a column name in prose, so they always read as a type.
    static func isStrictType(_ w: String) -> Bool {
        table[w] != nil && !["date", "time", "text", "string", "number", "json", "money", "timestamp", "datetime", "long", "real", "double"].contains(w)
    }

    static let table: [String: FieldType] = [
        "int": .integer, "integer": .integer, "bigint": .integer, "smallint": .integer, "tinyint": .integer,
        "int4": .integer, "int8": .integer, "serial": .integer, "bigserial": .integer, "long": .integer,
        "decimal": .decimal, "numeric": .decimal, "money": .decimal, "float": .float, "double": .float,
        "real": .float, "float8": .float, "string": .string, "varchar": .string, "char": .string,
        "nvarchar": .string, "text": .text, "bool": .boolean, "boolean": .boolean, "date": .date,
        "datetime": .datetime, "timestamp": .datetime, "timestamptz": .datetime, "time": .time, "uuid": .uuid,
        "guid": .uuid, "json": .json, "jsonb": .json,
    ]
}
