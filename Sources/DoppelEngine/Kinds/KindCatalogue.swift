import DoppelText

/// The catalogue of field kinds: names, the storage type each produces by
/// default, and a one-line description (also rendered in protocol/SCHEMA.md).
public enum KindCatalogue {
    public struct Entry: Sendable {
        public let name: String
        public let type: FieldType
        public let summary: String

        /// Whether a column of `type` can hold this kind's values: numeric kinds any numeric
        /// type, date kinds date or datetime, every kind `string`/`text`/`json` (the resolver's rule).
        public func accepts(_ type: FieldType) -> Bool {
            SchemaResolver.compatible(kindType: self.type, fieldType: type)
        }
    }

    /// name|default type|summary, one kind per `;`.
    static let table = RecordTable("""
    id.sequence|integer|start + row × step (options start and step, default 1 and 1);\
    id.uuid|uuid|version-4 shaped UUID, unique by construction;\
    id.pattern|string|a template: # digit, % digit 1-9, ? letter, * letter or digit, ^ hex (pattern, default ID-########);\
    person.first_name|string|given name of the row's person, agreeing with gender;\
    person.last_name|string|family name of the row's person;\
    person.full_name|string|given + family name (family first in ja_JP);\
    person.middle_name|string|a second given name of the same gender;\
    person.gender|string|male or female, agreeing with the names (option short: M/F);\
    person.title|string|form of address agreeing with gender (Mr., Ms., Dr., Herr, Mme …);\
    person.suffix|string|Jr., Sr., III, PhD …;\
    person.couple|string|a couple by first names and a shared last name (Emma & Liam Carter);\
    person.skill|string|a skill a person lists (Python, Public Speaking, First Aid, Carpentry), 28 distinct;\
    person.age|integer|age in years on the anchor date, agreeing with birth_date (min/max override);\
    person.birth_date|date|birth date for ages 18-80 on the anchor date;\
    person.nationality|string|mostly the row country's nationality;\
    internet.email|string|from the row's person name and a provider of the row's country (option domain);\
    internet.username|string|from the row's person name;\
    internet.url|string|https URL on a generated domain;\
    internet.repo_url|string|a code repository's https URL on a forge: organisation and repository name;\
    internet.image_url|string|https URL of a picture: an image file under an images folder (.jpg, .png, .webp);\
    internet.domain|string|a generated domain name;\
    internet.ipv4|string|public-looking IPv4 address;\
    internet.ipv6|string|IPv6 address in the documentation prefix 2001:db8::/32;\
    internet.user_agent|string|a browser's User-Agent header naming one release (Firefox's rv is its version, iOS Safari's its iOS);\
    internet.mac_address|string|locally administered MAC address;\
    internet.slug|string|lower-case words joined by hyphens;\
    internet.password_hash|string|bcrypt-shaped hash (not a hash of anything);\
    phone.number|string|phone number in a format of the row's country;\
    address.street|string|building number and street in the country's order;\
    address.street_name|string|street name;\
    address.building_number|string|building number;\
    address.secondary|string|apartment, suite or floor;\
    address.city|string|city of the row's address;\
    address.region|string|state, Land, région, comunidad, estado or prefecture of that city;\
    address.region_code|string|its code (CA, BY, IDF, MD, SP, 13);\
    address.postal_code|string|postal code in the country's format, prefix agreeing with the city;\
    address.country|string|country of the row's locale;\
    address.country_code|string|ISO 3166-1 alpha-2 code of that country;\
    address.latitude|float|near the city (precision 4 by default);\
    address.longitude|float|near the city;\
    address.full|string|one-line address in the country's customary order;\
    address.timezone|string|IANA time zone of the city;\
    company.name|string|company name with the country's legal suffixes;\
    company.industry|string|industry;\
    company.department|string|department;\
    company.job_title|string|job title (agrees with text.bio);\
    company.catch_phrase|string|marketing phrase;\
    company.ein|string|US employer identification number shape ##-#######;\
    commerce.product_name|string|product name of the row's category (a word that fits the category, its noun);\
    commerce.category|string|product category (agrees with product_name and text.description);\
    commerce.sku|string|stock keeping unit ???-#####;\
    commerce.price|decimal|price, lognormal between min and max (default 1-1000, precision 2);\
    commerce.currency|string|ISO 4217 currency of the row's country;\
    commerce.quantity|integer|mostly 1, a tail to 10 (min/max override);\
    commerce.order_status|string|pending, processing, shipped, delivered, cancelled, returned (weighted);\
    commerce.payment_method|string|credit_card, debit_card, paypal … (weighted);\
    commerce.brand|string|brand name;\
    commerce.color|string|color name;\
    commerce.material|string|material;\
    commerce.rating|integer|1-5 stars skewed high;\
    commerce.discount|integer|discount percent in shop steps (0-50);\
    commerce.shipping_method|string|Standard, Express, Overnight …;\
    commerce.coupon_code|string|SPRING25-style code;\
    finance.account_number|string|12-digit account number;\
    finance.iban|string|IBAN for the row's country with valid check digits;\
    finance.bic|string|BIC / SWIFT code;\
    finance.routing_number|string|ABA routing number with valid checksum;\
    finance.card_number|string|card number with the brand's prefix and a valid Luhn digit;\
    finance.card_type|string|Visa, Mastercard, American Express, Discover (agrees with card_number);\
    finance.card_expiry|string|MM/YY within five years after the anchor;\
    finance.cvv|string|3 digits, 4 for American Express;\
    finance.amount|decimal|amount, lognormal (default 1-10000, precision 2);\
    finance.transaction_type|string|purchase (most), payment, transfer, deposit, withdrawal, refund, fee …;\
    finance.merchant|string|merchant name;\
    finance.currency_code|string|ISO 4217 code;\
    finance.stock_ticker|string|stock ticker symbol;\
    date.past|date|within five years before the anchor (options min/max as ISO dates, years);\
    date.future|date|within two years after the anchor;\
    date.between|date|between min and max (ISO dates, default the ten years before the anchor);\
    date.recent|date|within 30 days before the anchor (option days);\
    date.weekday|date|a Monday-Friday date in the past year (a weekday name for string fields);\
    datetime.past|datetime|within five years before the anchor;\
    datetime.future|datetime|within two years after the anchor;\
    datetime.between|datetime|between min and max;\
    datetime.recent|datetime|within 7 days before the anchor (option days);\
    datetime.business_hours|datetime|weekday, 09:00-17:00, within the past year;\
    time.of_day|time|any time of day;\
    time.business_hours|time|09:00-17:00;\
    time.schedule|time|a scheduled start on a quarter hour, 06:00-21:00 (a class, a shift, an opening);\
    number.integer|integer|integer in min..max (default 0-1000) with a distribution;\
    number.decimal|decimal|decimal in min..max (default 0-1000, precision 2);\
    number.float|float|float in min..max (default 0-1, precision 6);\
    number.percentage|decimal|0-100 (precision 1);\
    boolean|boolean|true with probability (default 0.5);\
    enum|string|one of values, with optional weights;\
    text.word|string|a word;\
    text.label|string|a label named for its column (Zone A, Goal C): an unknown string column;\
    text.words|string|two to five words;\
    text.items|string|one to three things of the sort the column names (skills, interests, languages, amenities, certifications, symptoms, ingredients, tags): Hiking, Photography;\
    text.sentence|text|a plain sentence: someone did something to a plan or a document, and when, or a short remark;\
    text.paragraph|text|two to four such sentences;\
    text.title|string|a title-case phrase;\
    text.review|text|a product review;\
    text.comment|text|a short comment;\
    text.description|text|a description of the row's product;\
    text.bio|text|biography agreeing with the row's person, job and city;\
    vehicle.vin|string|17-character VIN with a valid check digit;\
    vehicle.make|string|manufacturer;\
    vehicle.model|string|model of the row's make;\
    vehicle.license_plate|string|plate in the row country's shape;\
    vehicle.year|integer|model year within 20 years before the anchor;\
    health.blood_type|string|ABO/Rh type with population frequencies;\
    health.diagnosis|string|common diagnosis (agrees with icd10_code);\
    health.icd10_code|string|ICD-10-CM code of the row's diagnosis;\
    health.medication|string|medication and dose;\
    health.npi|string|10-digit National Provider Identifier with valid check digit;\
    health.blood_pressure|string|a reading systolic/diastolic in mmHg (118/76), the two agreeing;\
    health.lab_analyte|string|a laboratory analyte (Potassium, Hemoglobin A1c), agreeing with the row's other lab kinds;\
    health.lab_unit|string|the row's analyte's unit (mmol/L);\
    health.lab_range|string|the row's analyte's reference range (3.5-5.1);\
    health.lab_low|decimal|the bottom of the row's analyte's reference range;\
    health.lab_high|decimal|the top of the row's analyte's reference range;\
    health.lab_value|decimal|the row's measured value: within the range four times in five, else below or above;\
    health.lab_flag|string|H, L or N: the row's value against its range;\
    health.lab_panel|string|the panel the row's analyte is ordered in (Complete Blood Count);\
    health.allergy|string|allergy;\
    health.vaccine|string|vaccine (a vet's for animals);\
    health.specialty|string|medical specialty;\
    education.course_name|string|course name;\
    education.subject|string|academic subject;\
    education.grade|string|letter grade (weighted);\
    education.degree|string|degree;\
    education.school|string|school or university name;\
    health.hospital|string|hospital name (Riverbend General Hospital, St. Luke's Medical Center), naming no city;\
    health.clinic|string|clinic or practice name (Lakeview Family Clinic, Summit Urgent Care), naming no city;\
    health.dental_practice|string|dental practice name (Parkview Dental Care, Summit Smiles), naming no city;\
    media.title|string|book or film title;\
    media.genre|string|genre;\
    media.isbn|string|ISBN-13 with valid check digit;\
    media.artist|string|band or artist name;\
    manufacturing.part_name|string|a part as a parts list names it, with its size or rating (Hex Bolt M8x40, Ball Bearing 6204, Fuse 15 A);\
    food.ingredient|string|a cooking ingredient (Flour, Garlic, Greek yogurt), about 110 distinct;\
    animal.name|string|a pet's or an animal's name (Bella, Max, Luna);\
    sports.team_name|string|a team named for its city and a nickname (agrees with the row's city);\
    travel.airport_code|string|IATA airport code (agrees with airport_name);\
    travel.airport_name|string|airport name;\
    travel.airline|string|airline (agrees with flight_number);\
    travel.airline_code|string|IATA code of the row's airline (agrees with airline and flight_number);\
    travel.flight_number|string|the airline's code and a number;\
    travel.seat|string|row and letter (12C);\
    travel.hotel_name|string|hotel name;\
    logistics.tracking_number|string|tracking number in the row carrier's shape;\
    logistics.carrier|string|carrier;\
    logistics.shipment_status|string|label_created … delivered (weighted);\
    iot.device_id|string|device identifier dev-^^^^^^^^^^^^;\
    iot.sensor_type|string|sensor type;\
    iot.serial_number|string|serial number SN-??####-####;\
    iot.firmware_version|string|firmware version v1.4.12;\
    color.name|string|color name (agrees with color.hex);\
    color.hex|string|#rrggbb;\
    file.name|string|file name with an extension (agrees with file.extension and file.mime_type);\
    file.extension|string|file extension;\
    file.mime_type|string|MIME type of the row's file;\
    app.version|string|semantic version;\
    app.status|string|record status: active, inactive, pending, suspended, archived (weighted);\
    json.object|json|a small JSON object (source, score, tags)
    """, columns: 3)

