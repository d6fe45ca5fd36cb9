import DoppelText

/// A pick shared by the row: several kinds use the same choice so they agree.
struct SharedPickKind: ShapedKind {
    let table: RecordTable
    let column: Int
    var key: UInt64
    /// The `Pattern` template every value of the column fits (codes), or nil for names.
    var shapeTemplate: String? = nil
    /// The key of another role's pick this one never equals (a destination is not its flight's origin).
    var away: UInt64? = nil
    /// The column holds numbers (an airport's latitude): the value is the number, not text.
    var numeric = false
    var uniqueCapacity: UInt64 { UInt64(table.count) }
    var shape: (template: String, listed: [String])? {
        shapeTemplate.map { ($0, (0..<table.count).map { table.string($0, column) }) }
    }
    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        var r = CellRandom(key: key, row: c.row)
        let index: Int
        if let u = c.unique {
            index = Int(u)
        } else if let away, table.count > 1 {
            var base = CellRandom(key: away, row: c.row)
            index = (base.below(table.count) + 1 + r.below(table.count - 1)) % table.count
        } else {
            index = r.below(table.count)
        }
        if numeric { return .real(Double(table.string(index, column)) ?? 0) }
        table.append(index, column, to: &out)
        return .text
    }
}

struct VehicleKind: KindGenerator {
    enum Part: Sendable { case make, model, vin, year }
    /// What the table's vehicles are: cars, heavy trucks (a fleet's trucks are no Clios), farm machinery
    /// (a farm's tractors are no Mazdas) or boats (a marina's boats are no Hondas).
    enum Fleet: Sendable { case cars, trucks, farm, boats }
    let part: Part
    let key: UInt64
    var fleet = Fleet.cars
    var uniqueCapacity: UInt64 { part == .vin ? 20_000_000 : 0 }
    /// Heads of tables whose vehicles are heavy trucks.
    static let heavyHeads: Set<String> = ["truck", "lorry", "semi", "rig", "hgv", "tractor_trailer", "big_rig", "tractor_unit"]
    /// Whether a table of that name holds heavy trucks.
    static func isHeavy(entity: String) -> Bool { heavyHeads.contains(Inflector.singular(KindInference.head(ofEntity: entity))) }
    /// Heads of tables of farm machines, and of machines in general that a farm's are (`equipment` of a farm).
    static let farmHeads: Set<String> = ["tractor", "combine", "harvester", "baler", "sprayer", "planter"]
    static let machineHeads: Set<String> = ["equipment", "machine", "machinery", "implement", "asset"]
    /// Heads of tables of boats (a marina's boats are no Hondas).
    static let boatHeads: Set<String> = ["boat", "yacht", "vessel", "sailboat", "powerboat", "cruiser", "watercraft"]
    static let farmWords: Set<String> = ["farm", "farms", "farming", "agriculture", "agricultural", "agri", "ranch", "crop", "crops",
                                         "harvest", "orchard", "vineyard", "dairy", "acreage"]
    /// The fleet of a table, from its name and the dataset's (`farm_management`).
    static func fleet(entity: String, dataset: String) -> Fleet {
        let head = Inflector.singular(KindInference.head(ofEntity: entity))
        if heavyHeads.contains(head) { return .trucks }
        if farmHeads.contains(head) { return .farm }
        if machineHeads.contains(head), !Set(KindInference.tokens(dataset)).isDisjoint(with: farmWords) { return .farm }
        if boatHeads.contains(head) { return .boats }
        return .cars
    }

    static let vinChars: [UInt8] = Array("ABCDEFGHJKLMNPRSTUVWXYZ0123456789".utf8)
    static let plantChars: [UInt8] = Array("ABCDEFGHJKLMNPRSTUVW".utf8)
    static let yearCodes: [UInt8] = Array("ABCDEFGHJKLMNPRSTVWXY123456789".utf8)  // 2010 = A … 2039 = 9

    /// ISO 3779 letter values for A…Z (I, O and Q never occur).
    static let letterValues: [Int] = [1, 2, 3, 4, 5, 6, 7, 8, 0, 1, 2, 3, 4, 5, 0, 7, 0, 9, 2, 3, 4, 5, 6, 7, 8, 9]

    static func transliterate(_ ch: UInt8) -> Int {
        if ch >= 48 && ch <= 57 { return Int(ch) - 48 }
        if ch >= 65 && ch <= 90 { return letterValues[Int(ch) - 65] }
        return 0
    }

