/// Product names by the row's category (`commerce.category` on the same row agrees).
struct ProductNameKind: KindGenerator {
    let productKey: UInt64
    /// Brand, qualifier and noun: every category has at least ten qualifiers and six nouns.
    var uniqueCapacity: UInt64 {
        UInt64(Words.brands.count * (Words.productQualifiers.map(\.count).min() ?? 1) * (Words.productNouns.map(\.count).min() ?? 1))
    }

    static func category(_ key: UInt64, _ row: Int) -> Int {
        var r = CellRandom(key: key, row: row)
        return r.below(Words.categories.count)
    }

    /// A qualifier that fits every noun of its category and the noun ("Compact Keyboard"), a brand before
    /// them in a third of the rows ("Lumina Travel-Size Shampoo"): never a material that does not fit.
    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        let category = Self.category(productKey, c.row)
        let nouns = Words.productNouns[category], qualifiers = Words.productQualifiers[category]
        if let u = c.unique {
            let q = UInt64(qualifiers.count), n = UInt64(nouns.count)
            Words.brands.append(Int(u / (q * n) % UInt64(Words.brands.count)), to: &out); out.append(32)
            qualifiers.append(Int(u % q), to: &out); out.append(32)
            nouns.append(Int(u / q % n), to: &out)
            return .text
        }
        // The words are drawn first, then written in one append.
        let brand = c.r.chance(1.0 / 3) ? Words.brands.entry(c.r.below(Words.brands.count)) : nil
        let qualifier = qualifiers.entry(c.r.below(qualifiers.count))
        let noun = nouns.entry(c.r.below(nouns.count))
        out.appendAssembled((brand.map { $0.count + 1 } ?? 0) + qualifier.count + 1 + noun.count) {
            if let brand { $0.put(brand); $0.put(32) }
            $0.put(qualifier); $0.put(32)
            $0.put(noun)
        }
        return .text
    }

    /// Words with spaces between them.
    func writesPlainText(locales: [LocaleData]) -> Bool {
        Words.brands.isPlain && Words.productQualifiers.allSatisfy(\.isPlain) && Words.productNouns.allSatisfy(\.isPlain)
    }
}

struct CategoryKind: KindGenerator {
    let productKey: UInt64
    var uniqueCapacity: UInt64 { UInt64(Words.categories.count) }
    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        Words.categories.append(c.unique.map { Int($0) } ?? ProductNameKind.category(productKey, c.row), to: &out)
        return .text
    }
}

/// The row country's currency; unique mode (a table of currencies) enumerates the ISO 4217 codes Doppel lists.
struct CurrencyKind: ShapedKind {
    var uniqueCapacity: UInt64 { UInt64(Words.currencyCodes.count) }
    var shape: (template: String, listed: [String])? { ("???", (0..<Words.currencyCodes.count).map(Words.currencyCodes.string)) }
    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        if let u = c.unique { Words.currencyCodes.append(Int(u), to: &out) } else { c.locale.facts.append(2, to: &out) }
        return .text
    }
}

struct CouponKind: KindGenerator {
    var uniqueCapacity: UInt64 { UInt64(Words.couponWords.count) * 100 * 1_679_616 }
    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        if let u = c.unique {
            let w = UInt64(Words.couponWords.count)
            Words.couponWords.append(Int(u % w), to: &out)
            ByteFormat.appendPadded(Int(u / w % 100), width: 2, to: &out)
            out.append(45)
            Pattern.appendNumbered(template: Array("****".utf8), value: u / w / 100, to: &out)
            return .text
        }
        Words.couponWords.appendRandom(&c.r, to: &out)
        ByteFormat.appendInt(Int64(5 * (1 + c.r.below(10))), to: &out)
        return .text
    }
}

/// Star ratings skewed towards the top, as on real review sites.
struct RatingKind: KindGenerator {
    /// A decimal rating is a thing's average over its reviews (a restaurant's 4.3), not one review's whole stars.
    var average = false

    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        let x = c.r.unit()
        if average { return .real(((5 - 2.5 * Mathx.pow(x, 1.6)) * 10).rounded() / 10) }
        return .int(x < 0.05 ? 1 : x < 0.12 ? 2 : x < 0.27 ? 3 : x < 0.55 ? 4 : 5)
    }
}

/// Discount percentages in the steps shops use.
struct DiscountKind: KindGenerator {
    static let steps: [Int64] = [0, 0, 0, 5, 10, 10, 15, 20, 20, 25, 30, 40, 50]
    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        .int(Self.steps[c.r.below(Self.steps.count)])
    }
}

/// Quantities: mostly 1, a long tail up to 10 (or the field's bounds).
struct QuantityKind: KindGenerator {
    let range: ClosedRange<Int64>?
    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        if let range { return .int(c.r.between(range.lowerBound, range.upperBound)) }
        let x = c.r.unit()
        return .int(x < 0.55 ? 1 : x < 0.75 ? 2 : x < 0.85 ? 3 : Int64(4 + c.r.below(7)))
    }
}
