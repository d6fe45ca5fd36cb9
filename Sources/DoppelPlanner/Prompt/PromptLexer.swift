import Foundation
import DoppelText
import DoppelEngine

/// Splits a prompt into words, numbers, identifiers and punctuation.
///
/// Diacritics are folded (`prénom` → `prenom`) so every name the planner emits
/// is ASCII; letters with no Latin form (CJK, Cyrillic, emoji) act as spaces
/// and are reported in `ignored` so the planner can warn about them.
struct PromptLexer {
    private(set) var tokens: [PromptToken] = []
    /// Runs of characters that have no ASCII form, in order of appearance.
    private(set) var ignored: [String] = []

    private var chars: [Character] = []
    private var i = 0
    /// Closing backticks of spans that read as statements (`` `table x with columns a, b` ``).
    private var statementCloses: Set<Int> = []

    init(_ prompt: String) {
        let folded = prompt.folding(options: .diacriticInsensitive, locale: nil)
        chars = Array(folded)
        run()
        chars = []
    }

    private mutating func run() {
        var lineStart = true
        var pendingIgnored = ""
        func flushIgnored(_ s: inout String, into list: inout [String]) {
            if !s.isEmpty { list.append(s); s = "" }
        }
        while i < chars.count {
            let c = chars[i]
            if let mapped = Self.latin[c] {
                // Rewrite ligatures and the like in place, then read them as letters.
                chars.replaceSubrange(i...i, with: Array(mapped))
                continue
            }
            if c == "\n" || c == "\r\n" || c == "\r" {
                flushIgnored(&pendingIgnored, into: &ignored)
                tokens.append(PromptToken(.newline, "\n"))
                lineStart = true
                i += 1
                continue
            }
            if c.isWhitespace {
                i += 1
                continue
            }
            if lineStart, let bullet = readBullet() {
                tokens.append(bullet)
                lineStart = false
                continue
            }
            lineStart = false
            if c.isASCII, c.isLetter || c == "_" {
                flushIgnored(&pendingIgnored, into: &ignored)
                readWord()
            } else if c.isASCII, c.isNumber {
                flushIgnored(&pendingIgnored, into: &ignored)
                readNumberOrWord()
            } else if c == "`" || c == "\"" || c == "\u{201C}" || c == "\u{201D}" || c == "'" || c == "\u{2018}" || c == "\u{2019}" {
                flushIgnored(&pendingIgnored, into: &ignored)
                readQuoted(c)
            } else if c.isLetter || c.isNumber || c.unicodeScalars.contains(where: { $0.properties.isEmoji && $0.value > 0xFF }) {
                pendingIgnored.append(c)
                i += 1
            } else {
                flushIgnored(&pendingIgnored, into: &ignored)
                readPunctuation(c)
            }
        }
        flushIgnored(&pendingIgnored, into: &ignored)
    }

    // MARK: - Pieces

    private func peek(_ offset: Int = 0) -> Character? {
        let j = i + offset
        return j < chars.count ? chars[j] : nil
    }

    private static func isWordChar(_ c: Character?) -> Bool {
        guard let c, c.isASCII else { return false }
        return c.isLetter || c.isNumber || c == "_"
    }

    /// `-`, `*`, `•`, `1.` or `1)` at the start of a line, followed by a space.
    private mutating func readBullet() -> PromptToken? {
        let c = chars[i]
        if (c == "-" || c == "*" || c == "\u{2022}" || c == "+"), peek(1)?.isWhitespace == true {
            i += 1
            return PromptToken(.bullet, String(c))
        }
        if c == "#" {
            var j = i
            while j < chars.count, chars[j] == "#" { j += 1 }
            if j < chars.count, chars[j].isWhitespace {
                i = j
                return PromptToken(.bullet, "#")
            }
        }
        if c.isASCII, c.isNumber {
            var j = i
            while j < chars.count, chars[j].isASCII, chars[j].isNumber { j += 1 }
            if j - i <= 2, j + 1 < chars.count, chars[j] == "." || chars[j] == ")", chars[j + 1].isWhitespace {
                i = j + 1
                return PromptToken(.bullet, "1.")
            }
        }
        return nil
    }