    /// Every kind, in catalogue order.
    public static let entries: [Entry] = (0..<table.count).map { i in
        Entry(name: table.string(i, 0), type: FieldType(rawValue: table.string(i, 1)) ?? .string, summary: table.string(i, 2))
    }

    static let byName: [String: Entry] = Dictionary(entries.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })

    public static func entry(_ name: String) -> Entry? { byName[name] }

    /// Known names closest to `name` (same group first), for "did you mean" suggestions.
    public static func suggestions(for name: String) -> [String] {
        let group = name.split(separator: ".").first.map(String.init) ?? name
        let leaf = name.split(separator: ".").last.map(String.init) ?? name
        let sameLeaf = entries.filter { $0.name.hasSuffix("." + leaf) || $0.name == leaf }.map(\.name)
        let sameGroup = entries.filter { $0.name.hasPrefix(group + ".") }.map(\.name)
        return Array((sameLeaf + sameGroup).prefix(5))
    }
}

extension KindCatalogue {
    /// The catalogue as JSON (`[{"kind", "type", "summary"}]`), for planners, LLM prompts and a `kinds` method.
    public static var json: DoppelJSON.JSON {
        .array(entries.map { e in
            ["kind": .string(e.name), "type": .string(e.type.rawValue), "summary": .string(e.summary)]
        })
    }
}

import DoppelJSON