    /// The ISO 3779 check character for a 17-character VIN (position 9 is ignored).
    static func checkCharacter(_ vin: some Sequence<UInt8>) -> UInt8 {
        let weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
        var sum = 0
        for (i, ch) in vin.enumerated() { sum += transliterate(ch) * weights[i] }
        let r = sum % 11
        return r == 10 ? UInt8(ascii: "X") : 48 + UInt8(r)
    }

    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        var v = CellRandom(key: key, row: c.row)
        let (makes, models, wmi): (WordTable, [WordTable], WordTable) = switch fleet {
        case .cars: (Words.vehicleMakes, Words.vehicleModels, Words.vehicleWMI)
        case .trucks: (Words.truckMakes, Words.truckModels, Words.truckWMI)
        case .farm: (Words.farmMakes, Words.farmModels, Words.farmWMI)
        case .boats: (Words.boatMakes, Words.boatModels, Words.boatWMI)
        }
        let make = v.below(makes.count)
        let anchorYear = CivilTime.civil(CivilTime.floorDiv(c.anchor, 86_400)).year
        let year = anchorYear - v.below(20)
        switch part {
        case .make: makes.append(make, to: &out)
        case .model: models[make].appendRandom(&v, to: &out)
        case .year: return .int(Int64(year))
        case .vin:
            let s = out.count
            wmi.append(make, to: &out)
            for _ in 0..<5 { out.append(Self.vinChars[c.r.below(Self.vinChars.count)]) }
            out.append(48)  // check placeholder
            out.append(Self.yearCodes[((year - 2010) % 30 + 30) % 30])
            if var u = c.unique {
                out.append(Self.plantChars[Int(u / 1_000_000 % 20)])
                u %= 1_000_000
                ByteFormat.appendPadded(Int(u), width: 6, to: &out)
            } else {
                out.append(Self.plantChars[c.r.below(20)])
                ByteFormat.appendPadded(c.r.below(1_000_000), width: 6, to: &out)
            }
            out[s + 8] = Self.checkCharacter(out[s..<(s + 17)])
        }
        return .text
    }
}

struct MedicalKind: ShapedKind {
    enum Part: Sendable { case diagnosis, icd10 }
    let part: Part
    let key: UInt64
    var uniqueCapacity: UInt64 { UInt64(Words.diagnoses.count) }
    /// ICD-10-CM codes are a letter, two digits and a subcategory (`E11.9`); diagnoses are names.
    var shape: (template: String, listed: [String])? {
        part == .icd10 ? ("?##.#", (0..<Words.icd10.count).map(Words.icd10.string)) : nil
    }
    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        var r = CellRandom(key: key, row: c.row)
        let i = c.unique.map { Int($0) } ?? r.below(Words.diagnoses.count)
        (part == .diagnosis ? Words.diagnoses : Words.icd10).append(i, to: &out)
        return .text
    }
}

/// National Provider Identifiers: ten digits, the last a Luhn check over `80840` + the first nine.
struct NPIKind: KindGenerator {
    var uniqueCapacity: UInt64 { 100_000_000 }
    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        var d: [UInt8] = Array("80840".utf8)
        d.append(c.r.chance(0.7) ? 49 : 50)
        if var u = c.unique {
            var tail = [UInt8](repeating: 48, count: 8)
            for i in stride(from: 7, through: 0, by: -1) { tail[i] = 48 + UInt8(u % 10); u /= 10 }
            d.append(contentsOf: tail)
        } else {
            for _ in 0..<8 { d.append(48 + UInt8(c.r.below(10))) }
        }
        let check = Luhn.checkDigit(d[...])
        out.append(contentsOf: d[5...])
        out.append(48 + check)
        return .text
    }
}

struct CourseKind: KindGenerator {
    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        if c.r.chance(0.7) {
            Words.coursePrefixes.appendRandom(&c.r, to: &out); out.append(32)
            Words.subjects.appendRandom(&c.r, to: &out)
        } else {
            Words.subjects.appendRandom(&c.r, to: &out); out.append(32)
            ByteFormat.appendInt(Int64(100 + 100 * c.r.below(4) + c.r.below(99)), to: &out)
        }
        return .text
    }
}

struct SchoolKind: KindGenerator {
    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        let k = c.r.below(Words.schoolPatterns.count)
        let city = c.r.below(c.locale.cities.count)
        if k == 0 {
            Words.schoolPatterns.append(0, to: &out)
            c.locale.cities.append(city, LocaleData.CityColumn.name, to: &out)
        } else {
            c.locale.cities.append(city, c.r.chance(0.5) ? LocaleData.CityColumn.name : LocaleData.CityColumn.region, to: &out)
            out.append(32)
            Words.schoolPatterns.append(k, to: &out)
        }
        return .text
    }
}

/// A hospital's, a clinic's or a dental practice's name, from words that name no city (a name with a city would contradict the row's own
/// `city`): "Riverbend General Hospital", "St. Luke's Medical Center"; "Lakeview Family Clinic", "Summit Urgent Care".
struct HealthFacilityKind: KindGenerator {
    enum Facility: Sendable { case hospital, clinic, dental }
    let facility: Facility

