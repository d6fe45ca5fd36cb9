/// Everything locale-specific the generators need: names, places that agree
/// with each other (city, region, region code, postal prefix, coordinates,
/// time zone), street and phone formats, e-mail providers.
///
/// Tables are `|`-joined literals split lazily (see `WordTable`).
public final class LocaleData: Sendable {
    /// How a street line is composed from a street name and a building number.
    public enum StreetStyle: Sendable {
        /// `742 Maple Street` (name + suffix after the number).
        case numberFirst
        /// `Hauptstraße 12`.
        case numberLast
        /// `Calle Mayor, 23`.
        case numberAfterComma
        /// `丸の内1-2-3`.
        case japanese
    }

    /// How a full address line is composed.
    public enum AddressStyle: Sendable {
        case us, europe, brazil, japan
    }

    public let code: String
    public let country: String
    public let countryCode: String
    public let currency: String
    public let nationality: String
    public let maleFirst: WordTable
    public let femaleFirst: WordTable
    public let last: WordTable
    /// Romanised names, index-aligned with the native tables, for scripts that do not fold to ASCII.
    public let maleFirstLatin: WordTable?
    public let femaleFirstLatin: WordTable?
    public let lastLatin: WordTable?
    /// city|region|region code|postal prefix|latitude|longitude|time zone
    public let cities: RecordTable
    /// The first row of each distinct city name, in table order: unique city names enumerate
    /// these, since two cities may share a name (Charleston, SC and Charleston, WV).
    let distinctCityRows: [Int]
    /// `#` a digit; the postal prefix of the city replaces the leading `#`s.
    public let postalFormat: String
    public let streets: WordTable
    public let streetSuffixes: WordTable?
    public let streetStyle: StreetStyle
    public let addressStyle: AddressStyle
    /// `#` any digit, `%` a digit 2–9.
    public let phoneFormats: WordTable
    public let secondary: WordTable
    public let emailDomains: WordTable
    public let maleTitles: WordTable
    public let femaleTitles: WordTable
    /// Legal-form suffixes for company names (GmbH, SARL, Ltda. …).
    public let companySuffixes: WordTable
    /// country, country code, currency, nationality as bytes (entries 0–3), for the hot path.
    let facts: WordTable
    /// Latitude and longitude of each city, interleaved, parsed once.
    let coordinates: [Double]

    init(code: String, country: String, countryCode: String, currency: String, nationality: String,
         maleFirst: WordTable, femaleFirst: WordTable, last: WordTable,
         maleFirstLatin: WordTable?, femaleFirstLatin: WordTable?, lastLatin: WordTable?,
         cities: RecordTable, postalFormat: String, streets: WordTable, streetSuffixes: WordTable?,
         streetStyle: StreetStyle, addressStyle: AddressStyle, phoneFormats: WordTable, secondary: WordTable,
         emailDomains: WordTable, maleTitles: WordTable, femaleTitles: WordTable) {
        self.code = code; self.country = country; self.countryCode = countryCode; self.currency = currency
        self.nationality = nationality; self.maleFirst = maleFirst; self.femaleFirst = femaleFirst; self.last = last
        self.maleFirstLatin = maleFirstLatin; self.femaleFirstLatin = femaleFirstLatin; self.lastLatin = lastLatin
        self.cities = cities; self.postalFormat = postalFormat; self.streets = streets; self.streetSuffixes = streetSuffixes
        self.streetStyle = streetStyle; self.addressStyle = addressStyle; self.phoneFormats = phoneFormats
        self.secondary = secondary; self.emailDomains = emailDomains; self.maleTitles = maleTitles; self.femaleTitles = femaleTitles
        companySuffixes = Words.companySuffixesByLocale[code] ?? Words.companySuffixes
        facts = WordTable([country, countryCode, currency, nationality].joined(separator: "|"))
        var seenCities = Set<String>()
        distinctCityRows = (0..<cities.count).filter { seenCities.insert(cities.string($0, CityColumn.name)).inserted }
        coordinates = (0..<cities.count).flatMap { c in
            [Double(cities.string(c, CityColumn.lat)) ?? 0, Double(cities.string(c, CityColumn.lon)) ?? 0]
        }
    }

    public static let all: [LocaleData] = [.enUS, .deDE, .frFR, .esES, .ptBR, .jaJP]
    public static let codes: [String] = all.map(\.code)

    /// Position in `all`.
    public var index: Int { LocaleData.codes.firstIndex(of: code) ?? 0 }

    public static func index(of code: String) -> Int? {
        let c = code.replacingOccurrences(of: "-", with: "_")
        return codes.firstIndex { $0.lowercased() == c.lowercased() }
    }

    enum CityColumn {
        static let name = 0, region = 1, regionCode = 2, postal = 3, lat = 4, lon = 5, timezone = 6
    }
}
