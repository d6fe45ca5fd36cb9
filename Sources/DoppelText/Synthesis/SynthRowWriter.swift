import DoppelJSON

/// Writes new values of an inferred shape: one generated row per call.
///
/// Values are new but of the same kind: codes keep their template, dates stay
/// in (a slightly widened) range, categories come from the values seen, free
/// text comes from the text engine on the prompt's topic, and a row's text
/// agrees with its own rating or sentiment when it has one.
struct SynthRowWriter {
    let productType: ProductType
    let scenario: Scenario
    let seed: UInt64
    /// Where a row's integer identifiers continue from (unique across rows).
    let rowIndex: Int
    var rng: TextRNG
    var memory = PhraseMemory()
    var mood: Sentiment?
    /// The last person named in this row, so an email beside a name belongs to it.
    var person: (first: String, last: String)?
    /// The example this row is made from: its categories go together (a Pad Thai is Thai and
    /// made with rice noodles, never an Italian dish with parmesan), so the row takes them from it.
    var donor: JSONObject?
    /// The row's one exchange (the customer's problem, the agent's reply, the details, the fix): a
    /// `question` and an `answer` in the same row are its first and last, so the answer answers it.
    var exchange: [String]?
    /// The text of the example the row is made from (its string values), which says what a
    /// conversation or a question in the row is about; kept for nested objects too.
    var exampleText = ""

    init(productType: ProductType, scenario: Scenario, seed: UInt64, rowIndex: Int, rng: TextRNG) {
        self.productType = productType
        self.scenario = scenario
        self.seed = seed
        self.rowIndex = rowIndex
        self.rng = rng
    }

    mutating func row(_ shape: SynthShape) -> JSON { value(shape, key: nil) }

    mutating func value(_ shape: SynthShape, key: String?) -> JSON {
        switch shape {
        case .object(let members): return object(members)
        case .array(let element, let counts):
            let n = rng.int(in: counts.lowerBound...max(counts.lowerBound, counts.upperBound))
            // A list of categories names each once (no "rice noodles" twice in one recipe), when there are enough.
            if let pool = SynthRowWriter.categories(element), pool.count >= n {
                var left = pool
                rng.shuffle(&left)
                return .array(Array(left.prefix(max(n, 0))))
            }
            return .array((0..<n).map { _ in value(element, key: key) })
        case .turns(let turns): return .array(messages(turns, extraReplies: 0).prefix)
        case .string(let kind): return .string(string(kind, key: key))
        case .integer(let range, let isIdentifier):
            if isIdentifier { return .int(range.upperBound &+ 1 &+ Int64(rowIndex)) }
            let (lo, hi) = SynthRowWriter.widen(range)
            return .int(lo &+ Int64(rng.below(Int(clamping: hi &- lo) &+ 1)))
        case .decimal(let lo, let hi, let places):
            let pad = hi == lo ? max(abs(lo) * 0.5, 1) : (hi - lo) * 0.1
            let low = lo >= 0 ? max(0, lo - pad) : lo - pad
            let high = hi + pad
            return .double((low + rng.unit() * (high - low)).rounded(toScale: SynthRowWriter.power10(places)))
        case .boolean(let rate):
            let p = rate == 0 || rate == 1 ? 0.5 : rate  // one-sided examples say little about the rate
            return .bool(rng.chance(p))
        case .choice(let values, let weights):
            let pairs = Array(zip(values, weights))
            return TicketGenerator.weighted(pairs.isEmpty ? [(.null, 1)] : pairs, &rng)
        case .null: return .null
        case .mixed(let values): return rng.pick(values) ?? .null
        }
    }

    /// Integer range widened a little (10% of the span, or half the value when all were equal), never below zero if the examples were not.
    static func widen(_ r: ClosedRange<Int64>) -> (Int64, Int64) {
        let span = r.upperBound &- r.lowerBound
        // magnitudes, not abs(): Int64.min has no positive counterpart
        let half = Int64(clamping: r.lowerBound.magnitude / 2)
        let pad = span <= 0 ? max(1, half) : max(1, span / 10)
        var lo = r.lowerBound &- pad
        if r.lowerBound >= 1 { lo = max(lo, 1) } else if r.lowerBound >= 0 { lo = max(lo, 0) }
        return (lo, r.upperBound &+ pad)
    }

    static func power10(_ n: Int) -> Double {
        var x = 1.0
        for _ in 0..<n { x *= 10 }
        return x
    }

