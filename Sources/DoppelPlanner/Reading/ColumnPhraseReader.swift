import DoppelText
import DoppelEngine

/// Reads column lists as people write them: `id, name, email`,
/// `full name, date of birth, height in cm and captain (another player)`,
/// `a due date and an is_active flag`, `whether it is refurbished`,
/// `start and end dates`, `id INT PRIMARY KEY, total DECIMAL(10,2)`.
enum ColumnPhraseReader {
    /// The columns of a list. `prose` marks natural language (names made of
    /// words) as opposed to identifiers in a bracketed or header list.
    static func readList(_ nodes: [PromptNode], prose: Bool) -> [ColumnDraft] {
        let items = split(nodes)
        // `id INT, name TEXT`: SQL-style lists, where a trailing `text` or `date` is a type, not part of the name.
        let typed = items.filter { item in
            let words = item.nodes.compactMap(\.name)
            return words.count >= 2 && TypeWords.isStrictType(words[1])
        }.count
        let anyTyped = items.filter { item in
            let words = item.nodes.compactMap(\.name)
            return words.count >= 2 && TypeWords.type(words[1]) != nil
        }.count
        let sqlWords: Set<String> = ["primary", "references", "null", "varchar", "default", "autoincrement", "auto_increment", "serial"]
        let sqlish = typed >= 1 || nodes.contains { $0.wordText.map(sqlWords.contains) ?? false }
        let sqlMode = sqlish && anyTyped * 2 >= items.count
        var columns: [ColumnDraft] = []
        var k = 0
        while k < items.count {
            let item = items[k]
            if k + 1 < items.count, item.joinedByAnd, let pair = distribute(item.nodes, items[k + 1].nodes) {
                for name in pair {
                    var c = ColumnDraft(name: name, fromProse: prose)
                    if let more = readItem(items[k + 1].nodes, prose: prose, sqlMode: sqlMode).first {
                        c.type = more.type
                    }
                    columns.append(c)
                }
                k += 2
                continue
            }
            if let (column, taken) = choiceList(items, at: k, prose: prose, sqlMode: sqlMode) ?? orValues(items, at: k, prose: prose, sqlMode: sqlMode) {
                columns.append(column)
                k += taken
                continue
            }
            if let (column, taken) = colonValues(items, at: k, prose: prose, sqlMode: sqlMode) {
                columns.append(column)
                k += taken
                continue
            }
            columns.append(contentsOf: slashedItem(item.nodes, prose: prose, sqlMode: sqlMode) ?? slashedPhrases(item.nodes, prose: prose, sqlMode: sqlMode)
                ?? readItem(item.nodes, prose: prose, sqlMode: sqlMode))
            k += 1
        }
        var seen: Set<String> = []
        return columns.filter { seen.insert($0.name).inserted }
    }

    struct Item {
        var nodes: [PromptNode]
        /// The separator after this item was `and`/`or` (not a comma): `start and end dates`.
        var joinedByAnd = false
        /// The separator after this item was a semicolon, a full stop or a line break, which ends a list of values.
        var endsList = false
    }