    static let places = ["Riverbend", "Lakeview", "Green Valley", "Hillcrest", "Northside", "Parkview", "Hilltop", "Cedar Grove", "Bayview",
                         "Summit", "Willow Creek", "Oak Tree", "Main Street", "Brookside"]
    /// Names a hospital takes from a church or a virtue, as clinics and dentists do not.
    static let hospitalPlaces = ["Mercy", "Good Samaritan", "Good Shepherd", "Sacred Heart", "Baptist", "Presbyterian"]
    static let saints = ["Mary's", "Joseph's", "Luke's", "Vincent's", "Francis", "Jude", "Anthony's", "Elizabeth's", "Catherine's"]
    static let hospitalKinds = [" General Hospital", " Medical Center", " Community Hospital", " Memorial Hospital",
                                " Regional Medical Center", " Children's Hospital"]
    static let dentalKinds = [" Dental Care", " Family Dentistry", " Dental Group", " Smiles", " Dental Studio", " Orthodontics"]
    static let clinicKinds = [" Family Clinic", " Health Clinic", " Medical Group", " Urgent Care", " Family Practice",
                              " Primary Care", " Women's Health", " Pediatrics"]

    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        let kinds = facility == .hospital ? Self.hospitalKinds : facility == .dental ? Self.dentalKinds : Self.clinicKinds
        if facility == .hospital, c.r.chance(0.25) {
            out.append(contentsOf: "St. ".utf8)
            out.append(contentsOf: Self.saints[c.r.below(Self.saints.count)].utf8)
            out.append(contentsOf: (c.r.chance(0.5) ? " Hospital" : " Medical Center").utf8)
        } else {
            let pool = facility == .hospital && c.r.chance(0.3) ? Self.hospitalPlaces : Self.places
            out.append(contentsOf: pool[c.r.below(pool.count)].utf8)
            out.append(contentsOf: kinds[c.r.below(kinds.count)].utf8)
        }
        return .text
    }
}

struct MediaTitleKind: KindGenerator {
    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        switch c.r.below(4) {
        case 0:
            out.append(contentsOf: "The ".utf8); Words.titleAdjectives.appendRandom(&c.r, to: &out)
            out.append(32); Words.titleNouns.appendRandom(&c.r, to: &out)
        case 1:
            // "The Secret of the Island": a thing of a place, not "The Dream of Kingdom", nor "The Island of the
            // Island" (a word both lists hold takes the next place).
            let noun = c.r.below(Words.titleNouns.count)
            var place = c.r.below(Words.titlePlaces.count)
            if Words.titlePlaces.entry(place).elementsEqual(Words.titleNouns.entry(noun)) { place = (place + 1) % Words.titlePlaces.count }
            out.append(contentsOf: "The ".utf8); Words.titleNouns.append(noun, to: &out)
            out.append(contentsOf: " of the ".utf8); Words.titlePlaces.append(place, to: &out)
        case 2:
            Words.titleAdjectives.appendRandom(&c.r, to: &out); out.append(32); Words.titleNouns.appendRandom(&c.r, to: &out)
        default:
            // "A Winter in the Valley", "An Autumn in the City": a time spent in a place, not "A Summer in Road".
            let time = Words.titleTimes.string(c.r.below(Words.titleTimes.count))
            out.append(contentsOf: (TextPolish.needsAn(Array(time)) ? "An " : "A ").utf8)
            out.append(contentsOf: time.utf8)
            out.append(contentsOf: " in the ".utf8); Words.titlePlaces.appendRandom(&c.r, to: &out)
        }
        return .text
    }
}

struct ArtistKind: KindGenerator {
    let person: PersonSource
    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        if c.r.chance(0.5) {
            out.append(contentsOf: "The ".utf8); Words.bandModifiers.appendRandom(&c.r, to: &out)
            out.append(32); Words.bandNouns.appendRandom(&c.r, to: &out)
        } else {
            person.person(&c).appendFull(to: &out)
        }
        return .text
    }
}

/// ISBN-13 with a valid check digit.
struct ISBNKind: KindGenerator {
    var uniqueCapacity: UInt64 { 1_000_000_000 }
    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        var d: [UInt8] = Array("978".utf8)
        if var u = c.unique {
            var tail = [UInt8](repeating: 48, count: 9)
            for i in stride(from: 8, through: 0, by: -1) { tail[i] = 48 + UInt8(u % 10); u /= 10 }
            d.append(contentsOf: tail)
        } else {
            for _ in 0..<9 { d.append(48 + UInt8(c.r.below(10))) }
        }
        var sum = 0
        for (i, ch) in d.enumerated() { sum += (Int(ch) - 48) * (i % 2 == 0 ? 1 : 3) }
        let check = UInt8((10 - sum % 10) % 10)
        out.append(contentsOf: d[0..<3]); out.append(45)
        out.append(d[3]); out.append(45)
        out.append(contentsOf: d[4..<8]); out.append(45)
        out.append(contentsOf: d[8..<12]); out.append(45)
        out.append(48 + check)
        return .text
    }
}

