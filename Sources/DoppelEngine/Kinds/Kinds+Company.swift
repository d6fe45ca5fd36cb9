import DoppelText

struct CompanyNameKind: KindGenerator {
    let companyKey: UInt64
    unowned(unsafe) let capacityLocale: LocaleData
    var uniqueCapacity: UInt64 {
        let l = UInt64(capacityLocale.last.count)
        return l * l * UInt64(Self.suffixes(capacityLocale).count)
    }

    static func suffixes(_ l: LocaleData) -> WordTable { l.companySuffixes }

    func generate(_ c: inout CellContext, _ out: inout [UInt8]) -> KindValue {
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
        switch r.below(6) {
        case 0, 1: loc.last.appendRandom(&r, to: &out); out.append(32); suffixes.appendRandom(&r, to: &out)
        case 2: loc.last.appendRandom(&r, to: &out); out.append(contentsOf: " & ".utf8); loc.last.appendRandom(&r, to: &out)
        case 3: loc.last.appendRandom(&r, to: &out); out.append(45); loc.last.appendRandom(&r, to: &out)
        case 4: Words.brands.appendRandom(&r, to: &out); out.append(32); suffixes.appendRandom(&r, to: &out)
        default:
            loc.last.appendRandom(&r, to: &out); out.append(contentsOf: ", ".utf8)
            loc.last.appendRandom(&r, to: &out); out.append(contentsOf: " and ".utf8)
            loc.last.appendRandom(&r, to: &out)
        }
        return .text
    }
}

struct CatchPhraseKind: KindGenerator {
    func generate(_ c: inout CellContext, _ out: inout [UInt8]) -> KindValue {
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
    func generate(_ c: inout CellContext, _ out: inout [UInt8]) -> KindValue {
        if let u = c.unique { Words.jobTitles.append(Int(u), to: &out); return .text }
        var r = CellRandom(key: jobKey, row: c.row)
        Words.jobTitles.appendRandom(&r, to: &out)
        return .text
    }
}
