import DoppelJSON
import DoppelText

/// What a kind's generator is built from: the field, its resolved type, and
/// the keys of the row-wide streams it shares with other fields.
struct KindBuildContext {
    let seed: UInt64
    let entity: String
    let field: Field
    let type: FieldType
    /// Key of the person (or address) this field's role draws from.
    let personKey: UInt64
    let addressKey: UInt64
    /// The schema's first locale: unique modes enumerate its tables.
    let primaryLocale: LocaleData
    let anchor: Int64
    /// Digits after the point the column is written with: unique numbers are enumerated at no
    /// finer a step, or two values would print the same.
    let writtenPrecision: Int
    /// The unique name field this field's person follows, if its role has one.
    var personEnumeration: PersonEnumeration?
    /// The dataset's name (`daycare`): a setting some kinds read (`LifeStage`).
    var dataset = ""
    /// The entity has a school grade column (`SchemaResolver.schoolGradeColumn`): its students are pupils.
    var schoolGrades = false
    /// The entity's places are one city's (`SchemaResolver.isLocalNetwork`): a bike share's stations.
    var oneCity = false
    /// The entity is a meal ordered for delivery (`SchemaResolver.isMealOrder`): its statuses are a kitchen's.
    var mealOrder = false

    /// What the entity's vehicles are (`VehicleKind.fleet`): cars, heavy trucks or farm machinery.
    var fleet: VehicleKind.Fleet { VehicleKind.fleet(entity: entity, dataset: dataset) }

    func choiceKey(_ c: RowChoice) -> UInt64 { Mix.key(seed: seed, entity: entity, stream: c.rawValue) }

    /// Words that name where a trip starts: a column named by one (or by none, `airport_code`) is the row's first airport.
    static let startWords: Set<String> = ["origin", "departure", "depart", "departing", "from", "source", "outbound", "start", "home"]

    /// The role of an airport column that is not where the trip starts (`destination`, `arrival_airport`,
    /// `layover_airport_code`): its own pick, never the starting airport. Nil for the starting airport.
    var airportRole: String? {
        let own: Set<String> = ["airport", "airports", "code", "name", "iata", "icao"]
        let words = KindInference.tokens(field.name).filter { !own.contains($0) }
        guard !words.isEmpty, !words.contains(where: Self.startWords.contains) else { return nil }
        return words.joined(separator: "_")
    }

    /// In a table of airports (airlines), the place columns are the picked record's own: an airport's city,
    /// country, coordinates and time zone, an airline's home country, agreeing with its code and name.
    func placeRecord(_ kind: String) -> SharedPickKind? {
        let head = KindInference.head(ofEntity: entity)
        let parts: [String: Int], table: RecordTable, key: UInt64
        switch head {
        case "airport":
            parts = ["address.city": 2, "address.country": 3, "address.latitude": 4, "address.longitude": 5, "address.timezone": 6]
            (table, key) = (Words.airports, choiceKey(.airport))
        case "airline":
            (parts, table, key) = (["address.country": 2], Words.airlines, choiceKey(.airline))
        default: return nil
        }
        guard let column = parts[kind] else { return nil }
        return SharedPickKind(table: table, column: column, key: key, numeric: kind == "address.latitude" || kind == "address.longitude")
    }

    func string(_ name: String) -> String? { field.options[name]?.stringValue }
    func number(_ name: String) -> Double? { field.options[name]?.doubleValue }
    /// An integer option exactly as written (a double would round large ones), else a number clamped.
    func integer(_ name: String) -> Int64? { field.options[name].flatMap { $0.int64Value ?? $0.doubleValue.map(clampedInt) } }
}

/// Builds generators from kind names.
enum KindFactory {
    /// A whole number of seconds within a day, for a time kind's numeric bound; nil outside 0–86,399.
    static func secondsOfDay(_ x: Double) -> Int64? {
        x >= 0 && x < 86_400 && x == x.rounded() ? Int64(x) : nil
    }

