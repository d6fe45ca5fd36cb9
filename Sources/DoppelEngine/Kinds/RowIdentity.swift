import DoppelText

/// The person a row (or a role within it, such as `manager_` or `billing_`)
/// is about. Every person kind of that role draws from the same person, so
/// a row's name, e-mail, username, gender, title, age and birth date agree.
struct Person {
    var female: Bool
    var first: Int
    var last: Int
    var middle: Int
    var style: UInt64
    var birthDays: Int64
    /// Locales are process-lifetime statics: no reference counting on the hot path.
    unowned(unsafe) var locale: LocaleData

    var firstNames: WordTable { female ? locale.femaleFirst : locale.maleFirst }

    func appendFirst(to out: inout CellBytes) { firstNames.append(first, to: &out) }
    func appendLast(to out: inout CellBytes) { locale.last.append(last, to: &out) }
    func appendMiddle(to out: inout CellBytes) { firstNames.append(middle, to: &out) }

    func appendFull(to out: inout CellBytes) {
        if locale.addressStyle == .japan {
            appendLast(to: &out)
            out.append(contentsOf: [0xE3, 0x80, 0x80])  // ideographic space between family and given name
            appendFirst(to: &out)
        } else {
            appendFirst(to: &out)
            out.append(32)
            appendLast(to: &out)
        }
    }

    /// The first name in the script its ASCII form is folded from: the locale's Latin
    /// transcription where it has one (`ASCIIFold`).
    var firstForASCII: UnsafeBufferPointer<UInt8> {
        ((female ? locale.femaleFirstLatin : locale.maleFirstLatin) ?? firstNames).entry(first)
    }

    var lastForASCII: UnsafeBufferPointer<UInt8> { (locale.lastLatin ?? locale.last).entry(last) }

    /// Lowercase ASCII first name, for e-mails and usernames.
    func appendFirstASCII(to out: inout CellBytes) { ASCIIFold.append(firstForASCII, to: &out) }

    func appendLastASCII(to out: inout CellBytes) { ASCIIFold.append(lastForASCII, to: &out) }

    /// Age in whole years on the anchor date.
    func age(anchorDays: Int64) -> Int {
        let b = CivilTime.civil(birthDays), a = CivilTime.civil(anchorDays)
        var years = a.year - b.year
        if (a.month, a.day) < (b.month, b.day) { years -= 1 }
        return years
    }
}

/// Draws the person of one role of a row: a pure function of (key, row).
struct PersonSource: Sendable {
    let key: UInt64
    /// Ages in whole years on the anchor date (`LifeStage`): 18–80 unless the table says otherwise.
    var years: ClosedRange<Int> = LifeStage.adults
    /// The role's unique name field, whose enumerated names the person takes.
    var enumeration: PersonEnumeration?

    /// The row's person. Kept in the cell context for the row's other cells: a table with a name,
    /// an e-mail and a birth date draws it once. An enumerated person is drawn every time.
    func person(_ c: inout CellContext) -> Person {
        guard enumeration == nil else { return draw(c) }
        if let m = c.personMemo, m.key == key, m.row == c.row, m.years == years, m.anchor == c.anchor, m.locale === c.locale {
            return m.person
        }
        let p = draw(c)
        c.personMemo = PersonMemo(key: key, years: years, row: c.row, anchor: c.anchor, locale: c.locale, person: p)
        return p
    }

    /// Draws the person: a pure function of the key, years, enumeration, row, locale and anchor.
    private func draw(_ c: CellContext) -> Person {
        var r = CellRandom(key: key, row: c.row)
        let female = r.next() & 1 == 1
        let names = female ? c.locale.femaleFirst : c.locale.maleFirst
        let first = r.below(names.count)
        let last = r.below(c.locale.last.count)
        var middle = r.below(names.count)
        if middle == first { middle = (middle + 1) % names.count }
        let style = r.next()
        // Ages within the table's life stage on the anchor date, roughly uniform.
        let anchorDays = CivilTime.floorDiv(c.anchor, CivilTime.secondsPerDay)
        // (The adults' 18 years keep their original bound, so their output is unchanged; other lower
        // bounds count leap days, or a 65-year-old could be born a few days short of 65.)
        let low = years.lowerBound == LifeStage.adults.lowerBound ? Int64(years.lowerBound) * 365 + 5
            : Int64((Double(years.lowerBound) * 365.2425).rounded(.up)) + 2
        let ageDays = r.between(low, max(low, Int64(years.upperBound) * 365))
        var p = Person(female: female, first: first, last: last, middle: middle, style: style,
                       birthDays: anchorDays - ageDays, locale: c.locale)
        enumeration?.apply(row: c.row, to: &p)
        return p
    }
}

/// A person drawn for a row, with all its draw depended on (`PersonSource.person`).
struct PersonMemo {
    let key: UInt64
    let years: ClosedRange<Int>
    let row: Int
    let anchor: Int64
    unowned(unsafe) let locale: LocaleData
    let person: Person
}

/// The place a row (or a role such as `shipping_`) is at: city, region,
/// postal code, street, coordinates and time zone agree with each other and
/// with the row's country.
struct Address {
    unowned(unsafe) var locale: LocaleData
    var city: Int
    var street: Int
    var suffix: Int
    var number: Int
    var bits: UInt64
    var jitterLat: Double
    var jitterLon: Double