    private mutating func readWord() {
        var raw = ""
        while i < chars.count {
            let c = chars[i]
            if Self.isWordChar(c) {
                raw.append(c)
                i += 1
            } else if c == "-" || c == "'" || c == "\u{2019}", Self.isWordChar(peek(1)), !raw.isEmpty {
                // Inner hyphen (e-commerce, check-in) or apostrophe (customer's, don't).
                if c != "-", peek(1) == "s", !Self.isWordChar(peek(2)) {
                    i += 2  // possessive 's: drop it
                    break
                }
                if c == "-" { raw.append("-") }
                i += 1
            } else if c == ".", raw.count == 1, "ei".contains(raw.lowercased()), peek(1) == (raw.lowercased() == "e" ? "g" : "e"), peek(2) == "." {
                raw = raw.lowercased() == "e" ? "e.g" : "i.e"  // e.g. / i.e.
                i += 3
                break
            } else if c == ".", Self.abbreviations.contains(raw.lowercased()), peek(1).map({ $0.isWhitespace || $0 == "," || $0 == ")" }) ?? true {
                i += 1  // etc. / vs. / approx.: not the end of a sentence
                break
            } else if c == ".", Self.isWordChar(peek(1)), peek(1)?.isLetter == true, !raw.isEmpty {
                // entity.field: keep the dot, read as an identifier the user spelled.
                raw.append(".")
                i += 1
            } else {
                break
            }
        }
        if raw.contains(".") && raw != "e.g" && raw != "i.e" {
            tokens.append(PromptToken(.code, raw.lowercased(), spelled: raw))
            return
        }
        let hasCamel = raw.utf8.indices.contains { idx in
            let b = raw.utf8[idx]
            guard b >= 65, b <= 90, idx != raw.utf8.startIndex else { return false }
            let p = raw.utf8[raw.utf8.index(before: idx)]
            return p >= 97 && p <= 122
        }
        let text: String
        if hasCamel, raw.count > 4 {  // "deviceId" splits; "IoT", "SaaS" are acronyms
            text = Identifier.snake(raw)
        } else {
            text = raw.lowercased()
        }
        if !text.isEmpty { tokens.append(PromptToken(.word, text, spelled: raw)) }
    }

    private static let abbreviations: Set<String> = ["etc", "vs", "approx", "incl", "esp", "cf"]

    private mutating func readNumberOrWord() {
        let start = i
        var digits = ""
        while i < chars.count {
            let c = chars[i]
            if c.isASCII, c.isNumber {
                digits.append(c)
                i += 1
            } else if c == ",", peek(1)?.isNumber == true, peek(2)?.isNumber == true, peek(3)?.isNumber == true,
                      !(peek(4)?.isNumber ?? false) {
                i += 1  // thousands separator
            } else if c == ".", peek(1)?.isASCII == true, peek(1)?.isNumber == true, !digits.contains(".") {
                digits.append(".")
                i += 1
            } else {
                break
            }
        }
        var value = Double(digits) ?? 0
        // Multiplier suffixes: 10k, 2M, 1.5b; anything else glued on makes a word (3d, 2fa_enabled).
        if let c = peek(), c.isASCII, c.isLetter || c == "_" {
            var j = i
            var suffix = ""
            while j < chars.count, Self.isWordChar(chars[j]) { suffix.append(chars[j]); j += 1 }
            let lower = suffix.lowercased()
            let multipliers: [String: Double] = ["k": 1_000, "m": 1_000_000, "mm": 1_000_000, "b": 1_000_000_000]
            if let m = multipliers[lower] {
                value *= m
                i = j
                tokens.append(PromptToken(.number, String(chars[start..<j]), value: value))
                return
            }
            i = start
            readWord()
            return
        }
        // "15-minute", "5-star": digits joined to a word by a hyphen read as one word.
        if peek() == "-", let c = peek(1), c.isASCII, c.isLetter {
            var j = i + 1
            var word = digits + "-"
            while j < chars.count, Self.isWordChar(chars[j]) { word.append(chars[j]); j += 1 }
            i = j
            tokens.append(PromptToken(.word, word.lowercased(), spelled: word))
            return
        }
        tokens.append(PromptToken(.number, digits, value: value))
        // "round 1..9": a range, as `1-9` (not two full stops ending a sentence)
        if peek() == ".", peek(1) == ".", let c = peek(2), c.isASCII, c.isNumber {
            tokens.append(PromptToken(.dash, "-"))
            i += 2
        }
    }