    /// The generator for `kind`, or a message saying what is wrong with the field's options.
    static func make(_ kind: String, _ b: KindBuildContext) -> Result<any KindGenerator, KindBuildError> {
        let f = b.field
        let person = PersonSource(key: b.personKey, years: LifeStage.years(ofEntity: b.entity, dataset: b.dataset, schoolGrades: b.schoolGrades), enumeration: b.personEnumeration)
        let address = AddressSource(key: b.addressKey, oneCity: b.oneCity)
        if let record = b.placeRecord(kind) { return .success(record) }
        func number(_ lo: Double, _ hi: Double, _ dist: Distribution, integer: Bool, precision: Int) -> Result<any KindGenerator, KindBuildError> {
            var lo2 = f.min ?? lo, hi2 = f.max ?? hi
            // Integers must fit Int64 exactly; doubles hold integers exactly up to 2^53.
            if isIntegerKind(integer), max(abs(lo2), abs(hi2)) > 9.0e15 {
                return .failure(KindBuildError("min/max: integer bounds must lie within ±9,000,000,000,000,000"))
            }
            if !lo2.isFinite || !hi2.isFinite || max(abs(lo2), abs(hi2)) > 1e300 {
                return .failure(KindBuildError("min/max: expected finite bounds"))
            }
            // One bound given beyond the other's default: keep the default span on the given side.
            if f.min != nil && f.max == nil && lo2 > hi2 { hi2 = lo2 + (hi - lo) }
            if f.max != nil && f.min == nil && lo2 > hi2 { lo2 = hi2 - (hi - lo) }
            // Both given and crossed: the resolver has already reported it.
            if lo2 > hi2 { return .failure(KindBuildError("")) }
            let isInt = b.type == .integer || (integer && b.type != .decimal && b.type != .float)
            return .success(NumberKind(lo: lo2, hi: hi2, distribution: f.distribution ?? dist, integer: isInt,
                                       precision: min(f.precision ?? precision, b.writtenPrecision)))
        }
        func numeric(_ kind: String) -> Result<any KindGenerator, KindBuildError> {
            guard let d = KindOptions.numeric[kind] else { return .failure(KindBuildError("unknown kind \"\(kind)\"")) }
            return number(d.min, d.max, d.distribution, integer: d.integer, precision: d.precision)
        }
        func isIntegerKind(_ integer: Bool) -> Bool { b.type == .integer || (integer && b.type != .decimal && b.type != .float) }
        func intRange() -> ClosedRange<Int64>? {
            guard f.min != nil || f.max != nil else { return nil }
            let lo = clampedInt(f.min ?? 0), hi = f.max.map(clampedInt) ?? lo + 100
            return lo <= hi ? lo...hi : hi...hi
        }
        switch kind {
        case "id.sequence":
            let step = b.integer("step") ?? 1
            if step == 0 { return .failure(KindBuildError("step: a sequence with step 0 gives every row the same value; use a non-zero step")) }
            return .success(SequenceKind(start: b.integer("start") ?? clampedInt(f.min ?? 1), step: step))
        case "id.uuid": return .success(UUIDKind(key: Mix.key(seed: b.seed, entity: b.entity, stream: f.name + "@uuid")))
        case "id.pattern": return .success(PatternKind(f.pattern ?? b.string("pattern") ?? "ID-########"))
        case "person.first_name": return .success(FirstNameKind(person: person, middle: false, capacityLocale: b.primaryLocale))
        case "person.middle_name": return .success(FirstNameKind(person: person, middle: true, capacityLocale: b.primaryLocale))
        case "person.last_name": return .success(LastNameKind(person: person, capacityLocale: b.primaryLocale))
        case "person.full_name": return .success(FullNameKind(person: person, capacityLocale: b.primaryLocale))
        case "person.gender": return .success(GenderKind(person: person, short: f.options["short"]?.boolValue ?? false))
        case "person.title": return .success(TitleKind(person: person))
        case "person.suffix": return .success(SuffixKind())
        case "person.couple": return .success(CoupleKind())
        case "person.age": return .success(AgeKind(person: person, range: intRange()))
        case "person.birth_date": return .success(BirthDateKind(person: person))
        case "person.nationality": return .success(NationalityKind())
        case "internet.email":
            return .success(EmailKind(person: person, domain: (b.string("domain")).map { Array($0.utf8) }))
        case "internet.username": return .success(UsernameKind(person: person))
        case "internet.url": return .success(URLKind())
        case "internet.repo_url": return .success(RepoURLKind())
        case "internet.image_url": return .success(ImageURLKind())
        case "internet.domain": return .success(DomainKind())
        case "internet.ipv4": return .success(IPv4Kind())
        case "internet.ipv6": return .success(IPv6Kind())
        case "internet.user_agent": return .success(UserAgentKind())
        case "internet.mac_address": return .success(MACKind())
        case "internet.slug": return .success(SlugKind())
        case "internet.password_hash": return .success(PasswordHashKind())
        case "phone.number": return .success(PhoneKind(formatPick: Mix.key(seed: b.seed, entity: b.entity, stream: "@phone-format:" + f.name)))
        case "address.street": return .success(AddressKind(part: .street, address: address, capacityLocale: b.primaryLocale))
        case "address.street_name": return .success(AddressKind(part: .streetName, address: address, capacityLocale: b.primaryLocale))
        case "address.building_number": return .success(AddressKind(part: .buildingNumber, address: address, capacityLocale: b.primaryLocale))
        case "address.secondary": return .success(AddressKind(part: .secondary, address: address, capacityLocale: b.primaryLocale))
        case "address.city": return .success(AddressKind(part: .city, address: address, capacityLocale: b.primaryLocale))
        case "address.region": return .success(AddressKind(part: .region, address: address, capacityLocale: b.primaryLocale))
        case "address.region_code": return .success(AddressKind(part: .regionCode, address: address, capacityLocale: b.primaryLocale))
        case "address.postal_code": return .success(AddressKind(part: .postalCode, address: address, capacityLocale: b.primaryLocale))
        case "address.country": return .success(AddressKind(part: .country, address: address, capacityLocale: b.primaryLocale))
        case "address.country_code": return .success(AddressKind(part: .countryCode, address: address, capacityLocale: b.primaryLocale))
        case "address.latitude": return .success(AddressKind(part: .latitude, address: address, capacityLocale: b.primaryLocale))
        case "address.longitude": return .success(AddressKind(part: .longitude, address: address, capacityLocale: b.primaryLocale))
        case "address.full": return .success(AddressKind(part: .full, address: address, capacityLocale: b.primaryLocale))
        case "address.timezone": return .success(AddressKind(part: .timezone, address: address, capacityLocale: b.primaryLocale))
        case "company.name": return .success(CompanyNameKind(companyKey: b.choiceKey(.company), capacityLocale: b.primaryLocale))
        case "company.industry": return .success(WordKind(Words.industries))
        case "company.department": return .success(WordKind(Words.departments))
        case "company.job_title": return .success(JobTitleKind(jobKey: b.choiceKey(.job)))
        case "company.catch_phrase": return .success(CatchPhraseKind())
        case "company.ein": return .success(PatternKind("%#-#######"))
        case "commerce.product_name": return .success(ProductNameKind(productKey: b.choiceKey(.product)))
        case "commerce.category": return .success(CategoryKind(productKey: b.choiceKey(.product)))
        case "commerce.sku": return .success(PatternKind("???-#####"))
        case "commerce.price": return numeric(kind)
        case "commerce.currency": return .success(CurrencyKind())
        case "commerce.quantity": return .success(QuantityKind(range: intRange()))
        case "commerce.order_status":
            if b.mealOrder { return .success(WeightedWordKind(Words.mealOrderStatuses, weights: Words.mealOrderStatusWeights)) }
            return .success(WeightedWordKind(Words.orderStatuses, weights: Words.orderStatusWeights))
        case "commerce.payment_method": return .success(WeightedWordKind(Words.paymentMethods, weights: Words.paymentWeights))
        case "commerce.brand": return .success(WordKind(Words.brands))
        case "commerce.color", "color.name":
            return .success(SharedPickKind(table: colorTable, column: 0, key: b.choiceKey(.product) ^ 0xC0102))
        case "color.hex": return .success(ColorKind(key: b.choiceKey(.product) ^ 0xC0102))
        case "commerce.material": return .success(WordKind(Words.materials))
        case "commerce.rating": return .success(RatingKind(average: b.type == .decimal || b.type == .float))
        case "commerce.discount": return .success(DiscountKind())
        case "commerce.shipping_method": return .success(WordKind(Words.shippingMethods))
        case "commerce.coupon_code": return .success(CouponKind())
        case "finance.account_number": return .success(PatternKind("%###########"))
        case "finance.iban": return .success(IBANKind())
        case "finance.bic": return .success(BICKind())
        case "finance.routing_number": return .success(RoutingNumberKind())
        case "finance.card_number": return .success(CardNumberKind(cardKey: b.choiceKey(.card)))
        case "finance.card_type": return .success(CardTypeKind(cardKey: b.choiceKey(.card)))
        case "finance.card_expiry": return .success(CardExpiryKind())
        case "finance.cvv": return .success(CVVKind(cardKey: b.choiceKey(.card)))
        case "finance.amount": return numeric(kind)
        case "finance.transaction_type": return .success(WeightedWordKind(Words.transactionTypes, weights: Words.transactionTypeWeights))
        case "finance.merchant": return .success(WordKind(Words.merchants))
        case "finance.currency_code": return .success(WordKind(Words.currencyCodes, shape: "???"))
        case "finance.stock_ticker": return .success(WordKind(Words.tickers, shape: "????"))
        case "number.integer": return numeric(kind)
        case "number.decimal": return numeric(kind)
        case "number.float": return numeric(kind)
        case "number.percentage": return numeric(kind)
        case "boolean": return .success(BooleanKind(probability: f.probability ?? 0.5))
        case "enum":
            guard let values = f.values, !values.isEmpty else { return .failure(KindBuildError("enum needs a non-empty values list")) }
            // A relationship that names a sex agrees with the row's person (a mother is a woman).
            if !f.unique, !Set(KindInference.tokens(f.name)).isDisjoint(with: ["relationship", "relation", "kinship"]),
               let gendered = GenderedEnumKind.make(values: values, weights: f.weights, person: person) {
                return .success(gendered)
            }
            return .success(EnumKind(values: values, weights: f.weights))
        case "text.word": return .success(TextKind(form: .word, productKey: 0))
        case "text.label": return .success(LabelKind(column: f.name))
        case "text.words": return .success(TextKind(form: .words, productKey: 0))
        case "manufacturing.part_name": return .success(PartNameKind())
        case "food.ingredient": return .success(WordKind(ItemLists.ingredients))
        case "person.skill": return .success(WordKind(ItemLists.skills))
        case "text.items": return .success(ItemListKind(table: ItemLists.table(forColumn: f.name) ?? ItemLists.tags))
        case "text.sentence": return .success(TextKind(form: .sentence, productKey: 0))
        case "text.paragraph": return .success(TextKind(form: .paragraph, productKey: 0))
        case "text.title": return .success(TextKind(form: .title, productKey: 0))
        case "text.review": return .success(TextKind(form: .review, productKey: 0))
        case "text.comment": return .success(TextKind(form: .comment, productKey: 0))
        case "text.description": return .success(TextKind(form: .description, productKey: b.choiceKey(.product)))
        case "text.bio":
            let noun = SchemaResolver.noun(b.entity).split(separator: " ").map(String.init)
            let occupation = WorkLexicon.entry(for: noun)?.words == noun.count ? noun.joined(separator: " ") : nil
            return .success(BioKind(person: person, address: address, jobKey: b.choiceKey(.job), occupation: occupation))
        case "vehicle.vin": return .success(VehicleKind(part: .vin, key: b.choiceKey(.vehicle), fleet: b.fleet))
        case "vehicle.make": return .success(VehicleKind(part: .make, key: b.choiceKey(.vehicle), fleet: b.fleet))
        case "vehicle.model": return .success(VehicleKind(part: .model, key: b.choiceKey(.vehicle), fleet: b.fleet))
        case "vehicle.year": return .success(VehicleKind(part: .year, key: b.choiceKey(.vehicle), fleet: b.fleet))
        case "vehicle.license_plate": return .success(PlateKind(primary: b.primaryLocale))
        case "health.blood_type": return .success(WeightedWordKind(Words.bloodTypes, weights: Words.bloodWeights))
        case "health.diagnosis": return .success(MedicalKind(part: .diagnosis, key: b.choiceKey(.diagnosis)))
        case "health.icd10_code": return .success(MedicalKind(part: .icd10, key: b.choiceKey(.diagnosis)))
        case "health.medication": return .success(WordKind(Words.medications))
        case "health.npi": return .success(NPIKind())
        case "health.blood_pressure": return .success(BloodPressureKind())
        case "health.lab_analyte": return .success(LabKind(part: .analyte, key: b.choiceKey(.lab)))
        case "health.lab_unit": return .success(LabKind(part: .unit, key: b.choiceKey(.lab)))
        case "health.lab_range": return .success(LabKind(part: .range, key: b.choiceKey(.lab)))
        case "health.lab_low": return .success(LabKind(part: .low, key: b.choiceKey(.lab)))
        case "health.lab_high": return .success(LabKind(part: .high, key: b.choiceKey(.lab)))
        case "health.lab_value": return .success(LabKind(part: .value, key: b.choiceKey(.lab)))
        case "health.lab_flag": return .success(LabKind(part: .flag, key: b.choiceKey(.lab)))
        case "health.lab_panel": return .success(LabKind(part: .panel, key: b.choiceKey(.lab)))
        case "health.allergy": return .success(WordKind(Words.allergies))
        case "health.vaccine": return .success(WordKind(Words.vaccines))
        case "health.specialty": return .success(WordKind(Words.specialties))
        case "education.course_name": return .success(CourseKind())
        case "education.subject": return .success(WordKind(Words.subjects))
        case "education.grade": return .success(WeightedWordKind(Words.grades, weights: Words.gradeWeights))
        case "education.degree": return .success(WordKind(Words.degrees))
        case "education.school": return .success(SchoolKind())
        case "health.hospital": return .success(HealthFacilityKind(facility: .hospital))
        case "health.clinic": return .success(HealthFacilityKind(facility: .clinic))
        case "health.dental_practice": return .success(HealthFacilityKind(facility: .dental))
        case "media.title": return .success(MediaTitleKind())
        case "media.genre": return .success(WordKind(Words.genres))
        case "animal.name": return .success(WordKind(Words.petNames))
        case "sports.team_name":
            return .success(TeamNameKind(address: address, nicknameKey: b.choiceKey(.company)))
        case "media.isbn": return .success(ISBNKind())
        case "media.artist": return .success(ArtistKind(person: person))
        case "travel.airport_code", "travel.airport_name":
            var pick = SharedPickKind(table: Words.airports, column: kind == "travel.airport_code" ? 0 : 1, key: b.choiceKey(.airport),
                                      shapeTemplate: kind == "travel.airport_code" ? "???" : nil)
            if let role = b.airportRole {
                pick.key = Mix.key(seed: b.seed, entity: b.entity, stream: "airport:" + role)
                pick.away = b.choiceKey(.airport)
            }
            return .success(pick)
        case "travel.airline": return .success(SharedPickKind(table: Words.airlines, column: 0, key: b.choiceKey(.airline)))
        case "travel.airline_code":
            return .success(SharedPickKind(table: Words.airlines, column: 1, key: b.choiceKey(.airline), shapeTemplate: "??"))
        case "travel.flight_number": return .success(FlightNumberKind(airlineKey: b.choiceKey(.airline)))
        case "travel.seat": return .success(SeatKind())
        case "travel.hotel_name": return .success(HotelKind(address: address))
        case "logistics.tracking_number": return .success(CarrierKind(key: b.choiceKey(.carrier), tracking: true))
        case "logistics.carrier": return .success(CarrierKind(key: b.choiceKey(.carrier), tracking: false))
        case "logistics.shipment_status": return .success(WeightedWordKind(Words.shipmentStatuses, weights: Words.shipmentWeights))
        case "iot.device_id": return .success(PatternKind("dev-^^^^^^^^^^^^"))
        case "iot.sensor_type": return .success(WordKind(Words.sensorTypes))
        case "iot.serial_number": return .success(PatternKind("SN-??####-####"))
        case "iot.firmware_version": return .success(VersionKind(prefix: "v"))
        case "file.name": return .success(FileKind(part: .name, key: b.choiceKey(.file)))
        case "file.extension": return .success(FileKind(part: .fileExtension, key: b.choiceKey(.file)))
        case "file.mime_type": return .success(FileKind(part: .mime, key: b.choiceKey(.file)))
        case "app.version": return .success(VersionKind(prefix: ""))
        case "app.status": return .success(WeightedWordKind(Words.recordStatuses, weights: Words.recordStatusWeights))
        case "json.object": return .success(JSONObjectKind())
        default:
            if let entry = KindCatalogue.entry(kind), let time = timeKind(entry.name, b) { return time }
            return .failure(KindBuildError("unknown kind \"\(kind)\""))
        }
    }