    func appendCity(to out: inout CellBytes) { locale.cities.append(city, LocaleData.CityColumn.name, to: &out) }
    func appendRegion(to out: inout CellBytes) { locale.cities.append(city, LocaleData.CityColumn.region, to: &out) }
    func appendRegionCode(to out: inout CellBytes) { locale.cities.append(city, LocaleData.CityColumn.regionCode, to: &out) }

    func appendPostal(to out: inout CellBytes) {
        let prefix = locale.cities.entry(city, LocaleData.CityColumn.postal)
        var p = 0
        var b = bits
        for ch in locale.postalFormat.utf8 {
            if ch == UInt8(ascii: "#") {
                if p < prefix.count { out.append(prefix[p]); p += 1 } else { out.append(48 + UInt8(b % 10)); b /= 10 }
            } else {
                out.append(ch)
            }
        }
    }

    func appendBuildingNumber(to out: inout CellBytes) { ByteFormat.appendInt(number, to: &out) }

    func appendStreetName(to out: inout CellBytes) {
        locale.streets.append(street, to: &out)
        if let suffixes = locale.streetSuffixes {
            out.append(32)
            suffixes.append(suffix, to: &out)
        }
    }

    func appendStreet(to out: inout CellBytes) {
        switch locale.streetStyle {
        case .numberFirst:
            appendBuildingNumber(to: &out); out.append(32); appendStreetName(to: &out)
        case .numberLast:
            appendStreetName(to: &out); out.append(32); appendBuildingNumber(to: &out)
        case .numberAfterComma:
            appendStreetName(to: &out); out.append(contentsOf: [44, 32]); appendBuildingNumber(to: &out)
        case .japanese:
            appendStreetName(to: &out)
            ByteFormat.appendInt(Int64(1 + bits % 5), to: &out); out.append(45)
            ByteFormat.appendInt(Int64(1 + (bits >> 8) % 30), to: &out); out.append(45)
            ByteFormat.appendInt(Int64(1 + (bits >> 16) % 20), to: &out)
        }
    }

    func appendSecondary(to out: inout CellBytes) {
        let i = Int((bits >> 24) % UInt64(locale.secondary.count))
        Pattern.appendDigits(template: locale.secondary.entry(i), bits: bits >> 32, to: &out)
    }

    func latitude() -> Double { locale.coordinates[2 * city] + jitterLat }

    func longitude() -> Double { locale.coordinates[2 * city + 1] + jitterLon }

    func appendTimezone(to out: inout CellBytes) { locale.cities.append(city, LocaleData.CityColumn.timezone, to: &out) }

    /// One line in the locale's customary order.
    func appendFull(to out: inout CellBytes) {
        switch locale.addressStyle {
        case .us:
            appendStreet(to: &out)
            if bits >> 60 < 4 { out.append(contentsOf: [44, 32]); appendSecondary(to: &out) }
            out.append(contentsOf: [44, 32]); appendCity(to: &out)
            out.append(contentsOf: [44, 32]); appendRegionCode(to: &out)
            out.append(32); appendPostal(to: &out)
        case .europe:
            appendStreet(to: &out)
            out.append(contentsOf: [44, 32]); appendPostal(to: &out)
            out.append(32); appendCity(to: &out)
        case .brazil:
            appendStreet(to: &out)
            out.append(contentsOf: [32, 45, 32]); appendCity(to: &out)
            out.append(contentsOf: [32, 45, 32]); appendRegionCode(to: &out)
            out.append(contentsOf: [44, 32]); appendPostal(to: &out)
        case .japan:
            out.append(contentsOf: [0xE3, 0x80, 0x92])  // 〒
            appendPostal(to: &out); out.append(32)
            appendRegion(to: &out); appendCity(to: &out); appendStreet(to: &out)
        }
    }
}

struct AddressSource: Sendable {
    let key: UInt64
    /// Every row in the city of row 0 (streets and coordinates still the row's own): a network of places
    /// one rides between, a bike share's stations.
    var oneCity = false

    func address(_ c: CellContext) -> Address {
        var r = CellRandom(key: key, row: c.row)
        unowned(unsafe) let loc = c.locale
        let drawn = r.below(loc.cities.count)
        let city = oneCity ? self.city(c) : drawn
        let street = r.below(loc.streets.count)
        let suffix = r.below(loc.streetSuffixes?.count ?? 1)
        // Building numbers: mostly short; four digits only on US-style long streets.
        let x = r.unit()
        let cap = loc.streetStyle == .numberFirst && loc.addressStyle == .us
            ? (x < 0.25 ? 9 : x < 0.65 ? 99 : x < 0.92 ? 999 : 9999)
            : (x < 0.45 ? 9 : x < 0.9 ? 99 : 299)
        let number = 1 + r.below(cap)
        let bits = r.next()
        let jlat = (r.unit() - 0.5) * 0.12
        let jlon = (r.unit() - 0.5) * 0.12
        return Address(locale: loc, city: city, street: street, suffix: suffix, number: number, bits: bits,
                       jitterLat: jlat, jitterLon: jlon)
    }

    /// The address's city alone (the first draw of `address`), for cells that show only the
    /// city, its region or its region code.
    func city(_ c: CellContext) -> Int {
        var r = CellRandom(key: key, row: oneCity ? 0 : c.row)
        return r.below(c.locale.cities.count)
    }
}
