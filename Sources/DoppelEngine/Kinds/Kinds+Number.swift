import DoppelText

/// Numbers between bounds with a distribution; integers, decimals or floats.
struct NumberKind: KindGenerator {
    let lo: Double
    let hi: Double
    let distribution: Distribution
    let integer: Bool
    let precision: Int

    var uniqueCapacity: UInt64 {
        let steps = integer ? (hi.rounded(.down) - lo.rounded(.up)) : (hi - lo) * Double(ByteFormat.pow10(precision))
        if !(steps >= 0) { return 0 }
        return steps >= 4e18 ? 1 << 62 : UInt64(steps) + 1
    }

    func sample(_ r: inout CellRandom) -> Double {
        let span = hi - lo
        switch distribution {
        case .uniform:
            if integer { return Double(r.between(Int64(lo.rounded(.up)), Int64(hi.rounded(.down)))) }
            return lo + span * r.unit()
        case .normal:
            for _ in 0..<4 {
                let x = (lo + hi) / 2 + span / 6 * r.normal()
                if x >= lo && x <= hi { return x }
            }
            return lo + span * r.unit()
        case .lognormal:
            // Median at a tenth of the span above the minimum; a long right tail.
            let median = span * 0.1
            for _ in 0..<4 {
                let x = lo + median * Mathx.exp(r.normal())
                if x <= hi { return x }
            }
            return lo + median * r.unit()
        case .zipf:
            let n = integer ? max(1, hi - lo + 1) : 100
            let k = Zipf.sample(n: n, s: 1.2, &r)
            return integer ? lo + (k - 1) : lo + (k - 1) / max(1, n - 1) * span
        }
    }

    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        if let u = c.unique {
            if integer { return .int(Int64(lo.rounded(.up)) + Int64(u)) }
            return .real(lo + Double(u) / Double(ByteFormat.pow10(precision)))
        }
        let x = sample(&c.r)
        if integer { return .int(Int64(min(max(x.rounded(.down), lo.rounded(.up)), hi.rounded(.down)))) }
        return .real(min(max(x, lo), hi))
    }
}

/// `Zipf.sample`'s curve for one `n` and `s`, its constants worked out once: a reference draws a parent
/// per row with one `pow`, not two and two logarithms (the same arithmetic, so the same ranks).
struct ZipfCurve: Sendable {
    let n: Double
    /// Whether 1 − s is near zero, where the curve is the logarithmic one.
    let isLogarithmic: Bool
    /// (n + 1)^(1 − s) − 1, or ln(n + 1) on the logarithmic curve.
    let scale: Double
    /// 1 / (1 − s).
    let inverse: Double

    init(n: Double, s: Double) {
        self.n = n
        let a = 1 - s
        // At s = 1 the power form divides by zero; its limit is the logarithmic CDF.
        isLogarithmic = abs(a) < 1e-9
        scale = n <= 1 ? 0 : isLogarithmic ? Mathx.log(n + 1) : Mathx.pow(n + 1, a) - 1
        inverse = isLogarithmic ? 0 : 1 / a
    }

    /// A rank in 1...n with P(k) ∝ k^-s (continuous inverse-CDF approximation).
    @inline(__always) func sample(_ r: inout CellRandom) -> Double {
        if n <= 1 { return 1 }
        let u = r.unit()
        if isLogarithmic { return min(max((Mathx.exp(u * scale) - 1).rounded(.down), 1), n) }
        let k = Mathx.pow(scale * u + 1, inverse)
        return min(max(k.rounded(.down), 1), n)
    }
}

enum Zipf {
    /// A rank in 1...n with P(k) ∝ k^-s (continuous inverse-CDF approximation).
    static func sample(n: Double, s: Double, _ r: inout CellRandom) -> Double {
        ZipfCurve(n: n, s: s).sample(&r)
    }

    /// The most children the most popular parent gets, as a multiple of the mean (see `fanoutExponent`).
    static let topParentMultiple = 50.0
    /// The exponent before it was tied to the parent count, and still the steepest one used.
    static let steepestFanoutExponent = 1.1