    /// Splits at commas, semicolons, `and`, `or`, `plus`, `as well as`,
    /// keeping `between 1 and 5` together and dropping `or not`.
    static func split(_ nodes: [PromptNode]) -> [Item] {
        var items: [Item] = [Item(nodes: [])]
        var k = 0
        // After `null if`, `null unless`: a condition, whose `and`/`or` join its words ("resolved_at null unless
        // resolved or closed"), not columns.
        var inCondition = false
        while k < nodes.count {
            let n = nodes[k]
            if n.isKind(.comma) || n.isKind(.semicolon) || n.isKind(.period) || n.isKind(.newline) {
                if !n.isKind(.comma) { items[items.count - 1].endsList = true }
                items.append(Item(nodes: []))
                inCondition = false
            } else if let w = n.wordText, Self.emptyWords.contains(w), k + 1 < nodes.count, nodes[k + 1].wordText.map(Self.conditionWords.contains) == true {
                inCondition = true
                items[items.count - 1].nodes.append(n)
            } else if let w = n.wordText, w == "or", k + 1 < nodes.count, nodes[k + 1].wordText.map(Self.emptyWords.contains) == true {
                // "grade A-F or null if in progress": the column may be empty, not a second column
                items[items.count - 1].nodes.append(n)
            } else if inCondition, n.isWord("and") || n.isWord("or") {
                items[items.count - 1].nodes.append(n)
            } else if let w = n.wordText, w == "and" || w == "or" || w == "plus" || w == "nor" {
                if w == "or", k + 1 < nodes.count, nodes[k + 1].isWord("not") {
                    k += 2
                    continue
                }
                let cur = items[items.count - 1].nodes
                let inRange = cur.count >= 2 && cur.last?.token?.kind == .number && cur.suffix(3).contains { $0.isWord("between") }
                if inRange {
                    items[items.count - 1].nodes.append(n)
                } else if !cur.isEmpty {
                    items[items.count - 1].joinedByAnd = true
                    items.append(Item(nodes: []))
                }
            } else if n.isWord("as"), k + 2 < nodes.count, nodes[k + 1].isWord("well"), nodes[k + 2].isWord("as") {
                items.append(Item(nodes: []))
                k += 3
                continue
            } else {
                items[items.count - 1].nodes.append(n)
            }
            k += 1
        }
        return items.filter { !$0.nodes.isEmpty }
    }

    /// Words saying a column may be empty (`null`, `blank`), and the words that bring when it is (`if`, `unless`).
    /// The count in a word `6-digit` (2 to 20), or nil.
    static func digitCount(_ w: String) -> Int? {
        guard w.hasSuffix("-digit") || w.hasSuffix("-digits"), let n = Int(w.prefix { $0.isNumber }), (2...20).contains(n) else { return nil }
        return n
    }

    /// A column kept near `value`: 10 % either side, most in the middle.
    static func centre(_ c: inout ColumnDraft, on value: Double) {
        let spread = abs(value) * 0.1
        c.min = value - spread
        c.max = value + spread
        c.centred = true
    }

    /// Words that bring a value a column keeps near (`around 230`, `about 5`).
    static let nearWords: Set<String> = ["around", "about", "approximately", "approx", "roughly", "circa", "near", "typically"]

    static let emptyWords: Set<String> = ["null", "nullable", "empty", "blank", "none", "missing"]
    static let conditionWords: Set<String> = ["if", "unless", "when", "until", "while", "for", "before", "after", "where"]

    /// Plural heads of a column phrase that a row holds one of: a `return dates` column is a `return_date`.
    static let scalarPlurals: Set<String> = ["dates", "times", "timestamps", "amounts", "prices", "costs", "fees", "totals",
                                             "numbers", "names", "codes", "ids", "scores", "ratings", "ages"]

    /// Of those, the ones a single word names as one column too (`names`, `prices`): `numbers` or `codes` alone could be a
    /// count, and `timestamps` or `dates` alone are the record's several times.
    static let singleScalarPlurals: Set<String> = ["names", "prices", "amounts", "totals", "fees", "costs", "scores", "ratings", "ages"]

    /// `start` + `end dates` → `start_date`, `end_date`; `first` + `last name`.
    static func distribute(_ a: [PromptNode], _ b: [PromptNode]) -> [String]? {
        let aw = a.compactMap(\.wordText).filter { !Vocabulary.determiners.contains($0) }
        let bw = b.compactMap(\.wordText).filter { !Vocabulary.determiners.contains($0) }
        guard aw.count == 1, a.allSatisfy({ !$0.isGroup }), bw.count >= 2, bw.count <= 3, let head = bw.last else { return nil }
        let singularHead = Inflector.singular(head)
        guard distributableHeads.contains(singularHead) else { return nil }
        let modifier = aw[0]
        // "start and end dates", "first and last name" — but not "a stage and applied date".
        guard distributiveModifiers.contains(modifier) || Inflector.isPlural(head) else { return nil }
        let strong = ColumnLexicon.isKnown(Identifier.snake(modifier)) && !distributiveModifiers.contains(modifier)
        guard !strong, !Inflector.isPlural(modifier) || distributiveModifiers.contains(modifier) else { return nil }
        let rest = bw.dropLast().map { $0 }
        return [Identifier.join([modifier, singularHead]), Identifier.join(rest + [singularHead])]
    }

