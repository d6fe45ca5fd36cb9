import DoppelJSON
struct FirstNameKind: KindGenerator {
    let person: PersonSource
    let middle: Bool
    /// Unique mode enumerates the names of this locale (the schema's first).
    unowned(unsafe) let capacityLocale: LocaleData
    var uniqueCapacity: UInt64 { middle ? 0 : PersonEnumeration.capacity(.first, capacityLocale) }

    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
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

    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
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

    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
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
    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
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
    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        let female = person.person(&c).female
        if short { out.append(female ? UInt8(ascii: "F") : UInt8(ascii: "M")) } else {
            out.append(contentsOf: female ? Array("female".utf8) : Array("male".utf8))
        }
        return .text
    }
}

struct TitleKind: KindGenerator {
    let person: PersonSource
    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
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
    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        // The row's person's age (so it agrees with a birth date in the row), unless the column's own
        // range excludes it.
        let age = Int64(person.person(&c).age(anchorDays: CivilTime.floorDiv(c.anchor, CivilTime.secondsPerDay)))
        if let range, !range.contains(age) { return .int(c.r.between(range.lowerBound, range.upperBound)) }
        return .int(age)
    }
}

struct BirthDateKind: KindGenerator {
    let person: PersonSource
    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        .days(person.person(&c).birthDays)
    }
}

struct NationalityKind: KindGenerator {
    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        // Most people hold the nationality of the country they live in.
        if c.r.chance(0.9) { out.append(contentsOf: c.locale.nationality.utf8) } else { Words.nationalities.appendRandom(&c.r, to: &out) }
        return .text
    }
}

/// `person.suffix`: rare generational or academic suffixes.
struct SuffixKind: KindGenerator {
    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        Words.nameSuffixes.appendRandom(&c.r, to: &out)
        return .text
    }
}

/// A relationship that names a sex (`mother`, `son`, `wife`) agrees with the row's person: Olivia is a
/// mother or a guardian, never a father. Values that name none (`guardian`, `partner`) suit either.
struct GenderedEnumKind: KindGenerator {
    let female: EnumKind
    let male: EnumKind
    let person: PersonSource

    static let femaleWords: Set<String> = ["mother", "mom", "mum", "daughter", "wife", "sister", "grandmother", "grandma", "granny",
                                           "aunt", "niece", "stepmother", "stepdaughter", "girlfriend", "fiancee", "fiancée",
                                           "godmother", "sister-in-law", "mother-in-law", "daughter-in-law"]
    static let maleWords: Set<String> = ["father", "dad", "son", "husband", "brother", "grandfather", "grandpa", "uncle", "nephew",
                                         "stepfather", "stepson", "boyfriend", "fiance", "fiancé", "godfather", "brother-in-law",
                                         "father-in-law", "son-in-law"]

    /// The kind for a relationship column's listed values, nil when no value names a sex.
    static func make(values: [DoppelJSON.JSON], weights: [Double]?, person: PersonSource) -> GenderedEnumKind? {
        func sex(_ v: DoppelJSON.JSON) -> Bool? {
            guard let s = v.stringValue?.lowercased() else { return nil }
            let words = Set(s.split(whereSeparator: { $0 == " " || $0 == "_" || $0 == "/" }).map(String.init))
            if !words.isDisjoint(with: femaleWords) { return true }
            if !words.isDisjoint(with: maleWords) { return false }
            return nil
        }
        let sexes = values.map(sex)
        guard sexes.contains(true) || sexes.contains(false) else { return nil }
        func kind(_ female: Bool) -> EnumKind {
            let keep = sexes.indices.filter { sexes[$0] == nil || sexes[$0] == female }
            guard !keep.isEmpty else { return EnumKind(values: values, weights: weights) }
            return EnumKind(values: keep.map { values[$0] }, weights: weights.map { w in keep.map { $0 < w.count ? w[$0] : 1 } })
        }
        return GenderedEnumKind(female: kind(true), male: kind(false), person: person)
    }

    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        person.person(&c).female ? female.generate(&c, &out) : male.generate(&c, &out)
    }
}
