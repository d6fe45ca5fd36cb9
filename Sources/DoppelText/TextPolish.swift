/// Final clean-up of expanded text: spacing, punctuation, articles, capitals.
///
/// Templates are written without caring how slots join up; this pass makes
/// the joins grammatical ("a {aspect}" with "update" becomes "an update").
package enum TextPolish {
    package static func polish(_ text: String) -> String {
        var chars = Array(text)
        chars = collapseSpaces(chars)
        fixArticles(&chars)
        fixCountOfOne(&chars)
        capitalize(&chars)
        return String(chars)
    }

    private static let closers: Set<Character> = [",", ".", "!", "?", ";", ":", ")"]

    private static func collapseSpaces(_ input: [Character]) -> [Character] {
        var out: [Character] = []
        out.reserveCapacity(input.count)
        for c in input {
            if c == " " {
                if let last = out.last, last == " " || last == "\n" { continue }
                if out.isEmpty { continue }
                out.append(c)
            } else if closers.contains(c) {
                while out.last == " " { out.removeLast() }
                // "great,." or "it.." from an optional slot that came out empty
                if let last = out.last, (last == "," || last == ".") && (c == "." || c == ",") {
                    if c == "." { out.removeLast(); out.append(".") }
                    continue
                }
                out.append(c)
            } else if c == "\n" {
                while out.last == " " { out.removeLast() }
                out.append(c)
            } else {
                out.append(c)
            }
        }
        while out.last == " " { out.removeLast() }
        return out
    }

    /// Only the articles fixed: for text changed after polishing (a synonym swapped in after "a").
    package static func articles(_ text: String) -> String {
        var chars = Array(text)
        fixArticles(&chars)
        return String(chars)
    }

    private static func fixArticles(_ chars: inout [Character]) {
        var i = 0
        while i < chars.count {
            let startsWord = i == 0 || !(chars[i - 1].isLetter || chars[i - 1].isNumber || chars[i - 1] == "'")
            guard startsWord, chars[i] == "a" || chars[i] == "A" else { i += 1; continue }
            var j = i + 1
            let isAn = j < chars.count && chars[j] == "n"
            if isAn { j += 1 }
            guard j < chars.count, chars[j] == " " else { i += 1; continue }
            var k = j + 1
            while k < chars.count, chars[k] == "\"" || chars[k] == "'" { k += 1 }
            var word: [Character] = []
            var m = k
            while m < chars.count, chars[m].isLetter || chars[m].isNumber || chars[m] == "-" { word.append(chars[m]); m += 1 }
            guard !word.isEmpty else { i += 1; continue }
            let wantAn = needsAn(word)
            if wantAn && !isAn {
                chars.insert("n", at: i + 1)
            } else if !wantAn && isAn {
                chars.remove(at: i + 1)
            }
            i = m
        }
    }

    /// A drawn count of one takes a singular noun: "1 days" → "1 day", "1 kids" → "1 kid". Only a lone
    /// "1" (not part of 11, 2.1, $1 or 1:30) before a lower-case plural; words that end in s but are not
    /// plural nouns (was, has, this, always) stay.
    private static func fixCountOfOne(_ chars: inout [Character]) {
        var i = 0
        while i + 2 < chars.count {
            defer { i += 1 }
            guard chars[i] == "1", chars[i + 1] == " " else { continue }
            if i > 0, let p = Optional(chars[i - 1]), p.isNumber || p.isLetter || ".,:$#-/'".contains(p) { continue }
            var end = i + 2
            while end < chars.count, chars[end].isLetter, chars[end].isLowercase { end += 1 }
            guard end > i + 2, end == chars.count || !(chars[end].isLetter || chars[end] == "-") else { continue }
            let word = String(chars[(i + 2)..<end])
            guard word.hasSuffix("s"), !notCountNouns.contains(word), Inflector.isPlural(word) else { continue }
            let single = Inflector.singularWord(word)
            chars.replaceSubrange((i + 2)..<end, with: Array(single))
        }
    }

    /// Words ending in s that follow a number without being its plural noun.
    private static let notCountNouns: Set<String> = [
        "is", "was", "has", "does", "goes", "says", "gets", "makes", "takes", "seems", "looks", "works", "needs",
        "plus", "minus", "as", "us", "yes", "this", "its", "his", "hers", "ours", "yours", "theirs", "always",
        "sometimes", "less", "unless", "thanks", "across", "versus", "perhaps", "besides", "towards", "afterwards",
    ]

    /// Whether a word takes "an": by its sound, not just its first letter.
    package static func needsAn(_ word: [Character]) -> Bool {
        guard let first = word.first else { return false }
        let lower = String(word).lowercased()
        if first.isNumber {
            if first == "8" { return true }
            let digits = word.prefix { $0.isNumber }
            return (lower.hasPrefix("11") || lower.hasPrefix("18")) && (digits.count == 2 || digits.count == 5)
        }
        let letters = word.prefix { $0.isLetter }
        // Capitals spelled out letter by letter: an API, an SMS, an F, a UX review. Four or five capitals
        // with a vowel among the first three are read as a word (a NASA probe, a NATO summit).
        if letters.count >= 1, letters.count <= 5, letters.allSatisfy({ $0.isUppercase }) {
            let readAsWord = letters.count >= 4 && letters.prefix(3).contains { "AEIOU".contains($0) }
            if !readAsWord { return "AEFHILMNORSX".contains(first) }
        }
        // A silent h: the word starts with a vowel sound.
        for prefix in ["hour", "honest", "honor", "honour", "heir"] where lower.hasPrefix(prefix) { return true }
        // un- + a vowel sound is a negation (an unimportant detail), not "you" (a unit).
        for prefix in ["unim", "unin", "unid", "unint"] where lower.hasPrefix(prefix) { return true }
        // A "you" or "w" sound: a user, a unit, a European, a one-off.
        for prefix in ["uni", "use", "usu", "uti", "ura", "uri", "uro", "ute", "uto", "uta", "uku", "ubiq", "eu", "ewe",
                       "one", "once"] where lower.hasPrefix(prefix) { return false }
        return "aeiou".contains(lower.first ?? "x")
    }

    /// `s` with its first letter upper-case: "the staff were kind" → "The staff were kind".
    package static func capitalised(_ s: String) -> String {
        guard let first = s.first, first.isLowercase, s.dropFirst().first?.isUppercase != true else { return s }
        return first.uppercased() + s.dropFirst()
    }

    private static func capitalize(_ chars: inout [Character]) {
        var atStart = true
        for i in chars.indices {
            let c = chars[i]
            if atStart, c.isLetter {
                // A name written with a small first letter and a capital after it stays so (iPhone, eBay).
                let camel = i + 1 < chars.count && chars[i + 1].isUppercase
                if c.isLowercase, !camel { chars[i] = Character(c.uppercased()) }
                atStart = false
            } else if c == "." || c == "!" || c == "?" || c == "\n" {
                // "3.5 stars" and "v2.1" are not sentence ends, nor is the point of "Inc." or "Dr."
                let next = i + 1 < chars.count ? chars[i + 1] : " "
                if (next == " " || next == "\n") && !(c == "." && endsAbbreviation(chars, at: i)) { atStart = true }
            } else if c.isNumber || (atStart && c != " " && c != "\"" && c != "(") {
                atStart = false
            }
        }
    }

    /// Abbreviations whose point does not end a sentence (in names and titles).
    static let abbreviations: Set<String> = ["inc", "ltd", "co", "corp", "llc", "mr", "mrs", "ms", "dr", "st", "jr", "sr",
                                             "vs", "etc", "prof", "no", "dept", "mt", "ft", "plc", "bros"]

    private static func endsAbbreviation(_ chars: [Character], at dot: Int) -> Bool {
        var start = dot
        while start > 0, chars[start - 1].isLetter { start -= 1 }
        guard start < dot else { return false }
        return abbreviations.contains(String(chars[start..<dot]).lowercased())
    }
}