    /// The Zipf exponent for picking one of `parents` parents, tied to the parent count so the most
    /// popular parent's share shrinks as parents grow.
    ///
    /// A fixed exponent (1.1) gave the top parent ~10 % of all children at any size: 100,000 customers and
    /// the first still held a tenth of the orders. With s = ln(M) / ln(n), M = `topParentMultiple`, the rank-1
    /// parent gets at most about M times the mean share (1/n) at every size (≈ 18× at 1,000 parents, 29× at
    /// 100,000, 34× at 5,000,000), while the rank order stays Zipf-shaped. Small tables (n < 36) keep 1.1,
    /// where that is already the milder skew. A pure function of the parent count, so shards agree.
    static func fanoutExponent(parents n: Int) -> Double {
        guard n > 2 else { return steepestFanoutExponent }
        return min(steepestFanoutExponent, Mathx.log(topParentMultiple) / Mathx.log(Double(n)))
    }
}

struct BooleanKind: KindGenerator {
    let probability: Double
    var uniqueCapacity: UInt64 { 2 }
    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        if let u = c.unique { return .bool(u == 1) }
        return .bool(c.r.chance(probability))
    }
}

/// `enum`: one of the listed JSON values, with optional weights.
struct EnumKind: KindGenerator {
    enum Item: Sendable { case text(Int), int(Int64), real(Double), bool(Bool), json(Int), null }
    let items: [Item]
    /// Text and JSON values, flattened: item `.text(i)` is `texts[starts[i]..<starts[i + 1]]`.
    let texts: [UInt8]
    let starts: [Int]
    let cumulative: [Double]?
    var uniqueCapacity: UInt64 { UInt64(items.count) }

    init(values: [DoppelJSON.JSON], weights: [Double]?) {
        var texts: [UInt8] = []
        var starts: [Int] = [0]
        items = values.map { v in
            switch v {
            case let .string(s):
                texts.append(contentsOf: s.utf8); starts.append(texts.count)
                return .text(starts.count - 2)
            case let .int(i): return .int(i)
            case let .double(d): return .real(d)
            case let .bool(b): return .bool(b)
            case .null: return .null
            default:
                texts.append(contentsOf: v.serializedBytes()); starts.append(texts.count)
                return .json(starts.count - 2)
            }
        }
        self.texts = texts
        self.starts = starts
        if let weights, weights.count == values.count {
            let total = weights.reduce(0, +)
            var acc = 0.0
            cumulative = weights.map { acc += $0 / total; return acc }
        } else {
            cumulative = nil
        }
    }

    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        var i: Int
        if let u = c.unique { i = Int(u) } else if let cumulative {
            let x = c.r.unit()
            i = 0
            while i < cumulative.count - 1 && x >= cumulative[i] { i += 1 }
        } else {
            i = c.r.below(items.count)
        }
        switch items[i] {
        case let .text(k):
            texts.withUnsafeBufferPointer { out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[starts[k]..<starts[k + 1]])) }
            return .text
        case let .int(v): return .int(v)
        case let .real(v): return .real(v)
        case let .bool(v): return .bool(v)
        case let .json(k):
            texts.withUnsafeBufferPointer { out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[starts[k]..<starts[k + 1]])) }
            return .json
        case .null: return .null
        }
    }

    /// Its values are listed: plain when no text holds a separator and none is raw JSON.
    func writesPlainText(locales: [LocaleData]) -> Bool {
        WordTable.isPlain(texts) && !items.contains { if case .json = $0 { return true } else { return false } }
    }
}

/// `id.sequence`: start + row × step; unique by construction.
struct SequenceKind: KindGenerator {
    let start: Int64
    let step: Int64
    /// The values before the sequence would leave the 64-bit range (the resolver refuses more
    /// rows than that, so the wrapping arithmetic below never wraps).
    var uniqueCapacity: UInt64 {
        if step == 0 { return 1 }
        // The true distance to the end of Int64 in the step's direction always fits a UInt64.
        let room = step > 0 ? UInt64(bitPattern: Int64.max) &- UInt64(bitPattern: start)
                            : UInt64(bitPattern: start) &- UInt64(bitPattern: Int64.min)
        return min(room / step.magnitude, (1 << 62) - 1) + 1
    }
    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        .int(start &+ Int64(c.row) &* step)
    }
}

/// `id.uuid`: version-4 shaped; in unique mode 64 of its bits are a bijection of the row.
struct UUIDKind: KindGenerator {
    let key: UInt64
    var uniqueCapacity: UInt64 { 1 << 62 }
    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        let lo = c.r.next()
        // finalize(row ^ key) is a bijection of the row; its bits 12–15 would be masked by the version nibble, so they move to `lo`.
        let b = Mix.finalize(UInt64(truncatingIfNeeded: c.row) ^ key)
        let hi = b
        let lo2 = (lo & ~UInt64(0xF)) | ((b >> 12) & 0xF)
        return .uuid(hi, lo2)
    }
}

import DoppelJSON