    static let distributableHeads: Set<String> = [
        "date", "time", "timestamp", "name", "address", "price", "score", "amount", "location", "city", "number",
        "count", "rate", "id", "code", "station", "value", "temperature", "balance", "at", "on", "reading",
        "level", "weight", "height", "coordinate", "latitude", "longitude", "point", "airport", "team", "port",
        "total", "cost", "fee", "salary", "page", "day", "year", "month", "hour", "minute", "second", "email",
        "phone", "status", "type", "url", "odometer", "mileage", "quantity", "inventory", "stock",
    ]

    static let distributiveModifiers: Set<String> = [
        "start", "end", "first", "last", "min", "max", "minimum", "maximum", "home", "away", "pickup", "dropoff",
        "pick-up", "drop-off", "check-in", "check-out", "checkin", "checkout", "departure", "arrival", "billing",
        "shipping", "opening", "closing", "open", "close", "high", "low", "origin", "destination", "from", "to",
        "source", "target", "created", "updated", "birth", "death", "hire", "termination", "due", "issue",
        "expiry", "expiration", "delivery", "order", "ship", "release", "launch", "signup", "login", "logout",
        "entry", "exit", "primary", "secondary", "upper", "lower", "bid", "ask", "buy", "sell", "purchase",
        "sale", "list", "retail", "wholesale", "regular", "base", "net", "gross", "begin", "finish", "planned",
        "actual", "estimated", "scheduled", "booking", "return", "payment", "renewal", "trial", "enrollment",
        "admission", "discharge", "onset", "morning", "evening", "daily", "monthly", "weekly", "annual", "yearly",
    ]

    // MARK: - One item