    static let colorTable = RecordTable(
        (0..<Words.colors.count).map { Words.colors.string($0) + "|" + Words.colorHex.string($0) }.joined(separator: ";"),
        columns: 2)

    /// The date, datetime and time kinds, with their windows around the anchor.
    static func timeKind(_ kind: String, _ b: KindBuildContext) -> Result<any KindGenerator, KindBuildError>? {
        let day: Int64 = 86_400, year: Int64 = 365 * day
        let a = b.anchor
        let f = b.field
        // Bounds: ISO strings in min/max (or start/end) options.
        func bound(_ names: [String]) -> Result<Int64?, KindBuildError> {
            for n in names {
                guard let v = f.options[n] else { continue }
                if let s = v.stringValue {
                    guard let t = CivilTime.parse(s) else { return .failure(KindBuildError("\(n): expected an ISO date such as 2024-01-31, got \"\(s)\"")) }
                    return .success(t)
                }
            }
            return .success(nil)
        }
        let lo: Int64?, hi: Int64?
        switch (bound(["min", "start"]), bound(["max", "end"])) {
        case let (.success(l), .success(h)): lo = l; hi = h
        case let (.failure(e), _), let (_, .failure(e)): return .failure(e)
        }
        let years = min(max(clampedInt(b.number("years") ?? 0), 0), 200)
        let days = min(max(clampedInt(b.number("days") ?? 0), 0), 73_000)
        let isDate = kind.hasPrefix("date.")
        var window: (Int64, Int64)
        var mode = TimeKind.Mode.any
        switch kind {
        case "date.past", "datetime.past": window = (a - (years > 0 ? years : 5) * year, a - (isDate ? day : 1))
        case "date.future", "datetime.future": window = (a + (isDate ? day : 1), a + (years > 0 ? years : 2) * year)
        case "date.between", "datetime.between": window = (a - 10 * year, a)
        case "date.recent": window = (a - (days > 0 ? days : 30) * day, a - day)
        case "datetime.recent": window = (a - (days > 0 ? days : 7) * day, a - 1)
        case "date.weekday":
            if b.type == .string || b.type == .text { return .success(WeekdayNameKind()) }
            window = (a - year, a - day); mode = .weekday
        case "datetime.business_hours": window = (a - year, a - day); mode = .businessHours
        case "time.of_day", "time.business_hours", "time.schedule":
            var defaults: (Int64, Int64) = (9 * 3600, 17 * 3600)
            if kind == "time.of_day" { defaults = (0, 86_399) } else if kind == "time.schedule" { defaults = (6 * 3600, 21 * 3600) }
            // Bounds as times ("02:05:00"), or as seconds after midnight (7500).
            let tlo = f.options["min"]?.stringValue.flatMap(CivilTime.parseTime) ?? f.min.flatMap(Self.secondsOfDay) ?? defaults.0
            let thi = f.options["max"]?.stringValue.flatMap(CivilTime.parseTime) ?? f.max.flatMap(Self.secondsOfDay) ?? defaults.1
            if tlo > thi { return .failure(KindBuildError("min time is after max time")) }
            return .success(TimeOfDayKind(lo: tlo, hi: thi, step: kind == "time.schedule" ? 900 : 1))
        default: return nil
        }
        if let lo { window.0 = lo }
        if let hi { window.1 = hi }
        if window.0 > window.1 { return .failure(KindBuildError("the date range is empty: min is after max")) }
        let dateOnly = b.type == .date || (isDate && b.type != .datetime)
        return .success(TimeKind(lo: window.0, hi: window.1, isDateOnly: dateOnly, mode: mode))
    }
}

/// A double as an Int64, saturating instead of trapping (options come from users).
func clampedInt(_ d: Double) -> Int64 {
    if d.isNaN { return 0 }
    if d >= 9.2e18 { return Int64.max / 2 }
    if d <= -9.2e18 { return Int64.min / 2 }
    return Int64(d.rounded(.towardZero))
}

/// Why a kind could not be built from a field's options.
struct KindBuildError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