    private mutating func object(_ members: [SynthMember]) -> JSON {
        // fix the row's mood first, so its text agrees with its rating or sentiment
        var values: [String: JSON] = [:]
        for m in members where SynthRowWriter.isMoodKey(m.key) {
            let v = value(m.shape, key: m.key)
            values[m.key] = v
            mood = SynthRowWriter.sentiment(of: v, key: m.key, shape: m.shape) ?? mood
        }
        // a transcript plus `{role, content}` siblings (`conv_prefix` + `response`) are one conversation
        let replyKeys = members.filter { SynthRowWriter.isMessageObject($0.shape) }.map(\.key)
        if let turnsMember = members.first(where: { if case .turns = $0.shape { return true } else { return false } }),
           case .turns(let turns) = turnsMember.shape {
            let conversation = messages(turns, extraReplies: replyKeys.count)
            values[turnsMember.key] = .array(conversation.prefix)
            for (k, reply) in zip(replyKeys, conversation.replies) { values[k] = reply }
        }
        // The donor's categories belong to this object only, not to objects nested in it.
        let donor = self.donor
        self.donor = nil
        defer { self.donor = donor }
        var o = JSONObject()
        for m in members {
            if m.presence < 1, !rng.chance(m.presence) { continue }
            if m.nullRate > 0, rng.chance(m.nullRate) { o.appendUnique(m.key, .null); continue }
            if values[m.key] == nil, !SynthRowWriter.inventsLabel(key: m.key), let own = donor?[m.key], let kept = donated(own, m.shape) {
                o.appendUnique(m.key, kept)
                continue
            }
            o.appendUnique(m.key, values[m.key] ?? value(m.shape, key: m.key))
        }
        return .object(o)
    }

    /// The values a category shape may take, or nil when it is not one.
    static func categories(_ shape: SynthShape) -> [JSON]? {
        switch shape {
        case .choice(let values, _): return values.isEmpty ? nil : values
        case .string(.label(let labels)): return labels.isEmpty ? nil : labels.map(JSON.string)
        default: return nil
        }
    }

    /// The donor's value of a category member (as it is), of a number (within a quarter of it), or
    /// of a list of categories (its own items in a new order, sometimes one fewer); nil for any
    /// other member, which is drawn anew.
    private mutating func donated(_ own: JSON, _ shape: SynthShape) -> JSON? {
        if own.isNull { return nil }
        if SynthRowWriter.categories(shape) != nil { return own }
        // A yes/no fact goes with the thing the row keeps from its example (a snake plant is not pet-safe).
        if case .boolean = shape, case .bool = own { return own }
        // A number near the donor's (a quick dish stays quick): within a quarter of it, inside the shape's range.
        switch (shape, own) {
        case (.integer(let range, false), .int(let x)):
            let (lo, hi) = SynthRowWriter.widen(range)
            let spread = max(1, Int64((Double(x.magnitude) * 0.25).rounded()))
            let v = x &+ Int64(rng.int(in: -Int(clamping: spread)...Int(clamping: spread)))
            return .int(min(max(v, lo), hi))
        case (.decimal(let lo, let hi, let places), _):
            guard let x = own.doubleValue else { return nil }
            let v = x * (0.75 + 0.5 * rng.unit())
            let low = lo >= 0 ? max(0, lo - (hi - lo) * 0.1) : lo - (hi - lo) * 0.1
            let near = min(max(v, low), hi + (hi - lo) * 0.1).rounded(toScale: SynthRowWriter.power10(places))
            return near.isFinite ? .double(near) : nil
        default: break
        }
        guard case .array(let element, let counts) = shape, SynthRowWriter.categories(element) != nil,
              var items = own.arrayValue, !items.isEmpty else { return nil }
        rng.shuffle(&items)
        if items.count > max(counts.lowerBound, 1), rng.chance(0.3) { items.removeLast() }
        return .array(items)
    }

    static func isMoodKey(_ key: String) -> Bool {
        let k = key.lowercased()
        return ["rating", "stars", "score", "sentiment", "mood", "nps"].contains { k == $0 || k.hasSuffix("_" + $0) }
    }

    static func sentiment(of value: JSON, key: String, shape: SynthShape) -> Sentiment? {
        if let s = value.stringValue?.lowercased() {
            if s.contains("pos") || s == "happy" || s == "good" { return .positive }
            if s.contains("neg") || s == "angry" || s == "bad" { return .negative }
            if s.contains("neu") || s.contains("mix") { return .neutral }
            return nil
        }
        guard let x = value.doubleValue else { return nil }
        var top = 5.0
        if case .integer(let r, _) = shape { top = Double(max(r.upperBound, 5)) }
        if case .decimal(_, let hi, _) = shape { top = max(hi, 5) }
        let share = x / top
        return share >= 0.7 ? .positive : share <= 0.45 ? .negative : .neutral
    }

    static func isMessageObject(_ shape: SynthShape) -> Bool {
        guard case .object(let members) = shape else { return false }
        return Set(members.map(\.key)).isSuperset(of: ["role", "content"]) && members.count <= 3
    }
}

extension Double {
    func rounded(toScale scale: Double) -> Double { (self * scale).rounded() / scale }
}