    static func readItem(_ input: [PromptNode], prose: Bool, sqlMode: Bool) -> [ColumnDraft] {
        var nodes = input
        var article = false
        while let w = nodes.first?.wordText, Vocabulary.determiners.contains(w) || w == "also" || w == "then" || w == "with" || w == "one" {
            if w == "a" || w == "an" || w == "one" { article = true }
            nodes.removeFirst()
        }
        guard !nodes.isEmpty else { return [] }
        var c = ColumnDraft(name: "", fromProse: prose)
        // "a json properties column", "an integer score column": the last word says it is a column, a type word
        // before the name gives its type ("field" is left alone: a research field is a column's name).
        if nodes.count >= 2, let last = nodes.last?.wordText, last == "column" || last == "col" {
            nodes.removeLast()
            if nodes.count >= 2, let w = nodes[0].wordText, let type = TypeWords.type(w),
               TypeWords.isStrictType(w) || ["json", "jsonb", "text", "string"].contains(w) {
                c.type = type
                nodes.removeFirst()
            }
        }
        let words = nodes.compactMap(\.wordText)
        if let first = words.first, first == "whether" || first == "if" {
            return whetherPhrase(Array(words.dropFirst()), prose: prose).map { [$0] } ?? []
        }
        var nameWords: [String] = []
        var unitSuffix: String?
        var isFlag = false
        var isYesNo = false
        var countOf = false
        var i = 0
        // "number of X", "count of X", "# of X"
        let lowered = nodes.prefix(4).compactMap(\.wordText)
        if lowered.count >= 2, ["number", "count", "num", "no", "amount"].contains(lowered[0]), lowered[1] == "of" {
            countOf = true
            i = 2
        } else if lowered.count >= 3, lowered[0] == "total", lowered[1] == "number", lowered[2] == "of" {
            countOf = true
            i = 3
        }
        var lastWasType = false
        while i < nodes.count {
            let node = nodes[i]
            if let group = node.children {
                if lastWasType { i += 1; continue }  // DECIMAL(10,2), VARCHAR(255)
                switch GroupReader.meaning(group) {
                case let .values(v): c.values = v
                case let .type(t): c.type = t
                case let .unit(u): unitSuffix = u
                case let .range(lo, hi): c.min = lo; c.max = hi
                case let .reference(words): c.target = words.isEmpty ? ["self"] : words
                case let .constraints(pk, unique, nullable):
                    c.primaryKey = c.primaryKey || pk
                    c.unique = c.unique || unique
                    if let nullable { c.nullable = nullable }
                case .remark:
                    if nameWords.isEmpty, group.compactMap(\.name).count <= 3 { nameWords.append(contentsOf: group.compactMap(\.name)) }
                }
                i += 1
                continue
            }
            guard let t = node.token else { i += 1; continue }
            lastWasType = false
            switch t.kind {
            case .number:
                // "account_id 12 digits": a code of that many digits (the first not 0)
                if !nameWords.isEmpty, i + 1 < nodes.count, nodes[i + 1].isWord("digits") || nodes[i + 1].isWord("digit"),
                   let n = Int(exactly: t.value), (2...20).contains(n) {
                    c.pattern = "%" + String(repeating: "#", count: n - 1)
                    i += 2
                    continue
                }
                if i + 2 < nodes.count, nodes[i + 1].isKind(.dash) || nodes[i + 1].isWord("to") || nodes[i + 1].isWord("and"),
                   let hi = nodes[i + 2].token, hi.kind == .number {
                    c.min = min(t.value, hi.value)
                    c.max = max(t.value, hi.value)
                    i += 3
                    // ("rating 1 to 5 stars": what the range counts, no part of the name)
                    if i < nodes.count, let w = nodes[i].wordText, ["stars", "star", "points", "pts", "scale", "inclusive"].contains(w) { i += 1 }
                    continue
                }
                if nameWords.suffix(2) == ["out", "of"] {
                    nameWords.removeLast(2)  // "score out of 10"
                    c.min = 0
                    c.max = t.value
                }
            case .arrow:
                let rest = nodes[(i + 1)...].compactMap(\.name)
                if let first = rest.first { c.target = [first.split(separator: ".").first.map(String.init) ?? first] }
                if let first = rest.first, first.contains("."), let f = first.split(separator: ".").last { c.targetField = String(f) }
                i = nodes.count
                continue
            case .colon:
                let values = GroupReader.valueList(Array(nodes[(i + 1)...]))
                if values.count >= 2 { c.values = values }
                i = nodes.count
                continue
            case .slash:
                break
            case .other where (t.text == "~" || t.text == "\u{2248}") && !nameWords.isEmpty:
                // "honey_kg ~12": near that value, as `around 12`
                if i + 1 < nodes.count, let v = nodes[i + 1].token, v.kind == .number {
                    Self.centre(&c, on: v.value)
                    i += 2
                    continue
                }
            case .code:
                nameWords.append(t.text)
            case .word:
                let w = t.text
                let next = i + 1 < nodes.count ? nodes[i + 1].wordText : nil
                if !nameWords.isEmpty, let type = TypeWords.type(w), sqlMode || TypeWords.isStrictType(w) || (nameWords.count == 1 && nameWords[0].contains("_")) {
                    c.type = type
                    lastWasType = true
                } else if w == "primary", next == "key" {
                    c.primaryKey = true
                    i += 1
                } else if w == "pk" {
                    c.primaryKey = true
                } else if w == "unique" {
                    c.unique = true
                } else if w == "not", next == "null" {
                    c.nullable = false
                    i += 1
                } else if w == "null" || w == "nullable" || w == "empty" || w == "blank" || (w == "optional" && nameWords.isEmpty) {
                    c.nullable = true
                    // "resolved_at null unless resolved": when it is empty is no part of the name
                    if !nameWords.isEmpty, let n = next, Self.conditionWords.contains(n) {
                        i = nodes.count
                        continue
                    }
                } else if w == "required" || w == "mandatory" {
                    c.nullable = false
                } else if w == "references" || w == "referencing" || w == "refs" || w == "fk" || (w == "foreign" && next == "key") {
                    readTarget(nodes, from: i + 1, into: &c)
                    i = nodes.count
                    continue
                } else if w == "default" {
                    i += 1
                } else if !nameWords.isEmpty, ["auto_increment", "autoincrement", "serial", "identity", "generated", "always"].contains(w) {
                    // SQL noise
                } else if w == "in", let n = next, let u = Vocabulary.units[n] ?? Self.twoWordUnit(n, i + 2 < nodes.count ? nodes[i + 2].wordText : nil) {
                    unitSuffix = u
                    i += Vocabulary.units[n] == nil ? 2 : 1
                } else if (w == "from" || w == "between"), i + 1 < nodes.count, nodes[i + 1].token?.kind == .number {
                    // the range follows
                } else if (w == "flag" || w == "indicator" || w == "boolean" || w == "bool") && i == nodes.count - 1 && !nameWords.isEmpty {
                    isFlag = true
                } else if (w == "label" || w == "marker") && i == nodes.count - 1 && nameWords.count == 1,
                          booleanPrefixes.contains(where: { nameWords[0].hasPrefix($0) }) || ColumnLexicon.yesNo[nameWords[0]] != nil {
                    isFlag = true  // "an is_fraud label"
                } else if w == "yes" || w == "no", nameWords.count >= 1 {
                    isYesNo = true
                } else if w == "another" || (w == "self" && !nameWords.isEmpty) {
                    c.target = Array(nodes[(i + 1)...].compactMap(\.name).prefix(2))
                    if c.target?.isEmpty ?? true { c.target = ["self"] }
                    i = nodes.count
                    continue
                } else if !nameWords.isEmpty, Self.nearWords.contains(w), i + 1 < nodes.count, let v = nodes[i + 1].token, v.kind == .number {
                    // "voltage around 230": near that value
                    Self.centre(&c, on: v.value)
                    i += 2
                    continue
                } else if !nameWords.isEmpty, w == "every" || w == "each", i + 1 < nodes.count,
                          nodes[i + 1].token?.kind == .number || nodes[i + 1].wordText.map(PromptReader.frequencyUnits.contains) == true {
                    // "read_at every 30 min": how often rows come, no part of the name
                    i = nodes.count
                    continue
                } else if !nameWords.isEmpty, let values = Self.rangeValues(t.spelling, column: Identifier.join(nameWords)) {
                    c.values = values  // "grade A-F", "priority P0-P3"
                } else if !nameWords.isEmpty, Self.exampleMarkers.contains(w) || w == "such" && next == "as" || w == "for" && next == "example" {
                    // "key like PAY-123", "term e.g. Fall 2024": an example of the values, not words of the name
                    let from = min(nodes.count, i + (w == "such" || w == "for" ? 2 : 1))
                    if let p = Self.pattern(ofExample: Array(nodes[from...])) { c.pattern = p }
                    i = nodes.count
                    continue
                } else if w == "currency_sign" {
                    c.type = .decimal
                } else {
                    nameWords.append(w)
                }
            default:
                break
            }
            i += 1
        }
        // Drop function words at the ends and articles inside.
        nameWords.removeAll { $0 == "a" || $0 == "an" || $0 == "the" }
        while let last = nameWords.last, Vocabulary.isFunctionWord(last) || last == "its" { nameWords.removeLast() }
        while let first = nameWords.first, Vocabulary.isFunctionWord(first) { nameWords.removeFirst() }
        // "a 6-digit pin", "pin 6-digit": a code of that many digits (the first not 0)
        if let k = nameWords.firstIndex(where: { Self.digitCount($0) != nil }), nameWords.count > 1, let n = Self.digitCount(nameWords[k]) {
            c.pattern = "%" + String(repeating: "#", count: n - 1)
            nameWords.remove(at: k)
        }
        if nameWords.count > 5 { nameWords = Array(nameWords.prefix(5)) }
        guard !nameWords.isEmpty else { return [] }
        if countOf {
            let noun = Inflector.singular(Identifier.join(nameWords))
            c.name = noun + "_count"
            c.type = .integer
            return [c]
        }
        if let unitSuffix, nameWords.last != unitSuffix { nameWords.append(unitSuffix) }
        // "loans with due dates and return dates", "employees with names and salaries": a row holds one of each
        // (`return_date`, `name`; not `return_dates`, nor a count of names).
        // (Prose only: a listed identifier stays as typed, a preschool's `ages` column an age range.)
        if prose, let last = nameWords.last, Self.scalarPlurals.contains(last), nameWords.count >= 2 || Self.singleScalarPlurals.contains(last) {
            nameWords[nameWords.count - 1] = Inflector.singular(last)
        }
        var name = Identifier.join(nameWords)
        if let values = c.values, values.count == 2, Set(values.map { $0.lowercased() }).isSubset(of: ["yes", "no", "true", "false", "y", "n", "0", "1"]) {
            isYesNo = true
            c.values = nil
        }
        if isFlag {
            if name.hasSuffix("_flag") { name = String(name.dropLast(5)) }
            if !booleanPrefixes.contains(where: { name.hasPrefix($0) }) { name = "is_" + name }
            c.type = .boolean
        } else if isYesNo {
            c.type = .boolean
        }
        c.name = name
        c.pluralNoun = prose && nameWords.count == 1 && Inflector.isPlural(nameWords[0]) && c.target == nil
        c.article = article && nameWords.count == 1
        return [c]
    }