struct FlightNumberKind: KindGenerator {
    let airlineKey: UInt64
    var uniqueCapacity: UInt64 { 9999 }
    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        var r = CellRandom(key: airlineKey, row: c.row)
        Words.airlines.append(r.below(Words.airlines.count), 1, to: &out)
        ByteFormat.appendInt(Int64(c.unique.map { Int($0) + 1 } ?? (1 + c.r.below(c.r.chance(0.6) ? 999 : 9999))), to: &out)
        return .text
    }
}

struct SeatKind: KindGenerator {
    var uniqueCapacity: UInt64 { 60 * 6 }
    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        let v = c.unique.map { Int($0) } ?? c.r.below(40 * 6)
        ByteFormat.appendInt(Int64(v / 6 + 1), to: &out)
        out.append(65 + UInt8(v % 6))
        return .text
    }
}

/// A hotel's name; one named for a city is named for the row's own (no "Fresno Summit Resort" in Anchorage).
struct HotelKind: KindGenerator {
    let address: AddressSource
    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        if c.r.chance(0.5) {
            out.append(contentsOf: "The ".utf8); Words.hotelWords.appendRandom(&c.r, to: &out)
        } else {
            c.locale.cities.append(address.city(c), LocaleData.CityColumn.name, to: &out)
            out.append(32); Words.hotelWords.appendRandom(&c.r, to: &out)
        }
        out.append(32); Words.hotelTypes.appendRandom(&c.r, to: &out)
        return .text
    }
}

/// Carriers and tracking numbers in that carrier's shape, agreeing on the row.
struct CarrierKind: KindGenerator {
    let key: UInt64
    let tracking: Bool
    var uniqueCapacity: UInt64 { tracking ? 1_000_000_000 : UInt64(Words.carriers.count) }
    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        var r = CellRandom(key: key, row: c.row)
        let carrier = r.below(Words.carriers.count)
        if !tracking {
            Words.carriers.append(c.unique.map { Int($0) } ?? carrier, to: &out)
            return .text
        }
        let t = Array(Words.carrierTrackingPatterns.entry(carrier))
        let s = out.count
        Pattern.appendRandom(template: t, &c.r, to: &out)
        if var u = c.unique {
            var i = out.count - 1, k = 0
            while i >= s && k < 9 { if t[i - s] == UInt8(ascii: "#") { out[i] = 48 + UInt8(u % 10); u /= 10; k += 1 }; i -= 1 }
        }
        return .text
    }
}

/// Dotted versions: `major.minor.patch`, small majors most often.
struct VersionKind: KindGenerator {
    let prefix: String
    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        out.append(contentsOf: prefix.utf8)
        ByteFormat.appendInt(Int64(Zipf.sample(n: 12, s: 1.3, &c.r)) - 1 + (prefix.isEmpty ? 1 : 0), to: &out)
        out.append(46); ByteFormat.appendInt(Int64(c.r.below(20)), to: &out)
        out.append(46); ByteFormat.appendInt(Int64(c.r.below(30)), to: &out)
        return .text
    }
}

struct FileKind: KindGenerator {
    enum Part: Sendable { case name, fileExtension, mime }
    let part: Part
    let key: UInt64
    var uniqueCapacity: UInt64 { part == .name ? 1 << 62 : 0 }
    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        var r = CellRandom(key: key, row: c.row)
        let f = r.below(Words.files.count)
        switch part {
        case .fileExtension: Words.files.append(f, 0, to: &out)
        case .mime: Words.files.append(f, 1, to: &out)
        case .name:
            Words.fileWords.appendRandom(&c.r, to: &out); out.append(95)
            if let u = c.unique { ByteFormat.appendUInt(u, to: &out) } else { Words.fileWords.appendRandom(&c.r, to: &out) }
            out.append(46); Words.files.append(f, 0, to: &out)
        }
        return .text
    }
}

/// Licence plates in the shape of the row's country; unique mode numbers the first locale's first shape.
struct PlateKind: KindGenerator {
    /// Shapes per locale, in `LocaleData.all` order.
    let shapes: [PatternsKind]
    let primary: PatternsKind

    init(primary locale: LocaleData) {
        shapes = LocaleData.codes.map { PatternsKind(Words.platePatterns[$0] ?? "???-####") }
        primary = PatternsKind(Words.platePatterns[locale.code] ?? "???-####")
    }

    var uniqueCapacity: UInt64 { primary.uniqueCapacity }

    func generate(_ c: inout CellContext, _ out: inout CellBytes) -> KindValue {
        if c.unique != nil { return primary.generate(&c, &out) }
        return shapes[c.locale.index].generate(&c, &out)
    }
}