    private mutating func readQuoted(_ open: Character) {
        if statementCloses.contains(i) {
            // The end of a backticked statement ends its column list too.
            tokens.append(PromptToken(.semicolon, ";"))
            i += 1
            return
        }
        let close: Character
        switch open {
        case "\u{201C}", "\u{201D}": close = "\u{201D}"
        case "\u{2018}", "\u{2019}": close = "\u{2019}"
        default: close = open
        }
        var j = i + 1
        var content = ""
        while j < chars.count, chars[j] != close, chars[j] != "\n", !(open == "\u{201C}" && chars[j] == "\u{201C}") {
            content.append(chars[j])
            j += 1
        }
        let closed = j < chars.count && chars[j] == close
        let isIdentifier = !content.isEmpty && content.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "_" || $0 == "." || $0 == "-" }
        if closed, isIdentifier, open != "'" || content.contains("_") {
            let text = content.contains(".") ? content.lowercased() : Identifier.snake(content)
            if !text.isEmpty { tokens.append(PromptToken(.code, text, spelled: content)) }
            i = j + 1
        } else {
            if open == "`", closed, let first = content.split(whereSeparator: \.isWhitespace).first,
               ["table", "create", "entity", "model"].contains(first.lowercased()) {
                statementCloses.insert(j)
            }
            i += 1  // a lone or prose quote: drop it and read what follows normally
        }
    }

    private mutating func readPunctuation(_ c: Character) {
        i += 1
        switch c {
        case "(", "[", "{": tokens.append(PromptToken(.open, "("))
        case ")", "]", "}": tokens.append(PromptToken(.close, ")"))
        case ",": tokens.append(PromptToken(.comma, ","))
        case ":": tokens.append(PromptToken(.colon, ":"))
        case ";": tokens.append(PromptToken(.semicolon, ";"))
        case ".", "!", "?":
            tokens.append(PromptToken(.period, "."))
        case "/", "|", "\\": tokens.append(PromptToken(.slash, "/"))
        case "&", "+": tokens.append(PromptToken(.word, "and"))
        case "%": tokens.append(PromptToken(.word, "percent"))
        case "#": tokens.append(PromptToken(.word, "number"))
        case "$", "\u{20AC}", "\u{00A3}": tokens.append(PromptToken(.word, "currency_sign"))
        case "\u{2192}", "\u{21D2}": tokens.append(PromptToken(.arrow, "->"))
        case "-", "=":
            if peek() == ">" {
                i += 1
                tokens.append(PromptToken(.arrow, "->"))
            } else if c == "-" {
                tokens.append(PromptToken(.dash, "-"))
            } else {
                tokens.append(PromptToken(.other, "="))
            }
        case "\u{2013}", "\u{2014}": tokens.append(PromptToken(.dash, "-"))
        default: tokens.append(PromptToken(.other, String(c)))
        }
    }

    /// Letters that diacritic folding leaves alone but that have a Latin spelling.
    static let latin: [Character: String] = [
        "ß": "ss", "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "œ": "oe", "Œ": "OE", "ł": "l", "Ł": "L",
        "đ": "d", "Đ": "D", "þ": "th", "Þ": "Th", "ı": "i", "\u{00A0}": " ", "\u{2009}": " ", "\u{202F}": " ",
        "\u{2212}": "-", "\u{00D7}": "x",
    ]
}