    /// `square feet` → sqft, `square meters` → sqm.
    static func twoWordUnit(_ a: String, _ b: String?) -> String? {
        guard a == "square" || a == "sq", let b else { return nil }
        if ["feet", "foot", "ft"].contains(b) { return "sqft" }
        if ["meters", "metres", "meter", "metre", "m"].contains(b) { return "sqm" }
        return nil
    }

    static let booleanPrefixes = ["is_", "has_", "can_", "was_", "should_", "allows_", "needs_", "requires_", "did_", "does_", "will_", "uses_", "accepts_"]

    /// `REFERENCES customers(id)`, `references customers.id`, `fk to customers`.
    private static func readTarget(_ nodes: [PromptNode], from start: Int, into c: inout ColumnDraft) {
        var k = start
        while k < nodes.count, let w = nodes[k].wordText, w == "key" || w == "to" || w == "the" || w == "a" || w == "an" || w == "references" || w == "table" {
            k += 1
        }
        guard k < nodes.count, let name = nodes[k].name else { return }
        if name.contains(".") {
            let parts = name.split(separator: ".")
            c.target = [String(parts.first ?? "")]
            c.targetField = parts.count > 1 ? String(parts[1]) : nil
        } else {
            c.target = [name]
            if k + 1 < nodes.count, let g = nodes[k + 1].children, let f = g.compactMap(\.name).first { c.targetField = f }
        }
    }

