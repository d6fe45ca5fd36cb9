extension ParamReader {
    /// The known name within edit distance 2 of `key` (case-insensitive), if any; the nearest wins, then the first.
    package static func closest(_ key: String, among known: [String]) -> String? {
        let k = Array(key.lowercased())
        var best: (String, Int)?
        for name in known {
            let d = editDistance(k, Array(name.lowercased()))
            if d <= 2, d < (best?.1 ?? Int.max) { best = (name, d) }
        }
        return best?.0
    }

    /// Levenshtein distance: insertions, deletions and substitutions, one each. The only one in Doppel:
    /// unknown members, kind names and command-line words all ask it.
    package static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
