import DoppelText

/// Every `address.*` kind: one part of the row's (or role's) address.
struct AddressKind: ShapedKind {
    enum Part: Sendable {
        case street, streetName, buildingNumber, secondary, city, region, regionCode, postalCode
        case country, countryCode, latitude, longitude, full, timezone
    }

    let part: Part
    let address: AddressSource
    unowned(unsafe) let capacityLocale: LocaleData

    var uniqueCapacity: UInt64 {
        switch part {
        case .city: return UInt64(capacityLocale.distinctCityRows.count)
        // A table of countries: the countries of Doppel's locales, then (see `shape`) more codes of the ISO shape.
        case .countryCode: return UInt64(LocaleData.all.count)
        default: return 0
        }
    }

    var shape: (template: String, listed: [String])? {
        part == .countryCode ? ("??", LocaleData.all.map { $0.facts.string(1) }) : nil
    }

    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        if let u = c.unique, part == .city {
            capacityLocale.cities.append(capacityLocale.distinctCityRows[Int(u)], LocaleData.CityColumn.name, to: &out)
            return .text
        }
        if let u = c.unique, part == .countryCode {
            LocaleData.all[Int(u)].facts.append(1, to: &out)
            return .text
        }
        switch part {
        case .country: c.locale.facts.append(0, to: &out); return .text
        case .countryCode: c.locale.facts.append(1, to: &out); return .text
        case .city: c.locale.cities.append(address.city(c), LocaleData.CityColumn.name, to: &out); return .text
        case .region: c.locale.cities.append(address.city(c), LocaleData.CityColumn.region, to: &out); return .text
        case .regionCode: c.locale.cities.append(address.city(c), LocaleData.CityColumn.regionCode, to: &out); return .text
        default: break
        }
        let a = address.address(c)
        switch part {
        case .street: a.appendStreet(to: &out)
        case .streetName: a.appendStreetName(to: &out)
        case .buildingNumber: a.appendBuildingNumber(to: &out)
        case .secondary: a.appendSecondary(to: &out)
        case .postalCode: a.appendPostal(to: &out)
        case .latitude: return .real(a.latitude())
        case .longitude: return .real(a.longitude())
        case .full: a.appendFull(to: &out)
        case .timezone: a.appendTimezone(to: &out)
        case .country, .countryCode, .city, .region, .regionCode: break
        }
        return .text
    }

    /// City, region and country names and postal codes, when their tables and formats are plain.
    func writesPlainText(locales: [LocaleData]) -> Bool {
        switch part {
        case .city, .region: return (locales + [capacityLocale]).allSatisfy { $0.cities.isPlain }
        case .postalCode: return locales.allSatisfy { $0.cities.isPlain && WordTable.isPlain($0.postalFormat.utf8) }
        case .country: return locales.allSatisfy { $0.facts.isPlain }
        default: return false
        }
    }
}

/// `phone.number` in the format of the row's country; unique mode numbers the trailing 7 digits.
/// A column keeps one of its country's formats (`formatPick`, drawn per column): a clean export writes its
/// numbers alike, and a number in another format is a defect the reality levels add and record.
struct PhoneKind: KindGenerator {
    let formatPick: UInt64
    var uniqueCapacity: UInt64 { 10_000_000 }

    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        let formats = c.locale.phoneFormats
        let template = formats.entry(Int(formatPick % UInt64(formats.count)))
        var bits = c.r.next()
        // Filled in stack space and added in one append (not a checked store per byte).
        out.appendAssembled(template.count) { cursor in
            let number = cursor.position
            // `%` a digit 2–9, `#` any digit.
            for t in template {
                if t == UInt8(ascii: "#") {
                    cursor.put(48 + UInt8(bits % 10)); bits /= 10
                    if bits < 1000 { bits = c.r.next() }
                } else if t == UInt8(ascii: "%") {
                    cursor.put(50 + UInt8(bits % 8)); bits /= 8
                    if bits < 1000 { bits = c.r.next() }
                } else {
                    cursor.put(t)
                }
            }
            if var u = c.unique {
                // Overwrite the last seven `#` digits with the value number.
                var i = template.count - 1, k = 0
                while i >= 0 && k < 7 {
                    if template[i] == UInt8(ascii: "#") { number[i] = 48 + UInt8(u % 10); u /= 10; k += 1 }
                    i -= 1
                }
            }
        }
        return .text
    }

    /// The locale's formats with their digits filled in.
    func writesPlainText(locales: [LocaleData]) -> Bool { locales.allSatisfy { $0.phoneFormats.isPlain } }
}