    /// `whether it is refurbished` → `is_refurbished`; `whether the customer churned` → `churned`;
    /// `whether it has wifi` → `has_wifi`.
    static func whetherPhrase(_ words: [String], prose: Bool) -> ColumnDraft? {
        var rest = words.filter { $0 != "not" && $0 != "or" }
        var prefix = "is_"
        if let j = rest.firstIndex(where: { ["is", "are", "was", "were", "gets", "got", "be", "been"].contains($0) }) {
            rest = Array(rest[(j + 1)...])
        } else if let j = rest.firstIndex(where: { ["has", "have", "had"].contains($0) }) {
            rest = Array(rest[(j + 1)...])
            prefix = "has_"
        } else if let j = rest.firstIndex(where: { ["does", "did", "do", "can", "will", "should"].contains($0) }) {
            prefix = rest[j] == "can" ? "can_" : ""
            rest = Array(rest[(j + 1)...])
        } else if let j = rest.firstIndex(where: { $0.count > 4 && $0.hasSuffix("ed") }) {
            rest = Array(rest[j...])
            prefix = ""
        }
        rest.removeAll { Vocabulary.determiners.contains($0) || $0 == "it" || $0 == "they" }
        while let last = rest.last, Vocabulary.isFunctionWord(last) { rest.removeLast() }
        guard !rest.isEmpty else { return nil }
        let body = Identifier.join(Array(rest.prefix(4)))
        var c = ColumnDraft(name: booleanPrefixes.contains(where: { body.hasPrefix($0) }) ? body : prefix + body, fromProse: prose)
        c.type = .boolean
        return c
    }
}
