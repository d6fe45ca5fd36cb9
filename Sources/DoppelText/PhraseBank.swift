/// A named set of phrase lists, parsed from one string literal.
///
/// Banks are written as one literal each (a long `[String]` literal makes the
/// type checker crawl) and split on first use. The format is line based:
///
///     # a comment
///     symbol: one | two | three        alternatives split at top-level `|`
///     symbol:                          or one alternative per indented line
///       a longer [phrase|sentence] with {slots}
///
/// A `|` inside `[...]` or `{...}` belongs to the alternative, not the list.
package struct PhraseBank: Sendable {
    let name: String
    private(set) var lists: [String: [String]] = [:]

    init(name: String, source: String) {
        self.name = name
        var current: String?
        for rawLine in source.split(separator: "\n", omittingEmptySubsequences: true) {
            let line = rawLine.trimmingSpaces()
            if line.isEmpty || line.hasPrefix("#") { continue }
            let indented = rawLine.first == " " || rawLine.first == "\t"
            if indented, let key = current {
                lists[key, default: []].append(String(line))
                continue
            }
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = String(line[..<colon].trimmingSpaces())
            let rest = line[line.index(after: colon)...].trimmingSpaces()
            current = key
            if !rest.isEmpty {
                lists[key, default: []].append(contentsOf: PhraseBank.splitAlternatives(rest).map { String($0.trimmingSpaces()) })
            } else if lists[key] == nil {
                lists[key] = []
            }
        }
    }

    package subscript(symbol: String) -> [String]? { lists[symbol] }

    var symbols: [String] { Array(lists.keys) }

    /// Splits at `|` characters that are not nested inside `[]` or `{}`.
    static func splitAlternatives<S: StringProtocol>(_ text: S) -> [Substring] {
        var parts: [Substring] = []
        let s = Substring(text)
        var depth = 0
        var start = s.startIndex
        var i = s.startIndex
        while i < s.endIndex {
            switch s[i] {
            case "[", "{": depth += 1
            case "]", "}": depth = max(0, depth - 1)
            case "|" where depth == 0:
                parts.append(s[start..<i])
                start = s.index(after: i)
            default: break
            }
            i = s.index(after: i)
        }
        parts.append(s[start..<s.endIndex])
        return parts
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs (Foundation-free).
    func trimmingSpaces() -> Substring {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\r" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s.removeLast() }
        return s
    }
}
