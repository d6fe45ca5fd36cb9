import DoppelText

struct CompanyNameKind: KindGenerator {
    let companyKey: UInt64
    unowned(unsafe) let capacityLocale: LocaleData
    var uniqueCapacity: UInt64 {
        let l = UInt64(capacityLocale.last.count)
        return l * l * UInt64(Self.suffixes(capacityLocale).count)
    }

    static func suffixes(_ l: LocaleData) -> WordTable { l.companySuffixes }

    /// Separators as bytes of static strings: no array, no `static let` check per row.
    private static var ampersand: UnsafeBufferPointer<UInt8> { Self.bytes(" & ") }
    private static var and: UnsafeBufferPointer<UInt8> { Self.bytes(" and ") }
    private static func bytes(_ s: StaticString) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount)
    }

    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        if let u = c.unique {
            unowned(unsafe) let loc = capacityLocale
            let l = UInt64(loc.last.count), s = Self.suffixes(loc)
            loc.last.append(Int(u % l), to: &out); out.append(45)
            loc.last.append(Int(u / l % l), to: &out); out.append(32)
            s.append(Int(u / (l * l) % UInt64(s.count)), to: &out)
            return .text
        }
        // The row's company (shared with catch phrases and bios) comes from its own stream.
        var r = CellRandom(key: companyKey, row: c.row)
        unowned(unsafe) let loc = c.locale
        let suffixes = Self.suffixes(loc)
        if loc.addressStyle == .japan {
            // 株式会社 before or after the family name, no spaces.
            let k = r.below(suffixes.count)
            if k == 0 && r.chance(0.5) { suffixes.append(0, to: &out); loc.last.appendRandom(&r, to: &out) } else {
                loc.last.appendRandom(&r, to: &out); suffixes.append(k, to: &out)
            }
            return .text
        }
        // The words are drawn first, in the same order as ever, then written in one append.
        let last = loc.last
        switch r.below(6) {
        case 0, 1:
            let a = last.entry(r.below(last.count)), b = suffixes.entry(r.below(suffixes.count))
            out.appendAssembled(a.count + 1 + b.count) { $0.put(a); $0.put(32); $0.put(b) }
        case 2:
            let a = last.entry(r.below(last.count)), b = last.entry(r.below(last.count))
            out.appendAssembled(a.count + 3 + b.count) { $0.put(a); $0.put(Self.ampersand); $0.put(b) }
        case 3:
            let a = last.entry(r.below(last.count)), b = last.entry(r.below(last.count))
            out.appendAssembled(a.count + 1 + b.count) { $0.put(a); $0.put(45); $0.put(b) }
        case 4:
            let a = Words.brands.entry(r.below(Words.brands.count)), b = suffixes.entry(r.below(suffixes.count))
            out.appendAssembled(a.count + 1 + b.count) { $0.put(a); $0.put(32); $0.put(b) }
        default:
            let a = last.entry(r.below(last.count)), b = last.entry(r.below(last.count)), third = last.entry(r.below(last.count))
            out.appendAssembled(a.count + 2 + b.count + 5 + third.count) {
                $0.put(a); $0.put(44); $0.put(32); $0.put(b); $0.put(Self.and); $0.put(third)
            }
        }
        return .text
    }
}

struct CatchPhraseKind: KindGenerator {
    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        Words.catchAdjectives.appendRandom(&c.r, to: &out); out.append(32)
        let s = out.count
        Words.catchNouns.appendRandom(&c.r, to: &out)
        _ = s
        out.append(32)
        Words.catchVerbs.appendRandom(&c.r, to: &out)
        return .text
    }
}

/// A job title that agrees across fields of the row (title, department).
struct JobTitleKind: KindGenerator {
    let jobKey: UInt64
    var uniqueCapacity: UInt64 { UInt64(Words.jobTitles.count) }
    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        if let u = c.unique { Words.jobTitles.append(Int(u), to: &out); return .text }
        var r = CellRandom(key: jobKey, row: c.row)
        Words.jobTitles.appendRandom(&r, to: &out)
        return .text
    }
}
