/// Expands phrase templates against a stack of phrase banks.
///
/// Template syntax:
/// - `{symbol}` — one alternative of `symbol`, itself expanded. The symbol is
///   looked up with the context's variants first (`symbol.negative.casual`,
///   `symbol.negative`, `symbol.casual`, then `symbol`), each in every bank in
///   order, so a domain bank can specialise a shared one.
/// - `{@symbol}` — like `{symbol}`, but the first expansion is remembered and
///   reused for the rest of this grammar's life (the same order number or
///   staff name across a whole text).
/// - `{#3-12}` — an integer in the range; `{$20-80}` — a price like `$43.99`.
/// - `[a|b|c]` — one of the inline alternatives; `[word |]` makes a word optional.
/// - `noun <good, words / bad, words>` — an alternative that carries its own qualities.
///   The noun is written; a later `{symbol_good}` or `{symbol_bad}` in the same line,
///   for this symbol or any symbol it was expanded from, is one of these words instead
///   of the list of that name, so a thing is only called what fits it ("the hinge was
///   stiff", never "the hinge was accurate").
///
/// Within one grammar an alternative is not reused until its list is
/// exhausted, which keeps a single text from repeating itself.
package struct Grammar {
    var banks: [PhraseBank]
    var variants: [String]
    var rng: TextRNG
    private var memo: [String: String] = [:]
    /// The qualities of the nouns drawn so far in the line being rendered, by the symbols
    /// they were expanded from (see the `<good / bad>` syntax above).
    private var qualities: [String: (good: [String], bad: [String])] = [:]
    /// The qualities of remembered nouns (`{@thing}`), which hold as long as the noun.
    private var memoQualities: [String: (good: [String], bad: [String])] = [:]
    /// The symbols being expanded, outermost first.
    private var chain: [String] = []
    /// Which alternatives each list has given out; carry it from text to text
    /// (`usage`) so a whole response cycles through a list before repeating.
    var usage: [String: [Int]] = [:]

    package init(banks: [PhraseBank], variants: [String] = [], rng: TextRNG) {
        self.banks = banks
        self.variants = variants
        self.rng = rng
    }

    /// The expanded, polished text of `template`.
    mutating func render(_ template: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(template.utf8.count * 2)
        qualities = [:]
        expand(Array(template.utf8)[...], into: &out, depth: 0)
        return TextPolish.polish(String(decoding: out, as: UTF8.self))
    }

    /// How often each rendered line has come out; carried like `usage`.
    var seen: [String: Int] = [:]

    /// One polished expansion of `symbol`, or nil when no bank has it.
    ///
    /// A line that has already come out `maxRepeats` times is drawn again (a
    /// few tries), so no sentence repeats more than that across a response.
    package mutating func render(symbol: String, maxRepeats: Int = 2) -> String? {
        render(firstFreshOf: [symbol], maxRepeats: maxRepeats)
    }

    /// A line from the first of `symbols` that still has one under `maxRepeats`
    /// uses; if every one is used up, the last line drawn.
    mutating func render(firstFreshOf symbols: [String], maxRepeats: Int = 2) -> String? {
        var result: String?
        search: for symbol in symbols {
            for _ in 0..<6 {
                guard let raw = choose(symbol) else { continue search }
                let text = render(raw)
                result = text
                if seen[text, default: 0] < maxRepeats { break search }
            }
        }
        if let result { seen[result, default: 0] += 1 }
        return result
    }

    /// Whether any bank defines `symbol` (under any variant).
    func has(_ symbol: String) -> Bool { lookup(symbol) != nil }

    /// How many alternatives `symbol` has (0 when no bank defines it).
    func alternatives(_ symbol: String) -> Int { lookup(symbol)?.list.count ?? 0 }

    /// The polished expansion of alternative `index` of `symbol`, for callers that pair the
    /// alternatives of two symbols (a ticket's problem and its ask); nil when there is none.
    mutating func render(symbol: String, alternative index: Int) -> String? {
        guard let (_, list) = lookup(symbol), list.indices.contains(index) else { return nil }
        return render(list[index])
    }

    /// Sets a remembered value, for facts the caller fixes (a product name).
    mutating func remember(_ symbol: String, _ value: String) {
        memo[symbol] = value
        memoQualities[symbol] = nil
    }

    func remembered(_ symbol: String) -> String? { memo[symbol] }

    /// Drops a remembered value, so the next `{@symbol}` draws afresh.
    mutating func forget(_ symbol: String) {
        memo[symbol] = nil
        memoQualities[symbol] = nil
    }

    private func lookup(_ symbol: String) -> (key: String, list: [String])? {
        for v in variants {
            let key = symbol + "." + v
            for bank in banks { if let list = bank[key], !list.isEmpty { return (key, list) } }
        }
        for bank in banks { if let list = bank[symbol], !list.isEmpty { return (symbol, list) } }
        return nil
    }

    /// Picks an alternative of `symbol` not yet used while any remain.
    private mutating func choose(_ symbol: String) -> String? {
        guard let (key, list) = lookup(symbol) else { return nil }
        return list[pickUnused(key, count: list.count)]
    }

    /// An index in `0..<count` not yet handed out under `key`, until all have been.
    private mutating func pickUnused(_ key: String, count: Int) -> Int {
        var taken = usage[key] ?? []
        if taken.count >= count { taken.removeAll() }
        var i = rng.below(count - taken.count)
        for t in taken.sorted() where t <= i { i += 1 }
        taken.append(i)
        usage[key] = taken
        return i
    }

    private mutating func expand(_ t: ArraySlice<UInt8>, into out: inout [UInt8], depth: Int) {
        guard depth < 16 else { return }  // banks are ours, but a cycle must not hang a request
        var i = t.startIndex
        while i < t.endIndex {
            let b = t[i]
            if b == UInt8(ascii: "{") || b == UInt8(ascii: "["), let close = Grammar.matching(t, from: i) {
                let inner = t[(i + 1)..<close]
                if b == UInt8(ascii: "{") {
                    slot(inner, into: &out, depth: depth)
                } else {
                    let options = Grammar.split(inner)
                    let key = "[" + String(decoding: inner, as: UTF8.self)
                    expand(options[pickUnused(key, count: options.count)], into: &out, depth: depth + 1)
                }
                i = close + 1
            } else {
                out.append(b)
                i += 1
            }
        }
    }

    private mutating func slot(_ inner: ArraySlice<UInt8>, into out: inout [UInt8], depth: Int) {
        let text = String(decoding: inner, as: UTF8.self)
        if let first = text.first, first == "#" || first == "$" {
            let bounds = text.dropFirst().split(separator: "-").compactMap { Int($0) }
            guard let low = bounds.first, let high = bounds.last, low <= high else { return }
            let n = rng.int(in: low...high)
            if first == "#" {
                out.append(contentsOf: String(n).utf8)
            } else {
                let cents = [0, 49, 95, 99, 99, 99][rng.below(6)]
                out.append(contentsOf: "$\(n).\(cents < 10 ? "0" : "")\(cents)".utf8)
            }
            return
        }
        if text.hasPrefix("@") {
            let symbol = String(text.dropFirst())
            if let value = memo[symbol] {
                if let own = memoQualities[symbol] { qualities[symbol] = own }
                out.append(contentsOf: value.utf8)
                return
            }
            var sub: [UInt8] = []
            if let raw = choose(symbol) {
                let qualified = Grammar.qualified(raw)
                if let own = qualified?.qualities { qualities[symbol] = own; memoQualities[symbol] = own }
                expand(Array((qualified?.noun ?? raw).utf8)[...], into: &sub, depth: depth + 1)
            }
            memo[symbol] = String(decoding: sub, as: UTF8.self)
            out.append(contentsOf: sub)
            return
        }
        if let value = memo[text] { out.append(contentsOf: value.utf8); return }
        if let word = quality(text) { out.append(contentsOf: word.utf8); return }
        qualities[text] = nil
        guard let raw = choose(text) else { return }
        chain.append(text)
        defer { chain.removeLast() }
        guard let (noun, own) = Grammar.qualified(raw) else {
            expand(Array(raw.utf8)[...], into: &out, depth: depth + 1)
            return
        }
        for symbol in chain { qualities[symbol] = own }
        expand(Array(noun.utf8)[...], into: &out, depth: depth + 1)
    }

    /// One of the own qualities of the noun drawn for `slot`'s symbol in this line, when
    /// `slot` is `symbol_good` or `symbol_bad` and that noun carried some.
    private mutating func quality(_ slot: String) -> String? {
        let good = slot.hasSuffix("_good")
        guard good || slot.hasSuffix("_bad") else { return nil }
        let symbol = String(slot.dropLast(good ? 5 : 4))
        guard let own = qualities[symbol] else { return nil }
        let words = good ? own.good : own.bad
        guard !words.isEmpty else { return nil }
        return words[pickUnused("<" + slot + ":" + words.joined(separator: ","), count: words.count)]
    }

    /// The noun and its qualities of an alternative written `noun <good, … / bad, …>`.
    static func qualified(_ raw: String) -> (noun: String, qualities: (good: [String], bad: [String]))? {
        guard raw.hasSuffix(">"), let open = raw.lastIndex(of: "<") else { return nil }
        let noun = raw[..<open].trimmingSpaces()
        let inner = raw[raw.index(after: open)..<raw.index(before: raw.endIndex)]
        let sides = inner.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        func words(_ side: Substring?) -> [String] {
            (side ?? "").split(separator: ",").map { String($0.trimmingSpaces()) }.filter { !$0.isEmpty }
        }
        return (String(noun), (words(sides.first), words(sides.count > 1 ? sides[1] : nil)))
    }

    /// The index of the bracket closing the one at `open`, honouring nesting.
    private static func matching(_ t: ArraySlice<UInt8>, from open: Int) -> Int? {
        var depth = 0
        var i = open
        while i < t.endIndex {
            switch t[i] {
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { return i }
            default: break
            }
            i += 1
        }
        return nil
    }

    private static func split(_ t: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
        var parts: [ArraySlice<UInt8>] = []
        var depth = 0
        var start = t.startIndex
        for i in t.indices {
            switch t[i] {
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
            case UInt8(ascii: "|") where depth == 0:
                parts.append(t[start..<i])
                start = i + 1
            default: break
            }
        }
        parts.append(t[start..<t.endIndex])
        return parts
    }
}
