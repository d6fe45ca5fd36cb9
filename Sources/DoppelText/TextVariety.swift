/// Measures of how varied a set of generated texts is.
///
/// The text engine's bar: over 50 complex reviews of one product type,
/// `bigramRatio` ≥ 0.5 and `maxSentenceRepeats` ≤ 2.
public enum TextVariety {
    /// Distinct word bigrams divided by all word bigrams, words lowercased,
    /// bigrams taken within each text (not across text boundaries).
    public static func bigramRatio(_ texts: [String]) -> Double {
        var distinct = Set<String>()
        var total = 0
        for text in texts {
            let words = TextTokens.words(text.lowercased())
            guard words.count > 1 else { continue }
            for i in 1..<words.count {
                distinct.insert(words[i - 1] + " " + words[i])
                total += 1
            }
        }
        return total == 0 ? 1 : Double(distinct.count) / Double(total)
    }

    /// How many times the most repeated sentence occurs across all texts.
    public static func maxSentenceRepeats(_ texts: [String]) -> Int {
        var counts: [String: Int] = [:]
        for text in texts {
            for sentence in sentences(text) { counts[sentence, default: 0] += 1 }
        }
        return counts.values.max() ?? 0
    }

    /// Sentences: split after `.`, `!` or `?` followed by whitespace or the end, trimmed.
    public static func sentences(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        let chars = Array(text)
        for (i, c) in chars.enumerated() {
            current.append(c)
            let atEnd = i + 1 == chars.count || chars[i + 1] == " " || chars[i + 1] == "\n"
            if (c == "." || c == "!" || c == "?") && atEnd {
                let s = String(current.trimmingSpaces()).trimmingCharacters(in: "\n")
                if !s.isEmpty { result.append(s) }
                current = ""
            }
        }
        let rest = String(current.trimmingSpaces()).trimmingCharacters(in: "\n")
        if !rest.isEmpty { result.append(rest) }
        return result
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: Character) -> String {
        var s = Substring(self)
        while s.first == set || s.first == " " { s.removeFirst() }
        while s.last == set || s.last == " " { s.removeLast() }
        return String(s)
    }
}
