struct FirstNameKind: KindGenerator {
    let person: PersonSource
    let middle: Bool
    /// Unique mode enumerates the names of this locale (the schema's first).
    unowned(unsafe) let capacityLocale: LocaleData
    var uniqueCapacity: UInt64 { middle ? 0 : PersonEnumeration.capacity(.first, capacityLocale) }

    func generate(_ c: inout CellContext, _ out: inout [UInt8]) -> KindValue {
        var p = person.person(&c)
        // In unique mode the row's person has these names already when this field is the one its
        // role follows (`PersonEnumeration`); otherwise only this cell takes them.
        if let u = c.unique { PersonEnumeration.apply(.first, u, locale: capacityLocale, to: &p) }
        if middle { p.appendMiddle(to: &out) } else { p.appendFirst(to: &out) }
        return .text
    }

    func writesPlainText(locales: [LocaleData]) -> Bool {
        (locales + [capacityLocale]).allSatisfy { $0.maleFirst.isPlain && $0.femaleFirst.isPlain }
    }
}

struct LastNameKind: KindGenerator {
    let person: PersonSource
    unowned(unsafe) let capacityLocale: LocaleData
    var uniqueCapacity: UInt64 { PersonEnumeration.capacity(.last, capacityLocale) }

    func generate(_ c: inout CellContext, _ out: inout [UInt8]) -> KindValue {
        var p = person.person(&c)
        if let u = c.unique { PersonEnumeration.apply(.last, u, locale: capacityLocale, to: &p) }
        p.appendLast(to: &out)
        return .text
    }

    func writesPlainText(locales: [LocaleData]) -> Bool { (locales + [capacityLocale]).allSatisfy { $0.last.isPlain } }
}

struct FullNameKind: KindGenerator {
    let person: PersonSource
    /// Enumerating first × last names of the smallest locale would be exact; the
    /// schema's locale is used at plan time (`capacityLocale`).
    unowned(unsafe) let capacityLocale: LocaleData
    var uniqueCapacity: UInt64 { PersonEnumeration.capacity(.full, capacityLocale) }

    func generate(_ c: inout CellContext, _ out: inout [UInt8]) -> KindValue {
        var p = person.person(&c)
        if let u = c.unique { PersonEnumeration.apply(.full, u, locale: capacityLocale, to: &p) }
        p.appendFull(to: &out)
        return .text
    }

    /// The first and last names, with a space (or an ideographic space) between them.
    func writesPlainText(locales: [LocaleData]) -> Bool {
        (locales + [capacityLocale]).allSatisfy { $0.maleFirst.isPlain && $0.femaleFirst.isPlain && $0.last.isPlain }
    }
}

/// A couple by their first names and a shared last name ("Emma & Liam Carter"): a wedding's or a
/// household's `couple_names`.
struct CoupleKind: KindGenerator {
    func generate(_ c: inout CellContext, _ out: inout [UInt8]) -> KindValue {
        let l = c.locale
        l.femaleFirst.appendRandom(&c.r, to: &out)
        out.append(contentsOf: " & ".utf8)
        (c.r.chance(0.08) ? l.femaleFirst : l.maleFirst).appendRandom(&c.r, to: &out)
        out.append(32)
        l.last.appendRandom(&c.r, to: &out)
        return .text
    }
}

struct GenderKind: KindGenerator {
    let person: PersonSource
    let short: Bool
    func generate(_ c: inout CellContext, _ out: inout [UInt8]) -> KindValue {
        let female = person.person(&c).female
        if short { out.append(female ? UInt8(ascii: "F") : UInt8(ascii: "M")) } else {
            out.append(contentsOf: female ? Array("female".utf8) : Array("male".utf8))
        }
        return .text
    }
}

struct TitleKind: KindGenerator {
    let person: PersonSource
    func generate(_ c: inout CellContext, _ out: inout [UInt8]) -> KindValue {
        let p = person.person(&c)
        let t = p.female ? c.locale.femaleTitles : c.locale.maleTitles
        // Mostly the plain form of address; a doctor now and then.
        t.append(c.r.chance(0.85) ? 0 : c.r.below(t.count), to: &out)
        return .text
    }
}

struct AgeKind: KindGenerator {
    let person: PersonSource
    let range: ClosedRange<Int64>?
    func generate(_ c: inout CellContext, _ out: inout [UInt8]) -> KindValue {
        // The row's person's age (so it agrees with a birth date in the row), unless the column's own
        // range excludes it.
        let age = Int64(person.person(&c).age(anchorDays: CivilTime.floorDiv(c.anchor, CivilTime.secondsPerDay)))
        if let range, !range.contains(age) { return .int(c.r.between(range.lowerBound, range.upperBound)) }
        return .int(age)
    }
}

struct BirthDateKind: KindGenerator {
    let person: PersonSource
    func generate(_ c: inout CellContext, _ out: inout [UInt8]) -> KindValue {
        .days(person.person(&c).birthDays)
    }
}

struct NationalityKind: KindGenerator {
    func generate(_ c: inout CellContext, _ out: inout [UInt8]) -> KindValue {
        // Most people hold the nationality of the country they live in.
        if c.r.chance(0.9) { out.append(contentsOf: c.locale.nationality.utf8) } else { Words.nationalities.appendRandom(&c.r, to: &out) }
        return .text
    }
}

/// `person.suffix`: rare generational or academic suffixes.
struct SuffixKind: KindGenerator {
    func generate(_ c: inout CellContext, _ out: inout [UInt8]) -> KindValue {
        Words.nameSuffixes.appendRandom(&c.r, to: &out)
        return .text
    }
}
