/// Whether a short unknown word is written like an initialism (`ndc`, `gtin`, `upc`, `mrn`) or like an
/// English word (`crop`, `breed`, `tone`). An English word's consonants cluster only in the ways English
/// allows at the start and the end of a syllable; an initialism's letters are picked for what they stand
/// for, so they break those rules or have no vowel at all.
enum Initialism {
    /// `word` of 2–6 letters reads as an initialism.
    static func matches(_ word: String) -> Bool {
        let letters = Array(word.lowercased())
        guard (2...6).contains(letters.count), letters.allSatisfy({ $0 >= "a" && $0 <= "z" }) else { return false }
        let vowels = letters.indices.filter { "aeiou".contains(letters[$0]) || (letters[$0] == "y" && $0 > 0) }
        guard let first = vowels.first, let last = vowels.last else { return true }
        let onset = String(letters[..<first])
        let coda = String(letters[(last + 1)...])
        return (onset.count >= 2 && !onsets.contains(onset)) || (coda.count >= 2 && !codas.contains(coda))
    }

    /// Consonant clusters that begin English words (`bread`, `street`, `thread`).
    static let onsets: Set<String> = [
        "bl", "br", "ch", "chr", "cl", "cr", "dr", "dw", "fl", "fr", "gh", "gl", "gn", "gr", "kh", "kl", "kn", "kr",
        "ph", "phr", "pl", "pr", "ps", "rh", "sc", "sch", "scr", "sh", "shr", "sk", "sl", "sm", "sn", "sp", "sph",
        "spl", "spr", "sq", "st", "str", "sw", "th", "thr", "tr", "tw", "wh", "wr",
    ]

    /// Consonant clusters that end English words (`hand`, `first`, `length`), with their plurals.
    static let codas: Set<String> = {
        let base: [String] = [
            "bb", "ch", "ck", "cs", "ct", "dd", "dg", "dth", "ff", "ft", "fth", "gg", "gh", "ght", "gn", "lb", "lch",
            "ld", "lf", "lk", "ll", "lm", "lp", "lt", "lth", "mb", "mn", "mp", "mph", "mpt", "nc", "nch", "nd", "ng",
            "ngth", "nk", "nn", "nt", "nth", "nx", "ph", "pp", "pt", "pth", "rb", "rc", "rch", "rd", "rf", "rg", "rk",
            "rl", "rld", "rm", "rn", "rp", "rs", "rst", "rt", "rth", "sh", "sk", "sp", "ss", "st", "tch", "th", "tt",
            "tz", "wd", "wk", "wl", "wn", "xt", "xth", "zz",
        ]
        return Set(base + ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "t", "w"].map { $0 + "s" }
            + base.filter { !$0.hasSuffix("s") }.map { $0 + "s" })
    }()
}
